import type { ArticleAlignment, CorrelationTable, CoverageStatus, ElementState } from '../align/types.ts';
import type { Instrument } from '../ingest/types.ts';
import { effective } from '../matrix/effective.ts';
import { articlePoints, harmonisationScore, shortfalls } from '../matrix/harmonisation-score.ts';
import type { TemplateArticle } from '../templates/types.ts';

/**
 * A state's framework: its statutes in the library read together, article by article. A policy officer asks "what
 * does Guyana's law cover?", not "what does one Act cover?": an interception Act and a mutual assistance Act, or a
 * Bill and its companion amendment Bill, implement the Convention between them.
 */

/** One instrument of the framework with its served table (reviews merged). */
export interface FrameworkMember {
  instrument: Instrument;
  table: CorrelationTable;
}

/** What one instrument contributes to one article. */
export interface ArticleSource {
  instrument: string;
  status: CoverageStatus;
  provisions: string[];
  pinpoints?: string[];
  reviewed: boolean;
}

/** One element of the article and the instruments whose words supply it. */
export interface ElementSupply {
  id: string;
  label: string;
  /** The best state any contributing instrument shows. */
  state: ElementState;
  /** Instruments where the element is present, best-supported first; empty when none has it. */
  instruments: string[];
  /** Still keeps the article from being covered after every instrument is read. */
  shortfall: boolean;
}

export interface FrameworkArticle {
  article: string;
  title: string;
  obligation: TemplateArticle['obligation'];
  status: CoverageStatus;
  /**
   * Covered only by reading two or more instruments together: no single instrument covers the article, but each
   * element is supplied by one of them.
   */
  combined: boolean;
  /** The instrument whose own finding is best (ties: the first in the framework's order); null when all miss. */
  best: string | null;
  /** A reviewer decided the best instrument's cell. */
  reviewed: boolean;
  /** Instruments implementing the article at least in part, best first. */
  sources: ArticleSource[];
  elements: ElementSupply[];
  /** Element states after reading every instrument (for the score and the reports). */
  merged: Record<string, ElementState>;
  /** The best instrument's alignment (its why, flags, confidence), for the reports. */
  alignment: ArticleAlignment | null;
}

export interface Framework {
  jurisdiction: string;
  template: string;
  /** The included instruments, in the order given. */
  instruments: string[];
  articles: FrameworkArticle[];
  totals: { covered: number; partial: number; missing: number; combined: number };
  /** Harmonisation score of the framework, reservable paragraphs left out (harmonisation-score.ts). */
  score: number | null;
  /** The same, reservable paragraphs counted. */
  scoreAll: number | null;
}

const statusRank: Record<CoverageStatus, number> = { covered: 2, partial: 1, missing: 0 };
const stateRank: Record<ElementState, number> = { present: 3, narrowed: 2, 'optional-absent': 1, absent: 0 };

/** Reads one article across the framework's instruments. Pure. */
export function frameworkArticle(article: TemplateArticle, members: FrameworkMember[]): FrameworkArticle {
  const read = members.map(({ instrument, table }) => {
    const a = table.articles[article.article];
    const e = a ? effective(a) : { status: 'missing' as const, provisions: [], reviewed: false };
    return { instrument: instrument.id, alignment: a ?? null, ...e };
  });
  // Stable: the framework's own order breaks ties.
  const ranked = read
    .map((r, i) => ({ r, i }))
    .sort((x, y) => statusRank[y.r.status] - statusRank[x.r.status] || x.i - y.i)
    .map(({ r }) => r);
  const contributing = ranked.filter((r) => r.status !== 'missing');
  const best = contributing[0] ?? null;

  // An element's best state over the instruments that implement the article at least in part: a missing cell's
  // element states describe a provision that is not this article's, and supply nothing.
  const merged: Record<string, ElementState> = {};
  const suppliers = new Map<string, string[]>();
  for (const r of contributing) {
    for (const [id, state] of Object.entries(r.alignment?.elements ?? {})) {
      if (merged[id] === undefined || stateRank[state] > stateRank[merged[id]]) merged[id] = state;
      if (state === 'present') suppliers.set(id, [...(suppliers.get(id) ?? []), r.instrument]);
    }
  }
  const gaps = new Set(shortfalls(article, merged).map((g) => g.id));
  const bestStatus: CoverageStatus = best?.status ?? 'missing';
  // Combined coverage needs two instruments each supplying what the other lacks, and element findings to read:
  // a reviewer's decision stands as it is.
  const combined =
    bestStatus === 'partial' &&
    contributing.length > 1 &&
    Object.keys(merged).length > 0 &&
    gaps.size === 0 &&
    !contributing.some((r) => r.reviewed) &&
    new Set([...suppliers.values()].flat()).size > 1;
  return {
    article: article.article,
    title: article.title,
    obligation: article.obligation,
    status: combined ? 'covered' : bestStatus,
    combined,
    best: best?.instrument ?? null,
    reviewed: best?.reviewed ?? false,
    sources: contributing.map((r) => ({
      instrument: r.instrument,
      status: r.status,
      provisions: r.provisions,
      ...(!r.reviewed && r.alignment?.pinpoints ? { pinpoints: r.alignment.pinpoints } : {}),
      reviewed: r.reviewed,
    })),
    elements: article.elements
      .filter((el) => merged[el.id] !== undefined)
      .map((el) => ({ id: el.id, label: el.label, state: merged[el.id], instruments: suppliers.get(el.id) ?? [], shortfall: gaps.has(el.id) })),
    merged,
    alignment: best?.alignment ?? read[0]?.alignment ?? null,
  };
}

/** The framework of one jurisdiction against one template's articles. Pure: the caller supplies the tables. */
export function buildFramework(jurisdiction: string, template: string, articles: TemplateArticle[], members: FrameworkMember[]): Framework {
  const rows = articles.map((a) => frameworkArticle(a, members));
  const totals = { covered: 0, partial: 0, missing: 0, combined: 0 };
  for (const r of rows) {
    totals[r.status]++;
    if (r.combined) totals.combined++;
  }
  const points = (countReservable: boolean) =>
    rows.map((r, k) => ({
      obligation: r.obligation,
      points: articlePoints(articles[k], r.status, r.merged, r.reviewed, countReservable),
    }));
  return {
    jurisdiction,
    template,
    instruments: members.map((m) => m.instrument.id),
    articles: rows,
    totals,
    score: harmonisationScore(points(false)),
    scoreAll: harmonisationScore(points(true)),
  };
}
