import { diffWordsWithSpace } from 'diff';
import type { DiffSegment, WordDiff } from '../diff/word-diff.ts';
import { normaliseQuotes, normaliseWhitespace } from '../diff/normalise.ts';

const countWords = (text: string): number => (text.match(/\S+/g) ?? []).length;

/**
 * Word differences between two texts of the same provision. Unlike the diff of a statute against a model law
 * (server/diff/word-diff.ts), numbers in brackets are kept: between two versions of one law "subsection (1) or (2)"
 * and "(3A)" are the law's own words and numbering, and a change to them is a change a drafter must see. Quote
 * styles and spacing are still not differences.
 */
export function versionWordDiff(before: string, after: string): WordDiff {
  const norm = (t: string) => normaliseWhitespace(normaliseQuotes(t));
  const segments: DiffSegment[] = [];
  let same = 0;
  let total = 0;
  for (const change of diffWordsWithSpace(norm(before), norm(after))) {
    const op = change.added ? 'insert' : change.removed ? 'delete' : 'equal';
    const words = countWords(change.value);
    total += op === 'equal' ? 2 * words : words;
    if (op === 'equal') same += 2 * words;
    const last = segments[segments.length - 1];
    if (last && last.op === op) last.text += change.value;
    else segments.push({ text: change.value, op });
  }
  return { segments, similarity: total ? Math.round((same / total) * 1000) / 1000 : 1 };
}
