import type { RuleGrid } from './rule-grid.ts';

/**
 * The fitted numbers of the decision rules and the values leave-one-statute-out tries (scripts/eval/loso.ts and the
 * corpus test). Each list holds the current default, so that "keep the rules" is always a candidate. A key RULES
 * lacks (renamed or removed) is warned about and left out.
 */
export const LOSO_GRID: RuleGrid = {
  MATCH_THRESHOLD: [0.25, 0.28, 0.3, 0.32, 0.35, 0.4],
  SECONDARY_RATIO: [0.8, 0.85, 0.9],
  HOME_RATIO: [0.65, 0.75, 0.85],
};
