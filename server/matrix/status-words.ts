import type { CoverageStatus } from '../align/types.ts';

/**
 * The coverage statuses in one list for the matrix, the reports and the browser: each has a shape as well as a
 * colour, so that nobody has to tell blue from orange; `word` is how a report says it, `label` how a matrix cell does.
 */
export const STATUS_WORDS: Record<CoverageStatus, { symbol: string; word: string; label: string; explain: string }> = {
  covered: {
    symbol: '✓',
    word: 'Covered',
    label: 'covered',
    explain: 'The statute has provisions carrying every required element of the article.',
  },
  partial: {
    symbol: '◐',
    word: 'Partly implemented',
    label: 'partial',
    explain: 'Provisions exist but one or more required elements are absent or narrowed.',
  },
  missing: {
    symbol: '✕',
    word: 'Missing',
    label: 'missing',
    explain: 'No provision of the statute implements the article.',
  },
};

/** ✓ ◐ ✕, in the order the matrix and the reports count them. */
export const STATUS_SYMBOLS = Object.values(STATUS_WORDS).map((s) => s.symbol);

/** "✓ covered · ◐ partly implemented · ✕ missing": the key under a table of symbols. */
export const STATUS_KEY = Object.values(STATUS_WORDS).map((s) => `${s.symbol} ${s.word.toLowerCase()}`).join(' · ');
