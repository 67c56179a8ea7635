import {
  AlignmentType, Document, ExternalHyperlink, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow,
  TextRun, WidthType, type ParagraphChild,
} from 'docx';
import { pushAll } from '../large-arrays.ts';
import { cellBorders, docxHeading } from './docx-parts.ts';
import { entryHeading, percent, statusLine, statusWords, type GapEntry, type GapReport } from './gap-report.ts';

/**
 * The gap report as a Word document, since ministries annex reports to memos in Word. Built from the same report as
 * the HTML and Markdown (server/exports/gap-report.ts): the same findings, in the same order. Statute text goes in
 * as text runs, never as markup.
 */

const FONT = 'Georgia';

const text = (value: string, opts: { bold?: boolean; italics?: boolean } = {}) => new TextRun({ text: value, font: FONT, size: 21, ...opts });
const para = (children: ParagraphChild[] | string, opts: { spacingAfter?: number } = {}) =>
  new Paragraph({ children: typeof children === 'string' ? [text(children)] : children, spacing: { after: opts.spacingAfter ?? 100 } });
const heading = docxHeading;
const bullets = (items: string[]) => items.map((x) => new Paragraph({ children: [text(x)], bullet: { level: 0 }, spacing: { after: 40 } }));

const borders = cellBorders('999999');

function table(head: string[], rows: Array<Array<string | ParagraphChild[]>>): Table {
  const cell = (value: string | ParagraphChild[], bold = false) =>
    new TableCell({
      borders,
      children: [new Paragraph({ children: typeof value === 'string' ? [text(value, { bold })] : value })],
    });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, children: head.map((x) => cell(x, true)) }),
      ...rows.map((r) => new TableRow({ cantSplit: true, children: r.map((x) => cell(x)) })),
    ],
  });
}

function source(s: string | null): string | ParagraphChild[] {
  if (!s) return 'not given in the library';
  return /^https?:\/\/[^\s"'<>]+$/.test(s) ? [new ExternalHyperlink({ link: s, children: [new TextRun({ text: s, style: 'Hyperlink', font: FONT, size: 21 })] })] : s;
}

function reviewedWords(g: GapEntry): string {
  if (!g.reviewed) return 'Machine finding (not reviewed).';
  return `Reviewed by ${g.reviewed.author} on ${g.reviewed.time.slice(0, 10)}${g.reviewed.note ? `: “${g.reviewed.note}”` : '.'}`;
}

function entry(g: GapEntry): Array<Paragraph> {
  const out = [heading(entryHeading(g), HeadingLevel.HEADING_3), para([text(`${statusLine(g)}.`, { bold: true })])];
  if (g.citations.length) out.push(para(`Provisions, in document order: ${g.citations.join('; ')}`));
  const block = (title: string, items: string[]) => {
    if (items.length) pushAll(out, [para(title, { spacingAfter: 40 }), ...bullets(items)]);
  };
  block('Closest candidate and why it falls short:', g.closest);
  block('Elements lacking:', g.reasons);
  block('Divergences:', g.divergences);
  block('Elements supplied by:', g.suppliedBy.map((s) => `${s.element}: ${s.instruments.join('; ')}`));
  out.push(para([text(reviewedWords(g), { italics: true })]));
  return out;
}

export async function gapReportDocx(r: GapReport): Promise<Buffer> {
  const m = r.method;
  const children: Array<Paragraph | Table> = [
    new Paragraph({ text: `Gap report: ${r.subject}`, heading: HeadingLevel.TITLE, alignment: AlignmentType.LEFT }),
    para(`Against the ${r.template.title}. Prepared ${r.generated.slice(0, 10)} with LexAlign.`),
  ];
  if (r.instruments.some((i) => i.sample)) {
    children.push(para([text('Fictional sample: ', { bold: true }), text("the statutes in this report were written for LexAlign's demonstration; they are not the law of any state.")]));
  }
  children.push(
    heading('Instruments compared', HeadingLevel.HEADING_1),
    table(
      ['Title', 'Number', 'Kind and stage', 'Year and text read', 'Official source'],
      r.instruments.map((i) => [`${i.title}${i.sample ? ' (fictional sample)' : ''}`, i.number ?? 'not printed in the title', i.kindAndStage, i.version, source(i.officialSource)]),
    ),
  );
  if (r.excluded.length) children.push(para(`Excluded from the framework by a user (not read): ${r.excluded.map((i) => i.title).join('; ')}.`));
  pushAll(children, [
    heading('Summary', HeadingLevel.HEADING_1),
    table(
      ['Covered', 'Partly implemented', 'Missing', 'Score with reservations', 'Score without reservations'],
      [[String(r.counts.covered), String(r.counts.partial), String(r.counts.missing), percent(r.score), percent(r.scoreAll)]],
    ),
    para(r.scores.withoutOptions),
    para(r.scores.withOptions),
    heading('Method and disclaimer', HeadingLevel.HEADING_1),
    para(m.compared),
    ...m.statuses.map((s) => para([text(`${statusWords[s.status]}: `, { bold: true }), text(s.meaning)])),
  ]);
  if (m.outOfScope.length) pushAll(children, [para('Out of scope:', { spacingAfter: 40 }), ...bullets(m.outOfScope.map((o) => `${o.articles}: ${o.reason}`))]);
  if (m.safeguards) children.push(para(m.safeguards));
  children.push(para([text(m.machine, { bold: true })]));
  const section = (title: string, items: GapEntry[]) => {
    children.push(heading(`${title} (${items.length})`, HeadingLevel.HEADING_1));
    if (items.length === 0) children.push(para('None.'));
    for (const g of items) pushAll(children, [...entry(g)]);
  };
  section('Missing articles', r.missing);
  section('Partly implemented articles', r.partial);
  section('Covered articles', r.covered);
  children.push(heading(`Reviews (${r.reviews.length})`, HeadingLevel.HEADING_1));
  if (r.reviews.length) {
    const said = (s: { status: keyof typeof statusWords; citations: string[] }) => `${statusWords[s.status]}${s.citations.length ? `: ${s.citations.join('; ')}` : ''}`;
    children.push(
      table(
        ['Article', 'Instrument', "Reviewer's decision", "Machine's finding", 'Reviewer, date and note'],
        r.reviews.map((v) => [`Art. ${v.article} – ${v.title}`, v.instrument, said(v.decision), said(v.machine), `${v.author}, ${v.date}${v.note ? `: “${v.note}”` : ''}`]),
      ),
    );
  } else children.push(para("No finding has been reviewed yet: every finding in this report is the machine's."));
  if (r.unmatched.length) {
    children.push(heading(`Provisions with no counterpart in the template (${r.unmatched.length})`, HeadingLevel.HEADING_1));
    pushAll(children, [...bullets(r.unmatched.map((u) => `${u.citation}${u.heading ? ` (${u.heading})` : ''}`))]);
  }
  const doc = new Document({
    creator: 'LexAlign',
    title: `Gap report: ${r.subject}`,
    description: `Against the ${r.template.title}`,
    styles: { default: { document: { run: { font: FONT, size: 21 } } } },
    sections: [
      {
        // A4 portrait, 2 cm margins (twentieths of a point).
        properties: { page: { size: { width: 11906, height: 16838 }, margin: { top: 1134, bottom: 1134, left: 1134, right: 1134 } } },
        children,
      },
    ],
  });
  return Packer.toBuffer(doc);
}
