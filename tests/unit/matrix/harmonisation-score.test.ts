import { describe, expect, it } from 'vitest';
import { articlePoints, harmonisationScore, shortfalls } from '../../../server/matrix/harmonisation-score.ts';
import type { ElementProfile } from '../../../server/templates/types.ts';

const el = (id: string, extra: Partial<ElementProfile> = {}): ElementProfile => ({ id, label: id, status: 'required', cues: [id], ...extra });
const jurisdiction = { elements: [el('territory', { core: true }), el('ship', { reservable: '22(2)' }), el('aircraft', { reservable: '22(2)' })] };
const offence = { elements: [el('access', { core: true }), el('intent', { restricts: true }), el('penalty', { generalLaw: true })] };

describe('harmonisation score', () => {
  it('leaves reservable paragraphs out: a partial article short only there scores as covered', () => {
    expect(articlePoints(jurisdiction, 'partial', { territory: 'present', ship: 'absent', aircraft: 'absent' }, false)).toBe(1);
    expect(articlePoints(jurisdiction, 'partial', { territory: 'narrowed', ship: 'absent', aircraft: 'present' }, false)).toBe(0.5);
  });

  it("takes a reviewer's partial as it is", () => {
    expect(articlePoints(jurisdiction, 'partial', { territory: 'present', ship: 'absent' }, true)).toBe(0.5);
  });

  it('never counts a restriction the national rule does without, nor an absent general-law element', () => {
    expect(shortfalls(offence, { access: 'present', intent: 'absent', penalty: 'absent' })).toEqual([]);
    expect(shortfalls(offence, { access: 'present', penalty: 'narrowed' })).toEqual([{ id: 'penalty', state: 'narrowed' }]);
  });

  it('averages over mandatory articles, and has no score without one', () => {
    expect(harmonisationScore([{ obligation: 'mandatory', points: 1 }, { obligation: 'mandatory', points: 0.5 }, { obligation: 'optional', points: 0 }])).toBe(0.75);
    expect(harmonisationScore([{ obligation: 'optional', points: 1 }])).toBeNull();
  });
});
