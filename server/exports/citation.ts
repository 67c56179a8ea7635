import type { Instrument, Provision } from '../ingest/types.ts';
import { insertionWords } from '../ingest/insertion-words.ts';
import { unitPrefix } from './legal-citation.ts';

/**
 * How a lawyer cites a unit of this instrument: "s. 4(1)(a)" in a statute of sections, "cl. 4(1)(a)" in a Bill,
 * "art. 2" in a treaty, "subsec. (a)" in a code section whose units are subsections (legal-citation.ts has the
 * prefixes and the full legal form).
 */
export function cite(units: Instrument['units'], pinpoint: string, kind?: Instrument['kind']): string {
  if (units === 'articles') return `art. ${pinpoint}`;
  if (units === 'subsections') return `subsec. ${pinpoint}`;
  return `${unitPrefix(units, kind)} ${pinpoint}`;
}

/** Pinpoints when the table gives them (more exact), else the top-level units. */
export function citations(units: Instrument['units'], provisions: string[], pinpoints?: string[], kind?: Instrument['kind']): string[] {
  return (pinpoints?.length ? pinpoints : provisions).map((p) => cite(units, p, kind));
}

/**
 * How a lawyer cites a provision an amending Act quotes: the amending clause first (the unit the expert tables use),
 * then what it puts where: "s. 35(2) (inserting s. 163(1) into Cap. 9:23)", "s. 37(2) (substituting s. 4 in
 * Cap. 11:20)". Any other provision is cited as usual.
 */
export function citeProvision(units: Instrument['units'], p: Pick<Provision, 'num' | 'inserted'>): string {
  if (!p.inserted) return cite(units, p.num);
  const { by, action, into } = p.inserted;
  return `${cite(units, by.num)} (${insertionWords(p, action, into)})`;
}

/**
 * How a lawyer cites a unit of this instrument, knowing its stage: a Bill has clauses ("cl. 4(1)"), an Act
 * sections ("s. 4(1)"), a treaty articles.
 */
export function citeIn(instrument: Pick<Instrument, 'units' | 'kind'>, pinpoint: string): string {
  if (instrument.kind === 'bill' && instrument.units === 'sections') return /^(schedule|part)\b/i.test(pinpoint) ? pinpoint : `cl. ${pinpoint}`;
  if (instrument.units === 'subsections') return pinpoint;
  if (instrument.units === 'sections' && /^(schedule|part)\b/i.test(pinpoint)) return pinpoint;
  return cite(instrument.units, pinpoint);
}

/** A pinpoint's top-level unit: "4(1)(a)" → "4", "46A" → "46A", "(a)(2)" → "(a)". */
function unitOf(pinpoint: string): string {
  const m = pinpoint.match(/^(\([^)]+\)|[^(\s]+)/);
  return m ? m[1] : pinpoint;
}

/** Pinpoints in the order the instrument prints them (its units' order, then subsection by subsection), deduplicated. */
export function inDocumentOrder(instrument: Pick<Instrument, 'report'>, pinpoints: string[]): string[] {
  const order = new Map(instrument.report.units.map((u, i) => [u.unit, i]));
  const rank = (p: string) => order.get(unitOf(p)) ?? Number.MAX_SAFE_INTEGER;
  return [...new Set(pinpoints)].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b, 'en', { numeric: true }));
}
