import type { Shard } from './shard.ts';
import { highlightAll, snippetFor } from './snippets.ts';
import { FIELD_NAMES, type SearchDoc, type SearchHit } from './types.ts';

type Span = [number, number];

/** One provision of the requested page: its document, score and place in its shard. */
interface PageItem {
  doc: SearchDoc;
  score: number;
  shard: Shard;
  local: number;
}

const TEXT = FIELD_NAMES.indexOf('text');
const HEADING = FIELD_NAMES.indexOf('heading');

/**
 * Recorded positions of the matched index terms (ids in the shard) in field `f` of several provisions of one shard
 * (`order`: indices into `items`, by ascending local id), into spans[index]. Term by term, each posting list is
 * searched once for all the page's provisions, each search starting where the previous one ended: looking each
 * provision up in each list on its own cost a cache miss per step of every binary search. For one provision the
 * spans come in the same order either way (terms in set order, occurrences ascending).
 */
function collectSpans(shard: Shard, terms: Set<number>, f: number, items: readonly PageItem[], order: readonly number[], spans: Span[][]): void {
  const { termStart, locals, occStart, starts, lens } = shard.segment.fields[f];
  for (const t of terms) {
    let lo = termStart[t];
    const end = termStart[t + 1];
    for (let k = 0; k < order.length && lo < end; k++) {
      const local = items[order[k]].local;
      let hi = end;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (locals[mid] < local) lo = mid + 1;
        else hi = mid;
      }
      if (lo < end && locals[lo] === local) {
        const into = spans[order[k]];
        for (let o = occStart[lo], stop = occStart[lo + 1]; o < stop; o++) into.push([starts[o], lens[o]]);
        lo++;
      }
    }
  }
}

/**
 * The provision each hit of a page was made from, for the answer's writer (response-json.ts), which keeps the JSON
 * of a provision's fixed fields (title, citation, heading, ...) once written.
 */
const docOfHits = new WeakMap<SearchHit, SearchDoc>();

export function docOfHit(hit: SearchHit): SearchDoc | undefined {
  return docOfHits.get(hit);
}

/** One result as the API returns it: citation, plain-text snippet segments with highlights, rounded score. */
function buildHit(item: PageItem, textSpans: Span[], headingSpans: Span[]): SearchHit {
  const { doc } = item;
  const hit: SearchHit = {
    instrument: doc.instrument,
    instrumentTitle: doc.instrumentTitle,
    jurisdiction: doc.jurisdiction,
    eId: doc.eId,
    num: doc.num,
    unit: doc.unit,
    citation: doc.citation ?? `s. ${doc.num || doc.unit}`,
    snippet: snippetFor(doc.text, textSpans),
    score: Math.round(item.score * 1000) / 1000,
    kind: doc.kind,
  };
  if (doc.heading) {
    hit.heading = doc.heading;
    hit.headingSnippet = highlightAll(doc.heading, headingSpans);
  }
  if (doc.part) hit.part = doc.part;
  docOfHits.set(hit, doc);
  return hit;
}

/** The page's hits, in the given order, with the matched terms (per shard, `terms`) highlighted. */
export function buildHits(items: readonly PageItem[], terms: ReadonlyMap<Shard, Set<number>>): SearchHit[] {
  const textSpans: Span[][] = items.map(() => []);
  const headingSpans: Span[][] = items.map(() => []);
  const byShard = new Map<Shard, number[]>();
  for (let i = 0; i < items.length; i++) {
    const list = byShard.get(items[i].shard);
    if (list) list.push(i);
    else byShard.set(items[i].shard, [i]);
  }
  for (const [shard, order] of byShard) {
    const matched = terms.get(shard);
    if (!matched) continue;
    order.sort((a, b) => items[a].local - items[b].local);
    collectSpans(shard, matched, TEXT, items, order, textSpans);
    collectSpans(shard, matched, HEADING, items, order, headingSpans);
  }
  return items.map((item, i) => buildHit(item, textSpans[i], headingSpans[i]));
}
