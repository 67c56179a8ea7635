import { describe, expect, it } from 'vitest';
import type { ArticleAlignment } from '../../../server/align/types.ts';
import { buildElementTable, type ElementColumnInput } from '../../../server/compare/element-table.ts';
import type { ElementProfile } from '../../../server/templates/types.ts';

// A made-up interception article and three made-up statutes (Arcadia's Bill, two Bellmare Acts).
const elements: ElementProfile[] = [
  { id: 'interception', label: 'Interception', status: 'required', cues: [] },
  { id: 'non_public', label: 'Of non-public transmissions', status: 'required', cues: [], restricts: true },
  { id: 'penalty', label: 'Punishable', status: 'required', cues: [] },
  { id: 'dishonest', label: "Dishonest intent (party's option)", status: 'optional', cues: [] },
];
const article = { article: '3', title: 'Illegal interception', elements };

function column(id: string, jurisdiction: string, kind: 'bill' | 'act', year: number, title: string, alignment: ArticleAlignment | undefined): ElementColumnInput {
  return { instrument: { id, title, jurisdiction, kind, units: 'sections', year }, alignment, nums: new Map([['sec_8', '8'], ['sec_8__subsec_1', '8(1)']]) };
}

const bill = column('xa-bill', 'XA', 'bill', 2030, 'Cyber Offences Bill, 2030', {
  provisions: ['8'],
  pinpoints: ['8(1)'],
  status: 'covered',
  elements: { interception: 'present', non_public: 'present', penalty: 'present', dishonest: 'optional-absent' },
  evidence: [
    { element: 'non_public', unit: '8', eId: 'sec_8__subsec_1', start: 10, end: 20, quote: 'non-public' },
    { element: 'non_public', unit: '8', eId: 'sec_8__subsec_1', start: 10, end: 20, quote: 'non-public' },
    { element: 'interception', unit: '8', eId: 'sec_8', start: 0, end: 9, quote: 'intercepts' },
  ],
});
const wide = column('xb-act-2029', 'XB', 'act', 2029, 'Computer Misuse Act 2029', {
  provisions: ['8'],
  status: 'partial',
  elements: { interception: 'present', non_public: 'absent', penalty: 'narrowed' },
});
const none = column('xb-act-2031', 'XB', 'act', 2031, 'Data Protection Act 2031', { provisions: [], status: 'missing' });

describe('buildElementTable', () => {
  const table = buildElementTable(article, [bill, wide, none]);

  it('has one row per element and one cell per state, in order', () => {
    expect(table.rows.map((r) => r.element)).toEqual(['interception', 'non_public', 'penalty', 'dishonest']);
    expect(table.rows.every((r) => r.cells.length === 3)).toBe(true);
  });

  it('says present, wider (a limit the statute does without), narrowed, no provision, option not used, not assessed', () => {
    const states = Object.fromEntries(table.rows.map((r) => [r.element, r.cells.map((c) => c.state)]));
    expect(states).toEqual({
      interception: ['present', 'present', 'no-provision'],
      non_public: ['present', 'wider', 'no-provision'],
      penalty: ['present', 'narrowed', 'no-provision'],
      dishonest: ['optional-absent', 'not-assessed', 'no-provision'],
    });
  });

  it('quotes the statute as evidence, once per phrase, cited with cl. for a Bill', () => {
    expect(table.rows[1]!.cells[0]!.evidence).toEqual([{ quote: 'non-public', cite: 'cl. 8(1)' }]);
    expect(table.rows[0]!.cells[0]!.evidence).toEqual([{ quote: 'intercepts', cite: 'cl. 8' }]);
  });

  it('gives the summary line a drafter pastes, telling two states of one jurisdiction apart by year', () => {
    expect(table.columns.map((c) => c.short)).toEqual(['XA', 'XB 2029', 'XB 2031']);
    expect(table.rows[1]!.summary).toBe('Of non-public transmissions: XA ✓, XB 2029 ⊕, XB 2031 ✗');
  });

  it('cites each column in legal form, with the machine pinpoints until a reviewer decides', () => {
    expect(table.columns[0]).toMatchObject({ status: 'covered', reviewed: false, cite: 'cl. 8', citation: 'Cyber Offences Bill, 2030 (XA), cl. 8(1)' });
    expect(table.columns[2]!.citation).toBe('Data Protection Act 2031 (XB): no implementing provision');
    const reviewed = buildElementTable(article, [
      column('xa-bill', 'XA', 'bill', 2030, 'Cyber Offences Bill, 2030', {
        provisions: ['8'],
        pinpoints: ['8(1)'],
        status: 'covered',
        reviewed: { author: 'A. Reviewer', time: '2030-01-01T00:00:00Z', status: 'partial', provisions: ['9'], machine: { status: 'covered', provisions: ['8'] } },
      }),
    ]);
    expect(reviewed.columns[0]).toMatchObject({ status: 'partial', reviewed: true, citation: 'Cyber Offences Bill, 2030 (XA), cl. 9' });
  });

  it('tells two same-year instruments of one jurisdiction apart by their titles', () => {
    const t = buildElementTable(article, [
      column('a', 'XC', 'bill', 2024, 'Cybercrime Bill, 2024', undefined),
      column('b', 'XC', 'bill', 2024, 'Mutual Assistance in Criminal Matters (Amendment) Bill, 2024', undefined),
    ]);
    expect(t.columns.map((c) => c.short)).toEqual(['XC Cybercrime', 'XC Mutual Assistance']);
  });
});
