import type { Provision } from '../ingest/types.ts';
import { normaliseQuotes, normaliseWhitespace } from '../diff/normalise.ts';
import { wordDiff } from '../diff/word-diff.ts';
import { bagSimilarity, unitTexts, type UnitText } from './unit-texts.ts';
import type { SubdivisionChange, UnitDiff, UnitStatus, VersionDiff } from './types.ts';

/** Units of the same number are the same unit when at least this much of their wording is shared. */
const SAME_NUMBER_MIN = 0.5;
/** Units of different numbers are one unit renumbered when this much of their wording is shared. */
const RENUMBERED_MIN = 0.6;
/** Past this many unmatched units on a side, renumbered units are looked for by heading only (n × m comparisons). */
const TEXT_MATCH_LIMIT = 400;

const side = (u: UnitText) => ({ unit: u.unit, eId: u.eId, ...(u.heading ? { heading: u.heading } : {}) });
const same = (a: string, b: string) => normaliseWhitespace(normaliseQuotes(a)) === normaliseWhitespace(normaliseQuotes(b));

function subdivisionChanges(a: UnitText, b: UnitText): SubdivisionChange[] {
  const out: SubdivisionChange[] = [];
  for (const [rel, text] of b.subdivisions) {
    const before = a.subdivisions.get(rel);
    if (before === undefined) out.push({ num: `${b.unit}${rel}`, status: 'added' });
    else if (!same(before, text)) out.push({ num: `${b.unit}${rel}`, status: 'changed' });
  }
  for (const rel of a.subdivisions.keys()) if (!b.subdivisions.has(rel)) out.push({ num: `${a.unit}${rel}`, status: 'removed' });
  return out;
}

function pairDiff(a: UnitText, b: UnitText): UnitDiff {
  const sameText = same(a.text, b.text);
  const sameHeading = same(a.heading ?? '', b.heading ?? '');
  const renumbered = a.unit.toUpperCase() !== b.unit.toUpperCase();
  const status: UnitStatus = renumbered ? 'renumbered' : sameText && sameHeading ? 'unchanged' : 'changed';
  const heading = sameHeading ? {} : { heading: { ...(a.heading ? { from: a.heading } : {}), ...(b.heading ? { to: b.heading } : {}) } };
  if (sameText) return { status, from: side(a), to: side(b), similarity: 1, ...heading };
  const d = wordDiff(a.text, b.text, { keepNumbers: true });
  const subdivisions = subdivisionChanges(a, b);
  return { status, from: side(a), to: side(b), similarity: d.similarity, segments: d.segments, ...heading, ...(subdivisions.length ? { subdivisions } : {}) };
}

/**
 * Two versions of one law compared unit by unit: units matched by number when their wording is close, then the
 * rest by wording (a revised edition that renumbers: s. 5 became s. 6), then what is left of the same number (a
 * section rewritten); what still has no partner was added or removed. Changed units carry the word diff and the
 * subdivisions added, removed or changed.
 */
export function diffVersions(
  from: { id: string; title: string; provisions: Provision[] },
  to: { id: string; title: string; provisions: Provision[] },
): VersionDiff {
  const a = unitTexts(from.provisions);
  const b = unitTexts(to.provisions);
  const partner = new Map<number, number>();
  const taken = new Set<number>();
  const byNum = new Map(b.map((u, j) => [u.unit.toUpperCase(), j]));
  const match = (i: number, j: number) => {
    partner.set(i, j);
    taken.add(j);
  };
  a.forEach((u, i) => {
    const j = byNum.get(u.unit.toUpperCase());
    if (j !== undefined && !taken.has(j) && bagSimilarity(u.words, b[j].words) >= SAME_NUMBER_MIN) match(i, j);
  });
  const loneA = a.map((_, i) => i).filter((i) => !partner.has(i));
  const loneB = () => b.map((_, j) => j).filter((j) => !taken.has(j));
  const byText = loneA.length <= TEXT_MATCH_LIMIT && loneB().length <= TEXT_MATCH_LIMIT;
  const candidates: Array<{ i: number; j: number; score: number }> = [];
  for (const i of loneA) {
    for (const j of loneB()) {
      const headingSame = !!a[i].heading && a[i].heading!.toLowerCase() === b[j].heading?.toLowerCase();
      const score = byText ? bagSimilarity(a[i].words, b[j].words) : headingSame ? 1 : 0;
      if (score >= RENUMBERED_MIN || (headingSame && score >= SAME_NUMBER_MIN / 2)) candidates.push({ i, j, score: score + (headingSame ? 0.1 : 0) });
    }
  }
  candidates.sort((x, y) => y.score - x.score);
  for (const c of candidates) if (!partner.has(c.i) && !taken.has(c.j)) match(c.i, c.j);
  a.forEach((u, i) => {
    const j = byNum.get(u.unit.toUpperCase());
    if (!partner.has(i) && j !== undefined && !taken.has(j)) match(i, j);
  });

  // In the later version's order; a removed unit comes after the unit that preceded it in the earlier version.
  const placed: Array<{ key: number; diff: UnitDiff }> = [];
  let lastKey = -1;
  a.forEach((u, i) => {
    const j = partner.get(i);
    if (j !== undefined) {
      lastKey = j;
      placed.push({ key: j, diff: pairDiff(u, b[j]) });
    } else {
      placed.push({ key: lastKey + 0.5, diff: { status: 'removed', from: side(u), similarity: 0 } });
    }
  });
  b.forEach((u, j) => {
    if (!taken.has(j)) placed.push({ key: j, diff: { status: 'added', to: side(u), similarity: 0 } });
  });
  placed.sort((x, y) => x.key - y.key);
  const units = placed.map((p) => p.diff);
  const summary: Record<UnitStatus, number> = { unchanged: 0, changed: 0, renumbered: 0, added: 0, removed: 0 };
  for (const u of units) summary[u.status]++;
  return { from: { id: from.id, title: from.title }, to: { id: to.id, title: to.title }, units, summary };
}

/** A pair counts as shared when at least this much of its wording is the same. */
const SHARED_MIN = 0.5;

/**
 * How far two texts are one law: the units they share (matched and at least half the same words) over the units
 * of the shorter. Two unrelated Acts share little beyond a short-title section.
 */
export function sharedUnits(diff: VersionDiff): { shared: number; of: number; share: number } {
  const shared = diff.units.filter((u) => u.from && u.to && u.similarity >= SHARED_MIN).length;
  const of = Math.max(1, Math.min(diff.units.filter((u) => u.from).length, diff.units.filter((u) => u.to).length));
  return { shared, of, share: shared / of };
}
