import type { Calibration } from '../templates/types.ts';
import type { CoverageStatus } from './types.ts';
import { applyIsotonic } from './isotonic.ts';

/**
 * How sure the tool is of an article's finding, as a probability a lawyer can read ("right about 9 times in 10").
 * For a found article: that its first provision implements it. For a missing article: that nothing does, which the
 * raw score says the other way round (a low best score is a confident gap). With a fitted calibration (see
 * Calibration) the raw value is mapped to the rate observed on the expert tables; without one it is the raw value,
 * which understates found articles and is marked as uncalibrated by the callers that show it.
 */
export function articleConfidence(status: CoverageStatus, score: number, calibration?: Calibration | null): number {
  const found = status !== 'missing';
  const raw = Math.min(1, Math.max(0, found ? score : 1 - score));
  const map = found ? calibration?.found : calibration?.missing;
  const value = map ? applyIsotonic(map, raw) : raw;
  return Math.round(value * 100) / 100;
}
