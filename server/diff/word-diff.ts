import { diffWordsWithSpace } from 'diff';
import { normaliseForDiff, normaliseQuotes, normaliseWhitespace } from './normalise.ts';

export type DiffOp = 'equal' | 'insert' | 'delete';

export interface DiffSegment {
  text: string;
  op: DiffOp;
}

interface WordDiff {
  segments: DiffSegment[];
  /** Share of words the two texts have in common, 0..1: a quick sense of how closely one copies the other. */
  similarity: number;
}

const countWords = (text: string): number => (text.match(/\S+/g) ?? []).length;

/**
 * Word-level differences from `left` to `right` after normalising numbering, whitespace and quotes. Case is kept:
 * in a statute "Minister" and "minister" may differ in meaning. Adjacent segments of the same op are merged.
 * `keepNumbers` keeps numbers in brackets: between two versions of one law "subsection (1) or (2)" and "(3A)" are the
 * law's own words and numbering, and a change to them is a change a drafter must see (server/versions). Against a
 * model law they are only house style, and go.
 */
export function wordDiff(left: string, right: string, options: { keepNumbers?: boolean } = {}): WordDiff {
  const norm = options.keepNumbers ? (t: string) => normaliseWhitespace(normaliseQuotes(t)) : normaliseForDiff;
  const changes = diffWordsWithSpace(norm(left), norm(right));
  const segments: DiffSegment[] = [];
  let same = 0;
  let total = 0;
  for (const change of changes) {
    const op: DiffOp = change.added ? 'insert' : change.removed ? 'delete' : 'equal';
    const words = countWords(change.value);
    total += op === 'equal' ? 2 * words : words;
    if (op === 'equal') same += 2 * words;
    const last = segments[segments.length - 1];
    if (last && last.op === op) last.text += change.value;
    else segments.push({ text: change.value, op });
  }
  return { segments, similarity: total ? Math.round((same / total) * 1000) / 1000 : 1 };
}
