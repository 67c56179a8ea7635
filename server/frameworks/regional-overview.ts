import type { CoverageStatus } from '../align/types.ts';
import type { TemplateArticle } from '../templates/types.ts';
import type { Framework } from './build-framework.ts';

/**
 * The regional view a harmonisation plan starts from: per article, which states cover, partly cover or miss it, and
 * which articles most states miss, with the elements they typically lack. Pure.
 */

export interface OverviewState {
  jurisdiction: string;
  name: string;
  instruments: number;
  score: number | null;
  scoreAll: number | null;
  /** A made-up state of the sample statutes (never real law). */
  sample: boolean;
}

export interface OverviewArticle {
  article: string;
  title: string;
  obligation: TemplateArticle['obligation'];
  covered: string[];
  partial: string[];
  missing: string[];
  /** States covering the article only by reading two of their instruments together (a subset of `covered`). */
  combined: string[];
}

interface TypicalGap {
  label: string;
  /** States where the element keeps the article from being covered. */
  states: string[];
}

export interface OverviewPriority {
  article: string;
  title: string;
  missing: string[];
  partial: string[];
  /** Elements lacking in the most states where the article is not covered, most frequent first (at most four). */
  typical: TypicalGap[];
}

export interface RegionalOverview {
  template: string;
  states: OverviewState[];
  articles: OverviewArticle[];
  /** status[article][jurisdiction], for the heat map. */
  cells: Record<string, Record<string, CoverageStatus>>;
  /** The articles missing in at least half of the states, most missed first. */
  priorities: OverviewPriority[];
}

/** The elements that keep the article from being covered in one state (all required ones when nothing matched). */
function gapLabels(article: TemplateArticle, fw: Framework, index: number): string[] {
  const a = fw.articles[index];
  const noted = a.elements.filter((e) => e.shortfall).map((e) => e.label);
  if (noted.length || a.status !== 'missing') return noted;
  return article.elements.filter((e) => e.status === 'required' && !e.restricts && !e.generalLaw && !e.reservable).map((e) => e.label);
}

export function regionalOverview(
  template: string,
  articles: TemplateArticle[],
  frameworks: Array<{ framework: Framework; name: string; sample?: boolean }>,
): RegionalOverview {
  const states = frameworks.map(({ framework: f, name, sample }) => ({
    jurisdiction: f.jurisdiction,
    name,
    instruments: f.instruments.length,
    score: f.score,
    scoreAll: f.scoreAll,
    sample: sample ?? false,
  }));
  const cells: RegionalOverview['cells'] = {};
  const rows = articles.map((article, k) => {
    const row: OverviewArticle = { article: article.article, title: article.title, obligation: article.obligation, covered: [], partial: [], missing: [], combined: [] };
    cells[article.article] = {};
    for (const { framework: f } of frameworks) {
      const a = f.articles[k];
      row[a.status].push(f.jurisdiction);
      if (a.combined) row.combined.push(f.jurisdiction);
      cells[article.article][f.jurisdiction] = a.status;
    }
    return row;
  });
  const half = frameworks.length / 2;
  const priorities = rows
    .map((row, k) => ({ row, k }))
    .filter(({ row }) => frameworks.length > 0 && row.missing.length >= half)
    .sort((x, y) => y.row.missing.length - x.row.missing.length || x.k - y.k)
    .map(({ row, k }) => {
      const byLabel = new Map<string, string[]>();
      for (const { framework: f } of frameworks) {
        if (f.articles[k].status === 'covered') continue;
        for (const label of gapLabels(articles[k], f, k)) byLabel.set(label, [...(byLabel.get(label) ?? []), f.jurisdiction]);
      }
      const typical = [...byLabel.entries()]
        .map(([label, states]) => ({ label, states }))
        .sort((a, b) => b.states.length - a.states.length)
        .slice(0, 4);
      return { article: row.article, title: row.title, missing: row.missing, partial: row.partial, typical };
    });
  return { template, states, articles: rows, cells, priorities };
}
