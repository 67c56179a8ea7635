import type { CorrelationTable, CoverageStatus } from './types.ts';
import { maxOf } from '../large-arrays.ts';

/** Status symbols readable without colour: covered, partial, missing. */
const STATUS_MARK: Record<CoverageStatus, string> = { covered: '✓', partial: '~', missing: '·' };

/** A compact text matrix: one row per instrument, one column per article, with a legend and row counts. */
export function formatMatrix(tables: CorrelationTable[], articles: string[]): string {
  const name = Math.min(48, Math.max(10, maxOf(tables.map((t) => t.instrument.length))));
  const width = Math.max(2, maxOf(articles.map((a) => a.length)));
  const head = `${''.padEnd(name)}  ${articles.map((a) => a.padStart(width)).join(' ')}   ✓  ~  ·`;
  const lines = [head];
  for (const t of tables) {
    const marks = articles.map((a) => STATUS_MARK[t.articles[a]?.status ?? 'missing'].padStart(width));
    const count = (s: CoverageStatus): string => String(articles.filter((a) => (t.articles[a]?.status ?? 'missing') === s).length).padStart(2);
    const label = t.instrument.length > name ? `${t.instrument.slice(0, name - 1)}…` : t.instrument.padEnd(name);
    lines.push(`${label}  ${marks.join(' ')}  ${count('covered')} ${count('partial')} ${count('missing')}`);
  }
  lines.push('', `Legend: ${STATUS_MARK.covered} covered  ${STATUS_MARK.partial} partial  ${STATUS_MARK.missing} missing (columns are template articles)`);
  return lines.join('\n');
}
