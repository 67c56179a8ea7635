import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { matrixKey } from '../../server/services/matrix-service.ts';
import { buildTestApp, type TestApp } from './helper.ts';

const XA = 'xa-computer-misuse-act-2019';
const collections = ['samples', 'corpus', 'extra', 'upload'];

describe('the matrix cache', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp();
  });
  afterAll(() => t.close());

  it('writes every spelling of one view as one key', () => {
    const a = matrixKey({ template: 't', jurisdiction: 'xa', collections: ['upload', 'samples', 'upload'] as never });
    const b = matrixKey({ template: 't', jurisdiction: 'XA', collections: ['samples', 'upload'] as never });
    expect(a.key).toBe(b.key);
    expect(matrixKey({ template: 't' }).key).toBe(matrixKey({ template: 't', collections: [] }).key);
  });

  it('stays bounded over 1,500 GETs with every case, order and repetition of the filters', async () => {
    const seen = new Set<string>();
    for (let i = 0; i < 1500; i++) {
      const letter = (n: number, lower: boolean) => String.fromCharCode((lower ? 97 : 65) + (n % 26));
      const jurisdiction = letter(i, i % 2 === 1) + letter(Math.floor(i / 26), i % 4 > 1);
      const list = Array.from({ length: 1 + (i % 7) }, (_, k) => collections[(i + k * 3) % 4]).join(',');
      const url = `/api/matrix?jurisdiction=${jurisdiction}&collection=${list}`;
      seen.add(url);
      const r = await t.app.inject({ url });
      expect(r.statusCode, url).toBe(list.length > 40 ? 400 : 200);
      expect(t.app.services.matrix.size).toBeLessThanOrEqual(32);
    }
    expect(seen.size).toBeGreaterThan(900);
  });

  it('refuses an over-long collection list before it reaches the cache', async () => {
    const r = await t.app.inject({ url: `/api/matrix?collection=${Array(200).fill('upload').join(',')}` });
    expect(r.statusCode).toBe(400);
  });

  it('is emptied when the data changes', async () => {
    await t.app.inject({ url: '/api/matrix' });
    await t.app.inject({ url: '/api/matrix?jurisdiction=XA' });
    expect(t.app.services.matrix.size).toBeGreaterThan(0);
    const review = await t.app.inject({ method: 'PUT', url: `/api/reviews/${XA}/3`, payload: { author: 'A', status: 'missing', provisions: [] } });
    expect(review.statusCode).toBe(200);
    const r = await t.app.inject({ url: '/api/matrix?jurisdiction=XA' });
    expect(r.json().rows[0].cells['3']).toMatchObject({ status: 'missing', reviewed: true });
    expect(t.app.services.matrix.size).toBe(1);
  });
});
