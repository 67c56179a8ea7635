/**
 * Pick, among candidate unit starts, the sequence that reads as the statute's own numbering: numbers rising through
 * the text (4, 5, 5A, 6 ...), preferring strong evidence (a number on its own line, "Section 4.") and few gaps.
 * A list item "2." inside a section, or a cross-reference wrapped onto a new line, falls outside the chain.
 */
export interface ChainCandidate {
  /** Ordering key: number then inserted-letter suffix. */
  key: number;
  strength: number;
  /** First-of-series numbers are cheap to start from. */
  num: number;
}

export function unitKey(num: string): number {
  const m = num.match(/^(\d+)([A-Z]{0,2})$/);
  if (!m) return NaN;
  const suffix = m[2] ? (m[2].charCodeAt(0) - 64) * 27 + (m[2].length > 1 ? m[2].charCodeAt(1) - 64 : 0) : 0;
  return parseInt(m[1], 10) * 1000 + suffix;
}

const WINDOW = 400;

/** Returns the indexes of the chosen candidates, in order. */
export function chooseChain(cands: ChainCandidate[]): number[] {
  const n = cands.length;
  if (n === 0) return [];
  const score = new Float64Array(n);
  const prev = new Int32Array(n).fill(-1);
  for (let i = 0; i < n; i++) {
    const c = cands[i];
    // Starting anywhere but 1 costs: statutes start at 1, extracts at a higher number.
    score[i] = c.strength - Math.min(3, 0.25 * Math.max(0, c.num - 1));
    for (let j = Math.max(0, i - WINDOW); j < i; j++) {
      const p = cands[j];
      if (p.key >= c.key) continue;
      const gap = c.num - p.num - 1;
      const penalty = gap <= 0 ? 0 : 0.8 + 0.4 * Math.min(gap, 20);
      const s = score[j] + c.strength - penalty;
      if (s > score[i]) { score[i] = s; prev[i] = j; }
    }
  }
  let best = 0;
  for (let i = 1; i < n; i++) if (score[i] > score[best]) best = i;
  const out: number[] = [];
  for (let i = best; i >= 0; i = prev[i]) out.push(i);
  return out.reverse();
}

export function chainScore(cands: ChainCandidate[], chain: number[]): number {
  let s = 0;
  for (let k = 0; k < chain.length; k++) {
    const c = cands[chain[k]];
    s += c.strength;
    if (k > 0) {
      const gap = c.num - cands[chain[k - 1]].num - 1;
      if (gap > 0) s -= 0.8 + 0.4 * Math.min(gap, 20);
    }
  }
  return s;
}
