import { basename } from 'node:path';
import type { BulkOutcome } from './types.ts';
import { maxOf } from '../../large-arrays.ts';

/**
 * The summary an ingest run prints: one row per file (file, format, units, provisions, warnings, status), then
 * totals. Plain text, aligned, so it reads in any terminal and in CI logs.
 */

type FileStatus = 'ok' | 'warnings' | 'failed';

export function statusOf(outcome: BulkOutcome): FileStatus {
  if (outcome.error) return 'failed';
  return (outcome.summary?.warnings ?? 0) > 0 ? 'warnings' : 'ok';
}

function formatOf(file: string): string {
  const m = /\.([a-z0-9]+)$/i.exec(file);
  return m ? m[1].toLowerCase() : '?';
}

function summaryRows(outcomes: BulkOutcome[]): string[][] {
  return outcomes.map((o) => [
    basename(o.file),
    o.summary?.format ?? formatOf(o.file),
    o.summary ? String(o.summary.units) : '-',
    o.summary ? String(o.summary.provisions) : '-',
    o.summary ? String(o.summary.warnings) : '-',
    statusOf(o),
  ]);
}

function renderTable(header: string[], rows: string[][], maxFileWidth = 60): string {
  const clip = (cell: string, i: number) => (i === 0 && cell.length > maxFileWidth ? `${cell.slice(0, maxFileWidth - 1)}…` : cell);
  const all = [header, ...rows].map((row) => row.map(clip));
  const widths = header.map((_, i) => maxOf(all.map((row) => row[i].length)));
  const numeric = header.map((_, i) => i > 1 && i < header.length - 1);
  const line = (row: string[]) => row.map((cell, i) => (numeric[i] ? cell.padStart(widths[i]) : cell.padEnd(widths[i]))).join('  ').trimEnd();
  return [line(all[0]), widths.map((w) => '-'.repeat(w)).join('  '), ...all.slice(1).map(line)].join('\n');
}

function totalsLine(outcomes: BulkOutcome[], ms: number): string {
  const counts = { ok: 0, warnings: 0, failed: 0 };
  let provisions = 0;
  for (const o of outcomes) {
    counts[statusOf(o)]++;
    provisions += o.summary?.provisions ?? 0;
  }
  return (
    `${outcomes.length} file(s): ${counts.ok} parsed cleanly, ${counts.warnings} with warnings, ${counts.failed} failed; ` +
    `${provisions} provisions in ${(ms / 1000).toFixed(1)} s`
  );
}

/** The table for a run: every row when short, otherwise the failures and warnings only (the JSON has the rest). */
export function summaryTable(outcomes: BulkOutcome[], ms: number, maxRows = 100): string {
  const header = ['file', 'format', 'units', 'provisions', 'warnings', 'status'];
  let shown = outcomes;
  let note = '';
  if (outcomes.length > maxRows) {
    shown = outcomes.filter((o) => statusOf(o) === 'failed');
    note = `(${outcomes.length} files: showing the ${shown.length} failed; write --out for every file's report)\n`;
  }
  const table = shown.length ? `${renderTable(header, summaryRows(shown))}\n` : '';
  return `${note}${table}${totalsLine(outcomes, ms)}`;
}
