import type { CorrelationTable } from '../align/types.ts';
import type { Instrument, PathStep, Provision } from '../ingest/types.ts';
import { citeProvision } from '../citation/cite.ts';
import type { SearchDoc } from './types.ts';

type InstrumentForSearch = Pick<Instrument, 'id' | 'title' | 'jurisdiction'> & Partial<Pick<Instrument, 'units'>>;

const CONTAINER_NAMES: Record<string, string> = { part: 'Part', chapter: 'Chapter', schedule: 'Schedule' };

/** "Part II – Offences": the container a reader would name, from the provision's ancestors. */
function partLabel(path: readonly PathStep[]): string | undefined {
  const step = path.find((s) => s.type === 'part' || s.type === 'chapter') ?? path.find((s) => s.type === 'schedule');
  if (!step) return undefined;
  const name = CONTAINER_NAMES[step.type];
  const num = new RegExp(`^${name}\\b`, 'i').test(step.num) ? step.num : `${name} ${step.num}`.trim();
  return step.heading ? `${num} – ${step.heading}` : num;
}

/** Template articles per top-level unit, from a correlation table (a reviewer's decision wins over the machine's). */
export function articlesByUnitFromTable(table: CorrelationTable): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [article, a] of Object.entries(table.articles)) {
    const units = a.reviewed ? a.reviewed.provisions : a.provisions;
    for (const unit of units) {
      const list = (out[unit] ??= []);
      if (!list.includes(article)) list.push(article);
    }
  }
  return out;
}

/** One SearchDoc per provision (every level: sections, subsections, paragraphs), in the instrument's order. */
export function docsFromProvisions(
  instrument: InstrumentForSearch,
  provisions: readonly Provision[],
  articlesByUnit?: Record<string, string[]> | Map<string, string[]>,
): SearchDoc[] {
  const articlesOf = (unit: string): string[] =>
    [...((articlesByUnit instanceof Map ? articlesByUnit.get(unit) : articlesByUnit?.[unit]) ?? [])];
  return provisions.map((p) => {
    // Headings of the enclosing section (and deeper ancestors), so a subsection is found by its section's note.
    const context = p.path
      .filter((s) => !CONTAINER_NAMES[s.type] && s.heading)
      .map((s) => s.heading)
      .join(' ; ');
    const doc: SearchDoc = {
      instrument: instrument.id,
      instrumentTitle: instrument.title,
      jurisdiction: instrument.jurisdiction,
      eId: p.eId,
      num: p.num,
      unit: p.unit,
      text: p.text,
      defines: p.defines.map((d) => d.term),
      kind: p.kind,
      articles: articlesOf(p.unit),
      citation: citeProvision(instrument, { num: p.num, unit: p.unit }),
    };
    if (p.heading) doc.heading = p.heading;
    const part = partLabel(p.path);
    if (part) doc.part = part;
    if (context) doc.context = context;
    return doc;
  });
}
