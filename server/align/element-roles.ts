import type { ElementState } from './types.ts';
import type { ElementProfile } from '../templates/types.ts';

/**
 * How an element counts for the status (docs/templates.md): `core` (the conduct or object: needed for a match and
 * for full coverage), `required` (needed for full coverage), `restricts` (a limit of the Convention's offence:
 * without it the national rule is wider), `general-law` (commonly supplied by the general law: only a narrowed form
 * is a gap), `reservable` (a paragraph a Party may reserve), `optional` (an option a Party may take).
 */
export type ElementRole = 'core' | 'required' | 'restricts' | 'general-law' | 'reservable' | 'optional';

export function elementRole(el: ElementProfile): ElementRole {
  if (el.status === 'optional') return 'optional';
  if (el.reservable) return 'reservable';
  if (el.restricts) return 'restricts';
  if (el.generalLaw) return 'general-law';
  return el.core ? 'core' : 'required';
}

/**
 * The elements that keep an article from being covered: a core, required or reservable element absent or narrowed
 * (unless an alternative element is present: Art. 22(3) is met by nationality jurisdiction), or a narrowed element
 * the general law would otherwise supply (a fine-only penalty). A restriction the national rule lacks makes it
 * wider, and an option may be left: neither is a gap. A reservable paragraph still counts: without the reservation
 * its absence is a gap (the harmonisation score leaves it out; the status does not). One rule for the aligner's
 * findings and for a stored table's element states (the matrix score, the gap report).
 */
export function shortfallsOf<T extends { id: string; role: ElementRole; state: ElementState; alternatives?: string[] }>(elements: T[]): T[] {
  const present = new Set(elements.filter((e) => e.state === 'present').map((e) => e.id));
  return elements.filter((e) => {
    if (e.state !== 'absent' && e.state !== 'narrowed') return false;
    if (e.alternatives?.some((alt) => present.has(alt))) return false;
    if (e.role === 'core' || e.role === 'required' || e.role === 'reservable') return true;
    return e.role === 'general-law' && e.state === 'narrowed';
  });
}
