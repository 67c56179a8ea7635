import { describe, expect, it } from 'vitest';
import { explain } from '../../../server/align/why.ts';
import type { AlignArticle } from '../../../server/align/prepare.ts';
import { el, pair } from '../../fixtures/align/pair-features.ts';

const article = {
  article: '2',
  title: 'Illegal access',
  elements: [
    { id: 'access', label: 'Access to a computer system' },
    { id: 'intent', label: 'Committed intentionally' },
    { id: 'without_right', label: 'Without right' },
  ],
} as unknown as AlignArticle;

const missing = (best: ReturnType<typeof pair>) => explain(article, { status: 'missing', chosen: [], elements: best.elements, best }, 'missing', { units: 'sections' }, [], new Map());

describe('why an article is missing', () => {
  it('names what little the closest provision shows', () => {
    const why = missing(pair('9', 0.2, { elements: [el('access'), el('intent', 'absent'), el('without_right', 'absent')] }));
    expect(why).toBe('No provision implements Art. 2 (Illegal access). The closest is s. 9: its words show only access to a computer system; that is too little of the article to read it as implemented.');
  });

  it('says a provision mentioning every element does so only in passing, in words and without scores', () => {
    const why = missing(pair('9', 0.2, { elements: [el('access'), el('intent'), el('without_right')] }));
    expect(why).toContain('its words mention access to a computer system, committed intentionally, without right, but only in passing');
    expect(why).not.toMatch(/\b0\.\d/);
  });
});
