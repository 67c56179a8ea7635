/**
 * Philippine statutes fix imprisonment by the named penalties of the Revised Penal Code (Act No. 3815) rather than
 * by years. Durations per RPC Art. 27; each penalty divides into minimum, medium and maximum periods per Art. 76
 * (and Art. 65 for the equal thirds). We give the upper bound of the named penalty (or of the named period), in
 * months, so it can be compared with "imprisonment for N years" elsewhere. Arresto menor is counted in days / 30.
 *
 *   reclusion perpetua      20 y 1 d – 40 y     (Art. 27 as amended by R.A. 7659)
 *   reclusion temporal      12 y 1 d – 20 y     periods: –14 y 8 m, –17 y 4 m, –20 y
 *   prision mayor            6 y 1 d – 12 y     periods: –8 y, –10 y, –12 y
 *   prision correccional     6 m 1 d – 6 y      periods: –2 y 4 m, –4 y 2 m, –6 y
 *   arresto mayor            1 m 1 d – 6 m      periods: –2 m, –4 m, –6 m
 *   arresto menor            1 d – 30 d         periods: –10 d, –20 d, –30 d
 */

type Period = 'minimum' | 'medium' | 'maximum';

interface NamedPenalty {
  pattern: RegExp;
  /** Upper bound of the minimum, medium and maximum periods, in months. */
  periods: Record<Period, number>;
}

const NAMED: NamedPenalty[] = [
  { pattern: /reclusion\s+perpetua/i, periods: { minimum: 480, medium: 480, maximum: 480 } },
  { pattern: /reclusion\s+temporal/i, periods: { minimum: 176, medium: 208, maximum: 240 } },
  { pattern: /prisi[oó]n\s+mayor/i, periods: { minimum: 96, medium: 120, maximum: 144 } },
  // "correctional" is a common misspelling in official texts.
  { pattern: /prisi[oó]n\s+correcc?ional/i, periods: { minimum: 28, medium: 50, maximum: 72 } },
  { pattern: /arresto\s+mayor/i, periods: { minimum: 2, medium: 4, maximum: 6 } },
  { pattern: /arresto\s+menor/i, periods: { minimum: 0.33, medium: 0.67, maximum: 1 } },
];

/** Matches any RPC named penalty, with an optional period ("prision correccional in its maximum period"). */
export const RPC_PENALTY_SOURCE =
  '(?:reclusion\\s+perpetua|reclusion\\s+temporal|prisi[oó]n\\s+mayor|prisi[oó]n\\s+correcc?ional|arresto\\s+mayor|arresto\\s+menor)' +
  '(?:\\s+in\\s+its\\s+(?:minimum|medium|maximum)\\s+period)?';

/** Upper bound in months of a named RPC penalty such as "prision mayor" or "arresto mayor in its minimum period". */
export function rpcPenaltyMonths(words: string): number | null {
  for (const named of NAMED) {
    if (!named.pattern.test(words)) continue;
    const period = /in\s+its\s+(minimum|medium|maximum)\s+period/i.exec(words)?.[1]?.toLowerCase() as Period | undefined;
    return named.periods[period ?? 'maximum'];
  }
  return null;
}
