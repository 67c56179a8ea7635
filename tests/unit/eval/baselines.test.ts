import { describe, expect, it } from 'vitest';
import { bm25Baseline } from '../../../server/eval/baseline-bm25.ts';
import { localAlignBaseline, SW_MISSING_SCORE } from '../../../server/eval/baseline-local-align.ts';
import { examplia, template } from '../../fixtures/align/examplia.ts';

describe('baselines', () => {
  it('BM25 top-1 predicts one unit per article, covered, or missing', () => {
    const t = bm25Baseline(template, examplia);
    expect(Object.keys(t.articles).sort()).toEqual(['2', '3', '9']);
    expect(t.articles['3'].provisions).toEqual(['4']);
    for (const a of Object.values(t.articles)) expect(a.provisions.length).toBeLessThanOrEqual(1);
  });

  it('Smith-Waterman top-1 needs a copied run of words, else missing', () => {
    const t = localAlignBaseline(template, examplia);
    // The fixture paraphrases the template: no ten-word copied run, so nothing passes the fixed threshold.
    expect(SW_MISSING_SCORE).toBe(30);
    expect(t.articles['9'].status).toBe('missing');
    const copied = {
      ...examplia,
      provisions: [{ ...examplia.provisions[4], text: template.articles[1].text! }],
    };
    expect(localAlignBaseline(template, copied).articles['3']).toMatchObject({ provisions: ['4'], status: 'covered' });
  });
});
