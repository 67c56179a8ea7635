import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, multipartBody, TEMPLATE, type TestApp } from './helper.ts';

const XA = 'xa-computer-misuse-act-2019';
const XA2 = 'xa-interception-act-2020';
const interception = `## Part 1 – Offences
1. Interception of communications
A person who intentionally and without authority intercepts a transmission to a computer commits an offence.
`;

describe('frameworks', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp();
    const { payload, headers } = multipartBody([
      { name: 'title', value: 'Interception of Communications Act 2020' },
      { name: 'jurisdiction', value: 'XA' },
      { name: 'year', value: '2020' },
      { name: 'file', value: interception, fileName: `${XA2}.md`, type: 'text/markdown' },
    ]);
    expect((await t.app.inject({ method: 'POST', url: '/api/instruments', payload, headers })).statusCode).toBe(201);
  });
  afterAll(() => t.close());

  it("lists each jurisdiction's statutes, every one included until someone excludes it", async () => {
    const r = await t.app.inject({ url: '/api/frameworks' });
    expect(r.statusCode).toBe(200);
    const xa = r.json().frameworks.find((f: { jurisdiction: string }) => f.jurisdiction === 'XA');
    expect(xa.instruments.map((i: { id: string; included: boolean }) => [i.id, i.included])).toEqual([[XA, true], [XA2, true]]);
    expect(xa.sample).toBe(false);
  });

  it('reads the instruments together: the best-supported status per article, and who supplies it', async () => {
    const r = await t.app.inject({ url: `/api/frameworks/xa?template=${TEMPLATE}` });
    expect(r.statusCode).toBe(200);
    const body = r.json();
    expect(body.jurisdiction).toBe('XA');
    const art = (n: string) => body.articles.find((a: { article: string }) => a.article === n);
    expect(art('2')).toMatchObject({ status: 'covered', best: XA, combined: false });
    expect(art('3')).toMatchObject({ status: 'covered', best: XA2 });
    expect(art('3').sources[0].citations).toEqual(['s. 1']);
    expect(art('4').status).toBe('partial');
    expect(art('4').elements.find((e: { id: string }) => e.id === 'without_right')).toMatchObject({ instruments: [XA], shortfall: false });
    expect(art('4').elements.find((e: { id: string }) => e.id === 'intent')).toMatchObject({ instruments: [], shortfall: true });
    expect(art('9')).toMatchObject({ status: 'missing', best: null, sources: [] });
    expect(body.totals).toMatchObject({ covered: 2, partial: 1, missing: 1 });
    expect(body.scores.withOptions).toMatch(/every paragraph/);
  });

  it('cites clauses of a Bill as "cl."', async () => {
    const r = await t.app.inject({ url: '/api/frameworks/XB' });
    const art2 = r.json().articles.find((a: { article: string }) => a.article === '2');
    expect(art2.sources[0].citations[0]).toMatch(/^cl\. /);
  });

  it('saves an exclusion: the framework and the jurisdiction rows of the matrix follow it, and a restart keeps it', async () => {
    const put = await t.app.inject({ method: 'PUT', url: `/api/frameworks/XA/instruments/${XA2}`, payload: { included: false } });
    expect(put.statusCode).toBe(200);
    expect(put.json().instruments.find((i: { id: string }) => i.id === XA2).included).toBe(false);
    const art3 = (await t.app.inject({ url: '/api/frameworks/XA' })).json().articles.find((a: { article: string }) => a.article === '3');
    expect(art3.status).toBe('missing');
    const matrix = (await t.app.inject({ url: '/api/matrix?rows=jurisdiction' })).json();
    expect(matrix.rowsBy).toBe('jurisdiction');
    const row = matrix.rows.find((r: { instrument: string }) => r.instrument === 'XA');
    expect(row.instruments.map((i: { id: string }) => i.id)).toEqual([XA]);
    expect(row.cells['2']).toMatchObject({ status: 'covered', from: [XA] });

    await t.app.close();
    const again = await buildTestApp({}, t.dir);
    try {
      const kept = (await again.app.inject({ url: '/api/frameworks' })).json().frameworks.find((f: { jurisdiction: string }) => f.jurisdiction === 'XA');
      expect(kept.instruments.find((i: { id: string }) => i.id === XA2).included).toBe(false);
      const back = await again.app.inject({ method: 'PUT', url: `/api/frameworks/XA/instruments/${XA2}`, payload: { included: true } });
      expect(back.statusCode).toBe(200);
    } finally {
      t = again as TestApp;
    }
  });

  it('shows instrument rows with both scores, and jurisdiction rows with the instruments read together', async () => {
    const byInstrument = (await t.app.inject({ url: '/api/matrix' })).json();
    expect(byInstrument.scores.withoutOptions).toMatch(/reserve/);
    expect(byInstrument.rows[0]).toHaveProperty('scoreAll');
    const byJurisdiction = (await t.app.inject({ url: '/api/matrix?rows=jurisdiction' })).json();
    expect(byJurisdiction.rows.map((r: { instrument: string }) => r.instrument).sort()).toEqual(['XA', 'XB']);
    expect(byJurisdiction.rows.find((r: { instrument: string }) => r.instrument === 'XA').cells['3'].from).toEqual([XA2]);
  });

  it('gives the regional overview: the states per status, and the articles most states miss', async () => {
    const r = await t.app.inject({ url: '/api/overview' });
    expect(r.statusCode).toBe(200);
    const o = r.json();
    expect(o.states.map((s: { jurisdiction: string }) => s.jurisdiction)).toEqual(['XA', 'XB']);
    const art4 = o.articles.find((a: { article: string }) => a.article === '4');
    expect(art4).toMatchObject({ covered: [], partial: ['XA'], missing: ['XB'] });
    // Missing in half the states or more, in template order on a tie; the element both lack comes first.
    expect(o.priorities.map((p: { article: string }) => p.article)).toEqual(['4', '9']);
    expect(o.priorities[0].typical[0]).toEqual({ label: 'Intent', states: ['XA', 'XB'] });
    expect(o.cells['2']).toEqual({ XA: 'covered', XB: 'covered' });
  });

  it('answers a clear 4xx for an unknown jurisdiction, an empty framework, templates only, and a foreign instrument', async () => {
    const unknown = await t.app.inject({ url: '/api/frameworks/QQ' });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().error.code).toBe('LEXALIGN_ERR_UNKNOWN_JURISDICTION');
    expect(unknown.json().error.message).toContain('frameworks exist for XA, XB');

    const templates = await t.app.inject({ url: '/api/frameworks/INT' });
    expect(templates.statusCode).toBe(422);
    expect(templates.json().error.code).toBe('LEXALIGN_ERR_TEMPLATES_ONLY');
    expect(templates.json().error.message).toContain('Model Convention on Computer Offences');

    const foreign = await t.app.inject({ method: 'PUT', url: `/api/frameworks/XB/instruments/${XA}`, payload: { included: false } });
    expect(foreign.statusCode).toBe(400);
    expect(foreign.json().error.code).toBe('LEXALIGN_ERR_NOT_IN_FRAMEWORK');

    await t.app.inject({ method: 'PUT', url: '/api/frameworks/XB/instruments/xb-cybercrime-bill-2023', payload: { included: false } });
    const empty = await t.app.inject({ url: '/api/frameworks/XB' });
    expect(empty.statusCode).toBe(409);
    expect(empty.json().error).toMatchObject({ code: 'LEXALIGN_ERR_EMPTY_FRAMEWORK' });
    expect(empty.json().error.message).toMatch(/no instrument included/);
    // The overview leaves an emptied framework out rather than failing.
    const o = (await t.app.inject({ url: '/api/overview' })).json();
    expect(o.states.map((s: { jurisdiction: string }) => s.jurisdiction)).toEqual(['XA']);
    await t.app.inject({ method: 'PUT', url: '/api/frameworks/XB/instruments/xb-cybercrime-bill-2023', payload: { included: true } });

    expect((await t.app.inject({ url: '/api/frameworks/X1' })).statusCode).toBe(400);
    expect((await t.app.inject({ method: 'PUT', url: `/api/frameworks/XA/instruments/${XA}`, payload: { included: 'yes' } })).statusCode).toBe(400);
    expect((await t.app.inject({ method: 'PUT', url: '/api/frameworks/XA/instruments/nope', payload: { included: true } })).statusCode).toBe(404);
  });

  it('lists templates a manifest names without a profile, with the reason', async () => {
    const r = await t.app.inject({ url: '/api/templates' });
    expect(r.json().unavailable).toEqual([]);
  });
});
