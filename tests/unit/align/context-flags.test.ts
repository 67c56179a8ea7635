import { describe, expect, it } from 'vitest';
import { contextFit, contextProfile, mainContext } from '../../../server/align/context.ts';
import { divergenceFlags } from '../../../server/align/flags.ts';
import { statusGaps } from '../../../server/align/decide.ts';
import type { ElementFinding } from '../../../server/align/features.ts';
import { groupUnits } from '../../../server/align/unit-view.ts';
import { analyse } from '../../../server/align/tokenize.ts';
import { ingestText } from '../../../server/ingest/index.ts';
import { createThesaurus } from '../../../server/thesaurus/index.ts';
import { provisions, template, thesaurus } from '../../fixtures/align/examplia.ts';

const th = createThesaurus(thesaurus);
const units = groupUnits(provisions);
const profileOf = (unit: string) => {
  const u = units.find((x) => x.unit === unit)!;
  return contextProfile(u, u.provisions.map((p) => analyse(p.text)), th);
};

describe('context of a unit', () => {
  it('reads offences, powers and definitions from kinds and Part headings', () => {
    expect(mainContext(profileOf('3'))).toBe('offences');
    expect(mainContext(profileOf('6'))).toBe('procedural');
    expect(mainContext(profileOf('2'))).toBe('definitions');
  });

  it('fits offences to substantive articles and keeps a floor for the wrong Part', () => {
    expect(contextFit('substantive', profileOf('3'))).toBe(1);
    expect(contextFit('procedural', profileOf('3'))).toBeLessThan(0.5);
    expect(contextFit('procedural', profileOf('6'))).toBe(1);
  });
});

describe('context of an amending unit', () => {
  // A made-up amending Act: its section inserts an order to produce data, with a non-compliance offence, into a
  // criminal procedure Act; the amending Act's own Part says only "Amendments".
  const amending = ingestText(
    [
      'PART V',
      '',
      '40. Amendment of the Criminal Procedure Act',
      '',
      '40. The Criminal Procedure Act is amended by the insertion after Part XII of the following Part - "PART XIIA - Cyber crime ' +
        '12A. Order to produce data (1) A magistrate may order a person in control of specified computer data to produce it. ' +
        '(2) A person who fails to comply with an order under subsection (1) commits an offence and is liable to a fine. ' +
        '12B. Duty of service providers (1) A service provider who discloses an order under section 12A commits an offence. ' +
        '(2) A service provider who fails to preserve data specified in a notice commits an offence and is liable on conviction to imprisonment."',
    ].join('\n'),
    'xa-amendment-act.md',
  );
  const unit = groupUnits(amending.provisions).find((u) => u.unit === '40')!;
  const texts = unit.provisions.map((p) => analyse(p.text));

  it('takes the context the amended law\'s title names, as it takes its Part\'s', () => {
    expect(contextFit('procedural', contextProfile(unit, texts, th))).toBeLessThan(1);
    expect(mainContext(contextProfile(unit, texts, th, ['Criminal Procedure Act']))).toBe('procedural');
    expect(contextFit('procedural', contextProfile(unit, texts, th, ['Criminal Procedure Act']))).toBe(1);
  });

  it('is read from its own words when the amended law\'s title names no context', () => {
    const plain = contextProfile(unit, texts, th);
    expect(contextProfile(unit, texts, th, ['Data Protection Act'])).toEqual(plain);
  });
});

describe('context of a jurisdiction clause', () => {
  // A made-up Act: its jurisdiction clause sits among general provisions and mentions extradition and offences.
  const act = ingestText(
    [
      'PART III',
      'ANCILLARY AND GENERAL PROVISIONS',
      '',
      '9. Territorial scope of offences under this Act',
      '',
      '(1) This Act shall, in relation to any person, whatever his nationality, have effect outside as well as within Examplia.',
      '(2) Proceedings under this section shall be a bar to proceedings under any written law relating to the extradition of persons.',
      '',
      '10. Obstruction of lamp keepers',
      '',
      '(1) A person who obstructs a lamp keeper in the execution of his duty under this Act commits an offence.',
    ].join('\n'),
    'xa-lamps-act.md',
  );
  const units = groupUnits(act.provisions);
  const of = (n: string) => {
    const u = units.find((x) => x.unit === n)!;
    return contextProfile(u, u.provisions.map((p) => analyse(p.text)), th);
  };

  it('takes its context from its own heading, as a unit in a Part headed "Jurisdiction" would', () => {
    expect(contextFit('jurisdiction', of('9'))).toBe(1);
  });

  it('leaves other units to their words and Part', () => {
    expect(mainContext(of('10'))).toBe('offences');
    expect(contextFit('jurisdiction', of('10'))).toBeLessThan(0.5);
  });
});

describe('divergence flags', () => {
  const art3 = template.articles[1];
  it('names each shortfall by its flag, and never a restriction the national rule does without (it is wider)', () => {
    const elements: ElementFinding[] = [
      { id: 'interception', required: true, role: 'core', core: true, state: 'present', hits: [] },
      { id: 'technical_means', required: true, role: 'restricts', core: false, state: 'absent', hits: [] },
      { id: 'non_public', required: true, role: 'required', core: false, state: 'narrowed', hits: [] },
    ];
    const flags = divergenceFlags({ article: art3, elements, gaps: statusGaps(elements), provisions: [], thesaurus: th });
    expect(flags).toEqual(['non-public-transmission']);
  });

  it('flags a penalty under one year for a substantive article, not life imprisonment', () => {
    const short = provisions.filter((p) => p.unit === '3');
    expect(divergenceFlags({ article: art3, elements: [], gaps: [], provisions: short, thesaurus: th })).toContain('penalty-range');
    const life = [{ ...short[1], penalty: [{ mode: 'any' as const, life: true, quote: 'imprisonment for life' }] }];
    expect(divergenceFlags({ article: art3, elements: [], gaps: [], provisions: life, thesaurus: th })).not.toContain('penalty-range');
  });
});
