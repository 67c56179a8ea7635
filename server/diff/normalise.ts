/**
 * Makes two legal texts comparable word by word: the same words drafted in two statutes differ in numbering
 * ("4.(1)" vs "(1)"), quote styles (“ ” vs "), dashes and line breaks, none of which is a difference of law.
 */

const quotes: Array<[RegExp, string]> = [
  [/[\u2018\u2019\u201A\u201B\u2032`]/g, "'"],
  [/[\u201C\u201D\u201E\u201F\u2033]/g, '"'],
  [/[\u2010-\u2015\u2212]/g, '-'],
  [/\u00A0|\u2009|\u202F/g, ' '],
];

/** A leading section, article or paragraph number, as printed at the start of a provision. */
const leadingNumber =
  /^\s*(?:(?:section|sec\.|article|art\.)\s+\d+[A-Z]?\s*[.:\-–—]?\s*|\d+[A-Z]?\s*\.\s*(?=\(|[A-Z])|\d+[A-Z]?\s+(?=\()|(?:\((?:[0-9]+[A-Z]?|[a-z]{1,2}|[ivxl]+)\)\s*)+)/i;

export function normaliseQuotes(text: string): string {
  return quotes.reduce((t, [re, to]) => t.replace(re, to), text);
}

function stripLeadingNumber(text: string): string {
  return text.replace(leadingNumber, '');
}

export function normaliseWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Inline paragraph markers ("(a)", "(ii)") between words are numbering, not wording. */
export function stripInlineNumbering(text: string): string {
  return text.replace(/(^|\s)\((?:[0-9]+[A-Z]?|[a-z]|[ivx]+)\)(?=\s)/g, '$1');
}

export function normaliseForDiff(text: string): string {
  return normaliseWhitespace(stripInlineNumbering(stripLeadingNumber(normaliseQuotes(text))));
}
