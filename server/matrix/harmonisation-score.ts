import type { CoverageStatus, ElementState } from '../align/types.ts';
import type { TemplateArticle } from '../templates/types.ts';
import { elementRole, shortfallsOf } from '../align/element-roles.ts';

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

/**
 * The two scores shown side by side, each in one sentence a reader can check (issue: a score with and without the
 * options a Party has). Only reservable paragraphs differ; optional elements and whole articles never do.
 */
export const scoreSentences = {
  withoutOptions:
    'Score with reservations: the share of mandatory articles implemented (a partial one counts half), leaving out ' +
    'the paragraphs a Party may reserve, such as Art. 6(3) or Art. 22(2): what a Party making those reservations must enact.',
  withOptions:
    'Score without reservations: the same share counting every paragraph, the reservable ones too: what a Party ' +
    'making no reservation must enact.',
} as const;

/** A stored table's element states read with the profile's roles, as the aligner read them (see shortfallsOf). */
function shortfallStates(article: Pick<TemplateArticle, 'elements'>, elements: Record<string, ElementState> | undefined) {
  const byId = new Map(article.elements.map((e) => [e.id, e]));
  const read = Object.entries(elements ?? {}).flatMap(([id, state]) => {
    const el = byId.get(id);
    return el ? [{ id, state, role: elementRole(el), alternatives: el.alternatives, reservable: el.reservable }] : [];
  });
  return shortfallsOf(read);
}

/**
 * The points one article earns: 1 covered, 0.5 partial, 0 missing; a partial whose gaps are all reservable, 1,
 * unless `countReservable` asks for the score of a Party making no reservation.
 */
export function articlePoints(
  article: Pick<TemplateArticle, 'elements'>,
  status: CoverageStatus,
  elements: Record<string, ElementState> | undefined,
  reviewed: boolean,
  countReservable = false,
): number {
  if (status === 'covered') return 1;
  if (status === 'missing') return 0;
  if (reviewed || !elements || countReservable) return 0.5;
  const gaps = shortfallStates(article, elements);
  return gaps.length > 0 && gaps.every((g) => g.reservable) ? 1 : 0.5;
}

/** Sums points over the mandatory articles; null when none is in view. */
export function harmonisationScore(points: Array<{ obligation: TemplateArticle['obligation']; points: number }>): number | null {
  const mandatory = points.filter((p) => p.obligation === 'mandatory');
  if (mandatory.length === 0) return null;
  return Math.round((mandatory.reduce((s, p) => s + p.points, 0) / mandatory.length) * 1000) / 1000;
}

/** Element ids whose state is a shortfall for the status: what a report lists as "absent" or "narrowed". */
export function shortfalls(article: Pick<TemplateArticle, 'elements'>, elements: Record<string, ElementState> | undefined): Array<{ id: string; state: ElementState }> {
  return shortfallStates(article, elements).map(({ id, state }) => ({ id, state }));
}
