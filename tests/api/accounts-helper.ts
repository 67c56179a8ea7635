import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Role } from '../../server/auth/roles.ts';
import { AccountService } from '../../server/services/accounts.ts';
import { openSqliteStore } from '../../server/store/sqlite-store.ts';
import { buildTestApp, type TestApp } from './helper.ts';
import type { BuildAppOptions } from '../../server/app.ts';

export const PASSWORD = 'correct horse battery';

/** One account of each role, as `lexalign user add` would create them. */
const PEOPLE: Array<{ name: string; role: Role }> = [
  { name: 'rhea', role: 'reader' },
  { name: 'rita', role: 'reviewer' },
  { name: 'ada', role: 'admin' },
];

/** Creates the accounts in the test database before the app opens it (a shared server refuses to start without). */
export async function seedAccounts(dir: string, people = PEOPLE): Promise<void> {
  const store = openSqliteStore(join(dir, 'test.sqlite'));
  try {
    const accounts = new AccountService(store.accounts, 12);
    for (const p of people) await accounts.add(p.name, p.role, PASSWORD);
  } finally {
    store.close();
  }
}

/** The app with accounts on, over a database holding PEOPLE. */
export async function buildSharedApp(overrides: Partial<BuildAppOptions> = {}): Promise<TestApp> {
  const dir = mkdtempSync(join(tmpdir(), 'lexalign-shared-'));
  await seedAccounts(dir);
  const t = await buildTestApp({ accounts: true, ...overrides }, dir);
  return {
    ...t,
    async close() {
      await t.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Signs in through the API; returns the Cookie header value for later requests. */
export async function signIn(t: TestApp, name: string, password = PASSWORD, headers: Record<string, string> = {}): Promise<string> {
  const r = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { name, password }, headers });
  if (r.statusCode !== 200) throw new Error(`sign-in of ${name} answered ${r.statusCode}: ${r.body}`);
  const cookie = r.cookies.find((c) => c.name === 'lexalign_session');
  if (!cookie) throw new Error('no session cookie');
  return `lexalign_session=${cookie.value}`;
}
