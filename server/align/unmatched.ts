import type { UnmatchedUnit } from './types.ts';
import { citeUnit, type CitedUnits } from '../citation/cite.ts';
import type { PairFeatures } from './features.ts';
import type { PreparedUnit } from './prepare.ts';

/**
 * Formal provisions every statute has and no template article is meant to match: they are never "unmatched".
 * Matched on the unit heading.
 */
const FORMAL = /\b(short title|citation|commencement|interpretation|definitions?|application|objects?|purposes?|regulations|rules|repeal|savings?|transitional|amendment|consequential|act binds|crown|extent|prevail|secretariat|committee|establishment|functions|annual report|funds?|staff|director|board|membership|meetings?)\b/i;

/**
 * National offences and powers with no counterpart in the template: units whose provisions create offences or
 * confer powers (or co-operation duties) and that no article chose.
 */
export function findUnmatched(
  units: PreparedUnit[],
  chosen: Set<string>,
  bestByUnit: Map<string, PairFeatures>,
  instrument: CitedUnits,
): UnmatchedUnit[] {
  const out: UnmatchedUnit[] = [];
  for (const u of units) {
    if (chosen.has(u.view.unit)) continue;
    const kinds = u.view.kinds;
    const operative = kinds.has('offence') || kinds.has('power') || kinds.has('cooperation');
    if (!operative) continue;
    if (u.view.heading && FORMAL.test(u.view.heading)) continue;
    const best = bestByUnit.get(u.view.unit);
    const what = kinds.has('offence') ? 'An offence' : kinds.has('power') ? 'An investigative power' : 'A co-operation provision';
    out.push({
      unit: u.view.unit,
      ...(u.view.heading ? { heading: u.view.heading } : {}),
      why:
        `${what} (${citeUnit(instrument, u.view.unit)}) with no counterpart in the template` +
        (best ? `: its closest article, Art. ${best.article}, scored ${best.score.toFixed(2)}.` : '.'),
    });
  }
  return out;
}
