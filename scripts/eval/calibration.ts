/**
 * Calibration (reliability) of the tables' confidence against the gold tables (see docs/validation.md).
 *   npx tsx scripts/eval/calibration.ts --gold <dir> <dir> [--corpus dir] [--bins 10] [--json]
 */
import { writeFileSync } from 'node:fs';
import { calibrationPath } from '../../server/templates/load-template.ts';
import { calibrationPoints, fitCalibration, losoCalibrated, recalibrate, reliability, type CalibrationPoint } from '../../server/eval/calibration.ts';
import { fixed3, markdownTable } from '../../server/eval/markdown-table.ts';
import { alignAndScore } from '../../server/eval/score-with-rules.ts';
import { goldCommand, loadAverage, loadGoldStatutes, runScript, type GoldFlags } from './gold-statutes.ts';
import { pushAll } from '../../server/large-arrays.ts';

const program = goldCommand('calibration', 'Reliability table and expected calibration error of article confidences.')
  .option('--bins <n>', 'number of equal-width bins', '10')
  .option('--write', "fit the calibration on every gold statute and write it beside the template's profile");
program.parse();
const flags = program.opts<GoldFlags & { bins: string; write?: boolean }>();

await runScript('calibration', async () => {
  const bins = Number(flags.bins);
  if (!Number.isInteger(bins) || bins < 1) throw new Error(`--bins ${flags.bins}: expected a positive whole number`);
  const loaded = await loadGoldStatutes(flags);
  const points: CalibrationPoint[] = [];
  const shown: CalibrationPoint[] = [];
  let unscored = 0;
  for (const s of loaded.statutes) {
    const { table } = alignAndScore(s, loaded);
    const read = calibrationPoints(table, s.gold, 'raw');
    pushAll(points, read.points);
    pushAll(shown, calibrationPoints(table, s.gold, 'shown').points);
    unscored += read.unscored;
  }
  const loso = losoCalibrated(points);
  const losoPlainEce = reliability(losoCalibrated(points, { prior: 0 }), bins).ece;
  const fitted = fitCalibration(points);
  const inSample = recalibrate(fitted, points);
  const views = {
    'shown confidence (the calibration in use, in-sample)': shown,
    'raw, all predictions': points,
    'raw, found': points.filter((p) => p.kind === 'found'),
    'raw, missing': points.filter((p) => p.kind === 'missing'),
    'isotonic (Laplace prior), leave-one-statute-out': loso,
  };
  const tables = Object.fromEntries(Object.entries(views).map(([name, list]) => [name, reliability(list, bins)]));
  const inSampleEce = reliability(inSample, bins).ece;
  if (flags.write) {
    const path = calibrationPath(loaded.profilePath);
    const fittedOn = `${loaded.statutes.map((s) => s.id).join(', ')}; raw scores of the engine at ${new Date().toISOString().slice(0, 10)}; leave-one-statute-out ECE ${fixed3(reliability(loso, bins).ece)}`;
    writeFileSync(path, `${JSON.stringify({ fittedOn, ...fitted }, null, 2)}\n`);
    console.log(`wrote ${path}`);
  }
  if (flags.json) {
    console.log(JSON.stringify({ bins, points: points.length, unscored, tables, losoPlainEce, inSampleEce, loadAverage: loadAverage() }, null, 2));
    return;
  }
  for (const [name, t] of Object.entries(tables)) {
    console.log(`\n### ${name}: ${t.count} articles, ECE ${fixed3(t.ece)}\n`);
    const rows = t.bins.map((b) => [`${b.lo.toFixed(2)}–${b.hi.toFixed(2)}`, String(b.count), b.count ? fixed3(b.meanConfidence) : '—', b.count ? fixed3(b.accuracy) : '—']);
    console.log(markdownTable(['confidence', 'articles', 'mean confidence', 'observed accuracy'], rows));
  }
  console.log(`\nplain isotonic (no prior), leave-one-statute-out: ECE ${fixed3(losoPlainEce)}`);
  console.log(`in-sample isotonic ECE ${fixed3(inSampleEce)} (optimistic: fitted and measured on the same articles)`);
  if (unscored) console.log(`note: ${unscored} gold article(s) without a predicted score left out`);
  console.log(`load average ${loadAverage()}`);
});
