import type { Instrument, Provision } from '../../api/types.ts';

interface TocUnit {
  unit: string;
  heading?: string;
  eId: string;
}

interface TocGroup {
  /** Part or chapter label, e.g. "Part II Offences"; null for units outside any part. */
  label: string | null;
  units: TocUnit[];
}

/** Top-level units grouped under the part (or chapter) they sit in, in statute order. */
export function buildToc(instrument: Instrument, provisions: Provision[]): TocGroup[] {
  const groups: TocGroup[] = [];
  for (const p of provisions) {
    if (p.level !== 0) continue;
    const container = [...p.path].reverse().find((step) => step.type === 'part' || step.type === 'chapter' || step.type === 'schedule');
    const label = container ? `${capitalise(container.type)} ${container.num}${container.heading ? ` ${container.heading}` : ''}` : null;
    const last = groups[groups.length - 1];
    const entry = { unit: p.unit, heading: p.heading, eId: p.eId };
    if (last && last.label === label) last.units.push(entry);
    else groups.push({ label, units: [entry] });
  }
  // Instruments whose records have no level-0 rows still get a flat list of their units.
  if (groups.length === 0 && instrument.report?.units?.length) {
    groups.push({ label: null, units: instrument.report.units.map((u) => ({ unit: u.unit, heading: u.heading, eId: '' })) });
  }
  return groups;
}

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
