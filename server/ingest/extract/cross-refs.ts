import type { CrossRef } from '../types.ts';

export { resolveCrossRefs } from './resolve-cross-refs.ts';

/**
 * References to other provisions and other instruments, as drafters print them:
 *   section 4, s. 4(1)(a), sections 4 to 7, sections 4, 5 and 7, § 1030
 *   subsection (2), subsections (1) and (2), subsection (a)(5)(A) of this section, subsection (3) of section 12
 *   paragraph (a) of subsection (1), paragraphs (a) to (c)
 *   Part III, Article 2, Articles 2 to 11, this Act
 *   the Mutual Assistance in Criminal Matters Act, Cap. 140A; Republic Act No. 10175; Act No. 5 of 2018
 * Lists and ranges give one reference per provision cited, so that each can be resolved to its own eId.
 */

const SUB = '(?:\\s?\\((?:[a-zA-Z]{1,5}|\\d{1,3}[A-Z]?)\\))';
const SECTION_NUM = `\\d{1,4}[A-Z]{0,2}${SUB}*`;
const JOIN = '\\s*(?:,\\s*(?:and|or)?|\\band\\b|\\bor\\b|\\bto\\b|\\bthrough\\b|\\band/or\\b|-|–)\\s*';
const SUB_ITEM = `\\((?:[a-zA-Z]{1,5}|\\d{1,3}[A-Z]?)\\)${SUB}*`;

/** A named instrument: capitalised words ending in Act, Code, Ordinance or Decree, with an optional chapter or year. */
const ACT_NAME =
  "(?:[A-Z][\\w'’.-]*|\\([A-Z][\\w\\s]{1,30}\\))(?:\\s+(?:[A-Z][\\w'’.-]*|of|and|in|for|on|the|to|\\([A-Z][\\w\\s]{1,30}\\))){0,12}?" +
  '\\s+(?:Act|Code|Ordinance|Decree)' +
  '(?:,?\\s*(?:Cap\\.|Chapter)\\s*\\d+[A-Z]?(?::\\d+)?|,?\\s+(?:No\\.\\s*\\d+\\s+of\\s+)?\\d{4}|\\s+\\d+\\s+of\\s+\\d{4})?';
const NUMBERED_ACT = '(?:Republic\\s+Act|Act|Batas\\s+Pambansa|Presidential\\s+Decree)\\s+No\\.\\s*\\d+(?:\\s+of\\s+\\d{4})?';
/**
 * "of this Act" stays inside; "of the Evidence Act", "of that Act", "of the principal Act" (in amending Acts),
 * "of the Act" (in regulations: the parent Act) and "of the Constitution" point outside the instrument, so they
 * must not resolve to a provision of it.
 */
const OF_INSTRUMENT =
  `(?:\\s+of\\s+(?:(?<self>this\\s+(?:Act|section|Code|Convention))|(?<other>that\\s+Act|the\\s+(?:(?:principal|said|parent)\\s+)?Act(?![\\w,])|the\\s+Constitution)|` +
  `the\\s+(?<ext>${ACT_NAME})|(?<num>${NUMBERED_ACT})))?`;

// Case-sensitive on purpose: under the `i` flag ACT_NAME's capitalised words would also match "of", "the" and
// every other word, and the ways of splitting a long sentence between them grow exponentially.
// Longest forms first: "paragraph (a) of subsection (1) of section 4" must not be read as "section 4" alone.
type RefKind = 'section' | 'subsection' | 'paragraph' | 'part' | 'article' | 'self' | 'act';

const PATTERNS: Array<{ kind: RefKind; re: RegExp }> = [
  {
    kind: 'paragraph',
    re: new RegExp(
      `\\b(?:[Ss]ub-?)?(?:[Pp]aragraphs?|PARAGRAPHS?)\\s*(?<list>${SUB_ITEM}(?:${JOIN}${SUB_ITEM})*)` +
        `(?:\\s+of\\s+[Ss]ubsection\\s*(?<subsec>${SUB_ITEM}))?(?:\\s+of\\s+[Ss]ection\\s*(?<sec>${SECTION_NUM}))?${OF_INSTRUMENT}`,
      'g',
    ),
  },
  {
    kind: 'subsection',
    re: new RegExp(
      `\\b(?:[Ss]ubsections?|SUBSECTIONS?)\\s*(?<list>${SUB_ITEM}(?:${JOIN}${SUB_ITEM})*)(?:\\s+of\\s+[Ss]ection\\s*(?<sec>${SECTION_NUM}))?${OF_INSTRUMENT}`,
      'g',
    ),
  },
  {
    kind: 'section',
    re: new RegExp(`(?:\\b(?:[Ss]ections?|SECTIONS?|[Ss]s?\\.)|§§?)\\s*(?<list>${SECTION_NUM}(?:${JOIN}${SECTION_NUM})*)${OF_INSTRUMENT}`, 'g'),
  },
  { kind: 'part', re: /\b(?:Part|PART)s?\s+(?<list>[IVXLC]{1,7}\b|\d{1,3}[A-Z]?\b)/g },
  {
    kind: 'article',
    re: new RegExp(`\\b(?:Articles?|Arts?\\.)\\s*(?<list>\\d{1,3}[a-z]?${SUB}*(?:${JOIN}\\d{1,3}[a-z]?${SUB}*)*)${OF_INSTRUMENT}`, 'g'),
  },
  { kind: 'self', re: /\b(?:this|the present)\s+(?:Act|Convention|Protocol|Regulations|Order|Part)\b/gi },
  { kind: 'act', re: new RegExp(`(?<!cited\\s+as\\s+)(?:\\bthe\\s+)(?<name>${ACT_NAME})|(?<numbered>${NUMBERED_ACT})`, 'g') },
];

/** Cheap tests that rule a pattern out before its full (slower) expression runs over the text. */
const GATES: Record<RefKind, RegExp> = {
  paragraph: /paragraph/i,
  subsection: /subsection/i,
  section: /section|\bss?\.|§/i,
  part: /\bpart/i,
  article: /\bart/i,
  self: /\b(?:this|present)\s/i,
  act: /\b(?:Act|Code|Ordinance|Decree)\b/,
};

const LEADING_WORD = /^(?:The|This|That|An?|Any|Such|Every|Each|Where|If|Under)\s+/;

/** Items of a list or range: "4 to 7" -> 4, 5, 6, 7; "(1) and (2)" -> (1), (2). */
function expandList(list: string): string[] {
  const items: string[] = [];
  const parts = list.split(/(\s*(?:,\s*(?:and|or)?|\band\/or\b|\band\b|\bor\b|\bto\b|\bthrough\b|-|–)\s*)/i);
  for (let i = 0; i < parts.length; i += 2) {
    const item = parts[i].replace(/\s+/g, '');
    if (!item) continue;
    const joiner = (parts[i - 1] ?? '').trim().toLowerCase();
    const prev = items[items.length - 1];
    if (prev && /^(?:to|through|-|–)$/.test(joiner) && /^\d+$/.test(prev) && /^\d+$/.test(item)) {
      const from = Number(prev);
      const to = Number(item);
      // A range is only expanded when short: "sections 4 to 7", never a typo spanning hundreds.
      if (to > from && to - from <= 50) for (let n = from + 1; n <= to; n++) items.push(String(n));
      else items.push(item);
    } else if (prev && /^(?:to|through|-|–)$/.test(joiner) && /^\([a-z]\)$/.test(prev) && /^\([a-z]\)$/.test(item)) {
      const from = prev.charCodeAt(1);
      const to = item.charCodeAt(1);
      if (to > from && to - from <= 26) for (let c = from + 1; c <= to; c++) items.push(`(${String.fromCharCode(c)})`);
      else items.push(item);
    } else {
      items.push(item);
    }
  }
  return items;
}

function externalOf(groups: Record<string, string | undefined>): string | undefined {
  const name = groups.ext ?? groups.num ?? groups.other?.replace(/^the\s+/i, '');
  return name ? name.replace(/\s+/g, ' ').replace(LEADING_WORD, '').trim() : undefined;
}

/** References to other provisions ("section 4", "subsection (2)") or other Acts, in reading order. */
export function extractCrossRefs(text: string): CrossRef[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  const found: Array<{ at: number; end: number; ref: CrossRef }> = [];
  const covered: Array<[number, number]> = [];
  const overlaps = (s: number, e: number) => covered.some(([a, b]) => s < b && e > a);

  for (const { kind, re } of PATTERNS) {
    if (!GATES[kind].test(text)) continue;
    for (const m of text.matchAll(re)) {
      const start = m.index;
      const end = start + m[0].length;
      if (overlaps(start, end)) continue;
      const groups = m.groups ?? {};
      const printed = m[0].replace(/\s+/g, ' ').trim();
      if (kind === 'self') {
        found.push({ at: start, end, ref: { text: printed } });
      } else if (kind === 'act') {
        const name = (groups.name ?? groups.numbered ?? '').replace(/\s+/g, ' ').replace(LEADING_WORD, '').trim();
        if (!name || /^(?:Act|Code)$/.test(name)) continue;
        found.push({ at: start, end, ref: { text: printed, external: name } });
      } else {
        const items = expandList(groups.list ?? '');
        const external = externalOf(groups);
        const single = items.length === 1;
        const noun = { section: 'section', subsection: 'subsection', paragraph: 'paragraph', part: 'Part', article: 'Article' }[kind];
        const tail = [
          groups.subsec ? ` of subsection ${groups.subsec.replace(/\s+/g, '')}` : '',
          groups.sec ? ` of section ${groups.sec.replace(/\s+/g, '')}` : '',
          groups.self ? ` of ${groups.self.replace(/\s+/g, ' ')}` : '',
          external ? ` of the ${external}` : '',
        ].join('');
        for (const item of items) {
          const ref: CrossRef = { text: single ? printed : `${noun} ${item}${tail}` };
          if (external) ref.external = external;
          found.push({ at: start, end, ref });
        }
      }
      covered.push([start, end]);
    }
  }
  found.sort((a, b) => a.at - b.at);
  const seen = new Set<string>();
  return found
    .map((f) => f.ref)
    .filter((ref) => {
      const key = `${ref.text}\u0000${ref.external ?? ''}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}
