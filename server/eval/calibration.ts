import type { ArticleAlignment, CorrelationTable } from '../align/types.ts';
import { applyIsotonic, fitIsotonic, type IsotonicMap } from '../align/isotonic.ts';
import type { Calibration } from '../templates/types.ts';
import { normaliseUnit } from './normalise-unit.ts';

/**
 * Does a table's confidence mean what it says? For every gold article, the predicted article's confidence and
 * whether the prediction was right; a reliability table over bins of confidence; the expected calibration error
 * (ECE); and a monotone recalibration fitted separately for "found" and "missing" predictions, since a score says
 * how well a unit fits, and for a missing article the question is the opposite one: that no unit implements it.
 */
export type PredictionKind = 'found' | 'missing';

export interface CalibrationPoint {
  instrument: string;
  article: string;
  kind: PredictionKind;
  /** In [0, 1]: that the primary unit implements the article (found), or that nothing does (missing). */
  confidence: number;
  correct: boolean;
}

const clamp01 = (x: number): number => Math.min(1, Math.max(0, x));

/**
 * What a table says of its certainty. `shown`: the table's own confidence (what a user sees). `raw`: the score,
 * read the right way round for a missing article; the calibration is fitted on this.
 */
type ConfidenceSource = 'shown' | 'raw';

function confidenceOf(entry: ArticleAlignment, kind: PredictionKind, source: ConfidenceSource): number | null {
  if (source === 'shown' && typeof entry.confidence === 'number') return clamp01(entry.confidence);
  if (typeof entry.score !== 'number') return null;
  return clamp01(kind === 'missing' ? 1 - entry.score : entry.score);
}

/**
 * One point per gold article that the prediction gives a confidence for. Found: right when the primary (first)
 * predicted unit is among the expert's units. Missing: right when the expert marks the article missing. Articles the
 * prediction leaves out, or gives no score, are counted in `unscored`: there is no confidence to check.
 */
export function calibrationPoints(pred: CorrelationTable, gold: CorrelationTable, source: ConfidenceSource = 'shown'): { points: CalibrationPoint[]; unscored: number } {
  const points: CalibrationPoint[] = [];
  let unscored = 0;
  for (const [article, g] of Object.entries(gold.articles)) {
    const p = pred.articles[article];
    const kind: PredictionKind = !p || p.status === 'missing' ? 'missing' : 'found';
    const confidence = p ? confidenceOf(p, kind, source) : null;
    if (confidence === null) {
      unscored++;
      continue;
    }
    const goldUnits = new Set(g.provisions.map(normaliseUnit));
    const correct = kind === 'missing' ? g.status === 'missing' : p.provisions.length > 0 && goldUnits.has(normaliseUnit(p.provisions[0]));
    points.push({ instrument: gold.instrument, article, kind, confidence, correct });
  }
  return { points, unscored };
}

interface ReliabilityBin {
  lo: number;
  hi: number;
  count: number;
  /** NaN for an empty bin. */
  meanConfidence: number;
  accuracy: number;
}

/**
 * Equal-width bins over [0, 1] (a confidence of exactly 1 falls in the last bin), and the expected calibration
 * error: the gap between mean confidence and observed accuracy, averaged over bins weighted by their counts.
 */
export function reliability(points: Array<Pick<CalibrationPoint, 'confidence' | 'correct'>>, binCount = 10): { bins: ReliabilityBin[]; ece: number; count: number } {
  const bins = Array.from({ length: binCount }, (_, i) => ({ lo: i / binCount, hi: (i + 1) / binCount, count: 0, sumConf: 0, sumRight: 0 }));
  for (const p of points) {
    const b = bins[Math.min(binCount - 1, Math.floor(clamp01(p.confidence) * binCount))];
    b.count++;
    b.sumConf += p.confidence;
    b.sumRight += p.correct ? 1 : 0;
  }
  const n = points.length;
  let ece = 0;
  const out = bins.map((b) => {
    const meanConfidence = b.count ? b.sumConf / b.count : NaN;
    const accuracy = b.count ? b.sumRight / b.count : NaN;
    if (b.count) ece += (b.count / n) * Math.abs(accuracy - meanConfidence);
    return { lo: b.lo, hi: b.hi, count: b.count, meanConfidence, accuracy };
  });
  return { bins: out, ece, count: n };
}

/** Recalibration maps per kind of prediction; null when the training data had no prediction of that kind. */

/**
 * Isotonic maps from raw confidence to probability, one per kind of prediction. `prior` (pseudo-outcomes per block,
 * see fitIsotonic) is 1 by default, fixed before any run: with a few hundred gold articles the plain fit's end blocks
 * say 0 or 1, and a held-out statute then pays the full error on each surprise.
 */
export function fitCalibration(points: CalibrationPoint[], options: { prior?: number } = {}): Calibration {
  const prior = options.prior ?? 1;
  const fit = (kind: PredictionKind): IsotonicMap | null => {
    const own = points.filter((p) => p.kind === kind);
    return own.length ? fitIsotonic(own.map((p) => ({ x: p.confidence, y: p.correct ? 1 : 0 })), { prior }) : null;
  };
  return { found: fit('found'), missing: fit('missing') };
}

/** The calibrated probability of a raw confidence; without a map (no training data of that kind), the raw value. */
export function applyCalibration(map: IsotonicMap | null, score: number): number {
  return map ? applyIsotonic(map, score) : score;
}

/** Points with their confidence replaced by the calibrated one. */
export function recalibrate(calibration: Calibration, points: CalibrationPoint[]): CalibrationPoint[] {
  return points.map((p) => ({ ...p, confidence: applyCalibration(calibration[p.kind], p.confidence) }));
}

/**
 * Leave-one-statute-out calibration: fit on every other statute, apply to the held-out one. The pooled held-out
 * points measure the calibration a new statute would get; an in-sample fit always looks near perfect.
 */
export function losoCalibrated(points: CalibrationPoint[], options: { prior?: number } = {}): CalibrationPoint[] {
  const statutes = [...new Set(points.map((p) => p.instrument))];
  return statutes.flatMap((held) => {
    const calibration = fitCalibration(points.filter((p) => p.instrument !== held), options);
    return recalibrate(calibration, points.filter((p) => p.instrument === held));
  });
}
