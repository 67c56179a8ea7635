import { describe, expect, it } from 'vitest';
import { normaliseForDiff } from '../../../server/diff/normalise.ts';
import { wordDiff } from '../../../server/diff/word-diff.ts';

const rebuild = (segments: Array<{ text: string; op: string }>, side: 'left' | 'right') =>
  segments.filter((s) => s.op === 'equal' || s.op === (side === 'left' ? 'delete' : 'insert')).map((s) => s.text).join('');

describe('normaliseForDiff', () => {
  it('drops leading section and subsection numbers', () => {
    expect(normaliseForDiff('7.(1) A person who, without lawful excuse, enters')).toBe('A person who, without lawful excuse, enters');
    expect(normaliseForDiff('(2) Any person')).toBe('Any person');
    expect(normaliseForDiff('Section 12 - A person')).toBe('A person');
  });

  it('unifies curly quotes, dashes and whitespace', () => {
    expect(normaliseForDiff('“computer”  means\n a device — or ‘system’')).toBe('"computer" means a device - or \'system\'');
  });

  it('drops inline paragraph markers between words', () => {
    expect(normaliseForDiff('the data; (a) alters it; or (b) deletes it')).toBe('the data; alters it; or deletes it');
  });
});

describe('wordDiff', () => {
  it('reports identical texts as one equal segment despite numbering and quotes', () => {
    const d = wordDiff('3. A person who “intentionally” accesses', '(1) A person who "intentionally" accesses');
    expect(d.segments).toEqual([{ text: 'A person who "intentionally" accesses', op: 'equal' }]);
    expect(d.similarity).toBe(1);
  });

  it('marks inserted and deleted words and rebuilds both sides', () => {
    const left = 'A person who intentionally and without authority accesses a computer';
    const right = 'A person who knowingly and without lawful excuse accesses a computer system';
    const d = wordDiff(left, right);
    expect(rebuild(d.segments, 'left')).toBe(left);
    expect(rebuild(d.segments, 'right')).toBe(right);
    expect(d.segments.some((s) => s.op === 'delete' && s.text.includes('intentionally'))).toBe(true);
    expect(d.segments.some((s) => s.op === 'insert' && s.text.includes('knowingly'))).toBe(true);
    expect(d.similarity).toBeGreaterThan(0.5);
    expect(d.similarity).toBeLessThan(1);
  });

  it('handles empty texts', () => {
    expect(wordDiff('', '').segments).toEqual([]);
    expect(wordDiff('', 'new words').segments).toEqual([{ text: 'new words', op: 'insert' }]);
  });
});
