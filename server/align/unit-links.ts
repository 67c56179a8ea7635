import type { Provision } from '../ingest/types.ts';
import type { UnitView } from './unit-view.ts';

/** "section 14", "s. 14", "sec. 8B": a reference to another top-level unit of the same statute, by its number. */
const SECTION_REF = /^(?:sections?|secs?\.?|ss?\.)\s*(\d+[A-Z]{0,2})\b/i;

/**
 * The other units a unit names by number in its own provisions (its cross-references, resolved or as printed).
 * References to subsections or paragraphs of itself ("subsection (2)") are not links to other units.
 */
export function referencedUnits(view: UnitView, unitOfEId: Map<string, string>): Set<string> {
  const out = new Set<string>();
  for (const p of view.provisions) {
    for (const ref of p.refs ?? []) {
      // Only a reference to a whole section counts: in a code whose units are subsections (18 U.S.C. 1030),
      // "an offense under subsection (a)" is a penalty or attempt clause, not an aggravated form of one offence.
      const printed = ref.external ? undefined : SECTION_REF.exec(ref.text)?.[1];
      if (!printed) continue;
      const unit = (ref.target ? unitOfEId.get(ref.target) : undefined) ?? printed;
      if (unit && unit !== view.unit) out.add(unit);
    }
  }
  return out;
}

/**
 * A unit that creates an offence by building on one other section ("A person who commits an offence under
 * section 14 with intent to commit a further offence ...") is an aggravated or qualified form of that offence, so it
 * implements the same article. A unit naming many sections is a general clause (an enhanced penalty, jurisdiction,
 * composition of offences) and builds on none of them in particular.
 */
const MAX_LINKED_UNITS = 2;

export function buildsOn(view: UnitView, refs: Set<string>, target: string): boolean {
  if (!view.kinds.has('offence') || refs.size > MAX_LINKED_UNITS) return false;
  return refs.has(target);
}

/** eId -> top-level unit, for resolving references. */
export function unitIndex(provisions: Provision[]): Map<string, string> {
  return new Map(provisions.map((p) => [p.eId, p.unit]));
}
