import type { Provision } from '../ingest/types.ts';
import type { EvidenceSpan } from './types.ts';
import type { ArticleDecision } from './decide.ts';
import type { PreparedArticle } from './prepare.ts';
import { insertionWords } from '../citation/cite.ts';

/** Copied wording shorter than this (about six words in a row) is ordinary legal phrasing, not evidence. */
const MIN_LOCAL_EVIDENCE = 18;

/**
 * Evidence for a decision: for each element found, where it is in the national text (the first hits in each
 * chosen unit) and, when the template's own text uses the same cue, where it is there; then copied wording.
 */
export function buildEvidence(a: PreparedArticle, d: ArticleDecision, byEId: Map<string, Provision>): EvidenceSpan[] {
  const out: EvidenceSpan[] = [];
  for (const f of d.elements) {
    const seenUnits = new Set<string>();
    for (const { eId, hit } of f.hits) {
      if (hit.narrowing && f.state !== 'narrowed') continue;
      const p = byEId.get(eId);
      if (!p || seenUnits.has(p.unit)) continue;
      seenUnits.add(p.unit);
      const t = a.hits.find((h) => h.element === f.id && !h.narrowing);
      out.push({
        element: f.id,
        unit: p.unit,
        eId,
        start: hit.start,
        end: hit.end,
        quote: hit.quote,
        ...(t ? { template: { start: t.start, end: t.end, quote: t.quote } } : {}),
      });
    }
  }
  for (const c of d.chosen) if (c.localSpan && c.local >= MIN_LOCAL_EVIDENCE) out.push(c.localSpan);
  return out;
}

/**
 * Pinpoints of each chosen unit, primary unit first: the provisions that carry the evidence (the heading that
 * matched, and those holding at least two of the article's elements), outermost only, in statute order; the unit
 * itself when nothing finer stands out.
 */
export function pinpointsByUnit(d: ArticleDecision, byEId: Map<string, Provision>, order: Map<string, number>): Array<{ unit: string; pins: string[] }> {
  return d.chosen.map((c) => {
    const eIds = new Set<string>();
    const head = c.headingAt ? byEId.get(c.headingAt.eId) : undefined;
    const headed = head && head.level > 0 && c.heading >= 0.5 ? head : undefined;
    if (headed) eIds.add(headed.eId);
    const perProvision = new Map<string, Set<string>>();
    for (const f of c.elements) {
      for (const { eId, hit } of f.hits) {
        if (hit.narrowing) continue;
        const s = perProvision.get(eId) ?? new Set<string>();
        s.add(f.id);
        perProvision.set(eId, s);
      }
    }
    const need = Math.min(2, c.elements.length);
    for (const [eId, s] of perProvision) {
      const p = byEId.get(eId);
      // Under a matched sub-heading ("Illegal Access. — ..." in an omnibus section) only that paragraph and what
      // it contains are cited: its siblings are other offences, whatever words they share.
      if (headed && !within(eId, headed.eId, byEId)) continue;
      if (p && p.level > 0 && s.size >= need) eIds.add(eId);
    }
    // A pinpoint inside another pinpoint adds nothing: 14(1) already cites 14(1)(a).
    const outer = [...eIds].filter((e) => ![...eIds].some((o) => o !== e && e.startsWith(`${o}__`)));
    const nums = outer
      .map((e) => byEId.get(e)!)
      .sort((x, y) => (order.get(x.eId) ?? 0) - (order.get(y.eId) ?? 0))
      .map(pinpointOf);
    return { unit: c.unit, pins: nums.length ? [...new Set(nums)] : [c.unit] };
  });
}

/**
 * A provision's pinpoint as printed; for a provision an amending Act inserts into another law, the amending clause
 * with what it puts where, as the expert tables cite it: "35(2) (inserting s. 163(1) into Cap. 9:23)".
 */
function pinpointOf(p: Pick<Provision, 'num' | 'inserted'>): string {
  if (!p.inserted) return p.num;
  const { by, action, into, title } = p.inserted;
  return `${by.num} (${insertionWords(p, action, title ?? into)})`;
}

/** Pinpoints as the correlation table lists them: primary unit first, at most six. */
export function flattenPinpoints(byUnit: Array<{ pins: string[] }>): string[] {
  return [...new Set(byUnit.flatMap((g) => g.pins))].slice(0, 6);
}

/** True when provision `eId` is `ancestor` or lies under it. */
function within(eId: string, ancestor: string, byEId: Map<string, Provision>): boolean {
  for (let cur: string | undefined = eId; cur; cur = byEId.get(cur)?.parent) if (cur === ancestor) return true;
  return false;
}
