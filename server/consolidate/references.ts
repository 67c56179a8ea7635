/**
 * Reading the places an amendment record names, as printed: "section 12", "sections 163 to 166", "sections 20A,
 * 20B", "the Schedule", "immediately after subsection (3)", "paragraph (a)", "after Part XX", "paragraph 40" (of a
 * Schedule), "the definitions of “data” and “owner”", "as 4A" (a renumbering).
 */

export type Ref =
  | { kind: 'sections'; nums: string[]; labels: string[] }
  | { kind: 'range'; from: string; to: string }
  | { kind: 'schedule'; name: string }
  | { kind: 'part'; num: string }
  | { kind: 'subdivision'; labels: string[]; type?: 'subsec' | 'para' | 'subpara' }
  | { kind: 'schedule-paragraph'; num: string }
  | { kind: 'definitions'; terms: string[] }
  | { kind: 'renumber-as'; num: string };

interface Place {
  relation: 'after' | 'before' | 'in';
  ref: Ref;
}

const NUM = '[0-9]{1,4}[A-Z]{0,2}';
const labelsOf = (s: string): string[] => [...s.matchAll(/\(([0-9A-Za-z]{1,6})\)/g)].map((m) => m[1]);
const subType = (word: string): 'subsec' | 'para' | 'subpara' | undefined =>
  /^sub-?sections?$/i.test(word) ? 'subsec' : /^paragraphs?$/i.test(word) ? 'para' : /^subparagraphs?$/i.test(word) ? 'subpara' : undefined;

export function readRef(text: string): Ref | null {
  const s = text.trim().replace(/\s+/g, ' ');
  let m: RegExpMatchArray | null;
  if ((m = s.match(/^as\s+\(?([0-9A-Za-z]{1,6})\)?$/i))) return { kind: 'renumber-as', num: m[1].toUpperCase() };
  if ((m = s.match(new RegExp(`^sections?\\s+(${NUM})((?:\\s*\\([0-9A-Za-z]{1,6}\\))*)$`, 'i')))) {
    return { kind: 'sections', nums: [m[1].toUpperCase()], labels: labelsOf(m[2]) };
  }
  if ((m = s.match(new RegExp(`^sections\\s+(${NUM})\\s*(?:to|-|–)\\s*(${NUM})$`, 'i')))) {
    return { kind: 'range', from: m[1].toUpperCase(), to: m[2].toUpperCase() };
  }
  if ((m = s.match(new RegExp(`^sections\\s+(${NUM}(?:\\s*(?:,|and|,\\s*and)\\s*${NUM})+)$`, 'i')))) {
    return { kind: 'sections', nums: m[1].split(/\s*(?:,|\band\b)\s*/).filter(Boolean).map((n) => n.toUpperCase()), labels: [] };
  }
  if (/\bschedule\b/i.test(s) && !/^(?:sub-?section|paragraph|section)\b/i.test(s)) return { kind: 'schedule', name: s.replace(/^the\s+/i, '') };
  if ((m = s.match(/^Part\s+([0-9A-Z]{1,8})$/i))) return { kind: 'part', num: m[1].toUpperCase() };
  if ((m = s.match(/^paragraph\s+([0-9]{1,4}[A-Z]?)$/i))) return { kind: 'schedule-paragraph', num: m[1] };
  if ((m = s.match(/^(sub-?sections?|paragraphs?|subparagraphs?)\s+((?:\([0-9A-Za-z]{1,6}\)\s*)+)$/i))) {
    return { kind: 'subdivision', labels: labelsOf(m[2]), type: subType(m[1]) };
  }
  if (/^the\s+definitions?\s+of\b/i.test(s)) {
    const terms = [...s.matchAll(/["“]([^"”]{1,80})["”]/g)].map((t) => t[1].trim());
    if (terms.length) return { kind: 'definitions', terms };
  }
  return null;
}

/** A record's `position`: where inside (or after) the provision it names. */
export function readPlace(position: string): Place | null {
  const m = position.trim().match(/^(?:immediately\s+)?(after|before)\s+(.+)$/i);
  const ref = readRef(m ? m[2] : position);
  if (!ref) return null;
  return { relation: m ? (m[1].toLowerCase() as 'after' | 'before') : 'in', ref };
}

/** "12A" → [12, "A"], for ordering sections as the statute numbers them. */
function sectionOrder(num: string): [number, string] {
  const m = num.match(/^([0-9]+)([A-Z]*)$/i);
  return m ? [Number(m[1]), m[2].toUpperCase()] : [Number.NaN, num];
}

export function compareSections(a: string, b: string): number {
  const [na, sa] = sectionOrder(a);
  const [nb, sb] = sectionOrder(b);
  if (na !== nb) return na - nb;
  if (sa.length !== sb.length) return sa.length - sb.length;
  return sa < sb ? -1 : sa > sb ? 1 : 0;
}
