import type { AmendmentRecord, Provision } from '../ingest/types.ts';

/** A general law a provision applies to the statute's offences: its title as printed, and where. */
export interface AppliedLaw {
  title: string;
  eId: string;
}

/** The title of a named Act: capitalised words ending in "Act" ("Mutual Assistance in Criminal Matters Act"). */
const ACT_TITLE = /\b((?:[A-Z][A-Za-z'’()-]*\s+)(?:(?:[A-Z][A-Za-z'’()-]*|of|in|and|for|the|on)\s+){0,10}Act)\b/g;

/**
 * Words that make a mention of another law operative: the law is applied, amended or relied on for the offences,
 * not merely listed ("shall be read together with the Data Protection Act ...").
 */
const OPERATIVE = /\b(?:shall apply|applies|apply to|is amended|are amended|shall be deemed|deemed to be|extraditable|extradition may be granted|in accordance with|subject to)\b/i;

/**
 * The general laws a unit's provisions apply to the statute's offences: "The Mutual Assistance in Criminal Matters
 * Act, Cap. 140A shall apply to this Act in relation to an offence under this Act", "... shall be considered to be an
 * extraditable crime ... under the Extradition Act". Such a provision implements the co-operation article that law
 * governs through another instrument (Budapest Arts 24(1)-(2) and 25(1), which leave the means to the Parties).
 */
export function appliedLaws(provisions: Provision[]): AppliedLaw[] {
  const out: AppliedLaw[] = [];
  for (const p of provisions) {
    if (!OPERATIVE.test(p.text)) continue;
    for (const m of p.text.matchAll(ACT_TITLE)) {
      const title = m[1].trim().replace(/^The\s+/, '');
      if (!/^this Act$/i.test(title)) out.push({ title, eId: p.eId });
    }
  }
  return out;
}

/** True when one of the laws is the kind the article names (ArticleProfile.appliedBy), by words in its title. */
export function appliesLawOf(laws: AppliedLaw[], appliedBy: string[] | undefined): AppliedLaw | undefined {
  if (!appliedBy?.length) return undefined;
  return laws.find((l) => appliedBy.some((w) => l.title.toLowerCase().includes(w.toLowerCase())));
}

/**
 * The general laws an amending instrument changes, per amending unit, from its amendment records: a Schedule that
 * adds "Any offence under the Cybercrime Act" to the Extradition Act's list of extraditable offences, or substitutes
 * an online infringement in the Copyright Act, implements Art. 24 or Art. 10 through that law. Repeals implement
 * nothing.
 */
export function amendedLaws(amendments: AmendmentRecord[], unitOf: Map<string, string>): Map<string, AppliedLaw[]> {
  const out = new Map<string, AppliedLaw[]>();
  for (const a of amendments) {
    const unit = unitOf.get(a.by);
    if (!unit || a.action === 'repeal' || !a.target.title) continue;
    const list = out.get(unit) ?? [];
    list.push({ title: a.target.title, eId: a.by });
    out.set(unit, list);
  }
  return out;
}

