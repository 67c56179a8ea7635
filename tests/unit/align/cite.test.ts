import { describe, expect, it } from 'vitest';
import { citeMany, citeOne } from '../../../server/align/cite.ts';

describe('citations', () => {
  it('cites sections as a lawyer writes them', () => {
    expect(citeOne('4(1)(a)', 'sections')).toBe('s. 4(1)(a)');
    expect(citeMany(['14', '15'], 'sections')).toBe('ss. 14 and 15');
    expect(citeMany(['14', '15', '46A'], 'sections')).toBe('ss. 14, 15 and 46A');
  });

  it('cites a Bill\'s clauses as clauses', () => {
    expect(citeOne('8(2)', 'clauses')).toBe('cl. 8(2)');
    expect(citeMany(['8', '9'], 'clauses')).toBe('cls. 8 and 9');
  });

  it('cites a US Code subsection by its letters alone', () => {
    expect(citeOne('(a)(2)', 'subsections')).toBe('(a)(2)');
    expect(citeMany(['(a)(2)', '(a)(5)(A)'], 'subsections')).toBe('(a)(2) and (a)(5)(A)');
  });

  it('leaves schedules as printed', () => {
    expect(citeOne('Schedule 1', 'sections')).toBe('Schedule 1');
  });
});
