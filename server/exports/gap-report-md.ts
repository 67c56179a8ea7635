import { pushAll } from '../large-arrays.ts';
import { entryHeading, percent, statusLine, statusWords, type GapEntry, type GapReport } from './gap-report.ts';

/**
 * Statute text is escaped where Markdown would read it as markup (emphasis, links, HTML, tables, code); brackets
 * such as "(1)" stay as printed, since they cannot form a link without a "[" first.
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/([\\`*_[\]<>|~])/g, '\\$1');
}

const e = escapeMarkdown;

function reviewed(g: GapEntry): string {
  if (!g.reviewed) return 'Machine finding (not reviewed).';
  return `Reviewed by ${e(g.reviewed.author)} on ${g.reviewed.time.slice(0, 10)}${g.reviewed.note ? `: “${e(g.reviewed.note)}”` : '.'}`;
}

function entry(g: GapEntry): string[] {
  const lines = [`### ${e(entryHeading(g))}`, '', `**${statusLine(g)}.**`, ''];
  if (g.citations.length) lines.push(`Provisions, in document order: ${g.citations.map(e).join('; ')}`, '');
  const block = (title: string, items: string[]) => {
    if (items.length) pushAll(lines, [title, '', ...items.map((x) => `- ${e(x)}`), '']);
  };
  block('Closest candidate and why it falls short:', g.closest);
  block('Elements lacking:', g.reasons);
  block('Divergences:', g.divergences);
  block('Elements supplied by:', g.suppliedBy.map((s) => `${s.element}: ${s.instruments.join('; ')}`));
  lines.push(reviewed(g), '');
  return lines;
}

export function gapReportMarkdown(r: GapReport): string {
  const m = r.method;
  const lines = [
    `# Gap report: ${e(r.subject)}`,
    '',
    `Against the ${e(r.template.title)}. Prepared ${r.generated.slice(0, 10)} with LexAlign.`,
    '',
  ];
  if (r.instruments.some((i) => i.sample)) {
    lines.push('> **Fictional sample:** the statutes in this report were written for LexAlign\'s demonstration; they are not the law of any state.', '');
  }
  lines.push('## Instruments compared', '', '| Title | Number | Kind and stage | Year and text read | Official source |', '| --- | --- | --- | --- | --- |');
  for (const i of r.instruments) {
    lines.push(`| ${e(i.title)}${i.sample ? ' (fictional sample)' : ''} | ${e(i.number ?? 'not printed in the title')} | ${e(i.kindAndStage)} | ${e(i.version)} | ${e(i.officialSource ?? 'not given in the library')} |`);
  }
  lines.push('');
  if (r.excluded.length) lines.push(`Excluded from the framework by a user (not read): ${r.excluded.map((i) => e(i.title)).join('; ')}.`, '');
  pushAll(lines, [
    '## Summary',
    '',
    '| Covered | Partly implemented | Missing | Score with reservations | Score without reservations |',
    '| --- | --- | --- | --- | --- |',
    `| ${r.counts.covered} | ${r.counts.partial} | ${r.counts.missing} | ${percent(r.score)} | ${percent(r.scoreAll)} |`,
    '',
    e(r.scores.withoutOptions),
    '',
    e(r.scores.withOptions),
    '',
    '## Method and disclaimer',
    '',
    e(m.compared),
    '',
    ...m.statuses.map((s) => `- **${statusWords[s.status]}:** ${e(s.meaning)}`),
    '',
  ]);
  if (m.outOfScope.length) pushAll(lines, ['Out of scope:', '', ...m.outOfScope.map((o) => `- ${e(o.articles)}: ${e(o.reason)}`), '']);
  if (m.safeguards) lines.push(e(m.safeguards), '');
  lines.push(`**${e(m.machine)}**`, '');
  pushAll(lines, [`## Missing articles (${r.missing.length})`, '', ...(r.missing.length ? r.missing.flatMap(entry) : ['None.', ''])]);
  pushAll(lines, [`## Partly implemented articles (${r.partial.length})`, '', ...(r.partial.length ? r.partial.flatMap(entry) : ['None.', ''])]);
  pushAll(lines, [`## Covered articles (${r.covered.length})`, '', ...(r.covered.length ? r.covered.flatMap(entry) : ['None.', ''])]);
  lines.push(`## Reviews (${r.reviews.length})`, '');
  if (r.reviews.length) {
    lines.push("| Article | Instrument | Reviewer's decision | Machine's finding | Reviewer, date and note |", '| --- | --- | --- | --- | --- |');
    for (const v of r.reviews) {
      const said = (s: { status: keyof typeof statusWords; citations: string[] }) => `${statusWords[s.status]}${s.citations.length ? `: ${s.citations.map(e).join('; ')}` : ''}`;
      lines.push(`| Art. ${e(v.article)} – ${e(v.title)} | ${e(v.instrument)} | ${said(v.decision)} | ${said(v.machine)} | ${e(v.author)}, ${v.date}${v.note ? `: “${e(v.note)}”` : ''} |`);
    }
  } else lines.push("No finding has been reviewed yet: every finding in this report is the machine's.");
  lines.push('');
  if (r.unmatched.length) {
    lines.push(`## Provisions with no counterpart in the template (${r.unmatched.length})`, '');
    for (const u of r.unmatched) lines.push(`- ${e(u.citation)}${u.heading ? ` (${e(u.heading)})` : ''}`);
    lines.push('');
  }
  return lines.join('\n');
}
