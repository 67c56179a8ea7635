import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSharedApp, PASSWORD, seedAccounts, signIn } from './accounts-helper.ts';
import { buildTestApp, TEMPLATE, type TestApp } from './helper.ts';

const XA = 'xa-computer-misuse-act-2019';
const login = (t: TestApp, name: string, password: string, headers: Record<string, string> = {}) =>
  t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { name, password }, headers });

describe('a single-user server (accounts off, the default)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp();
  });
  afterAll(() => t.close());

  it('says there are no accounts, refuses sign-in and keeps the typed reviewer name', async () => {
    expect((await t.app.inject({ url: '/api/auth/session' })).json()).toEqual({ accounts: false, account: null });
    const r = await login(t, 'ada', PASSWORD);
    expect(r.statusCode).toBe(409);
    expect(r.json().error.code).toBe('LEXALIGN_ERR_ACCOUNTS_OFF');
    const review = await t.app.inject({ method: 'PUT', url: `/api/reviews/${XA}/3?template=${TEMPLATE}`, payload: { author: 'A. Counsel', status: 'missing', provisions: [] } });
    expect(review.json().review.author).toBe('A. Counsel');
    expect((await t.app.inject({ url: '/api/matrix' })).statusCode).toBe(200);
  });
});

describe('a shared server refuses to start without accounts', () => {
  it('names the database and the command that creates one', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lexalign-noaccounts-'));
    try {
      const error = await buildTestApp({ accounts: true }, dir).then(() => null, (e: unknown) => e as Error & { code: string });
      expect(error?.code).toBe('LEXALIGN_ERR_NO_ACCOUNTS');
      expect(error?.message).toContain(join(dir, 'test.sqlite'));
      expect(error?.message).toMatch(/npx lexalign user add <name> --role admin --db /);
      expect(error?.message).not.toContain('\n');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('sign-in, sessions and cookies on a shared server', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildSharedApp();
  }, 30_000);
  afterAll(() => t.close());

  it('sets an HTTP-only, SameSite=Strict session cookie for the whole site, lasting the session', async () => {
    const r = await login(t, 'rita', PASSWORD);
    expect(r.statusCode).toBe(200);
    expect(r.json()).toMatchObject({ account: { name: 'rita', role: 'reviewer' } });
    const header = String(r.headers['set-cookie']);
    expect(header).toMatch(/^lexalign_session=[A-Za-z0-9_-]{43};/);
    expect(header).toMatch(/; HttpOnly/);
    expect(header).toMatch(/; SameSite=Strict/);
    expect(header).toMatch(/; Path=\//);
    expect(header).toMatch(/; Max-Age=43[12]\d\d/);
    // Plain HTTP on this machine: a Secure cookie would never come back.
    expect(header).not.toMatch(/Secure/);
    // The password is nowhere in the answer.
    expect(r.body).not.toContain(PASSWORD);
  });

  it('knows who is signed in, records reviews under the account whatever name is typed, and signs out', async () => {
    const cookie = await signIn(t, 'rita');
    expect((await t.app.inject({ url: '/api/auth/session', headers: { cookie } })).json()).toEqual({ accounts: true, account: { name: 'rita', role: 'reviewer' } });
    const review = await t.app.inject({
      method: 'PUT', url: `/api/reviews/${XA}/3?template=${TEMPLATE}`, headers: { cookie },
      payload: { author: 'Somebody Else', status: 'partial', provisions: ['4'] },
    });
    expect(review.statusCode).toBe(200);
    expect(review.json().review.author).toBe('rita');
    const history = (await t.app.inject({ url: `/api/reviews/${XA}/3`, headers: { cookie } })).json().history;
    expect(history[0].author).toBe('rita');
    const out = await t.app.inject({ method: 'POST', url: '/api/auth/logout', headers: { cookie } });
    expect(out.json()).toEqual({ signedOut: true });
    expect(String(out.headers['set-cookie'])).toMatch(/^lexalign_session=;.*Expires=Thu, 01 Jan 1970/);
    // The old cookie is dead on the server, not only forgotten by the browser.
    expect((await t.app.inject({ url: '/api/matrix', headers: { cookie } })).statusCode).toBe(401);
    expect((await t.app.inject({ url: '/api/auth/session', headers: { cookie } })).json().account).toBeNull();
  });

  it('answers a wrong password and an unknown name alike, and refuses forged cookies', async () => {
    const wrong = await login(t, 'ada', 'not the password');
    const unknown = await login(t, 'nobody-here', PASSWORD);
    for (const r of [wrong, unknown]) {
      expect(r.statusCode).toBe(401);
      expect(r.json().error).toMatchObject({ code: 'LEXALIGN_ERR_BAD_SIGN_IN', message: 'The account name or the password is wrong' });
      expect(r.headers['set-cookie']).toBeUndefined();
    }
    for (const cookie of ['lexalign_session=forged', `lexalign_session=${'A'.repeat(43)}`, `lexalign_session=${'x'.repeat(5000)}`]) {
      const r = await t.app.inject({ url: '/api/matrix', headers: { cookie } });
      expect(r.statusCode, cookie.slice(0, 40)).toBe(401);
      expect(r.json().error.code).toBe('LEXALIGN_ERR_SIGN_IN_REQUIRED');
    }
  });

  it('accepts a name in any case, and refuses sign-in from another site', async () => {
    expect((await login(t, 'ADA', PASSWORD)).json().account).toEqual({ name: 'ada', role: 'admin' });
    const r = await login(t, 'ada', PASSWORD, { origin: 'https://evil.example' });
    expect(r.statusCode).toBe(403);
    expect(r.json().error.code).toBe('LEXALIGN_ERR_CROSS_SITE');
  });
});

describe('sessions are kept in the database', () => {
  it('survive a restart of the server', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lexalign-restart-'));
    try {
      await seedAccounts(dir);
      const first = await buildTestApp({ accounts: true }, dir);
      const cookie = await signIn(first, 'rhea');
      await first.close();
      const second = await buildTestApp({ accounts: true }, dir);
      try {
        expect((await second.app.inject({ url: '/api/auth/session', headers: { cookie } })).json().account).toEqual({ name: 'rhea', role: 'reader' });
        expect((await second.app.inject({ url: '/api/matrix', headers: { cookie } })).statusCode).toBe(200);
      } finally {
        await second.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 30_000);
});

describe('Secure cookies behind TLS', () => {
  it('marks the cookie Secure when a trusted proxy says the request came over HTTPS, or always when told', async () => {
    const proxied = await buildSharedApp({ trustProxy: '127.0.0.1' });
    try {
      const r = await login(proxied, 'rita', PASSWORD, { 'x-forwarded-proto': 'https' });
      expect(String(r.headers['set-cookie'])).toMatch(/; Secure/);
      const plain = await login(proxied, 'rita', PASSWORD);
      expect(String(plain.headers['set-cookie'])).not.toMatch(/Secure/);
    } finally {
      await proxied.close();
    }
    const always = await buildSharedApp({ secureCookies: true });
    try {
      expect(String((await login(always, 'rita', PASSWORD)).headers['set-cookie'])).toMatch(/; Secure/);
    } finally {
      await always.close();
    }
  }, 30_000);
});

describe('sign-in attempts are limited (@fastify/rate-limit)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildSharedApp({ loginAttempts: 3, loginWindowMs: 10 * 60_000 });
  }, 30_000);
  afterAll(() => t.close());

  it('refuses a name after 3 attempts from one address, even with the right password, and says when to retry', async () => {
    for (let i = 0; i < 3; i += 1) expect((await login(t, 'ada', `guess number ${i}`)).statusCode).toBe(401);
    for (const password of ['guess number 4', PASSWORD]) {
      const r = await login(t, 'ada', password);
      expect(r.statusCode).toBe(429);
      expect(r.json().error.code).toBe('LEXALIGN_ERR_TOO_MANY_SIGN_INS');
      expect(r.json().error.message).toMatch(/; try again in (10|9) minutes$/);
      expect(Number(r.headers['retry-after'])).toBeGreaterThan(500);
    }
    // Another name from the same address, and the same name from another address, are counted apart.
    expect((await login(t, 'rita', PASSWORD)).statusCode).toBe(200);
    expect((await login(t, 'ada', PASSWORD)).statusCode).toBe(429);
    const elsewhere = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { name: 'ada', password: PASSWORD }, remoteAddress: '192.0.2.7' });
    expect(elsewhere.statusCode).toBe(200);
  }, 30_000);
});

describe('account management (admins)', () => {
  let t: TestApp;
  let admin: string;
  beforeAll(async () => {
    t = await buildSharedApp();
    admin = await signIn(t, 'ada');
  }, 30_000);
  afterAll(() => t.close());

  const as = (cookie: string, method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE', url: string, payload?: object) =>
    t.app.inject({ method, url, headers: { cookie }, ...(payload ? { payload } : {}) });

  it('lists accounts without their passwords', async () => {
    const r = await as(admin, 'GET', '/api/users');
    expect(r.json().accounts.map((a: { name: string; role: string }) => `${a.name}:${a.role}`)).toEqual(['ada:admin', 'rhea:reader', 'rita:reviewer']);
    expect(r.body).not.toMatch(/scrypt|password/);
  });

  it('creates an account, refuses a taken name in any case and a short password', async () => {
    const r = await as(admin, 'POST', '/api/users', { name: 'Omar', role: 'reviewer', password: 'a long enough passphrase' });
    expect(r.statusCode).toBe(201);
    expect(r.json().account).toMatchObject({ name: 'Omar', role: 'reviewer' });
    expect((await as(admin, 'POST', '/api/users', { name: 'omar', role: 'reader', password: 'a long enough passphrase' })).json().error.code).toBe('LEXALIGN_ERR_DUPLICATE_ACCOUNT');
    const short = await as(admin, 'POST', '/api/users', { name: 'pat', role: 'reader', password: 'short' });
    expect(short.statusCode).toBe(400);
    expect(short.json().error.message).toMatch(/at least 10 characters/);
    expect((await signIn(t, 'omar', 'a long enough passphrase')).length).toBeGreaterThan(20);
  }, 20_000);

  it('ends the sessions of an account whose password changes or that is removed', async () => {
    const omar = await signIn(t, 'Omar', 'a long enough passphrase');
    expect((await as(omar, 'GET', '/api/matrix')).statusCode).toBe(200);
    expect((await as(admin, 'PATCH', '/api/users/Omar', { password: 'another long passphrase' })).statusCode).toBe(200);
    expect((await as(omar, 'GET', '/api/matrix')).statusCode).toBe(401);
    const again = await signIn(t, 'Omar', 'another long passphrase');
    expect((await as(admin, 'PATCH', '/api/users/omar', { role: 'reader' })).json().account.role).toBe('reader');
    expect((await as(again, 'PUT', `/api/reviews/${XA}/3`, { status: 'missing', provisions: [] })).statusCode).toBe(403);
    expect((await as(admin, 'DELETE', '/api/users/omar')).json()).toEqual({ deleted: 'Omar' });
    expect((await as(again, 'GET', '/api/matrix')).statusCode).toBe(401);
    expect((await as(admin, 'DELETE', '/api/users/omar')).statusCode).toBe(404);
  }, 20_000);

  it('never leaves the server without an admin', async () => {
    const demote = await as(admin, 'PATCH', '/api/users/ada', { role: 'reviewer' });
    expect(demote.statusCode).toBe(409);
    expect(demote.json().error.code).toBe('LEXALIGN_ERR_LAST_ADMIN');
    expect((await as(admin, 'DELETE', '/api/users/ada')).json().error.code).toBe('LEXALIGN_ERR_LAST_ADMIN');
    expect((await as(admin, 'GET', '/api/users')).json().accounts.find((a: { name: string }) => a.name === 'ada').role).toBe('admin');
  });
});
