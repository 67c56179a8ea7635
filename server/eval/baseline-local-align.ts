import type { IngestResult } from '../ingest/types.ts';
import type { CorrelationTable } from '../align/types.ts';
import type { AlignTemplate } from '../align/prepare.ts';
import { smithWaterman, StemIds } from '../align/local-align.ts';
import { contentStems } from '../align/tokenize.ts';
import { groupUnits } from '../align/unit-view.ts';

/**
 * Fixed before any run: a local alignment under 30 points (ten content words in a row, net of gaps) is not
 * evidence of borrowed wording, and the article is predicted missing.
 */
export const SW_MISSING_SCORE = 30;

/**
 * Baseline 2: word-level Smith-Waterman top-1 (+3/-1/-2, as in the Legislative Influence Detector): the unit with
 * the best local alignment to the article's text is predicted "covered".
 */
export function localAlignBaseline(template: AlignTemplate, ingest: IngestResult): CorrelationTable {
  const ids = new StemIds();
  const units = groupUnits(ingest.provisions).map((u) => ({ unit: u.unit, ids: ids.idsOf(contentStems(u.text)) }));
  const articles: CorrelationTable['articles'] = {};
  for (const a of template.articles) {
    const q = ids.idsOf(contentStems(a.text ?? a.summary));
    let best = { unit: '', score: 0 };
    for (const u of units) {
      const s = smithWaterman(q, u.ids).score;
      if (s > best.score) best = { unit: u.unit, score: s };
    }
    articles[a.article] =
      best.score >= SW_MISSING_SCORE
        ? { provisions: [best.unit], status: 'covered', score: Math.min(1, best.score / 100) }
        : { provisions: [], status: 'missing', score: Math.min(1, best.score / 100) };
  }
  return { instrument: ingest.instrument.id, template: template.id, articles };
}
