import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, TEMPLATE, type TestApp } from './helper.ts';

const XA = 'xa-computer-misuse-act-2019';

describe('exports', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp();
    await t.app.inject({
      method: 'PUT',
      url: `/api/reviews/${XA}/4`,
      payload: { author: 'A. Counsel', status: 'covered', provisions: ['4'], note: '"without lawful excuse" suffices <b>here</b>' },
    });
  });
  afterAll(() => t.close());

  it('exports the correlation table as CSV with a BOM, reviewed values next to the machine\'s', async () => {
    const r = await t.app.inject({ url: `/api/exports/correlation/${XA}.csv?template=${TEMPLATE}` });
    expect(r.statusCode).toBe(200);
    expect(r.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(r.headers['content-disposition']).toBe(`attachment; filename="${XA}--${TEMPLATE}.csv"`);
    expect(r.rawPayload.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const lines = r.body.slice(1).trim().split('\r\n');
    expect(lines).toHaveLength(5);
    expect(lines[0]).toMatch(/^article,title,group,obligation,machine_status,.*reviewed_status,.*,status,why$/);
    expect(lines[3]).toContain('4,Data interference,substantive,mandatory,partial,4,s. 4,0.80,intent,covered,4,A. Counsel,');
    expect(lines[3]).toContain('"""without lawful excuse"" suffices <b>here</b>"');
  });

  it('exports the matrix as CSV', async () => {
    const r = await t.app.inject({ url: '/api/exports/matrix.csv' });
    expect(r.statusCode).toBe(200);
    const lines = r.body.slice(1).trim().split('\r\n');
    expect(lines[0]).toBe('instrument,title,jurisdiction,Art. 2,Art. 3,Art. 4,Art. 9,covered,partial,missing,score');
    expect(lines[1]).toBe(`${XA},Computer Misuse Act 2019 (Examplia),XA,covered,missing,covered (reviewed),missing,2,0,2,0.667`);
    expect(lines.at(-1)).toMatch(/^TOTAL covered,/);
  });

  it('writes a Markdown gap report citing provisions and giving reasons', async () => {
    const r = await t.app.inject({ url: `/api/exports/gap-report/xb-cybercrime-bill-2023.md` });
    expect(r.statusCode).toBe(200);
    expect(r.headers['content-type']).toBe('text/markdown; charset=utf-8');
    expect(r.body).toContain('# Gap report: Cybercrime Bill 2023 (Fictonia)');
    expect(r.body).toContain('## Missing articles (1)');
    expect(r.body).toContain('### Art. 4 – Data interference');
    // A Bill is cited by clause.
    expect(r.body).toContain('### Art. 2 – Illegal access');
    expect(r.body).toContain('Provisions, in document order: cl. 2');
  });

  it('writes a printable HTML gap report with all statute text escaped and no script', async () => {
    const r = await t.app.inject({ url: `/api/exports/gap-report/${XA}.html` });
    expect(r.statusCode).toBe(200);
    expect(r.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(r.headers['content-security-policy']).toBe("default-src 'none'; style-src 'unsafe-inline'");
    expect(r.body).toContain('"without lawful excuse" suffices &lt;b>here&lt;/b>');
    expect(r.body).not.toContain('<b>here');
    expect(r.body).not.toMatch(/<script/i);
    expect(r.body).toContain('@media print');
  });

  it('refuses unknown instruments, wrong extensions and path-like names', async () => {
    expect((await t.app.inject({ url: '/api/exports/correlation/zz.csv' })).statusCode).toBe(404);
    expect((await t.app.inject({ url: `/api/exports/correlation/${XA}.xlsx` })).statusCode).toBe(400);
    expect((await t.app.inject({ url: `/api/exports/gap-report/${XA}.pdf` })).statusCode).toBe(400);
    expect((await t.app.inject({ url: '/api/exports/gap-report/..%2F..%2Fetc%2Fpasswd.md' })).statusCode).toBe(400);
    expect((await t.app.inject({ url: `/api/exports/gap-report/${XA}.md?template=nope` })).statusCode).toBe(404);
  });
});
