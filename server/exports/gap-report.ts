import type { CorrelationTable, CoverageStatus } from '../align/types.ts';
import type { Instrument } from '../ingest/types.ts';
import type { TemplateArticle } from '../templates/types.ts';
import { citations } from './citation.ts';
import { articlePoints, harmonisationScore, shortfalls } from '../matrix/harmonisation-score.ts';

export interface GapEntry {
  article: string;
  title: string;
  obligation: 'mandatory' | 'optional';
  status: CoverageStatus;
  /** Exact citations of the implementing provisions: "s. 4(1)(a)". */
  citations: string[];
  /** Why the article is not fully implemented: elements absent or narrowed, divergence flags, the engine's reason. */
  reasons: string[];
  reviewed: { author: string; time: string; note?: string } | null;
}

export interface GapReport {
  instrument: { id: string; title: string; jurisdiction: string; year: number | null };
  template: { id: string; title: string };
  generated: string;
  counts: { covered: number; partial: number; missing: number };
  /** The harmonisation score, as in the matrix (see harmonisation-score.ts). */
  score: number | null;
  missing: GapEntry[];
  partial: GapEntry[];
  covered: GapEntry[];
  unmatched: Array<{ citation: string; heading?: string; why?: string }>;
}

/** The gap report's content, independent of its format. */
export function buildGapReport(
  instrument: Instrument,
  template: { id: string; title: string; articles: TemplateArticle[] },
  table: CorrelationTable,
  generated = new Date(),
): GapReport {
  const entries: GapEntry[] = template.articles.map((a) => {
    const row = table.articles[a.article];
    const r = row?.reviewed;
    const status = r?.status ?? row?.status ?? 'missing';
    const provisions = r?.provisions ?? row?.provisions ?? [];
    const reasons: string[] = [];
    if (status !== 'covered') {
      // Shortfalls only: a restriction the national rule does without makes it wider, not deficient.
      for (const { id, state } of shortfalls(a, row?.elements)) {
        const el = a.elements.find((e) => e.id === id);
        reasons.push(`${el?.label ?? id}: ${state}${el?.reservable ? ` (Art. ${el.reservable} may be reserved)` : ''}`);
      }
      for (const flag of row?.flags ?? []) reasons.push(`Divergence: ${flag}`);
      if (r?.note) reasons.push(`Reviewer: ${r.note}`);
      if (row?.why) reasons.push(row.why);
      if (!row) reasons.push('Not assessed by the alignment engine');
    }
    return {
      article: a.article,
      title: a.title,
      obligation: a.obligation,
      status,
      citations: citations(instrument.units, provisions, r ? undefined : row?.pinpoints),
      reasons,
      reviewed: r ? { author: r.author, time: r.time, ...(r.note ? { note: r.note } : {}) } : null,
    };
  });
  const counts = { covered: 0, partial: 0, missing: 0 };
  for (const e of entries) counts[e.status]++;
  const points = template.articles.map((a, k) => ({
    obligation: a.obligation,
    points: articlePoints(a, entries[k].status, table.articles[a.article]?.elements, entries[k].reviewed !== null),
  }));
  return {
    instrument: { id: instrument.id, title: instrument.title, jurisdiction: instrument.jurisdiction, year: instrument.year },
    template: { id: template.id, title: template.title },
    generated: generated.toISOString(),
    counts,
    score: harmonisationScore(points),
    missing: entries.filter((e) => e.status === 'missing'),
    partial: entries.filter((e) => e.status === 'partial'),
    covered: entries.filter((e) => e.status === 'covered'),
    unmatched: (table.unmatched ?? []).map((u) => ({ citation: citations(instrument.units, [u.unit])[0], heading: u.heading, why: u.why })),
  };
}
