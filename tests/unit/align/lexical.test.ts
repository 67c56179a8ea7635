import { describe, expect, it } from 'vitest';
import { cosine, cosineSparseDense, documentFrequencies, tfidfVector, VectorSpace } from '../../../server/align/lexical.ts';

describe('lexical similarity in bulk', () => {
  it('gives the same cosine through a dense article vector and a sparse unit vector', () => {
    const docs = [
      ['access', 'comput', 'without', 'author'],
      ['intercept', 'transmiss', 'comput', 'data'],
      ['preserv', 'data', 'order', 'data'],
    ];
    const article = ['access', 'comput', 'author', 'penalti'];
    const idf = documentFrequencies([...docs, article]);
    const space = new VectorSpace(idf);
    const a = tfidfVector(article, idf);
    for (const d of docs) {
      const u = tfidfVector(d, idf);
      expect(cosineSparseDense(space.sparse(u), space.dense(a))).toBeCloseTo(cosine(a, u), 12);
    }
  });
});
