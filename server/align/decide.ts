import type { CoverageStatus, ElementState } from './types.ts';
import type { ElementFinding, PairFeatures } from './features.ts';

/**
 * Decision rules, documented in docs/alignment.md (values checked on the dev tables):
 * - only eligible units count (see isEligible);
 * - an article is implemented when its best eligible unit scores at least MATCH_THRESHOLD;
 * - another eligible unit joins it when it scores at least SECONDARY_RATIO of the best and at least SECONDARY_MIN
 *   (an implementing provision and its near-equal companion, such as an aggravated form), at most MAX_UNITS;
 * - the article is covered when at least COVERED_COVERAGE of its required elements are found in the chosen units
 *   (narrowed counts half) and the best score is at least COVERED_SCORE; otherwise partial. Four in five, not all:
 *   one element (typically intent) is often supplied by the general criminal law rather than restated.
 */
export const RULES = {
  MATCH_THRESHOLD: 0.35,
  SECONDARY_RATIO: 0.9,
  SECONDARY_MIN: 0.3,
  HEADING_EVIDENCE: 0.5,
  SPECIFIC_COVERAGE: 0.6,
  MAX_UNITS: 3,
  COVERED_SCORE: 0.45,
  COVERED_COVERAGE: 0.8,
};

export type Rules = typeof RULES;

export interface ArticleDecision {
  status: CoverageStatus;
  chosen: PairFeatures[];
  /** Element states over the chosen units together. */
  elements: ElementFinding[];
  coverage: number;
  best: PairFeatures | undefined;
}

/**
 * A unit can implement an article only if it shows what sets the article apart: a matching heading, or most of
 * the article's specific required elements (the conduct: interception by technical means of non-public
 * transmissions). Elements shared by many articles (intent, without right, a penalty, a foreign State) are the
 * frame of every offence or request and cannot carry a match alone.
 */
export function isEligible(f: PairFeatures, rules: Rules): boolean {
  return f.heading >= rules.HEADING_EVIDENCE || f.specificCoverage >= rules.SPECIFIC_COVERAGE;
}

/** Ranks an article's candidates: score first, then unit order for ties (deterministic output). */
export function rankCandidates(pairs: PairFeatures[], order: Map<string, number>): PairFeatures[] {
  return [...pairs].sort((a, b) => b.score - a.score || (order.get(a.unit) ?? 0) - (order.get(b.unit) ?? 0));
}

const RANK: Record<ElementState, number> = { present: 3, narrowed: 2, 'optional-absent': 1, absent: 0 };

/** The element states of several units read together: each element takes its best state in any unit. */
export function mergeElements(chosen: PairFeatures[]): ElementFinding[] {
  if (chosen.length === 0) return [];
  return chosen[0].elements.map((first) => {
    const all = chosen.map((c) => c.elements.find((e) => e.id === first.id) ?? first);
    const best = all.reduce((a, b) => (RANK[b.state] > RANK[a.state] ? b : a));
    return { ...best, hits: all.flatMap((e) => e.hits) };
  });
}

export function decideArticle(ranked: PairFeatures[], rules: Rules = RULES): ArticleDecision {
  const eligible = ranked.filter((f) => isEligible(f, rules));
  const best = eligible[0] ?? ranked[0];
  if (!best || best.score < rules.MATCH_THRESHOLD || !isEligible(best, rules)) {
    return { status: 'missing', chosen: [], elements: best?.elements ?? [], coverage: 0, best };
  }
  const chosen = [best];
  for (const f of eligible.slice(1)) {
    if (chosen.length >= rules.MAX_UNITS) break;
    if (f.score < Math.max(rules.SECONDARY_MIN, rules.SECONDARY_RATIO * best.score)) break;
    chosen.push(f);
  }
  const elements = mergeElements(chosen);
  const required = elements.filter((e) => e.required);
  const coverage = required.length
    ? required.reduce((s, e) => s + (e.state === 'present' ? 1 : e.state === 'narrowed' ? 0.5 : 0), 0) / required.length
    : 1;
  const covered = coverage >= rules.COVERED_COVERAGE && best.score >= rules.COVERED_SCORE;
  return { status: covered ? 'covered' : 'partial', chosen, elements, coverage, best };
}
