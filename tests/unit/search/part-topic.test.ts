import { describe, expect, it } from 'vitest';
import { partFilterValue, partTopic } from '../../../server/search/part-topic.ts';
import { wordForms } from '../../../server/search/expand-terms.ts';

describe('partTopic: the Part facet groups Parts by heading across statutes', () => {
  it('drops the number and the case, whatever the numbering style', () => {
    const topics = ['Part II – OFFENCES', 'Part 2 – Offences', 'PART III OFFENCES', 'Chapter 3A: Offences.'].map(partTopic);
    expect(new Set(topics.map((t) => t.value))).toEqual(new Set(['offences']));
    expect(topics[0].label).toBe('Offences');
    expect(partTopic('Part V – INTERNATIONAL CO-OPERATION')).toEqual({ value: 'international co-operation', label: 'International co-operation' });
  });

  it('gathers Parts with no heading under one value', () => {
    expect(partTopic('Part I')).toEqual(partTopic('Chapter VIII'));
    expect(partTopic('Part I').label).toBe('Parts without a heading');
  });

  it('reads a filter given as a topic or as a full Part label (older links)', () => {
    expect(partFilterValue('offences')).toBe('offences');
    expect(partFilterValue('Part II – Offences')).toBe('offences');
    expect(partFilterValue('untitled')).toBe('untitled');
  });
});

describe('wordForms: other forms of a typed word in the vocabulary', () => {
  const vocabulary = ['author', 'authoris', 'interf', 'interfax', 'interfer', 'interferens', 'interferometr', 'intern'].sort();

  it('finds forms sharing a long prefix and differing in a short ending', () => {
    expect(wordForms(vocabulary, 'interferens')).toEqual(['interfer']);
    expect(wordForms(vocabulary, 'interfer')).toEqual(['interferens']);
  });

  it('gives short words no forms, so "author" never meets "authorised"', () => {
    expect(wordForms(vocabulary, 'author')).toEqual([]);
    expect(wordForms(vocabulary, 'interf')).toEqual([]);
  });
});
