import type { CoverageStatus, ElementState } from '../align/types.ts';
import type { ElementProfile, TemplateArticle } from '../templates/types.ts';

/**
 * The harmonisation score of one instrument: (covered + 0.5 × partial) over the mandatory articles in view.
 * Reservations attach to paragraphs, not to whole articles (Budapest Arts 40-42): a paragraph a Party may reserve is
 * left out of the score, so an article whose only shortfalls lie in reservable paragraphs (ships and aircraft,
 * 22(2); possession, 6(3)) scores as covered, while the status still shows the gap. Reviewed values replace the
 * machine's, and a reviewer's status is taken as it is.
 */
export const scoringRule =
  'Harmonisation score = (covered + 0.5 × partial) / number of mandatory articles in view. Paragraphs a Party may ' +
  'reserve are left out: an article whose only shortfalls lie in reservable paragraphs counts as covered. ' +
  "Reviewed values replace the machine's.";

/** Element states that keep an article from being covered, whatever the element's role (see statusGaps). */
const SHORTFALL: ReadonlySet<ElementState> = new Set(['absent', 'narrowed']);

function countsAsShortfall(el: ElementProfile | undefined, state: ElementState): boolean {
  if (!el || !SHORTFALL.has(state) || el.status !== 'required' || el.restricts) return false;
  return !el.generalLaw || state === 'narrowed';
}

/** The points one article earns: 1 covered, 0.5 partial, 0 missing; a partial whose gaps are all reservable, 1. */
export function articlePoints(
  article: Pick<TemplateArticle, 'elements'>,
  status: CoverageStatus,
  elements: Record<string, ElementState> | undefined,
  reviewed: boolean,
): number {
  if (status === 'covered') return 1;
  if (status === 'missing') return 0;
  if (reviewed || !elements) return 0.5;
  const byId = new Map(article.elements.map((e) => [e.id, e]));
  const gaps = Object.entries(elements).filter(([id, state]) => countsAsShortfall(byId.get(id), state));
  return gaps.length > 0 && gaps.every(([id]) => byId.get(id)?.reservable) ? 1 : 0.5;
}

/** Sums points over the mandatory articles; null when none is in view. */
export function harmonisationScore(points: Array<{ obligation: TemplateArticle['obligation']; points: number }>): number | null {
  const mandatory = points.filter((p) => p.obligation === 'mandatory');
  if (mandatory.length === 0) return null;
  return Math.round((mandatory.reduce((s, p) => s + p.points, 0) / mandatory.length) * 1000) / 1000;
}

/** Element ids whose state is a shortfall for the status: what a report lists as "absent" or "narrowed". */
export function shortfalls(article: Pick<TemplateArticle, 'elements'>, elements: Record<string, ElementState> | undefined): Array<{ id: string; state: ElementState }> {
  const byId = new Map(article.elements.map((e) => [e.id, e]));
  return Object.entries(elements ?? {})
    .filter(([id, state]) => countsAsShortfall(byId.get(id), state))
    .map(([id, state]) => ({ id, state }));
}
