import type { Static } from 'typebox';
import { citeUnit, inDocumentOrder } from '../../citation/cite.ts';
import { scoreSentences } from '../../matrix/harmonisation-score.ts';
import type { getFrameworkSchema } from '../../schemas/frameworks.ts';
import type { FrameworkDetail } from '../../services/frameworks.ts';

type FrameworkBody = Static<(typeof getFrameworkSchema.response)[200]>;

/** A framework as the API answers it: the service's reading with each source cited as a lawyer would. */
export function presentFramework(d: FrameworkDetail): FrameworkBody {
  const byId = new Map(d.members.map((m) => [m.id, m.instrument]));
  const f = d.framework;
  return {
    ...d.summary,
    template: f.template,
    articles: f.articles.map((a) => ({
      article: a.article,
      title: a.title,
      obligation: a.obligation,
      status: a.status,
      combined: a.combined,
      reviewed: a.reviewed,
      best: a.best,
      sources: a.sources.map((s) => {
        const instrument = byId.get(s.instrument)!;
        const pins = inDocumentOrder(instrument, s.pinpoints?.length ? s.pinpoints : s.provisions);
        return { instrument: s.instrument, status: s.status, reviewed: s.reviewed, provisions: s.provisions, citations: pins.map((p) => citeUnit(instrument, p)) };
      }),
      elements: a.elements.map(({ id, label, state, instruments, shortfall }) => ({ id, label, state, instruments, shortfall })),
    })),
    totals: f.totals,
    score: f.score,
    scoreAll: f.scoreAll,
    scores: { ...scoreSentences },
    errors: d.errors,
  };
}
