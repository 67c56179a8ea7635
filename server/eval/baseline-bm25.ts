import lunr from 'lunr';
import type { IngestResult } from '../ingest/types.ts';
import type { CorrelationTable } from '../align/types.ts';
import type { AlignTemplate } from '../align/prepare.ts';
import { groupUnits } from '../align/unit-view.ts';
import { maxOf } from '../large-arrays.ts';

/**
 * Fixed before any run: an article is predicted missing when its best unit scores under this share of the best
 * top-1 score of any article in the same statute (BM25 scores are not comparable across statutes).
 */
const BM25_MISSING_RATIO = 0.1;

/** Terms of a query as lunr will index them: lower-cased words, lunr's own stop-word filter and stemmer applied. */
function queryTerms(text: string): string[] {
  return (text.toLowerCase().match(/[a-z0-9]+/g) ?? []).filter((w) => w.length > 1);
}

/**
 * Baseline 1: BM25 top-1. lunr indexes the statute's top-level units (heading and text); each article's title and
 * text is the query; the best unit is predicted "covered", or the article "missing" under BM25_MISSING_RATIO.
 */
export function bm25Baseline(template: AlignTemplate, ingest: IngestResult): CorrelationTable {
  const units = groupUnits(ingest.provisions);
  const index = lunr(function () {
    this.ref('unit');
    this.field('text');
    for (const u of units) this.add({ unit: u.unit, text: u.text });
  });
  const tops = template.articles.map((a) => {
    const terms = queryTerms(`${a.title} ${a.text ?? a.summary}`);
    const hits = index.query((q) => {
      for (const t of terms) q.term(t, { usePipeline: true });
    });
    return { article: a.article, unit: hits[0]?.ref, score: hits[0]?.score ?? 0 };
  });
  const best = Math.max(0, maxOf(tops.map((t) => t.score)));
  const articles: CorrelationTable['articles'] = {};
  for (const t of tops) {
    const hit = t.unit !== undefined && t.score >= BM25_MISSING_RATIO * best;
    articles[t.article] = hit ? { provisions: [t.unit!], status: 'covered', score: t.score } : { provisions: [], status: 'missing', score: t.score };
  }
  return { instrument: ingest.instrument.id, template: template.id, articles };
}
