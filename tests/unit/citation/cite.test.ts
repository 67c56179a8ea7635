import { describe, expect, it } from 'vitest';
import {
  articleLabel, citeProvision, citeUnit, citeUnits, inDocumentOrder, jurisdictionName, legalCitation, unitPrefix,
} from '../../../server/citation/cite.ts';

const act = { kind: 'act', units: 'sections' } as const;
const bill = { kind: 'bill', units: 'sections' } as const;
const regulations = { kind: 'regulation', units: 'sections' } as const;
const treaty = { kind: 'treaty', units: 'articles' } as const;
const code = { kind: 'revised', units: 'subsections', title: '18 U.S.C. § 1030: Fraud and related activity' } as const;

describe('citing one provision', () => {
  it('cites an Act by sections, a Bill by clauses, Regulations by regulations, a treaty by articles', () => {
    expect(unitPrefix(bill)).toBe('cl.');
    expect(unitPrefix(regulations)).toBe('reg.');
    expect(citeUnit(act, '4(1)(a)')).toBe('s. 4(1)(a)');
    expect(citeUnit(bill, '4(1)(a)')).toBe('cl. 4(1)(a)');
    expect(citeUnit(regulations, '7(2)')).toBe('reg. 7(2)');
    expect(citeUnit(treaty, '2')).toBe('Art. 2');
    expect(citeUnit({ kind: 'revised', units: 'sections' }, '46A')).toBe('s. 46A');
  });

  it('cites a code subsection under its section, or by its letters alone when the title names no section', () => {
    expect(citeUnit(code, '(a)(2)')).toBe('§ 1030(a)(2)');
    expect(citeUnit({ units: 'subsections', title: '18 U.S.C. 1030 - Fraud' }, '(a)(2)')).toBe('§ 1030(a)(2)');
    expect(citeUnit({ units: 'subsections', title: 'A code section' }, '(a)(2)')).toBe('(a)(2)');
    expect(citeUnit({ kind: 'other', units: 'subsections' }, '(a)(2)')).toBe('(a)(2)');
  });

  it('leaves a unit that names itself as printed, in a Bill as in an Act', () => {
    expect(citeUnit(bill, 'Schedule 1')).toBe('Schedule 1');
    expect(citeUnit(act, 'Schedule')).toBe('Schedule');
    expect(citeUnit(act, 'First Schedule')).toBe('First Schedule');
    expect(citeUnit(act, 'Part II')).toBe('Part II');
  });
});

describe('citing several provisions', () => {
  it('lists them after one plural prefix: commas in a table cell, "and" in a sentence', () => {
    expect(citeUnits(act, ['4', '5A'])).toBe('ss. 4, 5A');
    expect(citeUnits(bill, ['8', '9'])).toBe('cls. 8, 9');
    expect(citeUnits(regulations, ['3', '4'])).toBe('regs. 3, 4');
    expect(citeUnits(treaty, ['2', '3'])).toBe('Arts. 2, 3');
    expect(citeUnits(act, ['14', '15'], { prose: true })).toBe('ss. 14 and 15');
    expect(citeUnits(act, ['14', '15', '46A'], { prose: true })).toBe('ss. 14, 15 and 46A');
    expect(citeUnits(bill, ['8', '9'], { prose: true })).toBe('cls. 8 and 9');
    expect(citeUnits(act, [])).toBe('—');
  });

  it('cites code subsections under one section, and a list mixing Schedules with sections item by item', () => {
    expect(citeUnits(code, ['(a)', '(b)'])).toBe('§ 1030(a), (b)');
    expect(citeUnits({ units: 'subsections' }, ['(a)(2)', '(a)(5)(A)'], { prose: true })).toBe('(a)(2) and (a)(5)(A)');
    expect(citeUnits(act, ['4', 'Schedule 1'])).toBe('s. 4, Schedule 1');
  });
});

describe('citing a provision with its context', () => {
  const inserted = (action: 'insert' | 'substitute') => ({ num: '20A', inserted: { by: { num: '2' }, action, into: 'Cap. 140A' } });

  it('cites a provision an amending instrument inserts through the amending clause, "cl." in a Bill', () => {
    expect(citeProvision(bill, inserted('insert'))).toBe('cl. 2 (inserting s. 20A into Cap. 140A)');
    expect(citeProvision(act, inserted('substitute'))).toBe('s. 2 (substituting s. 20A in Cap. 140A)');
  });

  it('cites a paragraph of a Schedule within its Schedule, anything else by its pinpoint', () => {
    expect(citeProvision(act, { num: '2', unit: 'Schedule 1' })).toBe('Schedule 1, para. 2');
    expect(citeProvision(act, { num: 'Schedule 1', unit: 'Schedule 1' })).toBe('Schedule 1');
    expect(citeProvision(bill, { num: '4(1)', unit: '4' })).toBe('cl. 4(1)');
  });
});

describe('the full legal form', () => {
  it('gives the title, the jurisdiction in brackets and the pinpoints', () => {
    expect(legalCitation({ title: 'Cybercrime Bill, 2024', jurisdiction: 'BB', ...bill }, ['4(1)(a)'])).toBe('Cybercrime Bill, 2024 (Barbados), cl. 4(1)(a)');
    expect(legalCitation({ title: 'Computer Misuse Act 1993', jurisdiction: 'SG', kind: 'revised', units: 'sections' }, ['3(1)'])).toBe(
      'Computer Misuse Act 1993 (Singapore), s. 3(1)',
    );
    expect(legalCitation({ title: 'Kenya Information Act', jurisdiction: 'KE', ...act }, ['2'])).toBe('Kenya Information Act, s. 2');
    expect(legalCitation({ title: 'Convention on Cybercrime (ETS No. 185)', jurisdiction: 'INT', ...treaty }, ['2'])).toBe('Convention on Cybercrime (ETS No. 185), Art. 2');
    expect(legalCitation({ jurisdiction: 'US', ...code }, ['(a)(2)'])).toBe('18 U.S.C. § 1030(a)(2)');
    expect(legalCitation({ title: 'Cybercrime Bill, 2024', jurisdiction: 'BB', ...bill })).toBe('Cybercrime Bill, 2024 (Barbados)');
  });

  it('names jurisdictions in words, and keeps private-use codes as they are', () => {
    expect(jurisdictionName('KE')).toBe('Kenya');
    expect(jurisdictionName('XA')).toBe('XA');
    expect(jurisdictionName('INT')).toBe('International');
    expect(jurisdictionName('XX')).toBe('Unknown jurisdiction');
    expect(articleLabel('2', 'Illegal access')).toBe('Art. 2 Illegal access');
    expect(articleLabel('2')).toBe('Art. 2');
  });

  it('puts pinpoints in the order the instrument prints them, not as found', () => {
    const instrument = { report: { units: [{ unit: '2' }, { unit: '10' }, { unit: '10A' }, { unit: '11' }] } };
    expect(inDocumentOrder(instrument, ['11', '10(2)', '2(1)(b)', '10A', '10(10)', '10(2)', '2(1)(a)'])).toEqual([
      '2(1)(a)', '2(1)(b)', '10(2)', '10(10)', '10A', '11',
    ]);
  });
});
