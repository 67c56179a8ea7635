import type { LegalThesaurus } from '../thesaurus/index.ts';
import { analyse, groupSpans } from './tokenize.ts';

/**
 * A word as a unit of meaning: its stem plus every thesaurus group it is part of (`@without_right`), so that
 * "unauthorised" and "without authority" meet on their shared group.
 */
export interface Concept {
  keys: string[];
  weight: number;
}

/**
 * Words every cybercrime provision uses. They still count, but at reduced weight, so that a heading matches an
 * article on what sets it apart ("interception", "preservation") rather than on "computer".
 */
const GENERIC = new Set([
  'comput', 'data', 'system', 'electron', 'cyber', 'inform', 'offens', 'program', 'devic', 'network', 'person',
  'act', 'provis', 'gener', 'relat', 'certain', 'us', 'use', 'law', 'commit', 'offenc',
]);

const GENERIC_WEIGHT = 0.4;

/** Concepts of a short text (a heading or a cue): content words with the thesaurus groups covering them. */
export function conceptsOf(text: string, thesaurus: LegalThesaurus | null): Concept[] {
  const a = analyse(text);
  const groups = groupSpans(a, thesaurus);
  return a.tokens
    .filter((t) => !t.stop)
    .map((t) => {
      const keys = [t.stem];
      for (const g of groups) if (g.start <= t.start && t.end <= g.end) keys.push(`@${g.group}`);
      return { keys, weight: GENERIC.has(t.stem) ? GENERIC_WEIGHT : 1 };
    });
}

// Headings and cues are compared with each other many times (every article against every unit): one set each.
const keySets = new WeakMap<Concept[], Set<string>>();

/** Keys of a concept list as a set, for overlap tests. */
function keySet(concepts: Concept[]): Set<string> {
  let s = keySets.get(concepts);
  if (!s) {
    s = new Set<string>();
    for (const c of concepts) for (const k of c.keys) s.add(k);
    keySets.set(concepts, s);
  }
  return s;
}

/**
 * How well a heading matches a cue phrase: the weighted share of the cue's concepts found in the heading,
 * tempered by the share of the heading the cue explains (a long heading that merely mentions one cue word is
 * weaker evidence). 1 for an exact match.
 */
export function phraseSimilarity(cue: Concept[], heading: Concept[]): number {
  if (cue.length === 0 || heading.length === 0) return 0;
  const hs = keySet(heading);
  const cs = keySet(cue);
  let got = 0;
  let total = 0;
  for (const c of cue) {
    total += c.weight;
    if (c.keys.some((k) => hs.has(k))) got += c.weight;
  }
  if (got === 0) return 0;
  let hGot = 0;
  let hTotal = 0;
  for (const c of heading) {
    hTotal += c.weight;
    if (c.keys.some((k) => cs.has(k))) hGot += c.weight;
  }
  return (got / total) * Math.sqrt(hGot / hTotal) * (0.6 + 0.4 * adjacency(cue, heading));
}

/**
 * Share of the cue's adjacent word pairs that stand next to each other in the heading too: "Unauthorised access"
 * matches "Unauthorised access to computer material" better than "Unauthorised disclosure of access code".
 */
function adjacency(cue: Concept[], heading: Concept[]): number {
  if (cue.length < 2) return 1;
  let pairs = 0;
  for (let i = 0; i + 1 < cue.length; i++) {
    const found = heading.some(
      (h, j) => j + 1 < heading.length && cue[i].keys.some((k) => h.keys.includes(k)) && cue[i + 1].keys.some((k) => heading[j + 1].keys.includes(k)),
    );
    if (found) pairs++;
  }
  return pairs / (cue.length - 1);
}
