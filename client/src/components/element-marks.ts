export interface Span {
  start: number;
  end: number;
  element: string;
}

interface Piece {
  text: string;
  elements: string[];
}

/**
 * Cuts a text into pieces at every span boundary, so that overlapping evidence spans (one phrase meeting two
 * elements) each stay visible. Spans outside the text are dropped rather than trusted: offsets come from the server
 * and the text may have been re-ingested since.
 */
export function splitBySpans(text: string, spans: Span[]): Piece[] {
  const valid = spans.filter((s) => Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.end <= text.length && s.start < s.end);
  if (valid.length === 0) return text ? [{ text, elements: [] }] : [];
  const cuts = new Set<number>([0, text.length]);
  for (const s of valid) {
    cuts.add(s.start);
    cuts.add(s.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const pieces: Piece[] = [];
  for (let i = 0; i < points.length - 1; i += 1) {
    const from = points[i]!;
    const to = points[i + 1]!;
    const elements = [...new Set(valid.filter((s) => s.start <= from && s.end >= to).map((s) => s.element))];
    const last = pieces[pieces.length - 1];
    if (last && last.elements.join() === elements.join()) last.text += text.slice(from, to);
    else pieces.push({ text: text.slice(from, to), elements });
  }
  return pieces;
}
