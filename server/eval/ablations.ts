import { delta, fixed3, markdownTable } from './markdown-table.ts';
import type { RuleOverrides } from './rule-grid.ts';
import { poolScores, type TableScore } from './score-tables.ts';

/**
 * Mechanisms of the decision rules switched off one at a time, each only through rule values (server/align/decide.ts),
 * so that the engine needs no switches of its own. Adding a switch is one line here. The value that disables a
 * mechanism follows from the rule's inequality; where one key serves two rules, the note says what else goes.
 */
interface Ablation {
  name: string;
  rules: RuleOverrides;
  note?: string;
}

export const ABLATIONS: Ablation[] = [
  { name: 'no near-equal companions', rules: { SECONDARY_RATIO: 2 }, note: 'a secondary never scores twice the primary' },
  { name: 'no headed secondaries', rules: { HEADED_SECONDARY_RATIO: 2 } },
  { name: 'primary unit only', rules: { MAX_UNITS: 1 }, note: 'also drops related, building-on and restated units' },
  { name: 'no "claimed elsewhere"', rules: { HOME_RATIO: 0 }, note: 'a score is never under 0 × its home score; basedOn is only consulted for claimed units, so it goes too' },
  { name: 'no eligibility filter', rules: { SPECIFIC_COVERAGE: 0 }, note: 'every unit has at least 0 % of the specific elements' },
  { name: 'no core eligibility', rules: { CORE_ELIGIBLE: false }, note: 'a unit showing every core element is no longer eligible on that alone' },
  { name: 'eligible by heading only', rules: { SPECIFIC_COVERAGE: 2 } },
  { name: 'eligible by elements only', rules: { HEADING_EVIDENCE: 2 }, note: 'also disables headed secondaries (same key)' },
  { name: 'headings may carry a match', rules: { WORDS_OVER_HEADINGS: false }, note: 'a unit whose words show no core element stays eligible on its heading' },
  { name: 'no twin rule', rules: { TWINS: false }, note: 'domestic powers and their co-operation twins are no longer told apart by the occasion' },
  { name: 'no element roles', rules: { ROLES: false }, note: 'every required element counts for the status alike (restrictions, general law, alternatives)' },
  { name: 'no related articles', rules: { RELATED: false } },
  { name: 'no applied laws', rules: { APPLIED_LAWS: false }, note: 'a clause applying the Extradition or Mutual Assistance Act no longer implements Arts 24-25' },
  { name: 'no companion sections', rules: { COMPANIONS: false } },
  { name: 'no basedOn', rules: { BASED_ON: false }, note: 'Art. 17 is no longer read in the Art. 16 unit when every fitting unit is claimed' },
  { name: 'no aggravated forms', rules: { BUILDS_ON: false } },
  { name: 'no restated units', rules: { RESTATED: false } },
  { name: 'no interpretation rule', rules: { INTERPRETATION: false }, note: 'an interpretation provision defining some of Art. 1\'s terms must score like any other unit' },
  { name: 'no designation rule', rules: { DESIGNATION: false }, note: 'a provision designating a central authority or a 24/7 point of contact must score like any other unit' },
  { name: 'penalty provisions may join offences', rules: { PENALTY_APART: false }, note: 'a penalty section joins an offence article like any near-equal unit' },
];

export interface AblationRow {
  name: string;
  rules: RuleOverrides;
  /** Per statute, in the order of the full system's scores. */
  scores: TableScore[];
  pooled: TableScore;
}

export function ablationRow(name: string, rules: RuleOverrides, scores: TableScore[]): AblationRow {
  return { name, rules, scores, pooled: poolScores(scores) };
}

/**
 * True when an ablation changes no count on any statute: either the mechanism never decides anything on this data or
 * the engine no longer reads the rule. Worth saying, since a ±0 row otherwise reads as "harmless to remove".
 */
export function changesNothing(full: AblationRow, row: AblationRow): boolean {
  const counts = (s: TableScore): string => [s.tp, s.fp, s.fn, s.gapsFound, s.statusAgree].join(',');
  return row.scores.every((s, i) => counts(s) === counts(full.scores[i]));
}

const showRules = (r: RuleOverrides): string =>
  Object.entries(r)
    .map(([k, v]) => `${k}=${v}`)
    .join(', ');

/**
 * The ablation table for docs/alignment.md: the full system's figures in its first row, then each ablation's pooled
 * figures and, per statute, its change in pair F1 / status accuracy against the full system (negative: the mechanism
 * helps on that statute).
 */
export function formatAblations(full: AblationRow, rows: AblationRow[], labels: string[]): string {
  const header = ['ablation', 'rules', 'F1', 'ΔF1', 'status', 'Δstatus', ...labels.map((l) => `${l} ΔF1 / Δstatus`)];
  const first = ['full system', '', fixed3(full.pooled.f1), '', fixed3(full.pooled.statusAccuracy), '', ...full.scores.map((s) => `${fixed3(s.f1)} / ${fixed3(s.statusAccuracy)}`)];
  const body = rows.map((r) => [
    r.name,
    showRules(r.rules),
    fixed3(r.pooled.f1),
    delta(r.pooled.f1 - full.pooled.f1),
    fixed3(r.pooled.statusAccuracy),
    delta(r.pooled.statusAccuracy - full.pooled.statusAccuracy),
    ...r.scores.map((s, i) => `${delta(s.f1 - full.scores[i].f1)} / ${delta(s.statusAccuracy - full.scores[i].statusAccuracy)}`),
  ]);
  return markdownTable(header, [first, ...body]);
}
