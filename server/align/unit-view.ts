import type { Provision, ProvisionKind } from '../ingest/types.ts';

/** A top-level unit (a section with its subsections, or a US Code subsection) as alignment sees it. */
export interface UnitView {
  unit: string;
  /** The unit's marginal note, when it has one. */
  heading?: string;
  /** Its provisions in document order, the unit itself first when it has text of its own. */
  provisions: Provision[];
  /** Headings of the Parts/chapters it sits in, outermost first. */
  pathHeadings: string[];
  kinds: Set<ProvisionKind>;
  /** Headings and text of all its provisions, joined: what lexical and local alignment read. */
  text: string;
}

/** Groups provisions into their top-level units, keeping the statute's order. */
export function groupUnits(provisions: Provision[]): UnitView[] {
  const byUnit = new Map<string, UnitView>();
  for (const p of provisions) {
    let view = byUnit.get(p.unit);
    if (!view) {
      view = { unit: p.unit, provisions: [], pathHeadings: [], kinds: new Set(), text: '' };
      byUnit.set(p.unit, view);
    }
    view.provisions.push(p);
    view.kinds.add(p.kind);
    if (p.level === 0 && p.heading && !view.heading) view.heading = p.heading;
  }
  for (const view of byUnit.values()) {
    const first = view.provisions[0];
    view.pathHeadings = first.path
      .filter((s) => s.type === 'part' || s.type === 'chapter' || s.type === 'schedule')
      .map((s) => [s.num, s.heading].filter(Boolean).join(' '));
    if (!view.heading) view.heading = view.provisions.find((p) => p.heading)?.heading;
    view.text = view.provisions.map((p) => [p.heading, p.text].filter(Boolean).join('. ')).join('\n');
  }
  return [...byUnit.values()];
}
