import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InjectOptions } from 'fastify';
import { buildSharedApp, signIn } from './accounts-helper.ts';
import { multipartBody, TEMPLATE, type TestApp } from './helper.ts';

const XA = 'xa-computer-misuse-act-2019';

/**
 * Every route the server has, read from its own OpenAPI document: a route added later is covered by these tests
 * without being listed here. Routes open to anyone and those for admins only are the exceptions named below; every
 * other change needs a reviewer, every other read an account.
 */
const PUBLIC = new Set(['GET /api/health', 'GET /api/auth/session', 'POST /api/auth/login', 'POST /api/auth/logout']);
const ADMIN = new Set(['GET /api/users', 'POST /api/users', 'PATCH /api/users/{name}', 'DELETE /api/users/{name}']);
const UNSAFE = ['post', 'put', 'patch', 'delete'];

/** A URL for an OpenAPI path: ids that exist where it matters, a plain word elsewhere (access is checked first). */
function url(path: string): string {
  const values: Record<string, string> = { instrumentId: XA, id: XA, article: '3', eId: 'sec_2', name: 'nobody', file: `${XA}.csv` };
  return path.replace(/\{(\w+)\}/g, (_, p: string) => values[p] ?? 'x');
}

describe('roles on a shared server: every route', () => {
  let t: TestApp;
  let routes: Array<{ method: string; path: string; key: string }>;
  const cookies: Record<string, string> = {};
  beforeAll(async () => {
    t = await buildSharedApp();
    const doc = (await t.app.inject({ url: '/docs/json' })).json() as { paths: Record<string, Record<string, unknown>> };
    routes = Object.entries(doc.paths).flatMap(([path, ops]) =>
      Object.keys(ops).map((m) => ({ method: m.toUpperCase(), path, key: `${m.toUpperCase()} ${path}` })),
    );
    for (const who of ['rhea', 'rita', 'ada']) cookies[who] = await signIn(t, who);
  }, 30_000);
  afterAll(() => t.close());

  const send = (method: string, path: string, cookie?: string) =>
    t.app.inject({ method: method as InjectOptions['method'], url: url(path), ...(cookie ? { headers: { cookie } } : {}) });

  it('knows the routes it checks', () => {
    expect(routes.length).toBeGreaterThan(20);
    for (const key of [...PUBLIC, ...ADMIN]) expect(routes.map((r) => r.key), key).toContain(key);
    expect(routes.filter((r) => UNSAFE.includes(r.method.toLowerCase())).length).toBeGreaterThanOrEqual(8);
  });

  it('refuses every change without a session (401) and from a reader (403), before reading the body', async () => {
    for (const r of routes.filter((x) => UNSAFE.includes(x.method.toLowerCase()) && !PUBLIC.has(x.key))) {
      const anonymous = await send(r.method, r.path);
      expect(anonymous.statusCode, r.key).toBe(401);
      expect(anonymous.json().error.code, r.key).toBe('LEXALIGN_ERR_SIGN_IN_REQUIRED');
      const reader = await send(r.method, r.path, cookies.rhea);
      expect(reader.statusCode, r.key).toBe(403);
      expect(reader.json().error.code, r.key).toBe('LEXALIGN_ERR_ROLE_REQUIRED');
      expect(reader.json().error.message, r.key).toMatch(/"rhea" has the reader role/);
    }
  });

  it('lets a reviewer make every change but account management, and an admin every change', async () => {
    for (const r of routes.filter((x) => UNSAFE.includes(x.method.toLowerCase()) && !PUBLIC.has(x.key))) {
      const reviewer = await send(r.method, r.path, cookies.rita);
      if (ADMIN.has(r.key)) {
        expect(reviewer.statusCode, r.key).toBe(403);
        expect(reviewer.json().error.message, r.key).toMatch(/managing accounts needs the admin role/);
      } else {
        // Let through: what answers now is the route itself (a 400 for the empty body, a 404 for the plain id).
        expect([401, 403], `${r.key}: ${reviewer.body}`).not.toContain(reviewer.statusCode);
      }
      const admin = await send(r.method, r.path, cookies.ada);
      expect([401, 403], `${r.key}: ${admin.body}`).not.toContain(admin.statusCode);
    }
  });

  it('asks for an account on every read of the API but health and the session, and lets a reader read', async () => {
    for (const r of routes.filter((x) => x.method === 'GET')) {
      const anonymous = await send('GET', r.path);
      const reader = await send('GET', r.path, cookies.rhea);
      if (PUBLIC.has(r.key)) {
        expect(anonymous.statusCode, r.key).toBe(200);
      } else if (ADMIN.has(r.key)) {
        expect(anonymous.statusCode, r.key).toBe(401);
        expect(reader.statusCode, r.key).toBe(403);
      } else {
        expect(anonymous.statusCode, r.key).toBe(401);
        expect([401, 403], `${r.key}: ${reader.body}`).not.toContain(reader.statusCode);
      }
    }
  });

  it("serves the client's pages and the API documentation to anyone (the sign-in page is one of them)", async () => {
    for (const path of ['/', '/matrix', '/login', '/docs/json']) expect((await send('GET', path)).statusCode, path).toBe(200);
  });

  it('does the changes themselves for the roles allowed them', async () => {
    const reviewed = await t.app.inject({
      method: 'PUT', url: `/api/reviews/${XA}/3?template=${TEMPLATE}`, headers: { cookie: cookies.rita },
      payload: { status: 'partial', provisions: ['4'] },
    });
    expect(reviewed.statusCode).toBe(200);
    const body = multipartBody([{ name: 'file', value: '1. Access to computers\nA person who intentionally accesses a computer commits an offence.\n', fileName: 'xr-roles-act.md' }]);
    const uploaded = await t.app.inject({ method: 'POST', url: '/api/instruments', payload: body.payload, headers: { ...body.headers, cookie: cookies.rita } });
    expect(uploaded.statusCode, uploaded.body).toBe(201);
    const id = uploaded.json().instrument.id as string;
    expect((await t.app.inject({ method: 'DELETE', url: `/api/instruments/${id}`, headers: { cookie: cookies.rhea } })).statusCode).toBe(403);
    expect((await t.app.inject({ method: 'DELETE', url: `/api/instruments/${id}`, headers: { cookie: cookies.rita } })).json()).toEqual({ deleted: id });
  });
});
