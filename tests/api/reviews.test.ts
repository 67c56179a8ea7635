import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, multipartBody, TEMPLATE, type TestApp } from './helper.ts';

const XA = 'xa-computer-misuse-act-2019';

describe('reviews', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp();
  });
  afterAll(() => t.close());

  const put = (article: string, body: unknown, id = XA) =>
    t.app.inject({ method: 'PUT', url: `/api/reviews/${id}/${article}?template=${TEMPLATE}`, payload: body as object });

  it('records a review and merges it into the table as `reviewed`, keeping the machine value', async () => {
    const r = await put('3', { author: 'A. Counsel', status: 'partial', provisions: ['4'], note: 'interception is read into s. 4' });
    expect(r.statusCode).toBe(200);
    expect(r.json().review).toMatchObject({
      instrument: XA, template: TEMPLATE, article: '3', author: 'A. Counsel', status: 'partial', provisions: ['4'],
      machine: { status: 'missing', provisions: [] }, previous: null,
    });
    const table = (await t.app.inject({ url: `/api/alignments/${XA}` })).json();
    expect(table.articles['3']).toMatchObject({ status: 'missing', provisions: [] });
    expect(table.articles['3'].reviewed).toMatchObject({
      author: 'A. Counsel', status: 'partial', provisions: ['4'], note: 'interception is read into s. 4', machine: { status: 'missing', provisions: [] },
    });
    expect(Date.parse(table.articles['3'].reviewed.time)).not.toBeNaN();
  });

  it('keeps the full history, newest first, each with the value it replaced', async () => {
    await put('3', { author: 'B. Reviewer', status: 'missing', provisions: [] });
    const r = await t.app.inject({ url: `/api/reviews/${XA}/3` });
    expect(r.statusCode).toBe(200);
    const history = r.json().history;
    expect(history.map((h: { author: string }) => h.author)).toEqual(['B. Reviewer', 'A. Counsel']);
    expect(history[0].previous).toMatchObject({ status: 'partial', provisions: ['4'], author: 'A. Counsel' });
    expect((await t.app.inject({ url: `/api/reviews/${XA}/2` })).json().history).toEqual([]);
  });

  it('updates the matrix after a review', async () => {
    await put('9', { author: 'A. Counsel', status: 'covered', provisions: ['5'] });
    const m = (await t.app.inject({ url: '/api/matrix' })).json();
    const row = m.rows.find((x: { instrument: string }) => x.instrument === XA);
    expect(row.cells['9']).toEqual({ status: 'covered', provisions: ['5'], reviewed: true });
  });

  it('refuses reviews that make no legal sense', async () => {
    expect((await put('2', { author: 'A', status: 'missing', provisions: ['3'] })).json().error.message).toMatch(/cannot cite/);
    expect((await put('2', { author: 'A', status: 'covered', provisions: [] })).json().error.message).toMatch(/at least one/);
    expect((await put('2', { author: 'A', status: 'covered', provisions: ['42'] })).json().error.message).toMatch(/not a unit.*42/);
    expect((await put('2', { author: '   ', status: 'missing', provisions: [] })).statusCode).toBe(400);
  });

  it('refuses malformed bodies and unknown cells with coded errors', async () => {
    const bad = await put('2', { author: 'A', status: 'great', provisions: [] });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.code).toBe('LEXALIGN_ERR_BAD_REQUEST');
    expect((await put('2', { author: 'A', status: 'missing', provisions: [], extra: 1 })).statusCode).toBe(400);
    expect((await put('2', { status: 'missing', provisions: [] })).statusCode).toBe(400);
    expect((await put('77', { author: 'A', status: 'missing', provisions: [] })).json().error.code).toBe('LEXALIGN_ERR_UNKNOWN_ARTICLE');
    expect((await put('2', { author: 'A', status: 'missing', provisions: [] }, 'zz')).json().error.code).toBe('LEXALIGN_ERR_UNKNOWN_INSTRUMENT');
    const notJson = await t.app.inject({ method: 'PUT', url: `/api/reviews/${XA}/2`, payload: '{"author":', headers: { 'content-type': 'application/json' } });
    expect(notJson.statusCode).toBe(400);
    expect(notJson.json().error.code).toBe('LEXALIGN_ERR_BAD_REQUEST');
    expect((await t.app.inject({ url: `/api/reviews/${XA}/2?template=nope` })).statusCode).toBe(404);
  });

  it('keeps reviews of an uploaded instrument after it is deleted', async () => {
    const text = '## Part 1 – Offences\n1. Illegal access\nA person who intentionally accesses a computer commits an offence.\n';
    const up = multipartBody([{ name: 'file', value: text, fileName: 'xd-access-act.md' }]);
    expect((await t.app.inject({ method: 'POST', url: '/api/instruments', ...up })).statusCode).toBe(201);
    expect((await put('2', { author: 'A', status: 'covered', provisions: ['1'] }, 'xd-access-act')).statusCode).toBe(200);
    expect((await t.app.inject({ method: 'DELETE', url: '/api/instruments/xd-access-act' })).statusCode).toBe(200);
    const history = (await t.app.inject({ url: '/api/reviews/xd-access-act/2' })).json().history;
    expect(history).toHaveLength(1);
    // Uploading the same statute again brings its review back.
    expect((await t.app.inject({ method: 'POST', url: '/api/instruments', ...up })).statusCode).toBe(201);
    expect((await t.app.inject({ url: '/api/alignments/xd-access-act' })).json().articles['2'].reviewed.author).toBe('A');
  });
});
