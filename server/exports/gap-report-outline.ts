import type { RootContent } from 'mdast';
import { entryHeading, percent, statusLine, statusWords, type GapEntry, type GapReport, type ReportReview } from './gap-report.ts';
import { outlineHtml } from './outline-html.ts';
import { outlineMarkdown } from './outline-markdown.ts';
import { group, heading, linkOrText, list, outline, paragraph, strong, table } from './report-outline.ts';

/**
 * The gap report's outline, once for the Markdown and the printable page: the instruments, the summary, the method,
 * each article's finding (the same for the Word document), the reviews and the provisions with no
 * counterpart. The Word document and the CSV read the same report model (gap-report.ts).
 */

const NOTE = { className: ['note'] };

function reviewed(g: GapEntry): string {
  if (!g.reviewed) return 'Machine finding (not reviewed).';
  return `Reviewed by ${g.reviewed.author} on ${g.reviewed.time.slice(0, 10)}${g.reviewed.note ? `: “${g.reviewed.note}”` : '.'}`;
}

function entry(g: GapEntry): RootContent {
  const blocks: RootContent[] = [heading(3, entryHeading(g)), paragraph(strong(`${statusLine(g)}.`))];
  if (g.citations.length) blocks.push(paragraph(`Provisions, in document order: ${g.citations.join('; ')}`));
  const block = (title: string, items: string[]) => {
    if (items.length) blocks.push(paragraph(title), list(items));
  };
  block('Closest candidate and why it falls short:', g.closest);
  block('Elements lacking:', g.reasons);
  block('Divergences:', g.divergences);
  block('Elements supplied by:', g.suppliedBy.map((s) => `${s.element}: ${s.instruments.join('; ')}`));
  blocks.push(paragraph(reviewed(g), NOTE));
  return group(blocks, 'section', { className: ['entry'] });
}

function findings(title: string, entries: GapEntry[]): RootContent[] {
  return [heading(2, `${title} (${entries.length})`), ...(entries.length ? entries.map(entry) : [paragraph('None.')])];
}

function reviews(list: ReportReview[]): RootContent[] {
  const said = (s: ReportReview['decision']) => `${statusWords[s.status]}${s.citations.length ? `: ${s.citations.join('; ')}` : ''}`;
  return [
    heading(2, `Reviews (${list.length})`),
    list.length
      ? table(
        ['Article', 'Instrument', "Reviewer's decision", "Machine's finding", 'Reviewer, date and note'],
        list.map((v) => [`Art. ${v.article} – ${v.title}`, v.instrument, said(v.decision), said(v.machine), `${v.author}, ${v.date}${v.note ? `: “${v.note}”` : ''}`]),
      )
      : paragraph("No finding has been reviewed yet: every finding in this report is the machine's."),
  ];
}

function gapReportOutline(r: GapReport) {
  const m = r.method;
  const unmatched = r.unmatched.map((u) => `${u.citation}${u.heading ? ` (${u.heading})` : ''}`);
  return outline([
    heading(1, `Gap report: ${r.subject}`),
    paragraph(`Against the ${r.template.title}. Prepared ${r.generated.slice(0, 10)} with LexAlign.`, { className: ['sub'] }),
    ...(r.instruments.some((i) => i.sample)
      ? [paragraph([strong('Fictional sample:'), " the statutes in this report were written for LexAlign's demonstration; they are not the law of any state."], { className: ['sample'] })]
      : []),
    heading(2, 'Instruments compared'),
    table(
      ['Title', 'Number', 'Kind and stage', 'Year and text read', 'Official source'],
      r.instruments.map((i) => [
        i.sample ? [i.title, ' ', strong('(fictional sample)')] : i.title,
        i.number ?? 'not printed in the title', i.kindAndStage, i.version,
        i.officialSource ? linkOrText(i.officialSource) : 'not given in the library',
      ]),
    ),
    ...(r.excluded.length ? [paragraph(`Excluded from the framework by a user (not read): ${r.excluded.map((i) => i.title).join('; ')}.`)] : []),
    heading(2, 'Summary'),
    table(
      ['Covered', 'Partly implemented', 'Missing', 'Score with reservations', 'Score without reservations'],
      [[String(r.counts.covered), String(r.counts.partial), String(r.counts.missing), percent(r.score), percent(r.scoreAll)]],
    ),
    paragraph(r.scores.withoutOptions, NOTE),
    paragraph(r.scores.withOptions, NOTE),
    heading(2, 'Method and disclaimer'),
    paragraph(m.compared),
    list(m.statuses.map((s) => [strong(`${statusWords[s.status]}:`), ` ${s.meaning}`])),
    ...(m.outOfScope.length ? [paragraph('Out of scope:'), list(m.outOfScope.map((o) => `${o.articles}: ${o.reason}`))] : []),
    ...(m.safeguards ? [paragraph(m.safeguards)] : []),
    paragraph(strong(m.machine)),
    ...findings('Missing articles', r.missing),
    ...findings('Partly implemented articles', r.partial),
    ...findings('Covered articles', r.covered),
    ...reviews(r.reviews),
    ...(unmatched.length ? [heading(2, `Provisions with no counterpart in the template (${unmatched.length})`), list(unmatched)] : []),
  ]);
}

const style = `body{font:10.5pt/1.45 Georgia,'Times New Roman',serif;max-width:50em;margin:2em auto;color:#111;padding:0 1em}
h1{font-size:1.5em;margin-bottom:.2em}h2{font-size:1.15em;border-bottom:1px solid #999;margin-top:1.6em}
h3{font-size:1em;margin:1em 0 .2em}p{margin:.3em 0}.sub{color:#333;margin-bottom:1em}
table{border-collapse:collapse;width:100%;margin:.4em 0}td,th{border:1px solid #999;padding:.2em .45em;text-align:left;vertical-align:top}
th{background:#eee}.note{font-size:.92em;color:#333}.sample{border:2px solid #a33;padding:.4em;color:#a33}
ul{margin:.2em 0 .4em;padding-left:1.4em}
@page{size:A4;margin:18mm 16mm}
@media print{body{margin:0;max-width:none;padding:0}h2,h3{break-after:avoid}section.entry,tr{break-inside:avoid}a{color:inherit}}`;

export const gapReportMarkdown = (r: GapReport): string => outlineMarkdown(gapReportOutline(r));

/** A printable, self-contained HTML page (no scripts, no external resources), to annex to a memo. */
export const gapReportHtml = (r: GapReport): string => outlineHtml(gapReportOutline(r), { title: `Gap report: ${r.subject}`, style });
