import { describe, expect, it } from 'vitest';
import { citeUnit, citeUnits, legalCitation, unitPrefix } from '../../../server/exports/legal-citation.ts';
import { cite } from '../../../server/exports/citation.ts';

describe('legal citations', () => {
  it('cites a Bill by clauses, an Act by sections, a treaty by articles', () => {
    expect(unitPrefix('sections', 'bill')).toBe('cl.');
    expect(citeUnit('4(1)(a)', 'sections', 'bill')).toBe('cl. 4(1)(a)');
    expect(citeUnit('4(1)(a)', 'sections', 'act')).toBe('s. 4(1)(a)');
    expect(citeUnit('2', 'articles', 'treaty')).toBe('Art. 2');
    expect(citeUnits(['8', '9'], 'sections', 'bill')).toBe('cls. 8, 9');
    expect(citeUnits(['8', '9'], 'sections', 'revised')).toBe('ss. 8, 9');
    expect(citeUnit('Schedule 1', 'sections', 'bill')).toBe('Schedule 1');
    expect(cite('sections', '8(2)', 'bill')).toBe('cl. 8(2)');
    expect(cite('sections', '8(2)', 'act')).toBe('s. 8(2)');
  });

  it('gives the full legal form with the jurisdiction in brackets', () => {
    expect(legalCitation({ title: 'Cybercrime Bill, 2024', jurisdiction: 'BB', kind: 'bill', units: 'sections' }, ['4(1)(a)'])).toBe(
      'Cybercrime Bill, 2024 (Barbados), cl. 4(1)(a)',
    );
    expect(legalCitation({ title: 'Computer Misuse Act 1993', jurisdiction: 'SG', kind: 'revised', units: 'sections' }, ['3(1)'])).toBe(
      'Computer Misuse Act 1993 (Singapore), s. 3(1)',
    );
    expect(legalCitation({ title: 'Kenya Information Act', jurisdiction: 'KE', kind: 'act', units: 'sections' }, ['2'])).toBe('Kenya Information Act, s. 2');
    expect(legalCitation({ title: 'Convention on Cybercrime (ETS No. 185)', jurisdiction: 'INT', kind: 'treaty', units: 'articles' }, ['2'])).toBe(
      'Convention on Cybercrime (ETS No. 185), Art. 2',
    );
    expect(legalCitation({ title: '18 U.S.C. § 1030: Fraud and related activity', jurisdiction: 'US', kind: 'revised', units: 'subsections' }, ['(a)(2)'])).toBe(
      '18 U.S.C. § 1030(a)(2)',
    );
    expect(legalCitation({ title: 'Cybercrime Bill, 2024', jurisdiction: 'BB', kind: 'bill', units: 'sections' })).toBe('Cybercrime Bill, 2024 (Barbados)');
  });
});
