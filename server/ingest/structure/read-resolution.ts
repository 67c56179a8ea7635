import type { IngestWarning } from '../types.ts';
import type { UnitDraft } from './types.ts';
import type { SourceLine } from '../source-line.ts';

/**
 * A parliamentary resolution ("WHEREAS … ; BE IT RESOLVED that …") has no numbered sections: its operative text is one
 * unnumbered provision. Read it as a single unit `Resolution`, from its first recital or resolving words, so that the
 * document is kept and searchable; a text with neither is not a resolution and gets no unit.
 */
const OPENING = /^\s*(?:WHEREAS|Whereas|(?:BE IT |AND )?(?:RESOLVED|Resolved)\b)/;

export function readResolution(lines: SourceLine[], warnings: IngestWarning[]): UnitDraft | null {
  const start = lines.findIndex((l) => OPENING.test(l.text));
  if (start < 0) return null;
  warnings.push({
    code: 'LEXALIGN_WARN_UNNUMBERED_RESOLUTION',
    message: 'No numbered sections: the text is read as a resolution, one unnumbered provision from its first recital.',
    where: `line ${start + 1}`,
  });
  return { type: 'resolution', num: 'Resolution', lead: '', body: lines.slice(start), groups: [], line: start };
}
