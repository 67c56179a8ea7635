import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import Database from 'better-sqlite3';
import { main } from '../../../scripts/cli/index.ts';
import { accountsRequired } from '../../../scripts/cli/serve.ts';
import { verifyPassword } from '../../../server/auth/password.ts';
import { openSqliteStore } from '../../../server/store/sqlite-store.ts';

const bin = join(import.meta.dirname, '..', '..', '..', 'scripts', 'bin', 'lexalign.js');
const PASSWORD = 'a passphrase nobody guesses';

/** The real command, as an admin runs it: a new process, the password on standard input. */
function lexalign(args: string[], input = '') {
  const r = spawnSync(process.execPath, [bin, ...args], { input, encoding: 'utf8', timeout: 60_000, env: { ...process.env, LEXALIGN_LOG: 'warn' } });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** In this process, for the commands that read no password (quicker than a new process). */
async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const log = vi.spyOn(console, 'log').mockImplementation((...a) => void out.push(a.join(' ')));
  const error = vi.spyOn(console, 'error').mockImplementation((...a) => void err.push(a.join(' ')));
  try {
    const code = await main(['node', 'lexalign', ...args]);
    return { code, out: out.join('\n'), err: err.join('\n') };
  } finally {
    log.mockRestore();
    error.mockRestore();
  }
}

let dir: string;
let db: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'lexalign-user-cli-'));
  db = join(dir, 'shared.sqlite');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('lexalign serve on an address others reach', () => {
  it('needs accounts off loopback, under a public host name, or when asked', () => {
    expect(accountsRequired('127.0.0.1', null)).toBe(false);
    expect(accountsRequired('localhost', ['localhost', '127.0.0.1:3000', '[::1]:3000'])).toBe(false);
    expect(accountsRequired('0.0.0.0', null)).toBe(true);
    expect(accountsRequired('192.168.1.20', null)).toBe(true);
    expect(accountsRequired('127.0.0.1', ['lexalign.example.org'])).toBe(true);
    expect(accountsRequired('127.0.0.1', ['*'])).toBe(true);
    expect(accountsRequired('127.0.0.1', null, true)).toBe(true);
  });

  it('refuses to start without an account, in one line that says how to create one', () => {
    const r = lexalign(['serve', '--host', '0.0.0.0', '--port', '0', '--db', db]);
    expect(r.status).toBe(1);
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^lexalign: .*needs accounts.*has none: create an admin with "npx lexalign user add <name> --role admin --db .*shared\.sqlite"/);
    expect(r.stdout).not.toMatch(/LexAlign is running/);
  }, 90_000);
});

describe('lexalign user', () => {
  it('adds an account with the password from standard input, never printing it', async () => {
    const r = lexalign(['user', 'add', 'ada', '--role', 'admin', '--db', db], `${PASSWORD}\n`);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout.trim()).toBe(`Account "ada" created with the admin role in ${db}.`);
    expect(r.stdout + r.stderr).not.toContain(PASSWORD);
    const store = openSqliteStore(db);
    try {
      const hash = store.accounts.passwordHash('ada') ?? '';
      expect(hash).toMatch(/^scrypt\$32768\$8\$3\$/);
      expect(hash).not.toContain(PASSWORD);
      expect(await verifyPassword(PASSWORD, hash)).toBe(true);
    } finally {
      store.close();
    }
  }, 90_000);

  it('refuses a taken name, an unknown role and a short password with one line each', async () => {
    expect((await run(['user', 'add', 'ADA', '--role', 'reader', '--db', db])).err).toBe('lexalign: an account named "ADA" already exists');
    expect((await run(['user', 'add', 'bo', '--role', 'owner', '--db', db])).err).toBe('lexalign: the role is one of reader, reviewer, admin, not "owner"');
    const short = lexalign(['user', 'add', 'bo', '--role', 'reader', '--db', db], 'short\n');
    expect(short.status).toBe(1);
    expect(short.stderr.trim()).toBe('lexalign: a password needs at least 10 characters');
  }, 90_000);

  it('lists, changes the role of and removes accounts, keeping one admin', async () => {
    const store = openSqliteStore(db);
    store.accounts.add('rita', 'reader', 'scrypt$not-a-real-hash');
    store.close();
    expect((await run(['user', 'list', '--db', db])).out).toMatch(/^ada\s+admin\s+created \d{4}-\d\d-\d\d\nrita\s+reader\s+created/);
    expect((await run(['user', 'role', 'rita', 'reviewer', '--db', db])).out).toBe('Account "rita" now has the reviewer role.');
    expect((await run(['user', 'remove', 'ada', '--db', db])).err).toMatch(/^lexalign: Cannot remove it: "ada" is the only admin/);
    expect((await run(['user', 'remove', 'rita', '--db', db])).out).toBe('Account "rita" removed.');
    expect((await run(['user', 'list', '--db', join(dir, 'missing.sqlite')])).err).toMatch(/^lexalign: there is no database at .*missing\.sqlite/);
  });
});

describe('lexalign backup', () => {
  it('copies the database while it is open, checked, and never over an existing file', async () => {
    const live = new Database(db);
    live.prepare("INSERT INTO blobs (key, value) VALUES ('while-open', 'yes')").run();
    const target = join(dir, 'backup.sqlite');
    const r = await run(['backup', target, '--db', db]);
    live.close();
    expect(r.err).toBe('');
    expect(r.out).toMatch(/^Backed up .*shared\.sqlite to .*backup\.sqlite \(\d+\.\d MB, checked\) in \d+ ms\.$/);
    expect(existsSync(`${target}.partial`)).toBe(false);
    const copy = openSqliteStore(target);
    try {
      expect(copy.accounts.list().map((a) => a.name)).toEqual(['ada']);
      expect(copy.getBlob('while-open')).toBe('yes');
    } finally {
      copy.close();
    }
    writeFileSync(join(dir, 'taken.sqlite'), 'x');
    expect((await run(['backup', join(dir, 'taken.sqlite'), '--db', db])).err).toMatch(/taken\.sqlite exists; choose another name, or add --force/);
    expect((await run(['backup', db, '--db', db])).err).toMatch(/another file than the database itself/);
  });
});
