import { splitBySpans, type Span } from './element-marks.ts';

/** Evidence the aligner gives as `text`: words copied from the article, not an element of it. */
const SAME_WORDING = 'text';

/**
 * Text with element evidence marked. Each mark carries the element's number (the same as in the element list beside
 * it, which is the legend) so the link between words and elements does not depend on colour. Wording the same as the
 * article's is underlined and said in words, never given a number the list does not have.
 */
export function MarkedText({ text, spans, elementIndex, labels }: {
  text: string;
  spans: Span[];
  elementIndex: Map<string, number>;
  labels: Map<string, string>;
}) {
  const pieces = splitBySpans(text, spans);
  return (
    <>
      {pieces.map((piece, i) => {
        const elements = piece.elements.filter((e) => e !== SAME_WORDING);
        if (elements.length === 0) {
          if (piece.elements.length === 0) return <span key={i}>{piece.text}</span>;
          return (
            <span key={i} className="same-wording" title="Same wording as the article">
              {piece.text}
            </span>
          );
        }
        const first = elements[0]!;
        const n = elementIndex.get(first) ?? 0;
        const names = elements.map((e) => labels.get(e) ?? e.replace(/_/g, ' ')).join(', ');
        // A number from the element list, or the element's name where the list has no number for it.
        const refs = elements.map((e) => elementIndex.get(e) ?? labels.get(e) ?? e.replace(/_/g, ' ')).join(', ');
        return (
          <mark key={i} className={`el-mark el-${n % 8}`} title={names}>
            {piece.text}
            <sup className="el-ref" aria-label={`element: ${names}`}>
              {refs}
            </sup>
          </mark>
        );
      })}
    </>
  );
}
