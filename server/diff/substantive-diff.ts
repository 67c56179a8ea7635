import { analyse } from '../align/tokenize.ts';
import type { LegalThesaurus } from '../thesaurus/index.ts';
import { houseStyleRanges } from './house-style.ts';
import { normaliseQuotes, normaliseWhitespace } from './normalise.ts';
import type { DiffBlock, StructuredDiff } from './structured-diff.ts';
import type { TextBlock } from './text-blocks.ts';

/** A word that carries meaning: its key (a thesaurus group such as `@without_right`, else its stem) and offsets. */
interface Term {
  key: string;
  start: number;
  end: number;
}

/** A clause: the words of one block up to a semicolon, colon, dash or full stop. */
interface Clause {
  block: number;
  terms: Term[];
  keys: Set<string>;
}

const CLAUSE_END = /[;:.—–]\s|[;:]$/g;

function inRanges(ranges: Array<[number, number]>, start: number, end: number): boolean {
  return ranges.some(([s, e]) => start >= s && end <= e);
}

/**
 * The substantive words of a block: function words, house style and numbering left out; words of one thesaurus
 * group ("without authority", "without right", "without lawful excuse") share one key, so drafting synonyms agree.
 */
function terms(text: string, thesaurus: LegalThesaurus | null): Term[] {
  const neutral = houseStyleRanges(text);
  const groups = thesaurus?.termGroups(text) ?? [];
  const out: Term[] = [];
  for (const t of analyse(text).tokens) {
    if (t.stop || /^\d+$/.test(t.stem) || inRanges(neutral, t.start, t.end)) continue;
    const g = groups.find((h) => t.start >= h.start && t.end <= h.end);
    out.push({ key: g ? `@${g.group}` : t.stem, start: t.start, end: t.end });
  }
  return out;
}

function clauses(blocks: Array<{ text: string }>, thesaurus: LegalThesaurus | null): Clause[] {
  const out: Clause[] = [];
  blocks.forEach((b, block) => {
    const all = terms(b.text, thesaurus);
    const cuts = [...b.text.matchAll(CLAUSE_END)].map((m) => m.index + 1);
    let from = 0;
    for (const cut of [...cuts, Number.POSITIVE_INFINITY]) {
      const inside = all.filter((t) => t.start >= from && t.start < cut);
      if (inside.length) out.push({ block, terms: inside, keys: new Set(inside.map((t) => t.key)) });
      from = cut;
    }
  });
  return out;
}

function dice(a: Set<string>, b: Set<string>): number {
  let shared = 0;
  for (const k of a) if (b.has(k)) shared += 1;
  return a.size + b.size ? (2 * shared) / (a.size + b.size) : 0;
}

/** For each clause of `from`, the index of the most similar clause of `to` (-1 when none shares a word). */
function bestMatches(from: Clause[], to: Clause[]): number[] {
  return from.map((c) => {
    let best = -1;
    let score = 0;
    to.forEach((d, j) => {
      const s = dice(c.keys, d.keys);
      if (s > score) {
        score = s;
        best = j;
      }
    });
    return best;
  });
}

/** The words a clause is read against: its best match, and every clause of the other side whose best match it is. */
function counterpartKeys(i: number, best: number[], reverse: number[], other: Clause[]): Set<string> {
  const keys = new Set<string>();
  const add = (j: number) => other[j]?.keys.forEach((k) => keys.add(k));
  if (best[i]! >= 0) add(best[i]!);
  reverse.forEach((target, j) => {
    if (target === i) add(j);
  });
  return keys;
}

/** Tints the differing terms of each block; the gaps between two tinted words are tinted with them. */
function tint(blocks: TextBlock[], flagged: Array<Array<[number, number]>>, op: 'insert' | 'delete'): DiffBlock[] {
  return blocks.map((b, i) => {
    const ranges = flagged[i]!.sort((x, y) => x[0] - y[0]);
    const merged: Array<[number, number]> = [];
    for (const r of ranges) {
      const last = merged[merged.length - 1];
      if (last && /^[\s,]*$/.test(b.text.slice(last[1], r[0]))) last[1] = r[1];
      else merged.push([r[0], r[1]]);
    }
    const segments: DiffBlock['segments'] = [];
    let at = 0;
    for (const [s, e] of merged) {
      if (s > at) segments.push({ text: b.text.slice(at, s), op: 'equal' });
      segments.push({ text: b.text.slice(s, e), op });
      at = e;
    }
    if (at < b.text.length) segments.push({ text: b.text.slice(at), op: 'equal' });
    return { label: b.label, level: b.level, segments };
  });
}

const clean = (blocks: TextBlock[]): TextBlock[] => blocks.map((b) => ({ ...b, text: normaliseWhitespace(normaliseQuotes(b.text)) }));

/**
 * A drafting-insensitive comparison: both texts are cut into clauses, each clause is aligned with the clause of the
 * other text it shares most substantive words with, and only the substantive words a clause's counterpart lacks are
 * tinted. Numbering, function words, house style and thesaurus synonyms never are, so a treaty article and a
 * Commonwealth offence section that say the same thing show (almost) no tint.
 */
export function substantiveDiff(leftBlocks: TextBlock[], rightBlocks: TextBlock[], thesaurus: LegalThesaurus | null): StructuredDiff {
  const left = clean(leftBlocks);
  const right = clean(rightBlocks);
  const lc = clauses(left, thesaurus);
  const rc = clauses(right, thesaurus);
  const lBest = bestMatches(lc, rc);
  const rBest = bestMatches(rc, lc);
  const lFlag = left.map((): Array<[number, number]> => []);
  const rFlag = right.map((): Array<[number, number]> => []);
  let same = 0;
  let total = 0;
  const mark = (cs: Clause[], best: number[], reverse: number[], other: Clause[], flags: Array<Array<[number, number]>>) => {
    cs.forEach((c, i) => {
      const keys = counterpartKeys(i, best, reverse, other);
      for (const t of c.terms) {
        total += 1;
        if (keys.has(t.key)) same += 1;
        else flags[c.block]!.push([t.start, t.end]);
      }
    });
  };
  mark(lc, lBest, rBest, rc, lFlag);
  mark(rc, rBest, lBest, lc, rFlag);
  return {
    left: tint(left, lFlag, 'delete'),
    right: tint(right, rFlag, 'insert'),
    similarity: total ? Math.round((same / total) * 1000) / 1000 : 1,
  };
}
