import {
  Document, HeadingLevel, Packer, PageOrientation, Paragraph, Table, TableCell, TableRow, TextRun, WidthType,
} from 'docx';
import type { RegionalOverview } from '../frameworks/regional-overview.ts';
import type { Template } from '../templates/types.ts';
import { percent, statusWords } from './gap-report.ts';
import { escapeHtml as h } from './html-escape.ts';
import { escapeMarkdown as e } from './gap-report-md.ts';
import { reportMethod } from './report-method.ts';
import { pushAll } from '../large-arrays.ts';
import { cellBorders, docxHeading } from './docx-parts.ts';

/**
 * The regional overview as a report for a plan's harmonisation chapter: the heat map, the articles most states
 * miss with what they typically lack, and each article state by state. The same content as /overview and its CSV.
 */

const symbol = { covered: '✓', partial: '◐', missing: '✕' } as const;

interface Parts {
  title: string;
  intro: string;
  statesLine: string;
  priorities: string[];
  rows: Array<{ article: string; covered: string; partial: string; missing: string }>;
  method: ReturnType<typeof reportMethod>;
}

function parts(o: RegionalOverview, template: Pick<Template, 'title' | 'shortTitle' | 'articles' | 'outOfScope'>, generated: Date): Parts {
  const names = new Map(o.states.map((s) => [s.jurisdiction, s.name]));
  const named = (codes: string[]) => (codes.length ? codes.map((c) => names.get(c) ?? c).join(', ') : 'none');
  const n = o.states.length;
  return {
    title: `Regional overview against the ${template.title}`,
    intro:
      `Prepared ${generated.toISOString().slice(0, 10)} with LexAlign. ${n} states, each read as a framework: all of its ` +
      'statutes included in the library, read together; an article takes the best-supported status among them.',
    statesLine: o.states.map((s) => `${s.jurisdiction} ${s.name}${s.sample ? ' (fictional sample)' : ''}: score ${percent(s.score)} with reservations, ${percent(s.scoreAll)} without`).join('; '),
    priorities: o.priorities.map(
      (p) =>
        `Art. ${p.article} ${p.title}: missing in ${p.missing.length} of ${n} states (${named(p.missing)})` +
        `${p.partial.length ? `, partly implemented in ${p.partial.length} (${named(p.partial)})` : ''}.` +
        `${p.typical.length ? ` Typically lacking: ${p.typical.map((t) => `${t.label} (${t.states.length} of ${n} states)`).join('; ')}.` : ''}`,
    ),
    rows: o.articles.map((a) => ({
      article: `Art. ${a.article} ${a.title}`,
      covered: `${a.covered.length}: ${named(a.covered)}`,
      partial: `${a.partial.length}: ${named(a.partial)}`,
      missing: `${a.missing.length}: ${named(a.missing)}`,
    })),
    method: reportMethod(template, 1),
  };
}

const style = `body{font:10pt/1.4 Georgia,serif;margin:1.5em;color:#111}h1{font-size:1.4em}h2{font-size:1.1em;border-bottom:1px solid #999;margin-top:1.4em}
table{border-collapse:collapse}td,th{border:1px solid #bbb;padding:.1em .35em;text-align:left;vertical-align:top}
.heat td.s{text-align:center;-webkit-print-color-adjust:exact;print-color-adjust:exact}.covered{background:#0072b2;color:#fff}.partial{background:#f3c55a}.missing{background:#fbe4dc;color:#8c2d04}
.note{font-size:.9em;color:#333}@page{size:A4 landscape;margin:10mm}@media print{body{margin:0}.heatpage{break-after:page}h2{break-after:avoid}tr{break-inside:avoid}}`;

export function overviewReportHtml(o: RegionalOverview, template: Pick<Template, 'title' | 'shortTitle' | 'articles' | 'outOfScope'>, generated = new Date()): string {
  const p = parts(o, template, generated);
  const head = o.states.map((s) => `<th title="${h(s.name)}">${h(s.jurisdiction)}${s.sample ? '*' : ''}</th>`).join('');
  const heat = o.articles
    .map((a) => `<tr><th>${h(a.article)} ${h(a.title)}</th>${o.states
      .map((s) => {
        const st = o.cells[a.article]?.[s.jurisdiction] ?? 'missing';
        return `<td class="s ${st}" title="${h(`${s.name}: ${statusWords[st]}`)}">${symbol[st]}${a.combined.includes(s.jurisdiction) ? '+' : ''}</td>`;
      })
      .join('')}<td>${a.covered.length} · ${a.partial.length} · ${a.missing.length}</td></tr>`)
    .join('\n');
  const m = p.method;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${h(p.title)}</title><style>${style}</style></head><body>
<div class="heatpage"><h1>${h(p.title)}</h1><p>${h(p.intro)}</p>
<h2>Heat map: articles by state</h2>
<table class="heat"><tr><th>Article</th>${head}<th>✓ · ◐ · ✕</th></tr>
${heat}</table>
<p class="note">✓ covered · ◐ partly implemented · ✕ missing · + covered only by reading instruments together${o.states.some((s) => s.sample) ? ' · * fictional sample (not real law)' : ''}. ${h(p.statesLine)}.</p></div>
<h2>Articles missing in most states</h2>
${p.priorities.length ? `<ol>${p.priorities.map((x) => `<li>${h(x)}</li>`).join('')}</ol>` : '<p>No article is missing in half of the states or more.</p>'}
<h2>Each article, state by state</h2>
<table><tr><th>Article</th><th>Covered</th><th>Partly implemented</th><th>Missing</th></tr>
${p.rows.map((r) => `<tr><td>${h(r.article)}</td><td>${h(r.covered)}</td><td>${h(r.partial)}</td><td>${h(r.missing)}</td></tr>`).join('\n')}</table>
<h2>Method and disclaimer</h2>
<p>${h(m.statuses.map((s) => `${statusWords[s.status]}: ${s.meaning}`).join(' '))}</p>
${m.outOfScope.length ? `<ul>${m.outOfScope.map((x) => `<li>${h(`${x.articles}: ${x.reason}`)}</li>`).join('')}</ul>` : ''}
${m.safeguards ? `<p>${h(m.safeguards)}</p>` : ''}
<p><strong>${h(m.machine)}</strong></p>
</body></html>
`;
}

export function overviewReportMarkdown(o: RegionalOverview, template: Pick<Template, 'title' | 'shortTitle' | 'articles' | 'outOfScope'>, generated = new Date()): string {
  const p = parts(o, template, generated);
  const lines = [`# ${e(p.title)}`, '', e(p.intro), '', '## Heat map: articles by state', ''];
  lines.push(`| Article | ${o.states.map((s) => `${s.jurisdiction}${s.sample ? '\\*' : ''}`).join(' | ')} | ✓ · ◐ · ✕ |`, `| --- | ${o.states.map(() => ':-:').join(' | ')} | --- |`);
  for (const a of o.articles) {
    const cells = o.states.map((s) => `${symbol[o.cells[a.article]?.[s.jurisdiction] ?? 'missing']}${a.combined.includes(s.jurisdiction) ? '+' : ''}`);
    lines.push(`| ${a.article} ${e(a.title)} | ${cells.join(' | ')} | ${a.covered.length} · ${a.partial.length} · ${a.missing.length} |`);
  }
  pushAll(lines, ['', `✓ covered · ◐ partly implemented · ✕ missing · + covered only by reading instruments together. ${e(p.statesLine)}.`, '']);
  pushAll(lines, ['## Articles missing in most states', '']);
  pushAll(lines, p.priorities.length ? p.priorities.map((x, i) => `${i + 1}. ${e(x)}`) : ['No article is missing in half of the states or more.']);
  pushAll(lines, ['', '## Each article, state by state', '', '| Article | Covered | Partly implemented | Missing |', '| --- | --- | --- | --- |']);
  for (const r of p.rows) lines.push(`| ${e(r.article)} | ${e(r.covered)} | ${e(r.partial)} | ${e(r.missing)} |`);
  pushAll(lines, ['', '## Method and disclaimer', '']);
  pushAll(lines, p.method.statuses.map((s) => `- **${statusWords[s.status]}:** ${e(s.meaning)}`));
  pushAll(lines, p.method.outOfScope.map((x) => `- ${e(x.articles)}: ${e(x.reason)}`));
  if (p.method.safeguards) pushAll(lines, ['', e(p.method.safeguards)]);
  pushAll(lines, ['', `**${e(p.method.machine)}**`, '']);
  return lines.join('\n');
}

const borders = cellBorders('BBBBBB');
const fill = { covered: '0072B2', partial: 'F3C55A', missing: 'FBE4DC' } as const;
const run = (text: string, extra: { bold?: boolean; color?: string; size?: number } = {}) => new TextRun({ text, font: 'Georgia', size: extra.size ?? 18, ...extra });
const cell = (text: string, extra: { bold?: boolean; shade?: string; color?: string } = {}) =>
  new TableCell({ borders, ...(extra.shade ? { shading: { fill: extra.shade } } : {}), children: [new Paragraph({ children: [run(text, { bold: extra.bold, color: extra.color })] })] });

export async function overviewReportDocx(o: RegionalOverview, template: Pick<Template, 'title' | 'shortTitle' | 'articles' | 'outOfScope'>, generated = new Date()): Promise<Buffer> {
  const p = parts(o, template, generated);
  const para = (text: string) => new Paragraph({ children: [run(text, { size: 20 })], spacing: { after: 100 } });
  const heading = (text: string, level: (typeof HeadingLevel)[keyof typeof HeadingLevel]) => docxHeading(text, level, { before: 200, after: 100 });
  const heat = new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, children: [cell('Article', { bold: true }), ...o.states.map((s) => cell(`${s.jurisdiction}${s.sample ? '*' : ''}`, { bold: true })), cell('✓ · ◐ · ✕', { bold: true })] }),
      ...o.articles.map((a) => new TableRow({
        cantSplit: true,
        children: [
          cell(`${a.article} ${a.title}`),
          ...o.states.map((s) => {
            const st = o.cells[a.article]?.[s.jurisdiction] ?? 'missing';
            return cell(`${symbol[st]}${a.combined.includes(s.jurisdiction) ? '+' : ''}`, { shade: fill[st], color: st === 'covered' ? 'FFFFFF' : st === 'missing' ? '8C2D04' : '1B1F24' });
          }),
          cell(`${a.covered.length} · ${a.partial.length} · ${a.missing.length}`),
        ],
      })),
    ],
  });
  const byArticle = new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, children: ['Article', 'Covered', 'Partly implemented', 'Missing'].map((x) => cell(x, { bold: true })) }),
      ...p.rows.map((r) => new TableRow({ cantSplit: true, children: [cell(r.article), cell(r.covered), cell(r.partial), cell(r.missing)] })),
    ],
  });
  const m = p.method;
  const children: Array<Paragraph | Table> = [
    new Paragraph({ text: p.title, heading: HeadingLevel.TITLE }),
    para(p.intro),
    heading('Heat map: articles by state', HeadingLevel.HEADING_1),
    heat,
    para(`✓ covered · ◐ partly implemented · ✕ missing · + covered only by reading instruments together. ${p.statesLine}.`),
    heading('Articles missing in most states', HeadingLevel.HEADING_1),
    ...(p.priorities.length ? p.priorities.map((x) => new Paragraph({ children: [run(x, { size: 20 })], numbering: undefined, bullet: { level: 0 } })) : [para('No article is missing in half of the states or more.')]),
    heading('Each article, state by state', HeadingLevel.HEADING_1),
    byArticle,
    heading('Method and disclaimer', HeadingLevel.HEADING_1),
    ...m.statuses.map((s) => para(`${statusWords[s.status]}: ${s.meaning}`)),
    ...m.outOfScope.map((x) => para(`${x.articles}: ${x.reason}`)),
    ...(m.safeguards ? [para(m.safeguards)] : []),
    new Paragraph({ children: [run(m.machine, { bold: true, size: 20 })] }),
  ];
  const doc = new Document({
    creator: 'LexAlign',
    title: p.title,
    sections: [{
      // A4 landscape, 1 cm margins: the heat map on one page.
      properties: { page: { size: { width: 11906, height: 16838, orientation: PageOrientation.LANDSCAPE }, margin: { top: 567, bottom: 567, left: 567, right: 567 } } },
      children,
    }],
  });
  return Packer.toBuffer(doc);
}
