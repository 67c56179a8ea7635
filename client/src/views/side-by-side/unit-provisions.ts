import type { Provision } from '../../api/types.ts';

/**
 * The provisions that make up one top-level unit (section 14 with its subsections and paragraphs), in statute
 * order. Provision records hold only their own text, so a unit is shown as the unit record plus its descendants.
 */
export function unitProvisions(all: Provision[], unit: string): Provision[] {
  return all.filter((p) => p.unit === unit);
}

/** The eId of the unit's own record (level 0), used to ask the server for a diff of the whole unit. */
export function unitEId(all: Provision[], unit: string): string | undefined {
  const inUnit = unitProvisions(all, unit);
  return (inUnit.find((p) => p.level === 0) ?? inUnit[0])?.eId;
}

/** Indentation for a provision inside its unit: subsection 1 step, paragraph 2 steps, and so on. */
export function indentOf(provision: Provision): number {
  return Math.max(0, Math.min(4, provision.level));
}

/**
 * Parses a reviewer's "s. 14(1)(a), cl. 8(2); 15A" into the provisions it names, tolerating "s." / "ss." / "cl." /
 * "section" / "clause" / "Art." prefixes. Pinpoints stay as typed ("14(1)(a)"): the server resolves each to its unit.
 */
export function parseUnitList(input: string): string[] {
  return input
    .split(/[,;]+/)
    .map((part) => part.trim().replace(/^(ss?\.|cls?\.|sections?|clauses?|art(icle)?s?\.?|§)\s*/i, '').trim())
    .filter(Boolean);
}
