import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { securityHeaders } from '../../server/security-headers.ts';
import { buildTestApp, type TestApp } from './helper.ts';

describe('security headers', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp();
  });
  afterAll(() => t.close());

  it('computes helmet policy headers once, as plain strings', () => {
    const h = securityHeaders({ contentSecurityPolicy: { directives: { defaultSrc: ["'self'"], frameAncestors: ["'none'"] } } });
    expect(h['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(h['x-content-type-options']).toBe('nosniff');
    expect(h['strict-transport-security']).toMatch(/max-age=\d+/);
    for (const v of Object.values(h)) expect(typeof v).toBe('string');
  });

  it('sends the short data policy on API answers and on coded errors alike', async () => {
    for (const url of ['/api/health', '/api/instruments/no-such-id', '/api/nowhere']) {
      const r = await t.app.inject({ url });
      expect(r.headers['content-security-policy'], url).toBe("default-src 'none'; frame-ancestors 'none'");
      expect(r.headers['x-content-type-options'], url).toBe('nosniff');
      expect(r.headers['x-frame-options'], url).toBe('DENY');
      expect(r.headers['referrer-policy'], url).toBe('no-referrer');
      expect(r.headers['cross-origin-resource-policy'], url).toBe('same-origin');
      expect(r.headers['strict-transport-security'], url).toMatch(/max-age=\d+/);
      // Page-only headers are not sent with data.
      expect(r.headers['cross-origin-opener-policy'], url).toBeUndefined();
      expect(r.headers['x-dns-prefetch-control'], url).toBeUndefined();
    }
  });

  it('sends the page policy on pages: the client (built or not) and the API documentation', async () => {
    for (const url of ['/', '/matrix', '/docs/']) {
      const r = await t.app.inject({ url });
      expect(r.statusCode, url).toBe(200);
      // The documentation page sets its own script and style sources (@fastify/swagger-ui's staticCSP).
      if (url !== '/docs/') expect(r.headers['content-security-policy'], url).toContain("frame-ancestors 'none'");
      expect(r.headers['x-content-type-options'], url).toBe('nosniff');
      expect(r.headers['cross-origin-opener-policy'], url).toBe('same-origin');
    }
    const page = await t.app.inject({ url: '/' });
    expect(page.headers['content-security-policy']).toContain("default-src 'self'");
    expect(page.headers['x-frame-options']).toBe('SAMEORIGIN');
  });
});
