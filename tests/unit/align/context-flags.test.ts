import { describe, expect, it } from 'vitest';
import { contextFit, contextProfile, mainContext } from '../../../server/align/context.ts';
import { divergenceFlags } from '../../../server/align/flags.ts';
import { statusGaps } from '../../../server/align/decide.ts';
import type { ElementFinding } from '../../../server/align/features.ts';
import { groupUnits } from '../../../server/align/unit-view.ts';
import { analyse } from '../../../server/align/tokenize.ts';
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
