/**
 * Words that belong to a drafting tradition rather than to the rule: a treaty asks each Party to "adopt such
 * legislative and other measures as may be necessary to establish as criminal offences under its domestic law";
 * a statute says "a person who ... commits an offence and is liable on conviction to". Cross-references are
 * numbering. None of them is a difference of substance between two texts, so the substantive diff never tints them.
 */
const HOUSE_STYLE: RegExp[] = [
  /\beach party shall adopt such legislative and other measures as (?:may be )?necessary(?: to)?/gi,
  /\b(?:to )?establish(?:es)? as (?:a )?criminal offen[cs]es? under its domestic law/gi,
  /\b(?:shall|may) adopt such legislative and other measures as (?:may be )?necessary(?: to)?/gi,
  /\bunder its domestic law\b/gi,
  /\b(?:shall |to )?make it an offen[cs]e(?: to)?/gi,
  /\b(?:each|a|the) party\b/gi,
  /\bwhen committed\b/gi,
  /\b(?:a|any|every) person who\b/gi,
  /\b(?:commits|shall be guilty of|is guilty of) an offen[cs]e\b/gi,
  /\b(?:is|shall be) liable,? (?:up)?on (?:summary )?conviction(?: on indictment)?,?(?: to)?/gi,
  /\bfor the purposes? of this (?:section|article|act|part|convention|subsection)\b/gi,
  /\b(?:in|under|of) this (?:act|part|section|subsection|convention|article|chapter)\b/gi,
  /\b(?:sub)?(?:sections?|paragraphs?|clauses?|articles?) \(?[0-9]+[A-Z]?\)?(?:\s*\([0-9a-z]+\))*(?:\s*(?:to|through|and|or)\s*\(?[0-9a-z]+\)?)?/gi,
  /\bparagraphs? \(?[a-z]{1,3}\)?(?:\.[ivx]+)?\b/gi,
  /\(\s*(?:[0-9]+[A-Z]?|[a-z]{1,3})\s*\)/gi,
];

/** Character ranges of `text` that are house style or numbering, sorted, possibly overlapping. */
export function houseStyleRanges(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const re of HOUSE_STYLE) for (const m of text.matchAll(re)) out.push([m.index, m.index + m[0].length]);
  return out.sort((a, b) => a[0] - b[0]);
}
