import type { IngestWarning } from '../types.ts';
import { dehyphenate } from '../normalise/dehyphenate.ts';
import { fixOcrNumbering } from '../normalise/ocr-numbering.ts';
import { removePageFurniture } from '../normalise/page-furniture.ts';
import { dropRepeats, repeatsThroughout } from '../normalise/repeated-text.ts';
import type { SourceLine } from '../source-line.ts';

/** The normalisation stage over lines, whatever adapter produced them. */
export function normaliseLines(input: SourceLine[], warnings: IngestWarning[]): SourceLine[] {
  const fixed = fixOcrNumbering(input.map((l) => l.text), warnings);
  // Copy only the lines that change: a long bill has hundreds of thousands of lines and few fixes.
  let lines = input.map((l, i) => (fixed[i] === l.text ? l : { ...l, text: fixed[i] }));
  lines = removePageFurniture(lines, warnings);
  const { lines: joined, joined: count } = dehyphenate(lines);
  if (count) warnings.push({ code: 'LEXALIGN_INFO_DEHYPHENATED', message: `${count} word(s) broken at a line end were joined.` });
  lines = joined;
  const throughout = repeatsThroughout(lines.map((l) => l.text));
  let removed = 0;
  lines = lines.map((l) => {
    const r = dropRepeats(l.text, throughout);
    removed += r.removed;
    return r.removed ? { ...l, text: r.text } : l;
  });
  if (removed) warnings.push({ code: 'LEXALIGN_WARN_REPEATED_TEXT', message: `${removed} passage(s) printed twice in a row were dropped (the source repeats itself${throughout ? ' throughout' : ''}).` });
  return lines;
}
