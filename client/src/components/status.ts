import type { CoverageStatus, ElementState } from '../api/types.ts';
import { ELEMENT_CELL_WORDS } from '../../../server/compare/element-words.ts';
import { STATUS_WORDS } from '../../../server/matrix/status-words.ts';

/** The statuses' symbols, words and explanations: one list with the reports (server/matrix/status-words.ts). */
export const STATUS_INFO: Record<CoverageStatus, { symbol: string; label: string; explain: string }> = STATUS_WORDS;

/** Element states in the words and symbols of the element-by-state table (one list: server/compare/element-words.ts). */
export const ELEMENT_INFO = Object.fromEntries(
  (['present', 'absent', 'narrowed', 'optional-absent'] as const).map((state) => {
    const { symbol, word, explain } = ELEMENT_CELL_WORDS[state];
    return [state, { symbol, label: word, explain }];
  }),
) as Record<ElementState, { symbol: string; label: string; explain: string }>;

