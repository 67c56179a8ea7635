import type { GapEntry, GapReport } from './gap-report.ts';
import { escapeHtml as h } from './html-escape.ts';

const style = `body{font:11pt/1.45 Georgia,serif;max-width:48em;margin:2em auto;color:#111}
h1{font-size:1.5em}h2{border-bottom:1px solid #999;margin-top:1.6em}h3{font-size:1.05em;margin-bottom:.2em}
table{border-collapse:collapse}td,th{border:1px solid #999;padding:.2em .6em}.status{font-weight:bold}
@media print{body{margin:0}h2{page-break-after:avoid}section{page-break-inside:avoid}}`;

function entry(g: GapEntry): string {
  const reasons = g.reasons.length ? `<ul>${g.reasons.map((r) => `<li>${h(r)}</li>`).join('')}</ul>` : '';
  const reviewed = g.reviewed ? `<p>Reviewed by ${h(g.reviewed.author)} on ${h(g.reviewed.time.slice(0, 10))}.</p>` : '';
  return `<section><h3>Art. ${h(g.article)} – ${h(g.title)}${g.obligation === 'optional' ? ' (optional)' : ''}</h3>
<p><span class="status">${h(g.status)}</span>. Provisions: ${g.citations.length ? h(g.citations.join(', ')) : 'none found'}</p>${reasons}${reviewed}</section>`;
}

function reviewedBy(g: GapEntry): string {
  if (!g.reviewed) return '';
  return ` (reviewed by ${h(g.reviewed.author)}${g.reviewed.note ? `: ${h(g.reviewed.note)}` : ''})`;
}

/** A printable, self-contained HTML page (no scripts, no external resources). */
export function gapReportHtml(r: GapReport): string {
  const score = r.score == null ? 'n/a' : `${Math.round(r.score * 100)}%`;
  const list = (items: GapEntry[]) => (items.length ? items.map(entry).join('\n') : '<p>None.</p>');
  const unmatched = r.unmatched.length
    ? `<h2>Provisions with no counterpart in the template (${r.unmatched.length})</h2><ul>${r.unmatched
        .map((u) => `<li>${h(u.citation)}${u.heading ? ` (${h(u.heading)})` : ''}</li>`)
        .join('')}</ul>`
    : '';
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Gap report: ${h(r.instrument.title)}</title><style>${style}</style></head>
<body><h1>Gap report: ${h(r.instrument.title)}</h1>
<p>Against ${h(r.template.title)}. Generated ${h(r.generated.slice(0, 10))} by LexAlign; reviewed values replace the machine's.</p>
<table><tr><th>Covered</th><th>Partial</th><th>Missing</th><th>Harmonisation score</th></tr>
<tr><td>${r.counts.covered}</td><td>${r.counts.partial}</td><td>${r.counts.missing}</td><td>${score}</td></tr></table>
<h2>Missing articles (${r.missing.length})</h2>
${list(r.missing)}
<h2>Partly implemented articles (${r.partial.length})</h2>
${list(r.partial)}
<h2>Covered articles (${r.covered.length})</h2>
<ul>${r.covered.map((g) => `<li>Art. ${h(g.article)} – ${h(g.title)}: ${h(g.citations.join(', '))}${reviewedBy(g)}</li>`).join('')}</ul>
${unmatched}
</body></html>
`;
}
