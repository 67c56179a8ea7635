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
      '/api/alignments/{instrumentId}', '/api/compare', '/api/diff', '/api/exports/correlation/{file}',
      '/api/exports/gap-report/{file}', '/api/exports/matrix.csv', '/api/health', '/api/instruments',
      '/api/instruments/{id}', '/api/instruments/{id}/akn', '/api/instruments/{id}/provisions',
      '/api/instruments/{id}/provisions/{eId}', '/api/matrix', '/api/reviews/{instrumentId}/{article}', '/api/search', '/api/search.csv',
      '/api/templates', '/api/templates/{id}',
    ]);
    await expect(JSON.stringify(doc, null, 2) + '\n').toMatchFileSnapshot('./__snapshots__/openapi.json');
  });

  it('serves the documentation page with a CSP', async () => {
    const r = await t.app.inject({ url: '/docs/' });
    expect(r.statusCode).toBe(200);
    expect(r.headers['content-security-policy']).toBeDefined();
  });
});
