import { entryHeading, percent, statusLine, statusWords, type GapEntry, type GapReport, type ReportInstrument } from './gap-report.ts';
import { escapeHtml as h } from './html-escape.ts';

const style = `body{font:10.5pt/1.45 Georgia,'Times New Roman',serif;max-width:50em;margin:2em auto;color:#111;padding:0 1em}
h1{font-size:1.5em;margin-bottom:.2em}h2{font-size:1.15em;border-bottom:1px solid #999;margin-top:1.6em}
h3{font-size:1em;margin:1em 0 .2em}p{margin:.3em 0}.sub{color:#333;margin-bottom:1em}
table{border-collapse:collapse;width:100%;margin:.4em 0}td,th{border:1px solid #999;padding:.2em .45em;text-align:left;vertical-align:top}
th{background:#eee}.status{font-weight:bold}.note{font-size:.92em;color:#333}.sample{border:2px solid #a33;padding:.4em;color:#a33}
ul{margin:.2em 0 .4em;padding-left:1.4em}dl{margin:.3em 0}dt{font-weight:bold}dd{margin:0 0 .4em 1.2em}
@page{size:A4;margin:18mm 16mm}
@media print{body{margin:0;max-width:none;padding:0}h2,h3{break-after:avoid}section.entry,tr{break-inside:avoid}a{color:inherit}}`;

/** An official source is a link only when it is an http(s) address; anything else is words. */
function source(s: string | null): string {
  if (!s) return 'not given in the library';
  return /^https?:\/\/[^\s"'<>]+$/.test(s) ? `<a href="${h(s)}">${h(s)}</a>` : h(s);
}

function instrumentRows(list: ReportInstrument[]): string {
  return list
    .map((i) => `<tr><td>${h(i.title)}${i.sample ? ' <strong>(fictional sample)</strong>' : ''}</td><td>${h(i.number ?? 'not printed in the title')}</td>` +
      `<td>${h(i.kindAndStage)}</td><td>${h(i.version)}</td><td>${source(i.officialSource)}</td></tr>`)
    .join('\n');
}

function list(items: string[]): string {
  return items.length ? `<ul>${items.map((x) => `<li>${h(x)}</li>`).join('')}</ul>` : '';
}

function reviewed(e: GapEntry): string {
  if (!e.reviewed) return '<p class="note">Machine finding (not reviewed).</p>';
  return `<p class="note">Reviewed by ${h(e.reviewed.author)} on ${h(e.reviewed.time.slice(0, 10))}${e.reviewed.note ? `: “${h(e.reviewed.note)}”` : '.'}</p>`;
}

function entry(e: GapEntry): string {
  const parts = [`<section class="entry"><h3>${h(entryHeading(e))}</h3>`, `<p><span class="status">${h(statusLine(e))}</span>.</p>`];
  if (e.citations.length) parts.push(`<p>Provisions, in document order: ${h(e.citations.join('; '))}</p>`);
  if (e.closest.length) parts.push(`<p>Closest candidate and why it falls short:</p>${list(e.closest)}`);
  if (e.reasons.length) parts.push(`<p>Elements lacking:</p>${list(e.reasons)}`);
  if (e.divergences.length) parts.push(`<p>Divergences:</p>${list(e.divergences)}`);
  if (e.suppliedBy.length) parts.push(`<p>Elements supplied by:</p>${list(e.suppliedBy.map((s) => `${s.element}: ${s.instruments.join('; ')}`))}`);
  parts.push(reviewed(e), '</section>');
  return parts.join('\n');
}

function coveredRow(e: GapEntry): string {
  const notes = [...(e.combined ? ['Covered only by reading the instruments together.'] : []), ...e.divergences];
  const review = e.reviewed ? `Reviewed by ${e.reviewed.author}, ${e.reviewed.time.slice(0, 10)}${e.reviewed.note ? `: “${e.reviewed.note}”` : ''}` : 'Machine finding';
  return `<tr><td>${h(entryHeading(e))}<br><span class="status">${h(statusLine(e))}.</span></td><td>${h(e.citations.join('; '))}</td>` +
    `<td>${notes.length ? list(notes) : 'None found'}</td><td>${h(review)}</td></tr>`;
}

/** A printable, self-contained HTML page (no scripts, no external resources), to annex to a memo. */
export function gapReportHtml(r: GapReport): string {
  const m = r.method;
  const sample = r.instruments.some((i) => i.sample)
    ? '<p class="sample">Fictional sample: the statutes in this report were written for LexAlign\'s demonstration; they are not the law of any state.</p>'
    : '';
  const excluded = r.excluded.length
    ? `<p>Excluded from the framework by a user (not read): ${h(r.excluded.map((i) => i.title).join('; '))}.</p>`
    : '';
  const reviews = r.reviews.length
    ? `<table><tr><th>Article</th><th>Instrument</th><th>Reviewer's decision</th><th>Machine's finding</th><th>Reviewer, date and note</th></tr>
${r.reviews.map((v) => `<tr><td>Art. ${h(v.article)} – ${h(v.title)}</td><td>${h(v.instrument)}</td>` +
  `<td>${h(statusWords[v.decision.status])}${v.decision.citations.length ? `: ${h(v.decision.citations.join('; '))}` : ''}</td>` +
  `<td>${h(statusWords[v.machine.status])}${v.machine.citations.length ? `: ${h(v.machine.citations.join('; '))}` : ''}</td>` +
  `<td>${h(v.author)}, ${h(v.date)}${v.note ? `: “${h(v.note)}”` : ''}</td></tr>`).join('\n')}</table>`
    : '<p>No finding has been reviewed yet: every finding in this report is the machine\'s.</p>';
  const unmatched = r.unmatched.length
    ? `<h2>Provisions with no counterpart in the template (${r.unmatched.length})</h2>${list(r.unmatched.map((u) => `${u.citation}${u.heading ? ` (${u.heading})` : ''}`))}`
    : '';
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Gap report: ${h(r.subject)}</title><style>${style}</style></head>
<body><h1>Gap report: ${h(r.subject)}</h1>
<p class="sub">Against the ${h(r.template.title)}. Prepared ${h(r.generated.slice(0, 10))} with LexAlign.</p>
${sample}
<h2>Instruments compared</h2>
<table><tr><th>Title</th><th>Number</th><th>Kind and stage</th><th>Year and text read</th><th>Official source</th></tr>
${instrumentRows(r.instruments)}</table>
${excluded}
<h2>Summary</h2>
<table><tr><th>Covered</th><th>Partly implemented</th><th>Missing</th><th>Score with reservations</th><th>Score without reservations</th></tr>
<tr><td>${r.counts.covered}</td><td>${r.counts.partial}</td><td>${r.counts.missing}</td><td>${percent(r.score)}</td><td>${percent(r.scoreAll)}</td></tr></table>
<p class="note">${h(r.scores.withoutOptions)}</p><p class="note">${h(r.scores.withOptions)}</p>
<h2>Method and disclaimer</h2>
<p>${h(m.compared)}</p>
<dl>${m.statuses.map((s) => `<dt>${h(statusWords[s.status])}</dt><dd>${h(s.meaning)}</dd>`).join('')}</dl>
${m.outOfScope.length ? `<p>Out of scope:</p>${list(m.outOfScope.map((o) => `${o.articles}: ${o.reason}`))}` : ''}
${m.safeguards ? `<p>${h(m.safeguards)}</p>` : ''}
<p><strong>${h(m.machine)}</strong></p>
<h2>Missing articles (${r.missing.length})</h2>
${r.missing.length ? r.missing.map(entry).join('\n') : '<p>None.</p>'}
<h2>Partly implemented articles (${r.partial.length})</h2>
${r.partial.length ? r.partial.map(entry).join('\n') : '<p>None.</p>'}
<h2>Covered articles (${r.covered.length})</h2>
${r.covered.length ? `<table><tr><th>Article</th><th>Provisions, in document order</th><th>Divergences</th><th>Finding</th></tr>\n${r.covered.map(coveredRow).join('\n')}</table>` : '<p>None.</p>'}
<h2>Reviews (${r.reviews.length})</h2>
${reviews}
${unmatched}
</body></html>
`;
}
