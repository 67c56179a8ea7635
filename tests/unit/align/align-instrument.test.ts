import { describe, expect, it } from 'vitest';
import { alignInstrument } from '../../../server/align/align-instrument.ts';
import { examplia, provisions, template, thesaurus } from '../../fixtures/align/examplia.ts';

const table = alignInstrument(template, examplia, thesaurus);

describe('alignInstrument on the Examplia fixture', () => {
  it('lists every template article, in the contract shape', () => {
    expect(Object.keys(table.articles).sort()).toEqual(['2', '3', '9']);
    expect(table.instrument).toBe('ex-computer-misuse-act');
    expect(table.template).toBe('test-convention');
    expect(table.units).toBe('sections');
    for (const a of Object.values(table.articles)) {
      expect(['covered', 'partial', 'missing']).toContain(a.status);
      expect(a.score).toBeGreaterThanOrEqual(0);
      expect(a.score).toBeLessThanOrEqual(1);
      expect(a.why).toBeTruthy();
    }
  });

  it('finds the access offence in s. 3 and the interception offence in s. 4', () => {
    expect(table.articles['2'].provisions).toEqual(['3']);
    expect(table.articles['2'].status).toBe('covered');
    expect(table.articles['3'].provisions).toEqual(['4']);
    expect(table.articles['3'].status).toBe('covered');
  });

  it('pinpoints a section with no subsections by its own number, and cites it first in the reason', () => {
    expect(table.articles['3'].pinpoints).toEqual(['4']);
    expect(table.articles['3'].why).toMatch(/^s\. 4 implements Art\. 3 \(Illegal interception\)/);
  });

  it('marks an article with no counterpart missing, with a reason', () => {
    expect(table.articles['9']).toMatchObject({ provisions: [], status: 'missing' });
    expect(table.articles['9'].why).toMatch(/No provision implements Art\. 9/);
  });

  it('names the closest unit of a missing article, the one its reason cites, for a reviewer to read', () => {
    const a = table.articles['9'];
    expect(a.closest).toEqual({ unit: '3', score: a.score });
    expect(a.why).toContain('The closest is s. 3');
    expect(table.articles['2'].closest).toBeUndefined();
  });

  it('points evidence spans at the words that carry each element', () => {
    const ev = table.articles['2'].evidence ?? [];
    const wr = ev.find((e) => e.element === 'without_right');
    expect(wr?.quote).toBe('without authority');
    const p = provisions.find((x) => x.eId === wr!.eId)!;
    expect(p.text.slice(wr!.start, wr!.end)).toBe('without authority');
    expect(ev.find((e) => e.element === 'intent')?.quote).toBe('intentionally');
    const ev3 = table.articles['3'].evidence ?? [];
    expect(ev3.find((e) => e.element === 'technical_means')?.quote).toBe('technical means');
    expect(ev3.find((e) => e.element === 'without_right')?.quote).toBe('without lawful excuse');
    // The template side of the span quotes the Convention's own words.
    expect(ev3.find((e) => e.element === 'without_right')?.template?.quote).toBe('without right');
  });

  it('cites the pinpoint in the why sentence, s. 3(1) style', () => {
    expect(table.articles['2'].pinpoints).toEqual(['3(1)']);
    expect(table.articles['2'].why).toMatch(/^s\. 3\(1\) implements Art\. 2/);
  });

  it('flags a maximum penalty under a year (Art. 24(1)(a) yardstick) and not five years', () => {
    expect(table.articles['2'].flags).toContain('penalty-range');
    expect(table.articles['3'].flags ?? []).not.toContain('penalty-range');
  });

  it('lists offences with no counterpart as unmatched, skipping formal provisions', () => {
    const units = (table.unmatched ?? []).map((u) => u.unit);
    expect(units).toContain('5');
    expect(units).toContain('6');
    expect(units).not.toContain('1');
    expect(units).not.toContain('2');
    expect(table.unmatched?.find((u) => u.unit === '5')?.heading).toBe('Threatening messages');
  });

  it('is deterministic', () => {
    expect(JSON.stringify(alignInstrument(template, examplia, thesaurus))).toBe(JSON.stringify(table));
  });

  it('aligns an empty statute without crashing: everything missing', () => {
    const empty = alignInstrument(template, { ...examplia, provisions: [] }, thesaurus);
    expect(Object.values(empty.articles).every((a) => a.status === 'missing')).toBe(true);
  });
});
