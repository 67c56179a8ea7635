import { alignInstrument } from '../align/align-instrument.ts';
import type { Rules } from '../align/decide.ts';
import type { AlignTemplate } from '../align/prepare.ts';
import type { CorrelationTable } from '../align/types.ts';
import type { IngestResult } from '../ingest/types.ts';
import type { LegalThesaurus } from '../thesaurus/index.ts';
import type { RuleOverrides } from './rule-grid.ts';
import { scoreTable, type TableScore } from './score-tables.ts';

/** A gold statute ready to align many times: ingested once, with its expert table. */
export interface GoldStatute {
  id: string;
  gold: CorrelationTable;
  ingest: IngestResult;
}

/** What alignment needs besides the statute; the template side is compiled once and cached by the aligner. */
export interface AlignSetup {
  template: AlignTemplate;
  thesaurus: LegalThesaurus | null;
}

/** Aligns one statute with rule overrides and scores it against its expert table. */
export function alignAndScore(statute: GoldStatute, setup: AlignSetup, rules: RuleOverrides = {}): { table: CorrelationTable; score: TableScore } {
  // Overrides are checked against RULES by the caller (rule-grid.ts); the cast only widens booleans the engine may add.
  const table = alignInstrument(setup.template, statute.ingest, setup.thesaurus, { rules: rules as Partial<Rules> });
  return { table, score: scoreTable(table, statute.gold) };
}

/** The scores of every statute under one set of overrides, in the statutes' order. */
export function scoreStatutes(statutes: GoldStatute[], setup: AlignSetup, rules: RuleOverrides = {}): TableScore[] {
  return statutes.map((s) => alignAndScore(s, setup, rules).score);
}
