import type { Provision } from './types.ts';

/**
 * What an amending clause puts where, as a lawyer says it after the clause's own citation: "inserting s. 163(1)
 * into Cap. 9:23", "substituting s. 4 in Cap. 11:20". `target` names the amended law (its chapter, or its title).
 * Shared by the correlation table's pinpoints and the exports' citations.
 */
export function insertionWords(p: Pick<Provision, 'num'>, action: 'insert' | 'substitute', target: string): string {
  return action === 'substitute' ? `substituting s. ${p.num} in ${target}` : `inserting s. ${p.num} into ${target}`;
}
