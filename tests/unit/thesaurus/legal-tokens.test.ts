import { describe, expect, it } from 'vitest';
import { legalTokens, phraseStems, stemWord } from '../../../server/thesaurus/index.ts';

describe('stemWord', () => {
  it('folds British and American spellings to one stem', () => {
    expect(stemWord('unauthorised')).toBe(stemWord('unauthorized'));
    expect(stemWord('offence')).toBe(stemWord('offense'));
    expect(stemWord('wilfully')).toBe(stemWord('willfully'));
    expect(stemWord('programme')).toBe(stemWord('program'));
    expect(stemWord('co-operation')).toBe(stemWord('cooperation'));
    expect(stemWord('defences')).toBe(stemWord('defenses'));
    expect(stemWord('licence')).toBe(stemWord('license'));
  });

  it('keeps each verb one family: "-ence" nouns meet their verbs, and Porter\'s split of "interfere" is merged', () => {
    for (const w of ['interferes', 'interfering', 'interfered', 'interference']) expect(stemWord(w)).toBe(stemWord('interfere'));
    expect(stemWord('sentence')).toBe(stemWord('sentenced'));
    expect(stemWord('commence')).toBe(stemWord('commenced'));
  });

  it('lets mens rea adverbs meet their adjectives', () => {
    expect(stemWord('knowingly')).toBe(stemWord('knowing'));
    expect(stemWord('recklessly')).toBe(stemWord('reckless'));
    expect(stemWord('dishonestly')).toBe(stemWord('dishonest'));
    expect(stemWord('intentionally')).toBe(stemWord('intent'));
  });

  it('keeps "wilful" apart from the auxiliary "will"', () => {
    expect(stemWord('wilfully')).not.toBe(stemWord('will'));
  });

  it('stems words that name JavaScript object properties as words ("the constructor of a building")', () => {
    expect(stemWord('constructor')).toBe('constructor');
    expect(stemWord('constructors')).toBe('constructor');
    for (const w of ['__proto__', 'toString', 'hasOwnProperty', 'valueOf']) expect(typeof stemWord(w)).toBe('string');
  });
});

describe('legalTokens', () => {
  it('gives offsets into the original text', () => {
    const text = 'A person who, without lawful excuse, intercepts data';
    const tokens = legalTokens(text);
    const intercept = tokens.find((t) => t.stem === stemWord('intercepts'));
    expect(intercept).toBeDefined();
    expect(text.slice(intercept!.start, intercept!.end)).toBe('intercepts');
  });

  it('keeps hyphenated and possessive words whole', () => {
    expect(phraseStems("non-public transmission's")).toEqual([stemWord('nonpublic'), stemWord('transmissions')]);
  });

  it('returns nothing for text without words', () => {
    expect(legalTokens('— ; ( ) …')).toEqual([]);
  });
});
