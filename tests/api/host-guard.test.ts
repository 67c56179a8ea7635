import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hostAllowed } from '../../server/http/host-guard.ts';
import { buildTestApp, multipartBody, type TestApp } from './helper.ts';

const XA = 'xa-computer-misuse-act-2019';
const statute = (n: string) => `1. Access to computers ${n}\nA person who intentionally accesses a computer commits an offence.\n`;

describe('allowed hosts (DNS rebinding)', () => {
  it('matches a host name on any port, or on the port given', () => {
    const allowed = ['localhost', '127.0.0.1', '[::1]', 'lexalign.lan:8443'];
    for (const h of ['localhost', 'localhost:3000', 'LOCALHOST:3000', '127.0.0.1:80', '[::1]:3000', 'lexalign.lan:8443']) expect(hostAllowed(h, allowed), h).toBe(true);
    for (const h of [undefined, '', 'attacker.example', 'localhost.attacker.example', '127.0.0.1.nip.io:3000', 'lexalign.lan', 'lexalign.lan:80', '[::2]:3000']) expect(hostAllowed(h, allowed), h).toBe(false);
    expect(hostAllowed('anything:1', ['*'])).toBe(true);
  });
});

describe('Host and Origin checks', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp();
  });
  afterAll(() => t.close());

  const upload = (name: string, headers: Record<string, string>) => {
    const body = multipartBody([{ name: 'file', value: statute(name), fileName: `${name}.md` }]);
    return t.app.inject({ method: 'POST', url: '/api/instruments', payload: body.payload, headers: { ...body.headers, ...headers } });
  };

  it('answers only its own host names, on every route', async () => {
    for (const host of ['localhost:3000', '127.0.0.1:3000', '[::1]:3000']) {
      expect((await t.app.inject({ url: '/api/health', headers: { host } })).statusCode, host).toBe(200);
    }
    for (const url of ['/api/health', `/api/instruments/${XA}`, '/', '/docs/json']) {
      const r = await t.app.inject({ url, headers: { host: 'attacker.example' } });
      expect(r.statusCode, url).toBe(403);
      expect(r.json().error.code).toBe('LEXALIGN_ERR_HOST_NOT_ALLOWED');
    }
  });

  it('refuses a write from another site, whatever the route', async () => {
    for (const headers of <Array<Record<string, string>>>[
      { origin: 'http://attacker.example' },
      { origin: 'null' },
      { origin: 'http://localhost.attacker.example:3000' },
      { 'sec-fetch-site': 'cross-site' },
    ]) {
      const r = await upload('cross', headers);
      expect(r.statusCode, JSON.stringify(headers)).toBe(403);
      expect(r.json().error.code).toBe('LEXALIGN_ERR_CROSS_SITE');
    }
    expect((await t.app.inject({ url: '/api/instruments/cross' })).statusCode).toBe(404);
    const review = await t.app.inject({
      method: 'PUT', url: `/api/reviews/${XA}/2`, payload: { author: 'A', status: 'missing', provisions: [] }, headers: { origin: 'https://evil.example' },
    });
    expect(review.statusCode).toBe(403);
    expect((await t.app.inject({ url: `/api/reviews/${XA}/2` })).json().history).toEqual([]);
    const del = await t.app.inject({ method: 'DELETE', url: `/api/instruments/${XA}`, headers: { origin: 'https://evil.example' } });
    expect(del.json().error.code).toBe('LEXALIGN_ERR_CROSS_SITE');
    // Reads from other sites are the browser's business (no CORS headers are sent): answered.
    expect((await t.app.inject({ url: '/api/health', headers: { origin: 'https://evil.example' } })).statusCode).toBe(200);
  });

  it('accepts a write from its own pages, its dev server, and from clients that are not browsers', async () => {
    expect((await upload('same-origin', { host: 'localhost:3000', origin: 'http://localhost:3000', 'sec-fetch-site': 'same-origin' })).statusCode).toBe(201);
    expect((await upload('dev-server', { host: '127.0.0.1:3000', origin: 'http://localhost:5173' })).statusCode).toBe(201);
    expect((await upload('curl', {})).statusCode).toBe(201);
  });
});

describe('configured hosts', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp({ allowedHosts: ['lexalign.example.org'] });
  });
  afterAll(() => t.close());

  it('answers the configured names only, and a write only from the same origin', async () => {
    expect((await t.app.inject({ url: '/api/health', headers: { host: 'lexalign.example.org' } })).statusCode).toBe(200);
    expect((await t.app.inject({ url: '/api/health', headers: { host: 'localhost:3000' } })).statusCode).toBe(403);
    const body = multipartBody([{ name: 'file', value: statute('x'), fileName: 'configured.md' }]);
    const fromLocal = await t.app.inject({ method: 'POST', url: '/api/instruments', payload: body.payload, headers: { ...body.headers, host: 'lexalign.example.org', origin: 'http://localhost:3000' } });
    expect(fromLocal.statusCode).toBe(403);
    const same = await t.app.inject({ method: 'POST', url: '/api/instruments', payload: body.payload, headers: { ...body.headers, host: 'lexalign.example.org', origin: 'https://lexalign.example.org' } });
    expect(same.statusCode).toBe(201);
  });
});
