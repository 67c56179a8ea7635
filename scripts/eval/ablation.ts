/**
 * Ablation table: each mechanism of the decision rules switched off through rule values (server/eval/ablations.ts).
 *   npx tsx scripts/eval/ablation.ts --gold <dir> <dir> [--corpus dir] [--json]
 */
import { RULES } from '../../server/align/decide.ts';
import { ABLATIONS, ablationRow, changesNothing, formatAblations, type AblationRow } from '../../server/eval/ablations.ts';
import { knownOverrides } from '../../server/eval/rule-grid.ts';
import { scoreStatutes } from '../../server/eval/score-with-rules.ts';
import { goldCommand, loadAverage, loadGoldStatutes, runScript, shortLabels, type GoldFlags } from './gold-statutes.ts';

const program = goldCommand('ablation', 'Per-statute F1 and status accuracy with each decision mechanism switched off.');
program.parse();
const flags = program.opts<GoldFlags>();

await runScript('ablation', async () => {
  const t0 = performance.now();
  const loaded = await loadGoldStatutes(flags);
  const full = ablationRow('full system', {}, scoreStatutes(loaded.statutes, loaded));
  const rows: AblationRow[] = [];
  const warnings: string[] = [];
  for (const a of ABLATIONS) {
    const { rules, dropped } = knownOverrides(a.rules, RULES);
    // Half an ablation would be mislabelled: an ablation naming a key RULES lacks is skipped whole.
    if (dropped.length) {
      warnings.push(`warning: "${a.name}" skipped: RULES has no ${dropped.join(', ')} (or not of that type)`);
      continue;
    }
    rows.push(ablationRow(a.name, rules, scoreStatutes(loaded.statutes, loaded, rules)));
  }
  const seconds = (performance.now() - t0) / 1000;
  if (flags.json) {
    const brief = (r: AblationRow) => ({ name: r.name, rules: r.rules, pooled: { f1: r.pooled.f1, statusAccuracy: r.pooled.statusAccuracy }, statutes: r.scores.map((s) => ({ instrument: s.instrument, f1: s.f1, statusAccuracy: s.statusAccuracy })) });
    console.log(JSON.stringify({ full: brief(full), ablations: rows.map((r) => ({ ...brief(r), changesNothing: changesNothing(full, r) })), warnings, seconds, loadAverage: loadAverage() }, null, 2));
    return;
  }
  const labels = shortLabels(loaded.statutes.map((s) => s.id));
  console.log(formatAblations(full, rows, loaded.statutes.map((s) => labels.get(s.id)!)));
  console.log('');
  for (const a of ABLATIONS) if (a.note && rows.some((r) => r.name === a.name)) console.log(`- ${a.name}: ${a.note}`);
  const inert = rows.filter((r) => changesNothing(full, r)).map((r) => r.name);
  if (inert.length) console.log(`- no count changes on any statute (mechanism unused on this data, or rule no longer read): ${inert.join('; ')}`);
  for (const w of warnings) console.log(w);
  console.log(`\n${rows.length + 1} runs × ${loaded.statutes.length} statutes in ${seconds.toFixed(1)} s; load average ${loadAverage()}`);
});
