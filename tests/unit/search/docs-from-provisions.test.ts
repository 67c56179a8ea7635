import { describe, expect, it } from 'vitest';
import type { Provision } from '../../../server/ingest/types.ts';
import { articlesByUnitFromTable, docsFromProvisions } from '../../../server/search/index.ts';

const prov = (p: Partial<Provision> & Pick<Provision, 'eId' | 'num' | 'unit'>): Provision => ({
  level: 0,
  text: '',
  path: [],
  kind: 'general',
  defines: [],
  refs: [],
  penalty: [],
  ...p,
});

const instrument = { id: 'xa-test-act-2030', title: 'Test Act, 2030', jurisdiction: 'XA', units: 'sections' as const };

describe('docsFromProvisions', () => {
  const provisions = [
    prov({ eId: 'part_2__sec_4', num: '4', unit: '4', heading: 'Unauthorised access', kind: 'offence', path: [{ type: 'part', num: 'II', heading: 'Offences' }] }),
    prov({
      eId: 'part_2__sec_4__subsec_1',
      num: '4(1)',
      unit: '4',
      level: 1,
      text: 'A person who, without authority, accesses a computer commits an offence.',
      kind: 'offence',
      path: [{ type: 'part', num: 'II', heading: 'Offences' }, { type: 'sec', num: '4', heading: 'Unauthorised access' }],
      defines: [{ term: 'access', meaning: 'to gain entry' }],
    }),
  ];

  it('builds one doc per provision with citation, Part label, section heading as context and articles', () => {
    const docs = docsFromProvisions(instrument, provisions, { '4': ['2'] });
    expect(docs[1]).toEqual({
      instrument: 'xa-test-act-2030',
      instrumentTitle: 'Test Act, 2030',
      jurisdiction: 'XA',
      eId: 'part_2__sec_4__subsec_1',
      num: '4(1)',
      unit: '4',
      text: 'A person who, without authority, accesses a computer commits an offence.',
      defines: ['access'],
      kind: 'offence',
      articles: ['2'],
      citation: 's. 4(1)',
      part: 'Part II – Offences',
      context: 'Unauthorised access',
    });
    expect(docs[0].heading).toBe('Unauthorised access');
    expect(docs[0].context).toBeUndefined();
    expect(docsFromProvisions(instrument, provisions, new Map([['4', ['2', '3']]]))[0].articles).toEqual(['2', '3']);
    expect(docsFromProvisions(instrument, provisions)[0].articles).toEqual([]);
  });

  it('reads the articles of each unit from a correlation table, a review winning over the machine', () => {
    const table = {
      instrument: 'xa-test-act-2030',
      template: 'coe-budapest-convention-2001',
      articles: {
        '2': { provisions: ['4'], status: 'covered' as const },
        '3': {
          provisions: ['4'],
          status: 'partial' as const,
          reviewed: { author: 'a', time: 't', status: 'covered' as const, provisions: ['5'], machine: { status: 'partial' as const, provisions: ['4'] } },
        },
      },
    };
    expect(articlesByUnitFromTable(table)).toEqual({ '4': ['2'], '5': ['3'] });
  });
});
