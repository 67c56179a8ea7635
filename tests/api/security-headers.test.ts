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

  it('sends them on API answers and on coded errors alike', async () => {
    for (const url of ['/api/health', '/api/instruments/no-such-id', '/api/nowhere']) {
      const r = await t.app.inject({ url });
      expect(r.headers['content-security-policy'], url).toContain("default-src 'self'");
      expect(r.headers['content-security-policy'], url).toContain("frame-ancestors 'none'");
      expect(r.headers['x-content-type-options'], url).toBe('nosniff');
      expect(r.headers['x-frame-options'], url).toBe('SAMEORIGIN');
      expect(r.headers['referrer-policy'], url).toBe('no-referrer');
    }
  });
});
