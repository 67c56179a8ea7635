import type { SearchHit } from '../search/types.ts';
import { toCsv } from './csv.ts';

const HEADER = ['Rank', 'Jurisdiction', 'Instrument', 'Citation', 'Heading', 'Kind of provision', 'Part', 'Excerpt', 'Score', 'Instrument id', 'Provision id'];

/**
 * Search hits as a spreadsheet a researcher can sort and annotate: one row per hit, best first, the excerpt as
 * plain text (the words that matched are not marked: a CSV has no emphasis). Cells are escaped by toCsv (formula
 * prefixes neutralised: statute text is untrusted).
 */
export function searchCsv(hits: readonly SearchHit[], firstRank = 1): string {
  return toCsv(
    HEADER,
    hits.map((h, i) => [
      firstRank + i,
      h.jurisdiction,
      h.instrumentTitle,
      h.citation,
      h.heading ?? '',
      h.kind ?? '',
      h.part ?? '',
      h.snippet.map((s) => s.text).join(''),
      h.score,
      h.instrument,
      h.eId,
    ]),
  );
}
