import { analyseWords } from './analysis.ts';
import type { TitleAlt, TitleRule } from './plan-query.ts';

interface TitleWords {
  /** Content words of the title, lower-cased, and their stems, in order (common words left out). */
  words: string[];
  stems: string[];
}

/** Does the title hold the alternative's stems side by side (the last one a word prefix for `title:cyber*`)? */
function holds(title: TitleWords, alt: TitleAlt): boolean {
  const n = alt.stems.length;
  for (let i = 0; i + n <= title.stems.length; i++) {
    let k = 0;
    for (; k < n; k++) {
      const last = k === n - 1;
      const ok = last && alt.prefix ? title.words[i + k].startsWith(alt.stems[k]) || title.stems[i + k].startsWith(alt.stems[k]) : title.stems[i + k] === alt.stems[k];
      if (!ok) break;
    }
    if (k === n) return true;
  }
  return false;
}

/**
 * `title:` restricts a search to instruments whose title has the words. Titles are analysed once, when an
 * instrument is indexed; a query with title clauses reads one short record per instrument (thousands, not the
 * millions of postings), and a query without them costs nothing.
 */
export class TitleFilter {
  private readonly titles = new Map<string, TitleWords>();

  set(instrument: string, title: string): void {
    if (this.titles.has(instrument)) return;
    const words = analyseWords(title).filter((w) => !w.stop);
    this.titles.set(instrument, { words: words.map((w) => w.word), stems: words.map((w) => w.stem) });
  }

  delete(instrument: string): void {
    this.titles.delete(instrument);
  }

  /** The instruments passing every rule. */
  matching(rules: readonly TitleRule[]): Set<string> {
    const out = new Set<string>();
    for (const [id, title] of this.titles) {
      if (rules.every((r) => r.alts.some((a) => holds(title, a)) === (r.presence === 'required'))) out.add(id);
    }
    return out;
  }
}
