import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import mammoth from 'mammoth';
import { buildTestApp, multipartBody, TEMPLATE, type TestApp } from './helper.ts';

const XA = 'xa-computer-misuse-act-2019';
const XA2 = 'xa-interception-act-2020';
const interception = `## Part 1 – Offences
1. Interception of communications
A person who intentionally and without authority intercepts a transmission to a computer commits an offence.
`;

/** The words of an HTML page as a reader sees them (tags out, entities read). */
function htmlText(html: string): string {
  return html
    .replace(/<style[\s\S]*?<\/style>/g, ' ')
    .replace(/<\/?(?:span|a|strong|em|b)\b[^>]*>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
}

/** The article headings in the order a text gives them. */
function articleOrder(text: string): string[] {
  return [...text.matchAll(/Art\. (\d+) – [A-Z][^:]*?(?= (?:Covered|Partly implemented|Missing)(?:,[^.]*)?\.)/g)].map((m) => m[1]);
}

describe('gap reports to annex to a memo', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp();
    const { payload, headers } = multipartBody([
      { name: 'title', value: 'Interception of Communications Act 2020' },
      { name: 'jurisdiction', value: 'XA' },
      { name: 'file', value: interception, fileName: `${XA2}.md`, type: 'text/markdown' },
    ]);
    expect((await t.app.inject({ method: 'POST', url: '/api/instruments', payload, headers })).statusCode).toBe(201);
    await t.app.inject({
      method: 'PUT',
      url: `/api/reviews/${XA}/4`,
      payload: { author: 'A. Counsel', status: 'covered', provisions: ['4'], note: 'recklessness read with s. 4(1) <b>suffices</b>' },
    });
  });
  afterAll(() => t.close());

  it('heads the report with each instrument, its number, kind and stage, the text read, and states the method', async () => {
    const r = await t.app.inject({ url: `/api/exports/gap-report/xb-cybercrime-bill-2023.html?template=${TEMPLATE}` });
    expect(r.statusCode).toBe(200);
    const text = htmlText(r.body);
    expect(text).toContain('Cybercrime Bill 2023 (Fictonia)');
    expect(text).toContain('Bill: a draft before Parliament, not law until enacted');
    expect(text).toContain('2023; text read from xb-cybercrime-bill-2023.md');
    expect(text).toContain('not given in the library');
    expect(text).toMatch(/Method and disclaimer.*Covered: Every required element/);
    expect(text).toContain('These are machine findings');
    // The missing article names its closest candidate, cited by clause.
    expect(text).toMatch(/Art\. 4 – Data interference Missing\. Closest candidate and why it falls short: no provision found/);
    expect(text).not.toMatch(/\bscored\b|0\.\d\d/);
  });

  it('puts the reviewer beside the machine, with note and date, and never lets statute or note text become markup', async () => {
    const r = await t.app.inject({ url: `/api/exports/gap-report/${XA}.html` });
    const text = htmlText(r.body);
    expect(text).toMatch(/Reviews \(1\).*Art\. 4 – Data interference .* Covered: s\. 4 Partly implemented: s\. 4 A\. Counsel, \d{4}-\d\d-\d\d: “recklessness read with s\. 4\(1\) <b>suffices<\/b>”/);
    expect(r.body).not.toContain('<b>suffices');
  });

  it('writes a DOCX that opens and holds the same findings, in the same order, as the HTML', async () => {
    for (const url of [`/api/exports/gap-report/${XA}`, '/api/exports/framework-report/XA']) {
      const html = await t.app.inject({ url: `${url}.html` });
      const docx = await t.app.inject({ url: `${url}.docx` });
      expect(docx.statusCode).toBe(200);
      expect(docx.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
      expect(docx.headers['content-disposition']).toMatch(/^attachment; filename=".*\.docx"$/);
      const { value } = await mammoth.extractRawText({ buffer: docx.rawPayload });
      const wordText = value.replace(/\s+/g, ' ');
      const pageText = htmlText(html.body);
      const md = (await t.app.inject({ url: `${url}.md` })).body.replace(/\*\*/g, '').replace(/#+ /g, '').replace(/\s+/g, ' ');
      expect(articleOrder(wordText).length).toBe(4);
      expect(articleOrder(wordText)).toEqual(articleOrder(md));
      // Every finding of the HTML (heading, status, each citation) is in the Word text, and the reverse.
      const findings = /Art\. \d+ – [^.:]+? (?:Covered|Partly implemented|Missing)(?:,[^.]*)?\./g;
      expect(pageText.match(findings)).toEqual(wordText.match(findings));
      for (const cite of pageText.match(/\b(?:s|cl)\. \d+(?:\(\w+\))*/g) ?? []) expect(wordText).toContain(cite);
      expect(wordText).toContain('A. Counsel');
      expect(wordText).toContain('recklessness read with s. 4(1) <b>suffices</b>');
    }
  });

  it("reports a framework: the instruments read together, who supplies what, and the ones a user excluded", async () => {
    const md = (await t.app.inject({ url: '/api/exports/framework-report/XA.md' })).body;
    expect(md).toContain('# Gap report: XA: framework of 2 instruments');
    expect(md).toContain('Interception of Communications Act 2020: s. 1');
    expect(md).toContain('were read together');
    await t.app.inject({ method: 'PUT', url: `/api/frameworks/XA/instruments/${XA2}`, payload: { included: false } });
    const after = (await t.app.inject({ url: '/api/exports/framework-report/XA.md' })).body;
    expect(after).toContain('Excluded from the framework by a user (not read): Interception of Communications Act 2020.');
    await t.app.inject({ method: 'PUT', url: `/api/frameworks/XA/instruments/${XA2}`, payload: { included: true } });
  });

  it('exports the report as CSV, one row per article in template order', async () => {
    const r = await t.app.inject({ url: '/api/exports/framework-report/xa.csv' });
    expect(r.statusCode).toBe(200);
    const lines = r.body.slice(1).trim().split('\r\n');
    expect(lines[0]).toBe('article,title,obligation,status,read_together,provisions,elements_lacking,divergences,closest_candidate,elements_supplied_by,reviewed_by,reviewed_on,review_note');
    expect(lines.slice(1).map((l) => l.split(',')[0])).toEqual(['2', '3', '4', '9']);
    expect(lines[2]).toContain('Interception of Communications Act 2020: s. 1');
  });

  it('exports the regional overview as CSV with the states named', async () => {
    const r = await t.app.inject({ url: '/api/exports/overview.csv' });
    expect(r.statusCode).toBe(200);
    const lines = r.body.slice(1).trim().split('\r\n');
    expect(lines[0]).toMatch(/^article,title,obligation,states_covering,covering,/);
    expect(lines.find((l) => l.startsWith('4,'))).toContain('Data interference,mandatory,1,XA,0,,1,XB');
  });

  it('exports the regional overview as a report: the heat map, the articles most states miss, the same in Word', async () => {
    const html = await t.app.inject({ url: '/api/exports/regional-report/html' });
    expect(html.statusCode).toBe(200);
    expect(html.headers['content-security-policy']).toBe("default-src 'none'; style-src 'unsafe-inline'");
    const text = htmlText(html.body);
    expect(text).toContain('Heat map: articles by state');
    expect(text).toMatch(/Art\. 9 Offences related to child abuse material: missing in 1 of 2 states \(XA\)/);
    expect(html.body).toContain('size:A4 landscape');
    const docx = await t.app.inject({ url: '/api/exports/regional-report/docx' });
    expect(docx.statusCode).toBe(200);
    const word = (await mammoth.extractRawText({ buffer: docx.rawPayload })).value.replace(/\s+/g, ' ');
    const priorities = /Art\. \d+ [^:]+: missing in \d+ of \d+ states[^.]*\./g;
    expect(word.match(priorities)).toEqual(text.match(priorities));
    const md = (await t.app.inject({ url: '/api/exports/regional-report/md' })).body;
    expect(md).toContain('| 2 Illegal access | ✓ | ✓ | 2 · 0 · 0 |');
    expect((await t.app.inject({ url: '/api/exports/regional-report/pdf' })).statusCode).toBe(400);
  });

  it('refuses a bad format, an unknown jurisdiction and an emptied framework with a clear 4xx', async () => {
    expect((await t.app.inject({ url: '/api/exports/framework-report/XA.pdf' })).statusCode).toBe(400);
    const unknown = await t.app.inject({ url: '/api/exports/framework-report/QQ.docx' });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().error.code).toBe('LEXALIGN_ERR_UNKNOWN_JURISDICTION');
    await t.app.inject({ method: 'PUT', url: '/api/frameworks/XB/instruments/xb-cybercrime-bill-2023', payload: { included: false } });
    const empty = await t.app.inject({ url: '/api/exports/framework-report/XB.html' });
    expect(empty.statusCode).toBe(409);
    await t.app.inject({ method: 'PUT', url: '/api/frameworks/XB/instruments/xb-cybercrime-bill-2023', payload: { included: true } });
  });
});
