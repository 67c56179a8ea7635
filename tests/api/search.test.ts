import { Value } from 'typebox/value';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { searchSchema } from '../../server/schemas/search.ts';
import type { SearchRequest } from '../../server/search/index.ts';
import { buildFixture } from '../unit/search/fixture.ts';
import { buildTestApp, type TestApp } from './helper.ts';

describe('search route', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp();
  });
  afterAll(() => t.close());

  it('answers hits with citations, snippets and facets, paged', async () => {
    const r = await t.app.inject({ url: '/api/search?q=computer&size=2&page=1' });
    expect(r.statusCode).toBe(200);
    const body = r.json();
    expect(body.total).toBeGreaterThan(2);
    expect(body.hits).toHaveLength(2);
    expect(body.hits[0]).toMatchObject({ instrument: 'xa-computer-misuse-act-2019', citation: 's. 1' });
    expect(body.facets.jurisdiction.map((f: { value: string }) => f.value).sort()).toEqual(['XA', 'XB']);
  });

  it('sends JSON in ASCII bytes (other characters escaped), with the JSON content type', async () => {
    const r = await t.app.inject({ url: '/api/search?q=computer&size=5' });
    expect(r.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(r.rawPayload.every((b) => b < 0x80)).toBe(true);
    expect(Number(r.headers['content-length'])).toBe(r.rawPayload.length);
    expect(r.json().hits).toHaveLength(5);
  });

  it('passes filters, including the template article a provision is aligned to', async () => {
    const r = await t.app.inject({ url: '/api/search?q=offence&article=3' });
    expect(r.json().hits.map((h: { instrument: string; unit: string }) => `${h.instrument} ${h.unit}`)).toEqual(['xb-cybercrime-bill-2023 3']);
    expect((await t.app.inject({ url: '/api/search?q=offence&jurisdiction=XA&kind=offence' })).json().total).toBe(3);
  });

  it('takes several values of a facet as repeated parameters (OR within a facet)', async () => {
    const total = (qs: string) => t.app.inject({ url: `/api/search?q=computer&${qs}` }).then((r) => r.json().total as number);
    const xa = await total('jurisdiction=XA');
    const xb = await total('jurisdiction=XB');
    expect(xa).toBeGreaterThan(0);
    expect(xb).toBeGreaterThan(0);
    expect(await total('jurisdiction=XA&jurisdiction=XB')).toBe(xa + xb);
    const many = Array.from({ length: 51 }, (_, i) => `jurisdiction=J${i}`).join('&');
    expect((await t.app.inject({ url: `/api/search?q=computer&${many}` })).statusCode).toBe(400);
  });

  it('names each hit fully: instrument title and jurisdiction, as the index gives them', async () => {
    const hit = (await t.app.inject({ url: '/api/search?q=computer&size=1' })).json().hits[0];
    expect(hit.instrumentTitle).toBeTruthy();
    expect(hit.jurisdiction).toMatch(/^X[AB]$/);
  });

  it('gives one hit per section with group=unit, and refuses other groupings', async () => {
    const units = (url: string) => t.app.inject({ url }).then((r) => r.json().hits.map((h: { instrument: string; unit: string }) => `${h.instrument} ${h.unit}`));
    const perProvision: string[] = await units('/api/search?q=computer&size=100');
    const perUnit: string[] = await units('/api/search?q=computer&size=100&group=unit&synonyms=false');
    expect(perProvision.length).toBeGreaterThan(new Set(perProvision).size);
    expect(perUnit).toEqual([...new Set(perProvision)]);
    expect((await t.app.inject({ url: '/api/search?q=computer&group=sections' })).statusCode).toBe(400);
  });

  it('answers a malformed query with LEXALIGN_ERR_BAD_QUERY', async () => {
    const r = await t.app.inject({ url: '/api/search?q=%22unbalanced' });
    expect(r.statusCode).toBe(400);
    expect(r.json().error.code).toBe('LEXALIGN_ERR_BAD_QUERY');
    expect(r.json().error.message).toContain('unbalanced quote');
  });

  it('takes match=all or match=any (the engine reads AND, OR, NOT and title:; tests/unit/search/boolean-query.test.ts)', async () => {
    expect((await t.app.inject({ url: '/api/search?q=computer&match=any' })).statusCode).toBe(200);
    expect((await t.app.inject({ url: '/api/search?q=computer&match=all' })).statusCode).toBe(200);
    const bad = await t.app.inject({ url: '/api/search?q=computer&match=some' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.code).toBe('LEXALIGN_ERR_BAD_REQUEST');
  });

  it('exports the results as CSV, best first, with the total matched in a header', async () => {
    const r = await t.app.inject({ url: '/api/search.csv?q=computer&group=unit' });
    expect(r.statusCode).toBe(200);
    expect(r.headers['content-type']).toMatch(/^text\/csv/);
    expect(r.headers['content-disposition']).toBe('attachment; filename="search-results.csv"');
    const json = (await t.app.inject({ url: '/api/search?q=computer&group=unit&size=100' })).json();
    expect(Number(r.headers['x-lexalign-total'])).toBe(json.total);
    const rows = r.body.trimEnd().split('\r\n');
    expect(rows).toHaveLength(json.total + 1);
    expect(rows[1]).toContain(json.hits[0].citation);
    const bad = await t.app.inject({ url: '/api/search.csv?q=%22unbalanced' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.code).toBe('LEXALIGN_ERR_BAD_QUERY');
  });

  it('validates the query string', async () => {
    expect((await t.app.inject({ url: '/api/search' })).statusCode).toBe(400);
    expect((await t.app.inject({ url: '/api/search?q=x&size=1000' })).statusCode).toBe(400);
    expect((await t.app.inject({ url: '/api/search?q=x&page=0' })).statusCode).toBe(400);
  });
});

describe('search answer shape', () => {
  it('the engine answers exactly the documented shape (the route writes all of it, unfiltered, with searchResponseJson)', () => {
    const schema = searchSchema.response[200];
    const search = buildFixture();
    const requests: SearchRequest[] = [
      { q: 'unauthorised access', size: 5 },
      { q: 'interception', group: 'unit', filters: { jurisdiction: ['XA'] } },
      { q: 'zzzz' },
      { q: 'computer', page: 2, size: 1 },
    ];
    for (const req of requests) {
      const answer = search.query(req);
      expect(Value.Check(schema, answer), req.q).toBe(true);
      // Clean drops what the schema does not name: nothing may be dropped.
      expect(Value.Clean(schema, structuredClone(answer)), req.q).toEqual(answer);
    }
  });
});
