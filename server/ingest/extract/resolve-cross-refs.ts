import type { CrossRef, Provision } from '../types.ts';

/**
 * Fills `target` eIds of references that point inside the same instrument. Drafting convention decides the base:
 * "subsection (2)" means a subsection of the section the reference sits in, and "paragraph (a)" a paragraph of the
 * nearest enclosing provision that has one. When the exact provision is absent (a faulty parse, or a reference to
 * a provision repealed since), the nearest existing ancestor is targeted rather than nothing.
 */

const ROMAN: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };

function romanToNumber(roman: string): number | null {
  if (!/^[IVXLC]+$/.test(roman)) return null;
  let total = 0;
  for (let i = 0; i < roman.length; i++) {
    const value = ROMAN[roman[i]];
    const next = ROMAN[roman[i + 1]] ?? 0;
    total += value < next ? -value : value;
  }
  return total;
}

function partKey(num: string): string {
  const n = romanToNumber(num.toUpperCase());
  return n === null ? num.toUpperCase() : String(n);
}

/** "(a)(5)(A)" -> ["(a)", "(5)", "(A)"]. */
function subs(printed: string): string[] {
  return printed.match(/\([^)]+\)/g) ?? [];
}

/** `4(1)(a)` and its ancestors, longest first: `4(1)(a)`, `4(1)`, `4`. */
function prefixes(num: string): string[] {
  const out = [num];
  let current = num;
  while (/\([^)]*\)$/.test(current)) {
    current = current.replace(/\([^)]*\)$/, '');
    if (current) out.push(current);
  }
  return out;
}

interface Index {
  byNum: Map<string, string>;
  parts: Map<string, string>;
}

function buildIndex(provisions: Provision[]): Index {
  const byNum = new Map<string, string>();
  const parts = new Map<string, string>();
  for (const p of provisions) {
    const key = p.num.replace(/\s+/g, '');
    if (!byNum.has(key)) byNum.set(key, p.eId);
    if (p.level === 0 && !byNum.has(p.unit)) byNum.set(p.unit, p.eId);
    const segments = p.eId.split('__');
    const partIndex = segments.findIndex((s) => s.startsWith('part_'));
    const partStep = p.path.find((s) => s.type === 'part');
    if (partIndex >= 0 && partStep) {
      const key2 = partKey(partStep.num);
      if (!parts.has(key2)) parts.set(key2, segments.slice(0, partIndex + 1).join('__'));
    }
  }
  return { byNum, parts };
}

/** The first candidate number that exists, trying each candidate's ancestors only after every exact candidate. */
function firstExisting(index: Index, candidates: string[]): string | undefined {
  for (const c of candidates) {
    const hit = index.byNum.get(c);
    if (hit) return hit;
  }
  for (const c of candidates) {
    for (const prefix of prefixes(c).slice(1)) {
      const hit = index.byNum.get(prefix);
      if (hit) return hit;
    }
  }
  return undefined;
}

function targetOf(ref: CrossRef, from: Provision, index: Index): string | undefined {
  if (ref.external) return undefined;
  const text = ref.text.replace(/\s+/g, ' ');
  // Codes whose top-level units are subsections ("(a)") cite them as "subsection (a)(5)".
  const unitIsSub = from.unit.startsWith('(');
  let m = /^(?:sections?|ss?\.|§§?)\s*(\d{1,4}[A-Z]{0,2})((?:\s?\([^)]+\))*)/i.exec(text);
  if (m) {
    if (/of this section$/i.test(text)) return undefined;
    return firstExisting(index, [m[1] + subs(m[2]).join('')]);
  }
  m = /^(?:sub-?)?paragraphs?\s*((?:\([^)]+\))+)(?: of subsection ((?:\([^)]+\))+))?(?: of section (\S+))?/i.exec(text);
  if (m) {
    const para = subs(m[1]).join('');
    if (m[2] || m[3]) {
      const base = (m[3]?.replace(/\(.*$/, '') ?? (unitIsSub ? '' : from.unit)) + (m[2] ? subs(m[2]).join('') : '');
      return firstExisting(index, [base + para]);
    }
    const bases = prefixes(from.num.replace(/\s+/g, ''));
    return firstExisting(index, bases.map((b) => b + para));
  }
  m = /^subsections?\s*((?:\([^)]+\))+)(?: of section (\S+))?/i.exec(text);
  if (m) {
    const sub = subs(m[1]).join('');
    if (m[2]) return firstExisting(index, [m[2] + sub]);
    return firstExisting(index, unitIsSub ? [sub, from.unit + sub] : [from.unit + sub]);
  }
  m = /^Parts?\s+(\S+)/i.exec(text);
  if (m) return index.parts.get(partKey(m[1]));
  m = /^(?:Articles?|Arts?\.)\s*(\d{1,3}[a-z]?)((?:\([^)]+\))*)/.exec(text);
  if (m) return firstExisting(index, [m[1] + subs(m[2]).join('')]);
  return undefined;
}

/** The same provisions, with `target` filled on each reference that resolves inside the instrument. */
export function resolveCrossRefs(provisions: Provision[]): Provision[] {
  const index = buildIndex(provisions);
  return provisions.map((p) => {
    if (!p.refs?.length) return p;
    const refs = p.refs.map((ref) => {
      if (ref.target) return ref;
      const target = targetOf(ref, p, index);
      return target && target !== p.eId ? { ...ref, target } : ref;
    });
    return { ...p, refs };
  });
}
