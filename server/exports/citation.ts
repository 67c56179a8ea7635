import type { Instrument } from '../ingest/types.ts';

/**
 * How a lawyer cites a unit of this instrument: "s. 4(1)(a)" in a statute of sections, "art. 2" in a treaty,
 * "subsec. (a)" in a code section whose units are subsections.
 */
export function cite(units: Instrument['units'], pinpoint: string): string {
  if (units === 'articles') return `art. ${pinpoint}`;
  if (units === 'subsections') return `subsec. ${pinpoint}`;
  return `s. ${pinpoint}`;
}

/** Pinpoints when the table gives them (more exact), else the top-level units. */
export function citations(units: Instrument['units'], provisions: string[], pinpoints?: string[]): string[] {
  return (pinpoints?.length ? pinpoints : provisions).map((p) => cite(units, p));
}
