/**
 * How one element of an article stands in one state's law, as a symbol and a word. Shared by the element-by-state
 * table (server), its CSV and DOCX exports and the browser (no imports, so the client bundles it as it is).
 */
export type ElementCellState = 'present' | 'absent' | 'narrowed' | 'wider' | 'optional-absent' | 'not-assessed' | 'no-provision';

export const ELEMENT_CELL_WORDS: Record<ElementCellState, { symbol: string; word: string; explain: string }> = {
  present: { symbol: '✓', word: 'present', explain: 'The element is in the national provision (the quoted words).' },
  absent: { symbol: '✗', word: 'absent', explain: 'A required element is not found in the implementing provisions.' },
  narrowed: { symbol: '◐', word: 'narrowed', explain: 'The element is there but narrower than the model (e.g. "dishonestly" for plain intent).' },
  wider: {
    symbol: '⊕',
    word: 'wider',
    explain: 'The model limits its offence with this element and the national rule does without it, or uses a wider standard: not a gap.',
  },
  'optional-absent': { symbol: '○', word: 'option not used', explain: 'An option the model leaves to each state; not using it is no gap.' },
  'not-assessed': { symbol: '–', word: 'not assessed', explain: 'The tool did not assess this element for this state.' },
  'no-provision': { symbol: '✗', word: 'no provision', explain: 'No provision of the statute implements the article, so no element is there.' },
};

/** "✓ present", the words a cell shows and a CSV or DOCX prints. */
export function cellWords(state: ElementCellState): string {
  const w = ELEMENT_CELL_WORDS[state];
  return `${w.symbol} ${w.word}`;
}
