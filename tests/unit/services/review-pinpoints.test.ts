import { describe, expect, it } from 'vitest';
import { normalisePinpoint, resolvePinpoints } from '../../../server/services/review-pinpoints.ts';

// A made-up statute: s. 3 with subsections and paragraphs, s. 8 of a Bill, and a code section's subsection (a).
const provisions = [
  { num: '3', unit: '3' },
  { num: '3(1)', unit: '3' },
  { num: '3(1)(a)', unit: '3' },
  { num: '8', unit: '8' },
  { num: '8(2)', unit: '8' },
  { num: '15A', unit: '15A' },
  { num: '(a)(2)', unit: '(a)' },
];
const units = new Set(['3', '8', '15A', '(a)']);

describe('review pinpoints', () => {
  it('reads citations as a lawyer writes them', () => {
    expect(['s. 3(1)(a)', 'cl. 8(2)', 'section 15A', 'ss. 3', 'Art. 8', 's. 3 (1) (a)', '§ (a)(2)'].map(normalisePinpoint)).toEqual([
      '3(1)(a)', '8(2)', '15A', '3', '8', '3(1)(a)', '(a)(2)',
    ]);
  });

  it('resolves pinpoints to their units and keeps them as cited', () => {
    expect(resolvePinpoints(['s. 3(1)(a)', 'cl. 8(2)', '3'], provisions, units)).toEqual({ units: ['3', '8'], pinpoints: ['3(1)(a)', '8(2)', '3'], unknown: [] });
    expect(resolvePinpoints(['(a)(2)'], provisions, units)).toEqual({ units: ['(a)'], pinpoints: ['(a)(2)'], unknown: [] });
  });

  it('names what it cannot find, as typed', () => {
    expect(resolvePinpoints(['s. 42', 'cl. 3(9)', ''], provisions, units).unknown).toEqual(['s. 42', 'cl. 3(9)', '']);
  });
});
