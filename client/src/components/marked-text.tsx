import { splitBySpans, type Span } from './element-marks.ts';

/**
 * Text with element evidence marked. Each mark carries the element's number (same as in the checklist) so the
 * link between words and elements does not depend on colour.
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
        if (piece.elements.length === 0) return <span key={i}>{piece.text}</span>;
        const first = piece.elements[0]!;
        const n = elementIndex.get(first) ?? 0;
        const names = piece.elements.map((e) => labels.get(e) ?? e).join(', ');
        return (
          <mark key={i} className={`el-mark el-${n % 8}`} title={names}>
            {piece.text}
            <sup className="el-ref" aria-label={`element: ${names}`}>
              {piece.elements.map((e) => elementIndex.get(e) ?? '?').join(',')}
            </sup>
          </mark>
        );
      })}
    </>
  );
}
