import type { EvalReport, Method } from './run-eval.ts';
import { METHODS } from './run-eval.ts';
import type { TableScore } from './score-tables.ts';
import { pushAll } from '../large-arrays.ts';

const pct = (x: number): string => x.toFixed(3);

function row(name: string, method: Method, s: TableScore): string {
  return [
    name.padEnd(46),
    method.padEnd(10),
    pct(s.precision),
    pct(s.recall),
    pct(s.f1),
    `${pct(s.gapRecall)} (${s.gapsFound}/${s.gaps})`.padEnd(15),
    `${pct(s.statusAccuracy)} (${s.statusAgree}/${s.articles})`,
  ].join('  ');
}

/** One line per article where LexAlign and the expert disagree: status and units, expert first. */
function diffLines(s: TableScore): string[] {
  return s.diffs.map((d) => {
    const side = (x: { status: string; units: string[] }): string => `${x.status} [${x.units.join(', ')}]`;
    return `  Art. ${d.article.padEnd(3)} expert ${side(d.gold).padEnd(34)} lexalign ${side(d.pred)}`;
  });
}

/** The evaluation as a plain-text table: per statute and overall, LexAlign and both baselines. */
export function formatReport(report: EvalReport, options: { diffs?: boolean } = {}): string {
  const lines = [
    ['statute'.padEnd(46), 'method'.padEnd(10), 'P    ', 'R    ', 'F1   ', 'gap recall'.padEnd(15), 'status acc.'].join('  '),
  ];
  for (const s of report.statutes) {
    for (const m of METHODS) if (s.scores[m]) lines.push(row(s.instrument, m, s.scores[m]!));
  }
  lines.push('-'.repeat(120));
  for (const m of METHODS) if (report.overall[m]) lines.push(row('overall (pooled)', m, report.overall[m]!));
  lines.push('', 'P/R/F1 over (article, unit) pairs; gap recall: gold-missing articles predicted missing; status: covered/partial/missing agreement.');
  for (const n of report.notes) lines.push(`note: ${n}`);
  if (options.diffs) {
    for (const s of report.statutes) {
      const own = s.scores.lexalign;
      if (own) pushAll(lines, ['', `${s.instrument}: ${own.diffs.length} article(s) differ`, ...diffLines(own)]);
    }
  }
  return lines.join('\n');
}
