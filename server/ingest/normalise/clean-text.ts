import type { IngestWarning } from '../types.ts';

/** Marks where a page ended (a form feed); page-furniture.ts reads and drops it. */
export const PAGE_BREAK = '\u240C';

/**
 * White space at a line end (what trimEnd removes per line), without touching the line end itself. The lookbehind
 * starts a match only at the first space of a run, so a long run inside a line costs its length once, not squared.
 */
const TRAILING_SPACE = /(?<![^\S\n])[^\S\n]+(?=\n|$)/g;

const ENTITIES: Record<string, string> = { quot: '"', amp: '&', lt: '<', gt: '>', nbsp: ' ', apos: "'" };

/**
 * Character-level clean-up of extracted statute text: line ends, soft hyphens, lost characters (U+FFFD), HTML
 * entities left by scrapers, doubled spaces of justified PDF text and stray spaces before punctuation.
 */
export function cleanText(input: string, warnings: IngestWarning[]): string {
  let text = input.replace(/\r\n?/g, '\n').replace(/^\uFEFF/, '');
  const soft = (text.match(/\u00AD/g) ?? []).length;
  if (soft) warnings.push({ code: 'LEXALIGN_WARN_SOFT_HYPHENS', message: `${soft} soft hyphen(s) removed.` });
  text = text.replace(/\u00AD/g, '').replace(/[\u200B-\u200D\u2060]/g, '');
  text = text.replace(/&(#\d{2,6}|#x[0-9a-f]{2,5}|quot|amp|lt|gt|nbsp|apos);/gi, (m, name: string) => {
    if (name[0] === '#') {
      const code = name[1].toLowerCase() === 'x' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return code > 0 && code < 0x110000 ? String.fromCodePoint(code) : m;
    }
    return ENTITIES[name.toLowerCase()] ?? m;
  });
  const lost = (text.match(/\uFFFD/g) ?? []).length;
  if (lost) {
    // A lost character between spaces was a dash; between letters, an apostrophe ("nation's").
    text = text
      .replace(/(\s)\uFFFD+(\s)/g, '$1\u2014$2')
      .replace(/(\p{L})\uFFFD(\p{L})/gu, '$1\u2019$2')
      .replace(/\uFFFD/g, '');
    warnings.push({ code: 'LEXALIGN_WARN_REPLACEMENT_CHARS', message: `${lost} lost character(s) (U+FFFD) restored as dashes or apostrophes where the context shows which, otherwise removed.` });
  }
  text = text.replace(/\f/g, `\n\n${PAGE_BREAK}\n\n`).replace(/[\u00A0\u2007\u202F\t]/g, ' ');
  // Each rule runs once over the whole text rather than once per line (a 2.8 MB bill has 670,000 lines), and no
  // pattern can cross a line end: spaces are matched as [^\S\n], and a lookahead's \s at a line end sees the "\n".
  text = text
    .replace(/ {2,}/g, ' ')
    .replace(/\([^\S\n]+([0-9A-Za-z]{1,5})[^\S\n]+\)/g, '($1)')
    .replace(/\([^\S\n]+([0-9A-Za-z]{1,5})\)/g, '($1)')
    .replace(/([\w\u201d")\]]) +([,;:!?](?=\s|$)|\.(?=\s|$)|\)(?=[\s,;.]|$))/g, '$1$2')
    .replace(/([\u201c\u2018]) +/g, '$1')
    .replace(/ +([\u201d\u2019])/g, '$1')
    .replace(TRAILING_SPACE, '');
  return text;
}
