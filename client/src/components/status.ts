import type { CoverageStatus, ElementState } from '../api/types.ts';
import { ELEMENT_CELL_WORDS } from '../../../server/compare/element-words.ts';

/**
 * Each status has a shape as well as a colour (Okabe-Ito derived palette in app.css), so that nobody has to tell
 * blue from orange to read the matrix.
 */
export const STATUS_INFO: Record<CoverageStatus, { symbol: string; label: string; explain: string }> = {
  covered: {
    symbol: '✓',
    label: 'covered',
    explain: 'The statute has provisions carrying every required element of the article.',
  },
  partial: {
    symbol: '◐',
    label: 'partial',
    explain: 'Provisions exist but one or more required elements are absent or narrowed.',
  },
  missing: {
    symbol: '✕',
    label: 'missing',
    explain: 'No provision of the statute implements the article.',
  },
};

/** Element states in the words and symbols of the element-by-state table (one list: server/compare/element-words.ts). */
export const ELEMENT_INFO = Object.fromEntries(
  (['present', 'absent', 'narrowed', 'optional-absent'] as const).map((state) => {
    const { symbol, word, explain } = ELEMENT_CELL_WORDS[state];
    return [state, { symbol, label: word, explain }];
  }),
) as Record<ElementState, { symbol: string; label: string; explain: string }>;

