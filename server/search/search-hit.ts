import type { Shard } from './shard.ts';
import { highlightAll, snippetFor } from './snippets.ts';
import { FIELD_NAMES, type SearchDoc, type SearchHit } from './types.ts';

type Span = [number, number];

/**
 * Recorded positions of the matched index terms (ids in the shard) in one field of one provision. Most matched
 * terms (a query's synonyms) are not in a given provision: a binary search each, and nothing allocated for them.
 */
function matchSpans(shard: Shard, local: number, terms: Set<number> | undefined, field: 'text' | 'heading'): Span[] {
  const spans: Span[] = [];
  if (!terms) return spans;
  const f = FIELD_NAMES.indexOf(field);
  const seg = shard.segment;
  const { occStart, starts, lens } = seg.fields[f];
  for (const id of terms) {
    const p = seg.postingOf(f, id, local);
    if (p < 0) continue;
    for (let o = occStart[p], end = occStart[p + 1]; o < end; o++) spans.push([starts[o], lens[o]]);
  }
  return spans;
}

/** One result as the API returns it: citation, plain-text snippet segments with highlights, rounded score. */
export function buildHit(doc: SearchDoc, score: number, shard: Shard, local: number, terms: Set<number> | undefined): SearchHit {
  const hit: SearchHit = {
    instrument: doc.instrument,
    instrumentTitle: doc.instrumentTitle,
    jurisdiction: doc.jurisdiction,
    eId: doc.eId,
    num: doc.num,
    unit: doc.unit,
    citation: doc.citation ?? `s. ${doc.num || doc.unit}`,
    snippet: snippetFor(doc.text, matchSpans(shard, local, terms, 'text')),
    score: Math.round(score * 1000) / 1000,
    kind: doc.kind,
  };
  if (doc.heading) {
    hit.heading = doc.heading;
    hit.headingSnippet = highlightAll(doc.heading, matchSpans(shard, local, terms, 'heading'));
  }
  if (doc.part) hit.part = doc.part;
  return hit;
}
