import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, TEMPLATE, type TestApp } from './helper.ts';

const XA = 'xa-computer-misuse-act-2019';
const XB = 'xb-cybercrime-bill-2023';

describe('alignments, matrix, compare and diff', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp();
  });
  afterAll(() => t.close());

  it('serves the correlation table in the contract shape, aligned once', async () => {
    const before = t.pipeline.calls.align;
    const r = await t.app.inject({ url: `/api/alignments/${XA}?template=${TEMPLATE}` });
    expect(r.statusCode).toBe(200);
    expect(r.headers['content-type']).toContain('application/json');
    const table = r.json();
    expect(table).toMatchObject({ instrument: XA, template: TEMPLATE, units: 'sections' });
    expect(Object.keys(table.articles)).toEqual(['2', '3', '4', '9']);
    expect(table.articles['4']).toMatchObject({ provisions: ['4'], status: 'partial', flags: ['intent'] });
    expect(table.unmatched).toEqual([{ unit: '5', heading: 'Spreading false rumours', why: 'no counterpart' }]);
    await t.app.inject({ url: `/api/alignments/${XA}` });
    // Start-up aligned the samples already; reads never re-align.
    expect(t.pipeline.calls.align).toBe(before);
  });

  it('404s an unknown instrument or template', async () => {
    expect((await t.app.inject({ url: '/api/alignments/zz' })).json().error.code).toBe('LEXALIGN_ERR_UNKNOWN_INSTRUMENT');
    expect((await t.app.inject({ url: `/api/alignments/${XA}?template=nope` })).json().error.code).toBe('LEXALIGN_ERR_UNKNOWN_TEMPLATE');
    expect((await t.app.inject({ url: `/api/alignments/${XA}?template=../x` })).statusCode).toBe(400);
  });

  it('builds the matrix with totals and harmonisation scores', async () => {
    const r = await t.app.inject({ url: '/api/matrix' });
    expect(r.statusCode).toBe(200);
    const m = r.json();
    expect(m.columns.map((c: { article: string }) => c.article)).toEqual(['2', '3', '4', '9']);
    const xa = m.rows.find((row: { instrument: string }) => row.instrument === XA);
    expect(xa.totals).toEqual({ covered: 1, partial: 1, missing: 2 });
    // Mandatory articles 2, 3, 4: (1 + 0.5) / 3.
    expect(xa.score).toBe(0.5);
    const xb = m.rows.find((row: { instrument: string }) => row.instrument === XB);
    expect(xb.score).toBe(0.667);
    expect(m.columns[0].totals).toEqual({ covered: 2, partial: 0, missing: 0 });
    expect(m.totals).toEqual({ covered: 4, partial: 1, missing: 3 });
    expect(m.scoring).toMatch(/covered \+ 0\.5/);
  });

  it('filters the matrix by jurisdiction and group, and validates the filters', async () => {
    expect((await t.app.inject({ url: '/api/matrix?jurisdiction=XB' })).json().rows.map((r: { instrument: string }) => r.instrument)).toEqual([XB]);
    expect((await t.app.inject({ url: '/api/matrix?group=procedural' })).json().columns).toEqual([]);
    expect((await t.app.inject({ url: '/api/matrix?group=cooking' })).statusCode).toBe(400);
    expect((await t.app.inject({ url: '/api/matrix?collection=extra' })).json().rows).toEqual([]);
    expect((await t.app.inject({ url: '/api/matrix?template=nope' })).statusCode).toBe(404);
  });

  it('compares one article across instruments with their texts', async () => {
    const r = await t.app.inject({ url: `/api/compare?article=2&instruments=${XA},${XB}` });
    expect(r.statusCode).toBe(200);
    const body = r.json();
    expect(body.article).toMatchObject({ article: '2', title: 'Illegal access' });
    expect(body.instruments.map((i: { instrument: string; status: string }) => [i.instrument, i.status])).toEqual([[XA, 'covered'], [XB, 'covered']]);
    expect(body.instruments[0].citations).toEqual(['s. 3']);
    expect(body.instruments[0].texts.map((x: { num: string }) => x.num)).toEqual(['3', '3(1)', '3(2)']);
  });

  it('refuses compare requests for unknown articles or instruments', async () => {
    expect((await t.app.inject({ url: `/api/compare?article=77&instruments=${XA}` })).json().error.code).toBe('LEXALIGN_ERR_UNKNOWN_ARTICLE');
    expect((await t.app.inject({ url: '/api/compare?article=2&instruments=zz' })).statusCode).toBe(404);
    expect((await t.app.inject({ url: '/api/compare?article=2' })).statusCode).toBe(400);
    expect((await t.app.inject({ url: '/api/compare?article=2&instruments=a/b' })).statusCode).toBe(400);
  });

  it('diffs two provisions word by word, including their paragraphs', async () => {
    const r = await t.app.inject({ url: `/api/diff?left=${XA}:part_II__sec_3__subsec_1&right=${XB}:part_2__sec_2` });
    expect(r.statusCode).toBe(200);
    const d = r.json();
    expect(d.left.label).toBe('Computer Misuse Act 2019 (Examplia), s. 3(1)');
    expect(d.segments.filter((s: { op: string }) => s.op !== 'insert').map((s: { text: string }) => s.text).join('')).toBe(d.left.text);
    expect(d.segments.filter((s: { op: string }) => s.op !== 'delete').map((s: { text: string }) => s.text).join('')).toBe(d.right.text);
    const withParas = await t.app.inject({ url: `/api/diff?left=${XA}:part_II__sec_4__subsec_1&right=${XA}:part_II__sec_4__subsec_1` });
    expect(withParas.json().left.text).toContain('imprisonment for two years');
    expect(withParas.json().similarity).toBe(1);
  });

  it('diffs a provision against a template article', async () => {
    const r = await t.app.inject({ url: `/api/diff?left=${XB}:part_2__sec_2&template=${TEMPLATE}&article=2` });
    expect(r.statusCode).toBe(200);
    expect(r.json().right.label).toBe('Model Convention, art. 2');
    expect(r.json().segments.some((s: { op: string; text: string }) => s.op === 'equal' && s.text.includes('computer system'))).toBe(true);
  });

  it('refuses malformed or unknown diff sides', async () => {
    expect((await t.app.inject({ url: `/api/diff?left=${XA}` })).statusCode).toBe(400);
    expect((await t.app.inject({ url: `/api/diff?left=${XA}:sec_1` })).json().error.message).toMatch(/right=/);
    expect((await t.app.inject({ url: `/api/diff?left=${XA}:sec_99&article=2` })).json().error.code).toBe('LEXALIGN_ERR_UNKNOWN_PROVISION');
    expect((await t.app.inject({ url: `/api/diff?left=${XA}:part_I__sec_1&article=99` })).json().error.code).toBe('LEXALIGN_ERR_UNKNOWN_ARTICLE');
    expect((await t.app.inject({ url: `/api/diff?left=${XA}:part_I__sec_1&right=${XB}:part_1__sec_1&article=2` })).statusCode).toBe(400);
  });
});
