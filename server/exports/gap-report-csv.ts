import { statusWords, type GapReport } from './gap-report.ts';
import { toCsv } from './csv.ts';

const header = [
  'article', 'title', 'obligation', 'status', 'read_together', 'provisions', 'elements_lacking', 'divergences',
  'closest_candidate', 'elements_supplied_by', 'reviewed_by', 'reviewed_on', 'review_note',
];

/** The gap report as a spreadsheet: one row per article, in template order, the same findings as the other formats. */
export function gapReportCsv(r: GapReport): string {
  const entries = [...r.missing, ...r.partial, ...r.covered].sort(
    (a, b) => a.article.localeCompare(b.article, 'en', { numeric: true }),
  );
  const rows = entries.map((g) => [
    g.article, g.title, g.obligation, statusWords[g.status], g.combined ? 'yes' : '', g.citations, g.reasons, g.divergences,
    g.closest, g.suppliedBy.map((s) => `${s.element}: ${s.instruments.join(' & ')}`),
    g.reviewed?.author ?? '', g.reviewed?.time.slice(0, 10) ?? '', g.reviewed?.note ?? '',
  ]);
  return toCsv(header, rows);
}
