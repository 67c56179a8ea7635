import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, TEMPLATE, type TestApp } from './helper.ts';

const XA = 'xa-computer-misuse-act-2019';
const XB = 'xb-cybercrime-bill-2023';

describe('reviews with pinpoints and element notes', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp();
  });
  afterAll(() => t.close());

  const put = (id: string, article: string, body: unknown) =>
    t.app.inject({ method: 'PUT', url: `/api/reviews/${id}/${article}?template=${TEMPLATE}`, payload: body as object });

  it('accepts pinpoint citations as a lawyer writes them and resolves them to units', async () => {
    const r = await put(XA, '2', { author: 'A. Counsel', status: 'covered', provisions: ['s. 3(1)', 'section 3'] });
    expect(r.statusCode).toBe(200);
    expect(r.json().review).toMatchObject({ provisions: ['3'], pinpoints: ['3(1)', '3'] });
    const cell = (await t.app.inject({ url: `/api/alignments/${XA}` })).json().articles['2'];
    expect(cell.reviewed).toMatchObject({ provisions: ['3'], pinpoints: ['3(1)', '3'] });
    // The comparison cites the reviewer's pinpoints; a Bill's as clauses.
    const cmp = (await t.app.inject({ url: `/api/compare?article=2&instruments=${XA}` })).json();
    expect(cmp.instruments[0].citations).toEqual(['s. 3(1)', 's. 3']);
    expect((await put(XB, '2', { author: 'A. Counsel', status: 'covered', provisions: ['cl. 2'] })).json().review.provisions).toEqual(['2']);
    expect((await t.app.inject({ url: `/api/compare?article=2&instruments=${XB}` })).json().elements.columns[0].citation).toBe('Cybercrime Bill 2023 (Fictonia) (XB), cl. 2');
  });

  it('keeps plain units without pinpoints, and refuses what the instrument does not have in plain words', async () => {
    const r = await put(XA, '3', { author: 'A. Counsel', status: 'partial', provisions: ['4'] });
    expect(r.json().review.pinpoints).toBeUndefined();
    const bad = await put(XA, '3', { author: 'A. Counsel', status: 'partial', provisions: ['s. 3(9)'] });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.message).toBe('not a unit or provision of this instrument: s. 3(9) (cite it as printed, such as 14, s. 3(1)(a) or cl. 8(2))');
  });

  it('records a note per element, merged into the table and kept in the history', async () => {
    const r = await put(XA, '4', { author: 'B. Reviewer', status: 'partial', provisions: ['s. 4(1)'], elementNotes: { intent: 'No mental element: strict liability.', without_right: '  ' } });
    expect(r.statusCode).toBe(200);
    expect(r.json().review.elementNotes).toEqual({ intent: 'No mental element: strict liability.' });
    const cell = (await t.app.inject({ url: `/api/alignments/${XA}` })).json().articles['4'];
    expect(cell.reviewed.elementNotes).toEqual({ intent: 'No mental element: strict liability.' });
    const history = (await t.app.inject({ url: `/api/reviews/${XA}/4?template=${TEMPLATE}` })).json().history;
    expect(history[0].elementNotes).toEqual({ intent: 'No mental element: strict liability.' });
    const unknown = await put(XA, '4', { author: 'B. Reviewer', status: 'partial', provisions: ['4'], elementNotes: { penalty: 'x' } });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.message).toBe('not an element of this article: penalty');
    expect((await put(XA, '4', { author: 'B', status: 'partial', provisions: ['4'], elementNotes: { 'Bad Id': 'x' } })).statusCode).toBe(400);
  });
});
