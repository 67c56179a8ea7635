/**
 * Leave-one-statute-out tuning of the fitted rule values (see docs/validation.md).
 *   npx tsx scripts/eval/loso.ts --gold <dir> <dir> [--corpus dir] [--json]
 */
import { RULES } from '../../server/align/decide.ts';
import { leaveOneStatuteOut, type LosoResult } from '../../server/eval/loso.ts';
import { fixed3, markdownTable } from '../../server/eval/markdown-table.ts';
import { currentValues, gridPoints } from '../../server/eval/rule-grid.ts';
import { LOSO_GRID as GRID } from '../../server/eval/loso-grid.ts';
import type { TableScore } from '../../server/eval/score-tables.ts';
import { scoreStatutes } from '../../server/eval/score-with-rules.ts';
import { goldCommand, loadAverage, loadGoldStatutes, runScript, shortLabels, type GoldFlags } from './gold-statutes.ts';

const program = goldCommand('loso', 'Leave-one-statute-out tuning of MATCH_THRESHOLD, SECONDARY_RATIO and HOME_RATIO.');
program.parse();
const flags = program.opts<GoldFlags>();

await runScript('loso', async () => {
  const t0 = performance.now();
  const loaded = await loadGoldStatutes(flags);
  const { points, keys, dropped } = gridPoints(GRID, RULES);
  for (const key of dropped) console.warn(`warning: RULES has no numeric ${key}: left out of the grid`);
  if (keys.length === 0) throw new Error('no grid key exists in RULES: nothing to tune');
  const scores = points.map((p) => scoreStatutes(loaded.statutes, loaded, p));
  const defaultScores = scoreStatutes(loaded.statutes, loaded);
  const result = leaveOneStatuteOut({ statutes: loaded.statutes.map((s) => s.id), points, scores, defaults: currentValues(keys, RULES), defaultScores });
  const seconds = (performance.now() - t0) / 1000;
  const run = { grid: Object.fromEntries(keys.map((k) => [k, GRID[k]])), points: points.length, alignments: (points.length + 1) * loaded.statutes.length, seconds, loadAverage: loadAverage(), skipped: loaded.skipped };
  if (flags.json) {
    console.log(JSON.stringify({ run, defaults: currentValues(keys, RULES), ...withoutDiffs(result) }, null, 2));
    return;
  }
  console.log(format(result, keys, currentValues(keys, RULES)));
  if (result.inert.length) console.log(`\ninert on this data (no value changes any count; the chosen value is the default kept by the tie-break): ${result.inert.join(', ')}`);
  console.log(`\n${points.length} grid points × ${loaded.statutes.length} statutes (${run.alignments} alignments) in ${seconds.toFixed(1)} s; load average ${run.loadAverage}`);
  for (const id of loaded.skipped) console.log(`note: ${id}: no statute text in the corpus, not scored`);
});

function figures(s: TableScore): string[] {
  return [fixed3(s.precision), fixed3(s.recall), fixed3(s.f1), `${fixed3(s.gapRecall)} (${s.gapsFound}/${s.gaps})`, `${fixed3(s.statusAccuracy)} (${s.statusAgree}/${s.articles})`];
}

function format(r: LosoResult, keys: string[], defaults: Record<string, number>): string {
  const labels = shortLabels(r.folds.map((f) => f.heldOut));
  const values = (p: Record<string, number>): string[] => keys.map((k) => String(p[k]));
  const header = ['held out', ...keys, 'P', 'R', 'F1', 'gap recall', 'status acc.', 'F1 (defaults)', 'status (defaults)'];
  const rows = r.folds.map((f) => [labels.get(f.heldOut)!, ...values(f.chosen), ...figures(f.test), fixed3(f.defaults.f1), fixed3(f.defaults.statusAccuracy)]);
  rows.push(['**pooled LOSO**', ...keys.map(() => ''), ...figures(r.pooled), fixed3(r.pooledDefaults.f1), fixed3(r.pooledDefaults.statusAccuracy)]);
  rows.push(['current defaults (in-sample)', ...values(defaults), ...figures(r.pooledDefaults), '', '']);
  rows.push(['full-data fit (in-sample)', ...values(r.fullFit.point), ...figures(r.fullFit.score), '', '']);
  return markdownTable(header, rows);
}

/** The JSON report without the per-article diffs (they belong to `lexalign eval --diffs`). */
function withoutDiffs(r: LosoResult): object {
  const strip = (s: TableScore): Omit<TableScore, 'diffs'> => {
    const { diffs: _diffs, ...rest } = s;
    return rest;
  };
  return {
    folds: r.folds.map((f) => ({ ...f, train: strip(f.train), test: strip(f.test), defaults: strip(f.defaults) })),
    pooled: strip(r.pooled),
    pooledDefaults: strip(r.pooledDefaults),
    fullFit: { point: r.fullFit.point, score: strip(r.fullFit.score) },
    inert: r.inert,
  };
}
