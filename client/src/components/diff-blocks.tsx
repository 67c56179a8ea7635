import type { DiffBlock } from '../api/types.ts';
import './diff-blocks.css';

/**
 * One side of a structured diff, printed as the statute prints it: each subsection and paragraph on its own line with
 * its number ("(1)", "(a)") and indentation. Words are React text nodes (statute text is never parsed as HTML); the
 * words only this side has are tinted, because next to another text they are absent there, not "deleted".
 * `left` shows `delete` segments, `right` shows `insert` segments.
 */
export function DiffBlocks({ blocks, side, otherName }: { blocks: DiffBlock[]; side: 'left' | 'right'; otherName: string }) {
  const own = side === 'left' ? 'delete' : 'insert';
  return (
    <div className="diff-blocks diff-text">
      {blocks.map((block, i) => (
        <p key={i} className={`diff-block indent-${Math.min(4, block.level)}`}>
          {block.label ? <span className="prov-num">{block.label} </span> : null}
          {block.segments.map((segment, j) =>
            segment.op === 'equal' ? (
              <span key={j}>{segment.text}</span>
            ) : segment.op === own ? (
              <span key={j} className="only-here" title={`Not in ${otherName}`}>
                {segment.text}
              </span>
            ) : null,
          )}
        </p>
      ))}
    </div>
  );
}

/** Plain blocks (no diff): a template article laid out by paragraph, as printed. */
export function PlainBlocks({ blocks }: { blocks: Array<{ label: string; level: number; text: string }> }) {
  return (
    <div className="diff-blocks diff-text">
      {blocks.map((block, i) => (
        <p key={i} className={`diff-block indent-${Math.min(4, block.level)}`}>
          {block.label ? <span className="prov-num">{block.label} </span> : null}
          {block.text}
        </p>
      ))}
    </div>
  );
}
