/**
 * Citations the way a lawyer writes them: "s. 4(1)(a)", "cl. 8(2)" in a Bill, "ss. 4, 5", "Art. 2", "§ 1030(a)(2)".
 * The rules live in one module shared with the server's exports (server/exports/legal-citation.ts, no imports).
 */
import { citeUnit, citeUnits, jurisdictionName, legalCitation, type UnitStyle } from '../../../server/exports/legal-citation.ts';

export { jurisdictionName, legalCitation };

export type UnitKind = UnitStyle;

export function citeOne(num: string, units: UnitKind, title?: string, kind?: string): string {
  return citeUnit(num, units, kind, title);
}

export function citeMany(nums: string[], units: UnitKind, title?: string, kind?: string): string {
  return citeUnits(nums, units, kind, title);
}

export function articleLabel(article: string, title?: string): string {
  return title ? `Art. ${article} ${title}` : `Art. ${article}`;
}
