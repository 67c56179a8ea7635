import type { AmendmentRecord } from '../types.ts';

/**
 * Reading one amending clause (or one item of a Schedule of consequential amendments) as a drafter wrote it:
 * "Section 29 ... is amended in subsection (1) (a) in paragraph (a) by deleting the word “and” ...", "Section 34 is
 * deleted.", "The principal Act is amended by the repeal of sections 163 to 166 and the substitution of ...".
 */

const SECTION_REF = /\b(?:[Ss]ections?)\s+\d{1,4}[A-Z]{0,2}(?:\s*\(\d{1,3}[A-Z]?\))?(?:\s*(?:to|and|-|–)\s*\d{1,4}[A-Z]{0,2})?/g;
const PLACE_AFTER = /\b(?:immediately\s+)?(?:after|before)\s+(?:(?:sub-?section|paragraph|section|Part|definition)s?\s+(?:\([^)]{1,6}\)|[\dA-Z]{1,6}\b|["“][^"”]{1,60}["”])|the\s+definition\s+of\s+["“][^"”]{1,60}["”])/i;
const PLACE_IN = /\b(?:sub-?section|paragraph|subparagraph)\s+\(\w{1,5}\)|\bthe\s+definitions?\s+of\s+["“][^"”]{1,60}["”](?:,\s*["“][^"”]{1,60}["”])*(?:\s+and\s+["“][^"”]{1,60}["”])?/i;
const WORDS = /\b(?:delet\w*|substitut\w*|replac\w*|omit\w*|insert\w*)\s+(?:the\s+)?words?\s+["“]([^"”]{1,200})["”]/i;
const REPLACEMENT = /\b(?:substitut\w*|replac\w*)\b[^"“]{0,40}\b(?:words?|therefor(?:e)?)\s+["“]([^"”]{1,200})["”]|\bsubstitut\w*\s+(?:therefor\s+)?["“]([^"”]{1,200})["”]/i;
const RENUMBER = /\brenumber\w*\s+((?:sub-?)?sections?|paragraphs?)\s+([\w()]+)\s+as\s+([\w()]+)/i;
/** "Section 34 is deleted.", "The Computer Misuse Act, Cap. 124B is repealed.", "by the repeal of section 4". */
const REPEAL = /^(.{0,200}?)\b(?:is|are)\s+(?:hereby\s+)?(?:repealed|deleted|revoked)\b|\b(?:by\s+)?(?:the\s+)?(?:repeal(?:ing)?|delet(?:ing|ion)|revo(?:king|cation))\s+(?:of\s+)?((?:sub-?)?sections?\s+[^,;.]{1,40}?|paragraph\s+\(\w+\))(?=\s*(?:[,;.]|and\b|$))/i;

/** The section a clause names as the one it amends, skipping the one that only places an insertion ("after section 4"). */
export function amendedProvision(text: string): string | undefined {
  for (const m of text.matchAll(SECTION_REF)) {
    const before = text.slice(Math.max(0, m.index! - 25), m.index);
    if (/\b(?:after|before)\s+(?:the\s+)?$/i.test(before)) continue;
    return m[0].replace(/^S/, 's').replace(/\s+/g, ' ');
  }
  return undefined;
}

function placeIn(text: string, action: AmendmentRecord['action']): string | undefined {
  const after = text.match(PLACE_AFTER);
  if (after && action === 'insert') return after[0].replace(/\s+/g, ' ');
  const inside = text.match(PLACE_IN);
  return inside ? inside[0].replace(/\s+/g, ' ') : after?.[0].replace(/\s+/g, ' ');
}

type Reading = Omit<AmendmentRecord, 'target' | 'by'>;

/** A clause with no quotation of new text: an amendment of words, a renumbering, or a repeal; null when none. */
export function readUnquotedClause(text: string): Reading | null {
  const words = text.match(WORDS);
  if (words) {
    const repl = text.match(REPLACEMENT);
    const replacement = repl ? repl[1] ?? repl[2] : undefined;
    return { action: 'amend-words', words: words[1], ...(replacement && replacement !== words[1] ? { text: replacement } : {}), ...where(text, 'amend-words') };
  }
  const ren = text.match(RENUMBER);
  if (ren) return { action: 'renumber', provision: `${ren[1].replace(/s$/, '')} ${ren[2]}`, position: `as ${ren[3]}` };
  const rep = text.match(REPEAL);
  if (rep) {
    const subject = rep[1] ?? rep[2] ?? '';
    const provision = amendedProvision(subject) ?? (rep[2] && /paragraph/i.test(rep[2]) ? rep[2] : undefined);
    return { action: 'repeal', ...(provision ? { provision } : {}) };
  }
  return null;
}

function where(text: string, action: AmendmentRecord['action']): { provision?: string; position?: string } {
  const provision = amendedProvision(text);
  const position = placeIn(text, action);
  return { ...(provision ? { provision } : {}), ...(position ? { position } : {}) };
}

/** A clause that quotes new text: where it goes, read from the words that introduce the quotation. */
export function readQuotingClause(intro: string, action: 'insert' | 'substitute'): { provision?: string; position?: string } {
  return where(intro, action);
}
