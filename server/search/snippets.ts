import type { SnippetSegment } from './types.ts';

type Span = [number, number];

/** Characters of context shown around the best cluster of matches. */
const SNIPPET_CHARS = 220;

/** Span a comes before span b: earlier start, then the longer first. */
const before = (a: Span, b: Span): boolean => a[0] < b[0] || (a[0] === b[0] && a[1] > b[1]);

function mergeSpans(spans: Span[]): Span[] {
  // A provision usually has a handful of matches: an insertion sort of a copy, without a comparator call per
  // comparison; a long one with many, the library sort.
  const sorted = spans.slice();
  if (sorted.length > 32) sorted.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  else for (let i = 1; i < sorted.length; i++) {
    const v = sorted[i];
    let j = i - 1;
    while (j >= 0 && before(v, sorted[j])) {
      sorted[j + 1] = sorted[j];
      j--;
    }
    sorted[j + 1] = v;
  }
  const out: Span[] = [];
  for (const [s, len] of sorted) {
    const last = out[out.length - 1];
    if (last && s <= last[0] + last[1]) last[1] = Math.max(last[1], s + len - last[0]);
    else out.push([s, len]);
  }
  return out;
}

/** Segments for the whole of a short text (a heading), matched words highlighted. */
export function highlightAll(text: string, spans: Span[]): SnippetSegment[] {
  return segmentsOf(text, 0, text.length, mergeSpans(spans));
}

function segmentsOf(text: string, from: number, to: number, spans: Span[]): SnippetSegment[] {
  const out: SnippetSegment[] = [];
  let at = from;
  for (const [s, len] of spans) {
    const start = Math.max(s, from);
    const end = Math.min(s + len, to);
    if (end <= start) continue;
    if (start > at) out.push({ text: text.slice(at, start), highlight: false });
    out.push({ text: text.slice(start, end), highlight: true });
    at = end;
  }
  if (at < to) out.push({ text: text.slice(at, to), highlight: false });
  return out;
}

/**
 * Where the window with the most distinct matched words (then the most matches) starts: the first such, over
 * windows [match i, the matches ending within `width` of its start). One pass with a count per distinct word, in
 * place of a set of words per window (quadratic in the matches of a long provision).
 */
function densestStart(text: string, merged: Span[], width: number): number {
  const m = merged.length;
  const ids = new Int32Array(m);
  const idOf = new Map<string, number>();
  for (let k = 0; k < m; k++) {
    const word = text.slice(merged[k][0], merged[k][0] + merged[k][1]).toLowerCase();
    let id = idOf.get(word);
    if (id === undefined) idOf.set(word, (id = idOf.size));
    ids[k] = id;
  }
  const inWindow = new Int32Array(idOf.size);
  let distinct = 0;
  let best = -Infinity;
  let bestStart = 0;
  let j = 0;
  for (let i = 0; i < m; i++) {
    // Window [i, j): match i leaves it as i moves on (if it was in); matches join as j moves on (if not behind i).
    if (i > 0 && i - 1 < j && --inWindow[ids[i - 1]] === 0) distinct--;
    const end = merged[i][0] + width;
    while (j < m && merged[j][0] + merged[j][1] <= end) {
      if (j >= i && inWindow[ids[j]]++ === 0) distinct++;
      j++;
    }
    const value = distinct * 1000 + (j - i);
    if (value > best) {
      best = value;
      bestStart = merged[i][0];
    }
  }
  return bestStart;
}

/**
 * A window of the text around the densest cluster of match positions (most distinct matched words, then most
 * matches), cut at word boundaries, with "…" where text is left out. Plain segments, never HTML.
 */
export function snippetFor(text: string, spans: Span[], width = SNIPPET_CHARS): SnippetSegment[] {
  const merged = mergeSpans(spans);
  if (text.length <= width) return segmentsOf(text, 0, text.length, merged);
  let bestStart = 0;
  if (merged.length > 0) {
    bestStart = Math.max(0, densestStart(text, merged, width) - Math.floor(width / 5));
  }
  let from = bestStart;
  let to = Math.min(text.length, from + width);
  if (to === text.length) from = Math.max(0, to - width);
  if (from > 0) {
    const space = text.indexOf(' ', from);
    if (space >= 0 && space < from + 30) from = space + 1;
  }
  if (to < text.length) {
    const space = text.lastIndexOf(' ', to);
    if (space > to - 30 && space > from) to = space;
  }
  const segs = segmentsOf(text, from, to, merged);
  if (from > 0) segs.unshift({ text: '… ', highlight: false });
  if (to < text.length) segs.push({ text: ' …', highlight: false });
  return segs;
}
