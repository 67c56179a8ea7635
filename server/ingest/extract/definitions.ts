import type { Definition } from '../types.ts';

/**
 * Terms defined in an interpretation provision. Drafting styles covered:
 *   Commonwealth  “computer” means ...; “computer programme” or “programme” means ...; “damage” includes ...
 *                 “intercept”, in relation to a function of a computer, includes ...
 *   US Code       the term “protected computer” means ...
 *   Philippines   (a) Access refers to ... (terms often unquoted, after a paragraph letter)
 * A meaning runs until the next defined term, so definitions that continue into paragraphs (a), (b) keep them.
 */

const OPEN = '["“”‘\'`]{1,2}';
const CLOSE = '["”“’\']{1,2}';
const TERM = `${OPEN}\\s*([^"“”‘’\`]{1,80}?)\\s*${CLOSE}`;
const VERB =
  '(?:means|mean|includes|include|refers?\\s+to|shall\\s+mean|shall\\s+include|has\\s+the\\s+(?:same\\s+)?meaning|' +
  'have\\s+the\\s+(?:same\\s+)?meanings?|is\\s+defined)';

/** One or more quoted terms joined by "or"/"and"/commas, an optional qualifying clause, then the defining verb. */
const QUOTED_DEFINITION = new RegExp(
  `((?:the\\s+terms?\\s+)?${TERM}(?:\\s*(?:,|or|and|,\\s*or|,\\s*and)\\s*${TERM})*)` +
    `\\s*(?:,\\s*[^,;"“”]{1,120}?,\\s*)?(?:\\s*\\([^)]{0,40}\\)\\s*)?(?<verb>${VERB})\\b`,
  'g',
);
const QUOTED_TERM = new RegExp(TERM, 'g');

/** Unquoted terms, only where a paragraph letter or the start of the text introduces them. */
const UNQUOTED_DEFINITION = new RegExp(
  `(?:^|\\(\\s*[a-z]{1,4}\\s*\\)\\s*|;\\s*)([A-Za-z][\\w'’-]*(?:\\s+[\\w'’-]+){0,5}?)\\s+(refers\\s+to|means)\\b`,
  'g',
);
/** Words that start a sentence rather than a defined term ("This section means ...", "It means ..."). */
const NOT_A_TERM = /^(?:this|that|these|those|it|he|she|they|a|an|the|any|such|which|where|when|if|who|subsection|section|paragraph|nothing|no)\b/i;

function cleanMeaning(raw: string): string {
  return raw
    .replace(/\s+/g, ' ')
    .replace(/^[\s:,—–-]+/, '')
    .replace(/[\s;,]*(?:and|or)?[\s;,]*$/i, '')
    .trim();
}

function cleanTerm(raw: string): string {
  return raw.replace(/\s+/g, ' ').replace(/^[\s,]+|[\s,]+$/g, '');
}

interface Hit {
  start: number;
  end: number;
  terms: string[];
  verb: string;
}

function quotedHits(text: string): Hit[] {
  const hits: Hit[] = [];
  for (const m of text.matchAll(QUOTED_DEFINITION)) {
    const terms = [...m[1].matchAll(QUOTED_TERM)].map((t) => cleanTerm(t[1])).filter(Boolean);
    if (terms.length) hits.push({ start: m.index, end: m.index + m[0].length, terms, verb: m.groups?.verb ?? '' });
  }
  return hits;
}

function unquotedHits(text: string): Hit[] {
  const hits: Hit[] = [];
  for (const m of text.matchAll(UNQUOTED_DEFINITION)) {
    const term = cleanTerm(m[1]);
    if (NOT_A_TERM.test(term) || /\d/.test(term)) continue;
    hits.push({ start: m.index, end: m.index + m[0].length, terms: [term], verb: m[2] });
  }
  return hits;
}

/** Terms defined in the text, each with its meaning (the words after "means", "includes", "refers to"). */
export function extractDefinitions(text: string): Definition[] {
  if (typeof text !== 'string' || !/\b(?:means?|includes?|refers?\s+to|meaning|defined)\b/i.test(text)) return [];
  let hits = quotedHits(text);
  // Unquoted terms are a fallback: once quotes are used, a drafter quotes every term.
  if (hits.length === 0) hits = unquotedHits(text);
  const definitions: Definition[] = [];
  const seen = new Set<string>();
  hits.forEach((hit, i) => {
    const meaningEnd = hits[i + 1]?.start ?? text.length;
    const verb = hit.verb.toLowerCase().replace(/\s+/g, ' ');
    // "has the meaning given in section 2" is itself the meaning; "includes" is kept so the reader knows the
    // definition is not exhaustive.
    const lead = /^(?:has|have) the/.test(verb) ? `${hit.verb} ` : /^include/.test(verb) ? 'includes ' : '';
    const body = text.slice(hit.end, meaningEnd);
    const meaning = cleanMeaning(body) ? cleanMeaning(lead + cleanMeaning(body)) : '';
    if (!meaning) return;
    for (const term of hit.terms) {
      const key = `${term.toLowerCase()}\u0000${meaning}`;
      if (seen.has(key)) continue;
      seen.add(key);
      definitions.push({ term, meaning });
    }
  });
  return definitions;
}
