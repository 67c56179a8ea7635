import { docOfHit } from './search-hit.ts';
import type { FacetValue, SearchDoc, SearchHit, SearchResponse, SnippetSegment } from './types.ts';
import { FACET_NAMES } from './types.ts';

/** Characters a JSON string must escape, and any character outside ASCII (escaped so the answer is pure ASCII). */
const NEEDS_ESCAPE = /["\\\u0000-\u001f\u0080-\uffff]/;
const NON_ASCII = /[\u0080-\uffff]/g;

const unicodeEscape = (c: string): string => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;

/** A JSON string literal in ASCII only: `"s. 4 – Offences"` becomes `"s. 4 \u2013 Offences"` (the same string to any JSON reader). */
function str(s: string): string {
  if (!NEEDS_ESCAPE.test(s)) return `"${s}"`;
  return JSON.stringify(s).replace(NON_ASCII, unicodeEscape);
}

/** JSON literals of strings that recur between answers (titles, citations, facet labels), bounded. */
const known = new Map<string, string>();
const KNOWN_MAX = 20_000;

function knownStr(s: string): string {
  let out = known.get(s);
  if (out === undefined) {
    if (known.size >= KNOWN_MAX) known.clear();
    known.set(s, (out = str(s)));
  }
  return out;
}

function segments(list: SnippetSegment[]): string {
  let out = '[';
  for (let i = 0; i < list.length; i++) {
    const s = list[i];
    out += `${i === 0 ? '' : ','}{"text":${str(s.text)},"highlight":${s.highlight ? 'true' : 'false'}}`;
  }
  return `${out}]`;
}

/**
 * A hit's JSON around its snippets and score, which depends only on its provision: written once per provision
 * (kept while the index holds the provision) instead of once per answer. Keys in the order search-hit.ts gives them
 * (optional keys only when present, as JSON.stringify).
 */
interface HitJson {
  /** From `{"instrument":` to `"snippet":`. */
  head: string;
  /** Kind and heading, after the score. */
  mid: string;
  /** The Part, and the closing brace. */
  tail: string;
}

const hitJsonOf = new WeakMap<SearchDoc, HitJson>();

function writeHitJson(h: SearchHit): HitJson {
  return {
    head:
      `{"instrument":${knownStr(h.instrument)},"instrumentTitle":${knownStr(h.instrumentTitle)},"jurisdiction":${knownStr(h.jurisdiction)}` +
      `,"eId":${str(h.eId)},"num":${knownStr(h.num)},"unit":${knownStr(h.unit)},"citation":${knownStr(h.citation)},"snippet":`,
    mid: (h.kind === undefined ? '' : `,"kind":${knownStr(h.kind)}`) + (h.heading === undefined ? '' : `,"heading":${knownStr(h.heading)}`),
    tail: `${h.part === undefined ? '' : `,"part":${knownStr(h.part)}`}}`,
  };
}

function hit(h: SearchHit): string {
  const doc = docOfHit(h);
  let json = doc && hitJsonOf.get(doc);
  if (json === undefined) {
    json = writeHitJson(h);
    if (doc) hitJsonOf.set(doc, json);
  }
  let out = `${json.head}${segments(h.snippet)},"score":${JSON.stringify(h.score)}${json.mid}`;
  if (h.headingSnippet !== undefined) out += `,"headingSnippet":${segments(h.headingSnippet)}`;
  return out + json.tail;
}

/** `{"value":…,"label":…,"count":` of each facet value, by value (a few hundred recur in every answer). */
const facetHeads = new Map<string, { label: string; head: string }>();

function facetValues(list: FacetValue[]): string {
  let out = '[';
  for (let i = 0; i < list.length; i++) {
    const v = list[i];
    // Keyed by the value alone: a key made per value would be hashed anew each time, which costs more than writing.
    let known = facetHeads.get(v.value);
    if (known === undefined || known.label !== v.label) {
      if (facetHeads.size >= KNOWN_MAX) facetHeads.clear();
      facetHeads.set(v.value, (known = { label: v.label, head: `{"value":${str(v.value)},"label":${str(v.label)},"count":` }));
    }
    out += `${i === 0 ? '' : ','}${known.head}${v.count}}`;
  }
  return `${out}]`;
}

/**
 * The search answer as JSON bytes, pure ASCII (other characters as \u escapes). JSON.parse of it equals the
 * answer; it writes the schema's fields only (tests/api/search.test.ts checks the engine gives no other).
 *
 * Why not JSON.stringify: one dash or ellipsis in a statute makes its output a two-byte string, which the socket
 * re-encodes to UTF-8 on every write (about 20 µs for a page of 10 hits); its Buffer.from costs as much. Written
 * here in ASCII with the shape known, the answer costs about what JSON.stringify alone does (measured over 25
 * varied queries: 55-65 µs against 50-55 µs, and 70-80 µs with Buffer.from), and Fastify gets a Buffer to send as
 * is. Strings that recur between answers (titles, citations, labels) are escaped once (at most KNOWN_MAX).
 */
export function searchResponseJson(res: SearchResponse): Buffer {
  let out = `{"total":${res.total},"page":${res.page},"size":${res.size},"hits":[`;
  for (let i = 0; i < res.hits.length; i++) out += (i === 0 ? '' : ',') + hit(res.hits[i]);
  out += '],"facets":{';
  for (let f = 0; f < FACET_NAMES.length; f++) out += `${f === 0 ? '' : ','}"${FACET_NAMES[f]}":${facetValues(res.facets[FACET_NAMES[f]])}`;
  out += '}';
  if (res.notes !== undefined) {
    out += ',"notes":[';
    for (let i = 0; i < res.notes.length; i++) out += (i === 0 ? '' : ',') + str(res.notes[i]);
    out += ']';
  }
  // Every character is ASCII, so latin1 is a byte-for-byte copy (whatever V8's representation of the string).
  return Buffer.from(`${out}}`, 'latin1');
}
