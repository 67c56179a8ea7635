import type { IngestReport, IngestWarning, Provision, TocEntry } from '../types.ts';

const squash = (t: string | undefined) => (t ?? '').toLowerCase().replace(/[^a-z0-9]+/g, '');

/** Numbering gaps (12 then 14) and repeated numbers among the body's sections. */
function gapsAndDuplicates(units: string[]): { gaps: string[]; duplicates: string[] } {
  const gaps: string[] = [];
  const duplicates: string[] = [];
  const seen = new Set<string>();
  let prev: number | null = null;
  for (const u of units) {
    if (seen.has(u)) duplicates.push(u);
    seen.add(u);
    const m = u.match(/^(\d+)$/) ?? u.match(/^(\d+)[A-Z]{1,2}$/);
    if (!m) continue;
    const n = parseInt(m[1], 10);
    if (prev !== null && n > prev + 1) for (let k = prev + 1; k < n && gaps.length < 200; k++) gaps.push(String(k));
    if (prev === null || n > prev) prev = n;
  }
  return { gaps, duplicates };
}

/** Compare the arrangement of sections with the body: what is missing, extra or numbered differently. */
function compareToc(toc: TocEntry[] | null, body: Array<{ unit: string; heading?: string }>) {
  const missing: string[] = [];
  const extra: string[] = [];
  const renumbered: IngestReport['renumbered'] = [];
  if (!toc) return { missing, extra, renumbered };
  const bodyUnits = new Set(body.map((u) => u.unit));
  const tocUnits = new Set(toc.map((e) => e.unit));
  const lost = toc.filter((e) => !bodyUnits.has(e.unit));
  const added = body.filter((u) => !tocUnits.has(u.unit));
  for (const e of lost) {
    const match = added.find((u) => squash(u.heading) && squash(u.heading) === squash(e.heading));
    if (match) renumbered.push({ toc: e.unit, body: match.unit, heading: e.heading });
    else missing.push(e.unit);
  }
  for (const u of added) if (!renumbered.some((r) => r.body === u.unit)) extra.push(u.unit);
  return { missing, extra, renumbered };
}

export function buildReport(input: {
  provisions: Provision[];
  toc: TocEntry[] | null;
  unassigned: string[];
  warnings: IngestWarning[];
  chars: number;
  ms: number;
}): IngestReport {
  const top = input.provisions.filter((p) => p.level === 0);
  const units = top.map((p) => ({ unit: p.unit, ...(p.heading ? { heading: p.heading } : {}) }));
  const sections = top.filter((p) => !/Schedule/i.test(p.unit)).map((p) => p.unit);
  const { gaps, duplicates } = gapsAndDuplicates(sections);
  const { missing, extra, renumbered } = compareToc(input.toc, units);
  if (gaps.length) input.warnings.push({ code: 'LEXALIGN_WARN_NUMBERING_GAP', message: `Numbers missing from the body's sequence: ${gaps.slice(0, 20).join(', ')}${gaps.length > 20 ? ' ...' : ''}.` });
  return {
    units, toc: input.toc, missing, extra, renumbered, gaps, duplicates, unassigned: input.unassigned, warnings: input.warnings,
    stats: {
      provisions: input.provisions.length,
      definitions: input.provisions.reduce((n, p) => n + p.defines.length, 0),
      penalties: input.provisions.reduce((n, p) => n + p.penalty.length, 0),
      chars: input.chars, ms: input.ms,
    },
  };
}
