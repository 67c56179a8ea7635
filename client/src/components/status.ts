import type { CoverageStatus, ElementState } from '../api/types.ts';

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

export const ELEMENT_INFO: Record<ElementState, { symbol: string; label: string; explain: string }> = {
  present: { symbol: '✓', label: 'present', explain: 'The element is found in the national provision.' },
  absent: { symbol: '✕', label: 'absent', explain: 'A required element is not found.' },
  narrowed: {
    symbol: '◐',
    label: 'narrowed',
    explain: 'The element is there but narrower than the template (e.g. "dishonestly" for plain intent).',
  },
  'optional-absent': {
    symbol: '○',
    label: 'optional, not used',
    explain: 'An option the template leaves to each party; not using it is no gap.',
  },
};

