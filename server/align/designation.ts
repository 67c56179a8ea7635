import type { AuthorityDesignation } from '../templates/types.ts';

/**
 * Words by which a provision designates or creates a body: "is hereby designated as", "There is hereby created an
 * Office ...", "shall designate and maintain a 24/7 contact point", "establish a national contact point", "The
 * Attorney General shall be the central authority". A provision that merely refers to the body ("the central
 * authority may postpone", "the contact point established under section 4") designates nothing.
 */
const DESIGNATING = /\b(?:designat(?:e|es|ed|ion)|establish(?:es|ed)?(?!\s+(?:under|by|in terms of|pursuant))|hereby (?:created|constituted|appointed)|shall (?:appoint|maintain)|shall be the|is the)\b/i;

/** One sentence, list item or provision: a designation and the body it designates are read in the same one. */
const SENTENCE = /[^.;\n]+/g;

/** A phrase as a pattern: "co-operation" also reads "cooperation", "twenty-four hour" also "twenty four hours". */
function pattern(phrase: string): string {
  return phrase
    .trim()
    .split(/\s+/)
    .map((word) => word.split('-').map((part) => part.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('[\\s-]?'))
    .join('[\\s-]+');
}

function anyOf(phrases: string[]): RegExp {
  return new RegExp(`(?:^|\\W)(?:${phrases.map(pattern).join('|')})s?(?:\\W|$)`, 'i');
}

/** Each profile's patterns, compiled once (every unit of every statute is read against them). */
const PATTERNS = new WeakMap<AuthorityDesignation, { authority: RegExp; matters: RegExp | null }>();

function compiled(spec: AuthorityDesignation): { authority: RegExp; matters: RegExp | null } {
  let p = PATTERNS.get(spec);
  if (!p) PATTERNS.set(spec, (p = { authority: anyOf(spec.authority), matters: spec.for?.length ? anyOf(spec.for) : null }));
  return p;
}

/**
 * True when one sentence of `text` designates the authority an article requires each Party to designate (Budapest
 * Art. 27(2)(a) central authority for mutual assistance, Art. 24(7)(a) authority for extradition, Art. 35(1) 24/7
 * point of contact), for the matters the article concerns. Designating that body is what the paragraph asks of a
 * Party, so the provision implements the article in part, however little else of it the provision carries.
 */
export function designatesAuthority(text: string, spec: AuthorityDesignation): boolean {
  const { authority, matters } = compiled(spec);
  // Most units name no such body: one cheap test before reading sentence by sentence.
  if (!authority.test(text)) return false;
  for (const [sentence] of text.matchAll(SENTENCE)) {
    if (DESIGNATING.test(sentence) && authority.test(sentence) && (!matters || matters.test(sentence))) return true;
  }
  return false;
}
