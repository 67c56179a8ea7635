import { loadThesaurus, type LegalThesaurus } from '../thesaurus/index.ts';
import { structuredWordDiff, type StructuredDiff } from './structured-diff.ts';
import { substantiveDiff } from './substantive-diff.ts';
import type { TextBlock } from './text-blocks.ts';

type DiffMode = 'words' | 'substantive';

let thesaurus: LegalThesaurus | undefined;

/** The project's legal thesaurus, read once (the edge: a file read); the substantive diff reads synonyms from it. */
function diffThesaurus(): LegalThesaurus {
  thesaurus ??= loadThesaurus();
  return thesaurus;
}

/** The diff a reader asked for: every differing word, or only substantive differences clause by clause. */
export function diffBlocks(left: TextBlock[], right: TextBlock[], mode: DiffMode): StructuredDiff {
  return mode === 'substantive' ? substantiveDiff(left, right, diffThesaurus()) : structuredWordDiff(left, right);
}
