import type { Provision } from '../ingest/types.ts';

/** A top-level unit with everything below it, as one text to compare, and its subdivisions by relative number. */
export interface UnitText {
  unit: string;
  eId: string;
  heading?: string;
  text: string;
  /** `(2)(a)` → its own text, for the subdivisions of a matched pair. */
  subdivisions: Map<string, string>;
  /** Lower-cased words, for matching units by their text. */
  words: Map<string, number>;
}

function wordBag(text: string): Map<string, number> {
  const bag = new Map<string, number>();
  for (const w of text.toLowerCase().match(/[a-z0-9]+/g) ?? []) bag.set(w, (bag.get(w) ?? 0) + 1);
  return bag;
}

/** Dice coefficient over two bags of words: 1 for the same words, 0 for none in common. */
export function bagSimilarity(a: Map<string, number>, b: Map<string, number>): number {
  let common = 0;
  let total = 0;
  for (const [w, n] of a) {
    total += n;
    common += Math.min(n, b.get(w) ?? 0);
  }
  for (const n of b.values()) total += n;
  return total ? (2 * common) / total : 1;
}

/**
 * The units of an instrument in order. Quoted provisions of an amending clause stay in their clause's unit, as
 * ingestion gives them; repealed placeholders are units with no text.
 */
export function unitTexts(provisions: Provision[]): UnitText[] {
  const units: UnitText[] = [];
  let current: UnitText | null = null;
  for (const p of provisions) {
    if (p.level === 0 || !current || p.unit !== current.unit) {
      current = { unit: p.unit, eId: p.eId, ...(p.heading ? { heading: p.heading } : {}), text: '', subdivisions: new Map(), words: new Map() };
      units.push(current);
    }
    const rel = p.num.startsWith(p.unit) ? p.num.slice(p.unit.length) : p.num;
    if (p.level > 0) current.subdivisions.set(rel, p.text);
    const label = p.level > 0 ? `${rel.match(/\([^()]*\)$/)?.[0] ?? ''} ` : '';
    if (p.text) current.text = `${current.text} ${label}${p.text}`.trim();
  }
  for (const u of units) u.words = wordBag(`${u.heading ?? ''} ${u.text}`);
  return units;
}
