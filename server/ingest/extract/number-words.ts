/**
 * Numbers as statutes print them: "50 000", "1,000,000.00", "five million", "two thousand, five hundred",
 * "twenty-five", "seven hundred fifty", "1.5 million". Penalty clauses mix words and figures freely.
 */

const UNITS: Record<string, number> = {
  zero: 0, a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};
const SCALES: Record<string, number> = { hundred: 100, thousand: 1_000, million: 1_000_000, billion: 1_000_000_000 };

const WORD = `(?:${[...Object.keys(UNITS).filter((w) => w !== 'a' && w !== 'an'), ...Object.keys(SCALES)].join('|')})`;

/** A number written in words, e.g. "two thousand, five hundred" (commas and "and" allowed between groups). */
const NUMBER_WORDS_SOURCE = `${WORD}(?:(?:[\\s,-]+|\\s+and\\s+)${WORD})*`;

/** Figures with thousands separated by commas, spaces or dots of thousands, optionally followed by a scale word. */
export const NUMBER_FIGURES_SOURCE = `\\d{1,3}(?:[ ,]\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?`;

/** Either form, with an optional trailing scale word ("1.5 million"). */
export const NUMBER_SOURCE = `(?:(?:${NUMBER_FIGURES_SOURCE})(?:\\s+(?:million|billion|thousand))?|${NUMBER_WORDS_SOURCE})`;

/** Parses words such as "twenty-five thousand" or "seven hundred fifty"; null when a word is not a number word. */
export function wordsToNumber(words: string): number | null {
  const tokens = words
    .toLowerCase()
    .replace(/[,-]/g, ' ')
    .split(/\s+/)
    .filter((t) => t && t !== 'and');
  if (tokens.length === 0) return null;
  let total = 0;
  let group = 0;
  for (const token of tokens) {
    if (token in UNITS) {
      group += UNITS[token];
    } else if (token === 'hundred') {
      group = (group || 1) * 100;
    } else if (token in SCALES) {
      total += (group || 1) * SCALES[token];
      group = 0;
    } else {
      return null;
    }
  }
  return total + group;
}

/** Parses figures ("50 000", "1,000,000.00", "1.5 million") or words; null when neither. */
export function parseNumber(raw: string): number | null {
  const text = raw.trim();
  const figures = /^(\d{1,3}(?:[ ,]\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?:\s+(million|billion|thousand))?$/i.exec(text);
  if (figures) {
    const value = Number(figures[1].replace(/[ ,]/g, ''));
    if (!Number.isFinite(value)) return null;
    const scale = figures[2] ? SCALES[figures[2].toLowerCase()] : 1;
    return Math.round(value * scale * 100) / 100;
  }
  return wordsToNumber(text);
}
