import type { DiffSegment } from '../api/types.ts';

/**
 * A word-level diff rendered as text nodes inside <ins>/<del>: statute text is never parsed as HTML.
 * Segments follow the usual convention of a diff from `left` to `right`: `delete` = words only in the left text,
 * `insert` = words only in the right text. `show` keeps one side's words (plus the shared ones) or both.
 */
export function DiffText({ segments, show = 'both', leftName, rightName }: {
  segments: DiffSegment[];
  show?: 'both' | 'left' | 'right';
  leftName: string;
  rightName: string;
}) {
  if (show !== 'both') {
    // One text shown on its own: its own words are not "deleted" or "inserted", only absent from the other text,
    // so they are tinted rather than struck through.
    const own = show === 'left' ? 'delete' : 'insert';
    const other = show === 'left' ? rightName : leftName;
    return (
      <p className="diff-text">
        {segments.map((segment, index) =>
          segment.op === 'equal' ? (
            <span key={index}>{segment.text}</span>
          ) : segment.op === own ? (
            <span key={index} className="only-here" title={`Not in ${other}`}>
              {segment.text}
            </span>
          ) : null,
        )}
      </p>
    );
  }
  return (
    <p className="diff-text">
      {segments.map((segment, index) => {
        if (segment.op === 'equal') return <span key={index}>{segment.text}</span>;
        if (segment.op === 'delete') {
          return (
            <del key={index} className="only-left" title={`Only in ${leftName}`}>
              {segment.text}
            </del>
          );
        }
        return (
          <ins key={index} className="only-right" title={`Only in ${rightName}`}>
            {segment.text}
          </ins>
        );
      })}
    </p>
  );
}
