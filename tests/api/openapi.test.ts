import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from './helper.ts';

describe('OpenAPI document', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp();
  });
  afterAll(() => t.close());

  it('is served at /docs/json and matches the committed snapshot', async () => {
    const r = await t.app.inject({ url: '/docs/json' });
    expect(r.statusCode).toBe(200);
    const doc = r.json();
    expect(doc.openapi).toBe('3.1.0');
    // Every route of docs/api.md is documented.
    expect(Object.keys(doc.paths).sort()).toEqual([
      '/api/alignments/{instrumentId}', '/api/auth/login', '/api/auth/logout', '/api/auth/session', '/api/compare',
      '/api/diff', '/api/exports/correlation/{file}', '/api/exports/elements.csv', '/api/exports/elements.docx',
      '/api/exports/framework-report/{file}', '/api/exports/gap-report/{file}', '/api/exports/matrix.csv',
      '/api/exports/overview.csv', '/api/exports/regional-report/{format}', '/api/frameworks',
      '/api/frameworks/{jurisdiction}', '/api/frameworks/{jurisdiction}/instruments/{instrumentId}', '/api/health',
      '/api/instruments', '/api/instruments/{id}', '/api/instruments/{id}/akn', '/api/instruments/{id}/amended-by',
      '/api/instruments/{id}/amends',
      '/api/instruments/{id}/as-amended-by/{amendingId}', '/api/instruments/{id}/as-amended-by/{amendingId}/akn',
      '/api/instruments/{id}/edition', '/api/instruments/{id}/provisions', '/api/instruments/{id}/provisions/{eId}',
      '/api/instruments/{id}/reviews/carried',
      '/api/instruments/{id}/version-diff/{otherId}', '/api/instruments/{id}/versions', '/api/matrix',
      '/api/overview', '/api/reviews/{instrumentId}/{article}', '/api/search', '/api/search.csv', '/api/templates',
      '/api/templates/{id}', '/api/users', '/api/users/{name}',
    ]);
    await expect(JSON.stringify(doc, null, 2) + '\n').toMatchFileSnapshot('./__snapshots__/openapi.json');
  });

  it('serves the documentation page with a CSP', async () => {
    const r = await t.app.inject({ url: '/docs/' });
    expect(r.statusCode).toBe(200);
    expect(r.headers['content-security-policy']).toBeDefined();
  });
});
