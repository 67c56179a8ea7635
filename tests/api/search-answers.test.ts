import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { ANSWERS_CACHED } from '../../server/services/search.ts';
import { buildTestApp, multipartBody, type TestApp } from './helper.ts';

const statute = '# Data Offences Act 2022\n\n1. Wilful corruption of data\n\nA person who wilfully corrupts computer data commits an offence.\n';
const UPLOAD = 'xc-data-offences-act-2022';

/** The recent answers a search is sent from (server/services/search.ts): run once, sent again, emptied on change. */
describe('recent search answers', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp();
  });
  afterAll(() => t.close());

  const get = (url: string, headers: Record<string, string> = {}) => t.app.inject({ url, headers });

  it('sends the same search again without running it, whatever the order of its filter values', async () => {
    const runs = vi.spyOn(t.app.services.search, 'query');
    const first = await get('/api/search?q=computer&jurisdiction=XA&jurisdiction=XB&size=3');
    const again = await get('/api/search?q=computer&jurisdiction=XB&jurisdiction=XA&size=3');
    expect(first.statusCode).toBe(200);
    expect(again.rawPayload.equals(first.rawPayload)).toBe(true);
    expect(runs).toHaveBeenCalledTimes(1);
    // Another page, size or option is another search.
    await get('/api/search?q=computer&jurisdiction=XA&jurisdiction=XB&size=3&page=2');
    await get('/api/search?q=computer&jurisdiction=XA&jurisdiction=XB&size=3&synonyms=false');
    expect(runs).toHaveBeenCalledTimes(3);
    runs.mockRestore();
  });

  it('runs the search again when the request says Cache-Control: no-cache', async () => {
    const runs = vi.spyOn(t.app.services.search, 'query');
    const kept = await get('/api/search?q=interception&size=2');
    const fresh = await get('/api/search?q=interception&size=2', { 'cache-control': 'no-cache' });
    expect(runs).toHaveBeenCalledTimes(2);
    expect(fresh.json()).toEqual(kept.json());
    runs.mockRestore();
  });

  it('never sends an answer older than the index: an upload and its deletion empty them', async () => {
    const url = '/api/search?q=corrupts&synonyms=false';
    expect((await get(url)).json().total).toBe(0);
    const { payload, headers } = multipartBody([{ name: 'file', value: statute, fileName: `${UPLOAD}.md`, type: 'text/markdown' }]);
    expect((await t.app.inject({ method: 'POST', url: '/api/instruments', payload, headers })).statusCode).toBe(201);
    expect((await get(url)).json().hits.map((h: { instrument: string }) => h.instrument)).toEqual([UPLOAD]);
    expect((await t.app.inject({ method: 'DELETE', url: `/api/instruments/${UPLOAD}` })).statusCode).toBe(200);
    expect((await get(url)).json().total).toBe(0);
  });

  it('keeps a bad query out: the second try is refused as the first', async () => {
    for (let i = 0; i < 2; i++) {
      const r = await get('/api/search?q=%22unbalanced');
      expect(r.statusCode).toBe(400);
      expect(r.json().error.code).toBe('LEXALIGN_ERR_BAD_QUERY');
    }
  });

  it('keeps at most ANSWERS_CACHED answers, however many different searches are made', async () => {
    for (let i = 0; i < ANSWERS_CACHED + 88; i++) {
      const r = await get(`/api/search?q=computer&size=${1 + (i % 100)}&page=${1 + Math.floor(i / 100)}`);
      expect(r.statusCode).toBe(200);
    }
    expect(t.app.services.search.answersKept).toBe(ANSWERS_CACHED);
  });
});
