import type { AmendmentRecord, Provision } from '../types.ts';
import { amendedInstruments, type AmendedInstrument } from '../extract/amended-instrument.ts';
import { amendedProvision, readQuotingClause, readUnquotedClause } from '../extract/amendment-clause.ts';
import { quotedText, type QuotedText } from './place-quotations.ts';

/** A unit whose marginal note says it amends (or repeals) another Act; its clauses are read for amendments. */
const AMENDING_HEADING = /\b(?:amend\w*|insert\w*|substitut\w*|repeal\w*|consequential|revoc\w*)\b/i;
const AMENDING_TEXT = /\b(?:is|are)\s+(?:hereby\s+)?(?:amended|repealed)\b/;

const targetOf = (t: AmendedInstrument | null): AmendmentRecord['target'] => ({ ...(t?.title ? { title: t.title } : {}), ...(t?.chapter ? { chapter: t.chapter } : {}) });

/** The section an enclosing clause names ("Section 18 of the ... Act is amended by (a) inserting ..."). */
function fromAncestors(p: Provision, byId: Map<string, Provision>): string | undefined {
  for (let a = p.parent ? byId.get(p.parent) : undefined; a; a = a.parent ? byId.get(a.parent) : undefined) {
    const named = amendedProvision(a.text);
    if (named) return named;
  }
  return undefined;
}

/**
 * One record per amendment an amending Act makes, in document order: each quotation of new text an amending clause
 * carries (insert or substitute, with the text and the sections parsed from it), and each clause that repeals,
 * amends words or renumbers without quoting. Clauses are read only in units that say they amend or repeal.
 */
export function amendmentRecords(provisions: Provision[], quoted: QuotedText[]): AmendmentRecord[] {
  const byId = new Map(provisions.map((p) => [p.eId, p]));
  const quotesBy = new Map<string, QuotedText[]>();
  for (const q of quoted) quotesBy.set(q.by, [...(quotesBy.get(q.by) ?? []), q]);
  const own = provisions.filter((p) => !p.inserted);
  const unitText = new Map<string, string>();
  const unitRoot = new Map<string, Provision>();
  for (const p of own) {
    unitText.set(p.unit, `${unitText.get(p.unit) ?? ''} ${p.text}`);
    if (p.level === 0 && !unitRoot.has(p.unit)) unitRoot.set(p.unit, p);
  }
  const amended = amendedInstruments();
  const targets = new Map<string, AmendedInstrument | null>();
  const out: AmendmentRecord[] = [];
  for (const p of own) {
    if (p.level === 0 && !targets.has(p.unit)) targets.set(p.unit, amended(p.heading, unitText.get(p.unit) ?? ''));
    const unit = unitRoot.get(p.unit);
    if (!AMENDING_HEADING.test(unit?.heading ?? '') && !AMENDING_TEXT.test(unitText.get(p.unit) ?? '')) continue;
    const quotes = quotesBy.get(p.eId) ?? [];
    for (const q of quotes) {
      const { provision, position } = readQuotingClause(q.quotation.intro, q.quotation.action);
      const sections = q.inserted.map((id) => byId.get(id)?.num).filter((n): n is string => !!n);
      const named = provision ?? (sections.length ? `section${sections.length > 1 ? 's' : ''} ${sections.join(', ')}` : fromAncestors(p, byId));
      out.push({
        action: q.quotation.action,
        target: targetOf(q.target ?? targets.get(p.unit) ?? null),
        ...(named ? { provision: named } : {}),
        ...(position ? { position } : {}),
        text: quotedText(q.quotation),
        by: p.eId,
        ...(q.inserted.length ? { inserted: q.inserted } : {}),
      });
    }
    if (quotes.length) continue;
    const reading = readUnquotedClause(p.text);
    if (!reading) continue;
    const provision = reading.provision ?? fromAncestors(p, byId);
    out.push({ ...reading, ...(provision ? { provision } : {}), target: targetOf(repealedAct(p.text) ?? targets.get(p.unit) ?? null), by: p.eId });
  }
  return out;
}

/** "The Computer Misuse Act, Cap. 124B is repealed.": the whole Act is the target. */
function repealedAct(text: string): AmendedInstrument | null {
  const m = text.match(/^(.{0,200}?)\s+is\s+(?:hereby\s+)?repealed\b/);
  if (!m || /\bsection\b/i.test(m[1])) return null;
  return amendedInstruments()(undefined, m[1]);
}
