import mammoth from 'mammoth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, TEMPLATE, type TestApp } from './helper.ts';

const XA = 'xa-computer-misuse-act-2019';
const XB = 'xb-cybercrime-bill-2023';

describe('compare across states: element table, structured diffs, exports', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp();
  });
  afterAll(() => t.close());

  it('answers the element-by-state table with one column per instrument and legal citations', async () => {
    const body = (await t.app.inject({ url: `/api/compare?article=4&instruments=${XA},${XB}` })).json();
    expect(body.elements.columns.map((c: { short: string; status: string }) => [c.short, c.status])).toEqual([
      ['XA', 'partial'],
      ['XB', 'missing'],
    ]);
    expect(body.elements.columns[0].citation).toBe('Computer Misuse Act 2019 (Examplia) (XA), s. 4');
    expect(body.elements.rows.map((r: { element: string }) => r.element)).toEqual(['intent', 'without_right']);
    expect(body.elements.rows[0].cells[0].state).toBe('absent');
    expect(body.elements.rows[0].summary).toBe('Intent: XA ✗, XB ✗');
    expect(body.elements.rows[0].cells[1].state).toBe('no-provision');
  });

  it('cites a Bill by clauses and diffs its first unit against the article, keeping its paragraphs', async () => {
    const body = (await t.app.inject({ url: `/api/compare?article=3&instruments=${XB}` })).json();
    const xb = body.instruments[0];
    expect(xb.kind).toBe('bill');
    expect(xb.citations).toEqual(['cl. 3']);
    expect(xb.diff.right.map((b: { segments: Array<{ text: string }> }) => b.segments.map((s) => s.text).join(''))).toEqual([body.article.text]);
    expect(xb.diff.left.length).toBeGreaterThan(0);
  });

  it('offers the substantive mode, which tints fewer words than the word mode', async () => {
    const count = async (mode: string) => {
      const d = (await t.app.inject({ url: `/api/diff?left=${XA}:part_II__sec_3&template=${TEMPLATE}&article=2&mode=${mode}` })).json();
      expect(d.mode).toBe(mode);
      const tinted = [...d.blocks.left, ...d.blocks.right].flatMap((b: { segments: Array<{ op: string; text: string }> }) => b.segments).filter((s: { op: string }) => s.op !== 'equal');
      return tinted.map((s: { text: string }) => s.text).join(' ').split(/\s+/).filter(Boolean).length;
    };
    expect(await count('substantive')).toBeLessThan(await count('words'));
    expect((await t.app.inject({ url: `/api/diff?left=${XA}:part_II__sec_3&article=2&mode=fuzzy` })).statusCode).toBe(400);
  });

  it('keeps subsections as blocks in the diff of a whole section', async () => {
    const d = (await t.app.inject({ url: `/api/diff?left=${XA}:part_II__sec_3&right=${XA}:part_II__sec_3` })).json();
    expect(d.blocks.left.map((b: { label: string }) => b.label)).toEqual(d.blocks.right.map((b: { label: string }) => b.label));
    expect(d.blocks.left.map((b: { label: string }) => b.label)).toContain('(1)');
    expect(d.blocks.similarity).toBe(1);
  });

  it('takes more than six instruments (no cap of six), names each once, and refuses more than 200', async () => {
    const many = [XA, XB, XA, XB, XA, XB, XA].join(',');
    expect((await t.app.inject({ url: `/api/compare?article=2&instruments=${many}` })).json().instruments).toHaveLength(2);
    const tooMany = Array.from({ length: 201 }, (_, i) => `x${i}`).join(',');
    const r = await t.app.inject({ url: `/api/compare?article=2&instruments=${tooMany}` });
    expect(r.statusCode).toBe(400);
    expect(r.json().error.message).toMatch(/between 1 and 200 instruments/);
  });

  it('exports the element table as CSV and as a Word document', async () => {
    const csv = await t.app.inject({ url: `/api/exports/elements.csv?article=4&instruments=${XA},${XB}` });
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.headers['content-disposition']).toBe(`attachment; filename="elements--art-4--${TEMPLATE}.csv"`);
    expect(csv.body).toContain('Intent,required,✗ absent');
    const docx = await t.app.inject({ url: `/api/exports/elements.docx?article=4&instruments=${XA},${XB}` });
    expect(docx.statusCode).toBe(200);
    expect(docx.headers['content-type']).toContain('wordprocessingml');
    const { value } = await mammoth.extractRawText({ buffer: docx.rawPayload });
    expect(value).toContain('Art. 4 Data interference: elements by state');
    expect(value).toContain('✗ absent');
    expect((await t.app.inject({ url: '/api/exports/elements.docx?article=4&instruments=zz' })).statusCode).toBe(404);
    expect((await t.app.inject({ url: '/api/exports/elements.csv?article=4' })).statusCode).toBe(400);
  });
});
