import {
  Document, HeadingLevel, Packer, PageOrientation, Paragraph, Table, TableCell, TableRow, TextRun, WidthType,
} from 'docx';
import type { RegionalOverview } from '../frameworks/regional-overview.ts';
import type { CoverageStatus } from '../align/types.ts';
import type { Template } from '../templates/types.ts';
import { STATUS_KEY, STATUS_SYMBOLS, STATUS_WORDS } from '../matrix/status-words.ts';
import { cellBorders, docxHeading } from './docx-parts.ts';
import { percent, statusWords } from './gap-report.ts';
import { outlineHtml } from './outline-html.ts';
import { outlineMarkdown } from './outline-markdown.ts';
import { group, heading, list, outline, paragraph, strong, table, type Cell } from './report-outline.ts';
import { reportMethod } from './report-method.ts';

/**
 * The regional overview as a report for a plan's harmonisation chapter: the heat map, the articles most states
 * miss with what they typically lack, and each article state by state. The same content as /overview and its CSV.
 */

/** One heat-map cell: a state's status for an article, its symbol with "+" where only instruments read together cover it. */
interface HeatCell {
  status: CoverageStatus;
  mark: string;
  /** "Kenya: Covered". */
  title: string;
}

type OverviewTemplate = Pick<Template, 'title' | 'shortTitle' | 'articles' | 'outOfScope'>;

/** The heat map's last column: how many states cover, partly cover and miss the article. */
const SYMBOLS = STATUS_SYMBOLS.join(' · ');

interface Parts {
  title: string;
  intro: string;
  /** The heat map's columns (a state's code, "*" for a fictional sample) and rows, for every format. */
  heat: { columns: Array<{ code: string; name: string }>; rows: Array<{ article: string; cells: HeatCell[]; counts: string }> };
  statesLine: string;
  priorities: string[];
  rows: Array<{ article: string; covered: string; partial: string; missing: string }>;
  method: ReturnType<typeof reportMethod>;
}

function heatCell(o: RegionalOverview, article: RegionalOverview['articles'][number], state: RegionalOverview['states'][number]): HeatCell {
  const status = o.cells[article.article]?.[state.jurisdiction] ?? 'missing';
  const mark = `${STATUS_WORDS[status].symbol}${article.combined.includes(state.jurisdiction) ? '+' : ''}`;
  return { status, mark, title: `${state.name}: ${STATUS_WORDS[status].word}` };
}

function parts(o: RegionalOverview, template: OverviewTemplate, generated: Date): Parts {
  const names = new Map(o.states.map((s) => [s.jurisdiction, s.name]));
  const named = (codes: string[]) => (codes.length ? codes.map((c) => names.get(c) ?? c).join(', ') : 'none');
  const n = o.states.length;
  return {
    title: `Regional overview against the ${template.title}`,
    intro:
      `Prepared ${generated.toISOString().slice(0, 10)} with LexAlign. ${n} states, each read as a framework: all of its ` +
      'statutes included in the library, read together; an article takes the best-supported status among them.',
    heat: {
      columns: o.states.map((s) => ({ code: `${s.jurisdiction}${s.sample ? '*' : ''}`, name: s.name })),
      rows: o.articles.map((a) => ({
        article: `${a.article} ${a.title}`,
        cells: o.states.map((s) => heatCell(o, a, s)),
        counts: `${a.covered.length} · ${a.partial.length} · ${a.missing.length}`,
      })),
    },
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

/** The report's outline, once for the Markdown and the printable page (the heat map on its own A4 landscape page). */
function overviewOutline(o: RegionalOverview, p: Parts) {
  const m = p.method;
  const heat = table(
    ['Article', ...p.heat.columns.map((c): Cell => ({ children: [c.code], props: { title: c.name } })), SYMBOLS],
    p.heat.rows.map((r) => [r.article, ...r.cells.map((c): Cell => ({ children: [c.mark], props: { className: ['s', c.status], title: c.title } })), r.counts]),
    ['left', ...p.heat.columns.map(() => 'center' as const), null],
  );
  return outline([
    group([
      heading(1, p.title),
      paragraph(p.intro),
      heading(2, 'Heat map: articles by state'),
      { ...heat, data: { hProperties: { className: ['heat'] } } },
      paragraph(
        `${STATUS_KEY} · + covered only by reading instruments together${o.states.some((s) => s.sample) ? ' · * fictional sample (not real law)' : ''}. ${p.statesLine}.`,
        { className: ['note'] },
      ),
    ], 'div', { className: ['heatpage'] }),
    heading(2, 'Articles missing in most states'),
    p.priorities.length ? list(p.priorities, true) : paragraph('No article is missing in half of the states or more.'),
    heading(2, 'Each article, state by state'),
    table(['Article', 'Covered', 'Partly implemented', 'Missing'], p.rows.map((r) => [r.article, r.covered, r.partial, r.missing])),
    heading(2, 'Method and disclaimer'),
    list([
      ...m.statuses.map((s) => [strong(`${statusWords[s.status]}:`), ` ${s.meaning}`]),
      ...m.outOfScope.map((x) => `${x.articles}: ${x.reason}`),
    ]),
    ...(m.safeguards ? [paragraph(m.safeguards)] : []),
    paragraph(strong(m.machine)),
  ]);
}

const style = `body{font:10pt/1.4 Georgia,serif;margin:1.5em;color:#111}h1{font-size:1.4em}h2{font-size:1.1em;border-bottom:1px solid #999;margin-top:1.4em}
table{border-collapse:collapse}td,th{border:1px solid #bbb;padding:.1em .35em;text-align:left;vertical-align:top}
.heat td.s{text-align:center;-webkit-print-color-adjust:exact;print-color-adjust:exact}.covered{background:#0072b2;color:#fff}.partial{background:#f3c55a}.missing{background:#fbe4dc;color:#8c2d04}
.note{font-size:.9em;color:#333}@page{size:A4 landscape;margin:10mm}@media print{body{margin:0}.heatpage{break-after:page}h2{break-after:avoid}tr{break-inside:avoid}}`;

export function overviewReportHtml(o: RegionalOverview, template: OverviewTemplate, generated = new Date()): string {
  const p = parts(o, template, generated);
  return outlineHtml(overviewOutline(o, p), { title: p.title, style });
}

export function overviewReportMarkdown(o: RegionalOverview, template: OverviewTemplate, generated = new Date()): string {
  return outlineMarkdown(overviewOutline(o, parts(o, template, generated)));
}

const borders = cellBorders('BBBBBB');
const fill = { covered: '0072B2', partial: 'F3C55A', missing: 'FBE4DC' } as const;
const ink = { covered: 'FFFFFF', partial: '1B1F24', missing: '8C2D04' } as const;
const run = (text: string, extra: { bold?: boolean; color?: string; size?: number } = {}) => new TextRun({ text, font: 'Georgia', size: extra.size ?? 18, ...extra });
const cell = (text: string, extra: { bold?: boolean; shade?: string; color?: string } = {}) =>
  new TableCell({ borders, ...(extra.shade ? { shading: { fill: extra.shade } } : {}), children: [new Paragraph({ children: [run(text, { bold: extra.bold, color: extra.color })] })] });

export async function overviewReportDocx(o: RegionalOverview, template: OverviewTemplate, generated = new Date()): Promise<Buffer> {
  const p = parts(o, template, generated);
  const para = (text: string) => new Paragraph({ children: [run(text, { size: 20 })], spacing: { after: 100 } });
  const heading = (text: string, level: (typeof HeadingLevel)[keyof typeof HeadingLevel]) => docxHeading(text, level, { before: 200, after: 100 });
  const heat = new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, children: [cell('Article', { bold: true }), ...p.heat.columns.map((c) => cell(c.code, { bold: true })), cell(SYMBOLS, { bold: true })] }),
      ...p.heat.rows.map((r) => new TableRow({
        cantSplit: true,
        children: [cell(r.article), ...r.cells.map((c) => cell(c.mark, { shade: fill[c.status], color: ink[c.status] })), cell(r.counts)],
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
    para(`${STATUS_KEY} · + covered only by reading instruments together. ${p.statesLine}.`),
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
