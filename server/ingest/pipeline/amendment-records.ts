import type { AmendmentRecord, Provision } from '../types.ts';
import { amendedInstruments, namedInstrument, type AmendedInstrument } from '../extract/amended-instrument.ts';
import { amendedProvision, readQuotingClause, readUnquotedClause } from '../extract/amendment-clause.ts';
import { findQuotations } from '../structure/find-quotations.ts';
import type { TableRow } from '../structure/schedule-table.ts';
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

/** "(a) delete subsection (5) ...", "(b) In the Schedule insert ...": the items of one row's amendment. */
const ITEM = /(?:^|\s)(?=\([a-z]\)\s*(?:In\b|in\b|insert|delete|substitut|repeal|omit|renumber|Section|section|by\b))/;

/**
 * The amendments a Schedule of consequential amendments makes: one or more per row, read like clauses, the
 * row's first column naming the Act and the words before its items ("In section 31") naming the section.
 */
export function tableAmendments(rows: TableRow[], by: string): AmendmentRecord[] {
  const out: AmendmentRecord[] = [];
  for (const row of rows) {
    const target = targetOf(namedInstrument(row.enactment));
    const pieces = row.amendment.split(ITEM).map((t) => t.trim()).filter(Boolean);
    const [lead, ...items] = /^\([a-z]\)/.test(pieces[0] ?? '') ? ['', ...pieces] : pieces;
    const clauses = items.length ? items : [lead];
    const leadSection = items.length ? amendedProvision(lead) : undefined;
    for (const clause of clauses) {
      const { quotations } = findQuotations(clause, []);
      for (const q of quotations) {
        const { provision, position } = readQuotingClause(q.intro, q.action);
        const named = provision ?? leadSection ?? (/\bthe\s+Schedule\b/.test(q.intro) ? 'the Schedule' : undefined);
        out.push({ action: q.action, target, ...(named ? { provision: named } : {}), ...(position ? { position } : {}), text: quotedText(q), by });
      }
      if (quotations.length) continue;
      const reading = readUnquotedClause(clause);
      if (!reading) continue;
      const provision = reading.provision ?? leadSection;
      out.push({ ...reading, ...(provision ? { provision } : {}), target, by });
    }
  }
  return out;
}
