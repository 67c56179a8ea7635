/** Words a drafter leaves in lower case inside a title ("Interception of Communications Act"). */
const SMALL = new Set(['a', 'an', 'and', 'as', 'at', 'by', 'for', 'from', 'in', 'into', 'of', 'on', 'or', 'the', 'to', 'with']);

/** "INTERCEPTION OF COMMUNICATIONS ACT" -> "Interception of Communications Act"; roman numerals stay upper case. */
export function titleCase(upper: string): string {
  return upper
    .toLowerCase()
    .split(/(\s+|-|\()/)
    .map((word, i) => {
      if (/^(?:[ivxlc]+)$/.test(word) && word.length <= 5 && i > 0) return word.toUpperCase();
      if (i > 0 && SMALL.has(word)) return word;
      return word.charAt(0).toUpperCase() + word.slice(1);
    })
    .join('');
}
