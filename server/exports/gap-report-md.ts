import type { GapEntry, GapReport } from './gap-report.ts';

/**
 * Statute text is escaped where Markdown would read it as markup (emphasis, links, HTML, tables, code); brackets
 * such as "(1)" stay as printed, since they cannot form a link without a "[" first.
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/([\\`*_[\]<>|~])/g, '\\$1');
}

function reviewedBy(g: GapEntry): string {
  if (!g.reviewed) return '';
  return ` (reviewed by ${e(g.reviewed.author)}${g.reviewed.note ? `: ${e(g.reviewed.note)}` : ''})`;
}

const e = escapeMarkdown;

function entry(g: GapEntry): string[] {
  const lines = [`### Art. ${e(g.article)} – ${e(g.title)}${g.obligation === 'optional' ? ' (optional)' : ''}`, ''];
  lines.push(g.citations.length ? `Provisions: ${g.citations.map(e).join(', ')}` : 'Provisions: none found');
  for (const r of g.reasons) lines.push(`- ${e(r)}`);
  if (g.reviewed) lines.push('', `Reviewed by ${e(g.reviewed.author)} on ${g.reviewed.time.slice(0, 10)}.`);
  lines.push('');
  return lines;
}

export function gapReportMarkdown(r: GapReport): string {
  const lines = [
    `# Gap report: ${e(r.instrument.title)}`,
    '',
    `Against ${e(r.template.title)}. Generated ${r.generated.slice(0, 10)} by LexAlign; reviewed values replace the machine's.`,
    '',
    `| Covered | Partial | Missing | Harmonisation score |`,
    `| --- | --- | --- | --- |`,
    `| ${r.counts.covered} | ${r.counts.partial} | ${r.counts.missing} | ${r.score == null ? 'n/a' : `${Math.round(r.score * 100)}%`} |`,
    '',
    `## Missing articles (${r.missing.length})`,
    '',
    ...(r.missing.length ? r.missing.flatMap(entry) : ['None.', '']),
    `## Partly implemented articles (${r.partial.length})`,
    '',
    ...(r.partial.length ? r.partial.flatMap(entry) : ['None.', '']),
    `## Covered articles (${r.covered.length})`,
    '',
    ...r.covered.map((g) => `- Art. ${e(g.article)} – ${e(g.title)}: ${g.citations.map(e).join(', ')}${reviewedBy(g)}`),
    '',
  ];
  if (r.unmatched.length) {
    lines.push(`## Provisions with no counterpart in the template (${r.unmatched.length})`, '');
    for (const u of r.unmatched) lines.push(`- ${e(u.citation)}${u.heading ? ` (${e(u.heading)})` : ''}`);
    lines.push('');
  }
  return lines.join('\n');
}
