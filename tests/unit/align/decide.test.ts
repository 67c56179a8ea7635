import { describe, expect, it } from 'vitest';
import { decideArticle, isEligible, mergeElements, RULES } from '../../../server/align/decide.ts';
import { el, pair } from '../../fixtures/align/pair-features.ts';
import type { ElementFinding, PairFeatures } from '../../../server/align/features.ts';

describe('decision rules', () => {
  it('marks an article missing when the best unit is under the match threshold', () => {
    const d = decideArticle([pair('9', RULES.MATCH_THRESHOLD - 0.01)]);
    expect(d.status).toBe('missing');
    expect(d.chosen).toEqual([]);
  });

  it('requires a heading match or most specific elements (boilerplate cannot carry a match)', () => {
    const boiler = pair('9', 0.6, { heading: 0.2, specificCoverage: 0.2 });
    expect(isEligible(boiler, RULES)).toBe(false);
    expect(decideArticle([boiler]).status).toBe('missing');
    expect(isEligible(pair('9', 0.6, { heading: 0.8, specificCoverage: 0 }), RULES)).toBe(true);
  });

  it('takes words over headings: no core element, no match; every core element, a match', () => {
    expect(isEligible(pair('9', 0.6, { heading: 1, coreAbsent: true }), RULES)).toBe(false);
    expect(isEligible(pair('9', 0.6, { heading: 0, specificCoverage: 0, coreShown: true }), RULES)).toBe(true);
  });

  it('keeps a domestic power out of a provision serving a foreign request', () => {
    expect(isEligible(pair('29', 0.6, { heading: 1, foreignTwin: true }), RULES)).toBe(false);
  });

  it('skips an ineligible top unit and takes the best eligible one', () => {
    const d = decideArticle([pair('5', 0.9, { heading: 0, specificCoverage: 0 }), pair('3', 0.7)]);
    expect(d.chosen.map((c) => c.unit)).toEqual(['3']);
  });

  it('adds a secondary unit only when it scores close to the best', () => {
    const close = decideArticle([pair('14', 0.8), pair('15', 0.8 * RULES.SECONDARY_RATIO + 0.01)]);
    expect(close.chosen.map((c) => c.unit)).toEqual(['14', '15']);
    const far = decideArticle([pair('14', 0.8), pair('15', 0.8 * RULES.SECONDARY_RATIO - 0.05)]);
    expect(far.chosen.map((c) => c.unit)).toEqual(['14']);
  });

  it('is covered when every core and required element is found, partial otherwise', () => {
    expect(decideArticle([pair('3', 0.8)]).status).toBe('covered');
    const thin = pair('3', 0.8, { elements: [el('access', 'present'), el('intent', 'absent'), el('without_right', 'absent'), el('penalty', 'present')] });
    expect(decideArticle([thin]).status).toBe('partial');
  });

  it('reads several chosen units together: an element takes its best state', () => {
    const a = pair('14', 0.8, { elements: [el('access', 'present'), el('without_right', 'absent')] });
    const b = pair('15', 0.8, { elements: [el('access', 'narrowed'), el('without_right', 'present')] });
    const merged = mergeElements([a, b]);
    expect(merged.map((e) => e.state)).toEqual(['present', 'present']);
  });
});

describe('implementation through another law', () => {
  it('matches a unit applying the governing law even under the threshold, and keeps it partial', () => {
    const applied = pair('Schedule', 0.1, { appliedLaw: { title: 'Extradition Act', eId: 'sch' } });
    const d = decideArticle([pair('5', 0.2, { heading: 0.8 }), applied]);
    expect(d.chosen.map((c) => c.unit)).toEqual(['Schedule']);
    expect(d.status).toBe('partial');
    expect(d.throughOtherLaw).toBe(true);
  });
});

describe('the interpretation provision and a definitions article', () => {
  const defines = (unit: string, states: Array<ElementFinding['state']>, o: Partial<PairFeatures> = {}) =>
    pair(unit, 0.2, {
      heading: 0,
      specificCoverage: 0.25,
      context: 'definitions',
      elements: ['def_computer_system', 'def_computer_data', 'def_service_provider', 'def_traffic_data'].map((id, k) => el(id, states[k])),
      ...o,
    });

  it('implements it, partly, when it defines some of its terms, however low it scores', () => {
    const d = decideArticle([defines('(e)', ['present', 'absent', 'absent', 'absent'])], RULES, { definitions: true });
    expect(d.chosen.map((c) => c.unit)).toEqual(['(e)']);
    expect(d.status).toBe('partial');
    expect(d.gaps?.map((g) => g.id)).toEqual(['def_computer_data', 'def_service_provider', 'def_traffic_data']);
  });

  it('does not when it defines none of them, nor for an article that is not about definitions', () => {
    expect(decideArticle([defines('2', ['absent', 'absent', 'absent', 'absent'])], RULES, { definitions: true }).status).toBe('missing');
    expect(decideArticle([defines('(e)', ['present', 'absent', 'absent', 'absent'])], RULES, {}).status).toBe('missing');
  });

  it('also counts a definition local to a section ("In this section traffic data means ...")', () => {
    const local = defines('16', ['absent', 'absent', 'absent', 'present'], { context: 'procedural' });
    const d = decideArticle([defines('2', ['absent', 'absent', 'absent', 'absent'], { score: 0.3 }), local], RULES, { definitions: true });
    expect(d.chosen.map((c) => c.unit)).toEqual(['16']);
    expect(d.status).toBe('partial');
  });
});

describe('an authority the article requires a Party to designate', () => {
  it('is implemented, partly, by the provision designating it, however low it scores, and that provision comes first', () => {
    const office = pair('23', 0.2, { heading: 0, specificCoverage: 0.3, designates: true, elements: [el('central_authority', 'present'), el('refusal_grounds', 'absent')] });
    const desk = pair('48', 0.5, { heading: 0.7 });
    const d = decideArticle([desk, office]);
    expect(d.chosen[0].unit).toBe('23');
    expect(d.status).toBe('partial');
    expect(d.gaps?.map((g) => g.id)).toEqual(['refusal_grounds']);
    expect(decideArticle([desk, office], { ...RULES, DESIGNATION: false }).chosen[0].unit).toBe('48');
  });

  it('is not implemented by a saving clause or a unit serving the other side of a request', () => {
    expect(decideArticle([pair('6', 0.2, { designates: true, saving: true })]).status).toBe('missing');
    expect(decideArticle([pair('6', 0.2, { designates: true, foreignTwin: true })]).status).toBe('missing');
  });
});

describe('a penalty provision', () => {
  it('does not join an offence article, however close it scores: it punishes offences created elsewhere', () => {
    const ranked = [pair('(b)', 0.58), pair('(c)', 0.57, { penalty: true })];
    expect(decideArticle(ranked, RULES, { offence: true }).chosen.map((c) => c.unit)).toEqual(['(b)']);
    expect(decideArticle(ranked, { ...RULES, PENALTY_APART: false }, { offence: true }).chosen.map((c) => c.unit)).toEqual(['(b)', '(c)']);
    // A procedural article is not an offence: the rule does not apply there.
    expect(decideArticle(ranked, RULES, {}).chosen.map((c) => c.unit)).toEqual(['(b)', '(c)']);
  });
});
