import type { IngestWarning, TocEntry } from '../types.ts';
import { findToc } from '../structure/find-toc.ts';
import { findUnits } from '../structure/find-units.ts';
import { readResolution } from '../structure/read-resolution.ts';
import type { UnitDraft } from '../structure/types.ts';
import { readAmendmentTable, tableLines } from '../structure/schedule-table.ts';
import type { SourceLine } from '../source-line.ts';
import { pushAll } from '../../large-arrays.ts';

interface TextStructure {
  units: UnitDraft[];
  toc: TocEntry[] | null;
  kind: 'sections' | 'articles' | 'subsections';
  unassigned: string[];
}

/** Structure of a text read line by line: its arrangement (kept as a cross-check only) and its units. */
export function structureText(lines: SourceLine[], warnings: IngestWarning[]): TextStructure {
  const toc = findToc(lines);
  const found = findUnits(lines, toc);
  pushAll(warnings, found.warnings);
  // Headings missing in the body (a bill printing marginal notes only in its arrangement) come from the TOC.
  if (toc) {
    for (const u of found.units) {
      if (u.heading) continue;
      const entry = toc.entries.find((e) => e.unit === u.num);
      if (entry?.heading) u.heading = entry.heading;
    }
  }
  // A Schedule table flattened page by page is read as one table, its rows one block each.
  for (const u of found.units) {
    if (u.type !== 'schedule') continue;
    const table = readAmendmentTable(u.body);
    if (!table) continue;
    u.table = table.rows;
    u.body = [...tableLines(table.rows, (u.body[0]?.block ?? 0) * 1000), ...table.rest];
  }
  if (found.units.length === 0) {
    const resolution = readResolution(lines, warnings);
    if (resolution) return { units: [resolution], toc: null, kind: 'sections', unassigned: [] };
  }
  return { units: found.units, toc: toc?.entries ?? null, kind: found.kind, unassigned: found.unassigned };
}
