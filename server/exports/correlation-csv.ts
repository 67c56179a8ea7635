import type { CorrelationTable } from '../align/types.ts';
import { citeUnit } from '../citation/cite.ts';
import type { Instrument } from '../ingest/types.ts';
import type { TemplateArticle } from '../templates/types.ts';
import { toCsv } from './csv.ts';

const header = [
  'article', 'title', 'group', 'obligation',
  'machine_status', 'machine_provisions', 'machine_citations', 'score', 'flags',
  'reviewed_status', 'reviewed_provisions', 'reviewer', 'reviewed_at', 'review_note',
  'status', 'why',
];

/** One row per template article, the reviewer's values next to the machine's, and the status that counts. */
export function correlationCsv(instrument: Instrument, articles: TemplateArticle[], table: CorrelationTable): string {
  const rows = articles.map((a) => {
    const row = table.articles[a.article];
    const r = row?.reviewed;
    return [
      a.article, a.title, a.group, a.obligation,
      row?.status ?? 'missing', row?.provisions ?? [], (row?.pinpoints?.length ? row.pinpoints : row?.provisions ?? []).map((p) => citeUnit(instrument, p)),
      row?.score != null ? row.score.toFixed(2) : '', row?.flags ?? [],
      r?.status ?? '', r?.provisions ?? [], r?.author ?? '', r?.time ?? '', r?.note ?? '',
      r?.status ?? row?.status ?? 'missing', row?.why ?? '',
    ];
  });
  return toCsv(header, rows);
}
