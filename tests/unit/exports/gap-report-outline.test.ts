import { describe, expect, it } from 'vitest';
import type { GapEntry, GapReport } from '../../../server/exports/gap-report.ts';
import { gapReportHtml, gapReportMarkdown } from '../../../server/exports/gap-report-outline.ts';

const entry = (over: Partial<GapEntry>): GapEntry => ({
  article: '2', title: 'Illegal access', obligation: 'mandatory', status: 'missing', combined: false, citations: [], reasons: [],
  divergences: [], closest: [], suppliedBy: [], reviewed: null, ...over,
});

/** A report whose statute text tries to be markup: a script, a link, emphasis and a table pipe. */
const report: GapReport = {
  kind: 'instrument',
  subject: 'Computer Misuse Act, 2031',
  jurisdiction: { code: 'XA', name: 'XA' },
  instruments: [{
    id: 'xa-cma', title: 'Computer Misuse Act, 2031 <script>alert(1)</script>', number: 'Act No. 4 of 2031', kindAndStage: 'Act: in force',
    version: '2031', officialSource: 'https://laws.example/xa/cma', sample: true,
  }],
  excluded: [],
  template: { id: 'budapest', title: 'Convention on Cybercrime' },
  generated: '2031-05-01T00:00:00.000Z',
  counts: { covered: 1, partial: 0, missing: 1 },
  score: 0.5,
  scoreAll: 0.5,
  scores: { withoutOptions: 'Without the reservable paragraphs.', withOptions: 'With them.' },
  method: {
    compared: 'Two articles were compared.',
    statuses: [{ status: 'covered', meaning: 'Every element found.' }],
    outOfScope: [],
    safeguards: null,
    machine: 'These are machine findings.',
  },
  missing: [entry({ closest: ['s. 4 (“any person who *knowingly* [accesses](javascript:x) a | computer”): too little of the article'] })],
  partial: [],
  covered: [entry({ article: '3', title: 'Illegal interception', status: 'covered', citations: ['s. 5(1)'], reviewed: { author: 'A. Counsel', time: '2031-05-02T10:00:00Z', note: '<b>agreed</b>' } })],
  reviews: [],
  unmatched: [{ citation: 's. 9', heading: 'Offences by bodies corporate' }],
};

describe('the gap report outline', () => {
  it('prints statute text in the HTML page as text, never as markup', () => {
    const html = gapReportHtml(report);
    expect(html).not.toContain('<script>');
    expect(html).toContain('Computer Misuse Act, 2031 &lt;script>alert(1)&lt;/script>');
    expect(html).not.toContain('<b>agreed');
    expect(html).not.toContain('href="javascript');
    expect(html).toContain('<a href="https://laws.example/xa/cma">https://laws.example/xa/cma</a>');
  });

  it('keeps the page printable: its stylesheet and an entry per finding that prints together', () => {
    const html = gapReportHtml(report);
    expect(html).toMatch(/^<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Gap report: Computer Misuse Act, 2031<\/title><style>body\{/);
    expect(html).toContain('@page{size:A4;');
    expect(html).toContain('<section class="entry"><h3>Art. 2 – Illegal access</h3>');
    expect(html).toContain('<p class="sample"><strong>Fictional sample:</strong>');
    expect(html).toContain('<section class="entry"><h3>Art. 3 – Illegal interception</h3><p><strong>Covered.</strong></p><p>Provisions, in document order: s. 5(1)</p>');
  });

  it('makes the first cell of each table row its row header, for screen readers', () => {
    const html = gapReportHtml(report);
    const bodies = html.match(/<tbody>.*?<\/tbody>/gs) ?? [];
    expect(bodies.length).toBeGreaterThan(0);
    for (const body of bodies) for (const row of body.match(/<tr>.*?<\/tr>/gs) ?? []) expect(row).toMatch(/^<tr>\s*<th scope="row">/);
  });

  it('writes the same outline as Markdown, escaping what Markdown would read as markup', () => {
    const md = gapReportMarkdown(report);
    expect(md).toContain('# Gap report: Computer Misuse Act, 2031\n');
    expect(md).toContain('### Art. 2 – Illegal access\n\n**Missing.**');
    expect(md).toContain('\\<script>');
    expect(md).toContain('\\*knowingly\\*');
    expect(md).toContain('\\[accesses]');
    expect(md).toContain('### Art. 3 – Illegal interception\n\n**Covered.**\n\nProvisions, in document order: s. 5(1)\n\nReviewed by A. Counsel on 2031-05-02: “\\<b>agreed\\</b>”');
    expect(md).toContain('- s. 9 (Offences by bodies corporate)');
  });
});
