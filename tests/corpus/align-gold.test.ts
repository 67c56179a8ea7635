import { join } from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import { RULES } from '../../server/align/decide.ts';
import { resolveTemplate } from '../../server/align/resolve-template.ts';
import { calibrationPoints, losoCalibrated, reliability, type CalibrationPoint } from '../../server/eval/calibration.ts';
import { instrumentPath, readManifest } from '../../server/eval/corpus-manifest.ts';
import { leaveOneStatuteOut } from '../../server/eval/loso.ts';
import { LOSO_GRID } from '../../server/eval/loso-grid.ts';
import { readTablesFrom } from '../../server/eval/read-tables.ts';
import { currentValues, gridPoints } from '../../server/eval/rule-grid.ts';
import { runEvaluation, type EvalReport } from '../../server/eval/run-eval.ts';
import { alignAndScore, scoreStatutes, type AlignSetup, type GoldStatute } from '../../server/eval/score-with-rules.ts';
import { ingestFile } from '../../server/ingest/index.ts';
import { loadThesaurus } from '../../server/thesaurus/index.ts';
import { describeWithCorpus } from '../helpers/corpus.ts';
import { pushAll } from '../../server/large-arrays.ts';

/**
 * Floors just under the figures measured on gold/dev ∪ gold/dev2 (six statutes; docs/alignment.md): a drop below
 * them is a regression, and never under issue 11's targets (F1 0.90, gap recall 0.95, status accuracy 0.85,
 * leave-one-statute-out F1 0.85, calibration error 0.10).
 * Measured: P 0.940, R 0.879, F1 0.908, gap recall 1.000 (105/105), status 0.909 (169/186); LOSO F1 0.889.
 */
const FLOOR = { precision: 0.93, recall: 0.86, f1: 0.9, gapRecall: 0.95, statusAccuracy: 0.89, losoF1: 0.87, ece: 0.1 };

describeWithCorpus('alignment against the expert tables (gold/dev and gold/dev2)', (corpus) => {
  let report: EvalReport;
  let statutes: GoldStatute[];
  let setup: AlignSetup;
  beforeAll(async () => {
    const thesaurus = loadThesaurus();
    const template = await resolveTemplate('coe-budapest-convention-2001', corpus, thesaurus, (s) => ingestFile(s.path, s.meta));
    const manifest = readManifest(corpus);
    const gold = readTablesFrom([join(corpus, 'gold', 'dev'), join(corpus, 'gold', 'dev2')]);
    statutes = [];
    for (const [id, table] of gold) {
      const path = instrumentPath(corpus, manifest, id);
      if (path) statutes.push({ id, gold: table, ingest: await ingestFile(path, { id }) });
    }
    setup = { template, thesaurus };
    const byId = new Map(statutes.map((s) => [s.id, s.ingest]));
    report = await runEvaluation({ gold, template, thesaurus, ingest: async (id) => byId.get(id) ?? null });
  }, 300_000);

  it('scores all six gold statutes', () => {
    expect(report.statutes.map((s) => s.instrument).sort()).toEqual(statutes.map((s) => s.id).sort());
    expect(report.statutes.length).toBeGreaterThanOrEqual(6);
    for (const s of report.statutes) expect(s.scores.lexalign).toBeDefined();
  });

  it('reaches the floors overall', () => {
    const o = report.overall.lexalign!;
    expect(o.precision).toBeGreaterThanOrEqual(FLOOR.precision);
    expect(o.recall).toBeGreaterThanOrEqual(FLOOR.recall);
    expect(o.f1).toBeGreaterThanOrEqual(FLOOR.f1);
    expect(o.gapRecall).toBeGreaterThanOrEqual(FLOOR.gapRecall);
    expect(o.statusAccuracy).toBeGreaterThanOrEqual(FLOOR.statusAccuracy);
  });

  it('beats both baselines on every figure: precision, recall, F1, gap recall and status accuracy', () => {
    const o = report.overall.lexalign!;
    for (const b of ['bm25-top1', 'sw-top1'] as const) {
      const s = report.overall[b]!;
      expect(o.precision).toBeGreaterThan(s.precision);
      expect(o.recall).toBeGreaterThan(s.recall);
      expect(o.f1).toBeGreaterThan(s.f1);
      expect(o.gapRecall).toBeGreaterThanOrEqual(s.gapRecall);
      expect(o.statusAccuracy).toBeGreaterThan(s.statusAccuracy);
    }
  });

  it('holds when each statute is held out of the choice of the fitted numbers (leave-one-statute-out)', () => {
    const { points, keys } = gridPoints(LOSO_GRID, RULES);
    const scores = points.map((p) => scoreStatutes(statutes, setup, p));
    const result = leaveOneStatuteOut({
      statutes: statutes.map((s) => s.id),
      points,
      scores,
      defaults: currentValues(keys, RULES),
      defaultScores: scoreStatutes(statutes, setup),
    });
    expect(result.pooled.f1).toBeGreaterThanOrEqual(FLOOR.losoF1);
  }, 300_000);

  it('shows confidences that mean what they say: calibration error at most 0.10, shown and held out', () => {
    const shown: CalibrationPoint[] = [];
    const raw: CalibrationPoint[] = [];
    for (const s of statutes) {
      const { table } = alignAndScore(s, setup);
      pushAll(shown, calibrationPoints(table, s.gold, 'shown').points);
      pushAll(raw, calibrationPoints(table, s.gold, 'raw').points);
    }
    expect(reliability(shown).ece).toBeLessThanOrEqual(FLOOR.ece);
    expect(reliability(losoCalibrated(raw)).ece).toBeLessThanOrEqual(FLOOR.ece);
  });
});
