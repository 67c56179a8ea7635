import type { AmendmentRecord, Instrument } from '../ingest/types.ts';

/**
 * Whether an amendment record amends a given instrument. A clause names the Act it amends by title, by chapter, or
 * as "the principal Act" (ingestion has already resolved that to the title and chapter the clause defined it as).
 * Titles are compared without the words that vary between citations of one Act: a leading "the", the year, the
 * chapter, case, punctuation and spacing.
 */

const CHAPTER = /\b(?:Cap\.?|Chapter|Ch\.)\s*([0-9]{1,3}[A-Z]?(?::[0-9]{1,3}[A-Z]?)?)/i;

/** "Chapter 9:23" and "Cap. 9:23" name the same chapter. */
function chapterOf(text: string | undefined): string | undefined {
  const m = text?.match(CHAPTER);
  return m ? m[1].toUpperCase() : undefined;
}

function normaliseTitle(title: string): string {
  return title
    .replace(/[\u2018\u2019\u201C\u201D"']/g, '')
    .replace(new RegExp(`,?\\s*\\[?${CHAPTER.source}\\]?`, 'gi'), ' ')
    .replace(/,?\s*\b(1[89]|20)\d\d\b(\s*\(\s*[0-9]{4}-\s*[0-9]*\s*\))?/g, ' ')
    .replace(/^\s*the\s+/i, '')
    .replace(/[^A-Za-z0-9]+/g, ' ')
    .trim()
    .toLowerCase();
}

/** The amended instrument as a lawyer names it: `Ledger Act, Cap. 77`. */
export function targetName(record: AmendmentRecord): string {
  const { title, chapter } = record.target;
  if (title && chapter) return `${title}, ${chapter.replace(/^Chapter\b/, 'Cap.')}`;
  return title ?? chapter ?? 'an Act the clause does not name';
}

/**
 * True when the record names this instrument: the same jurisdiction as the amending instrument (when both are
 * known), and the same chapter (read from the instrument's title or id) or the same title. A record naming a
 * different chapter never matches on title alone (two Acts can share a short title, and many states have a
 * Copyright Act).
 */
export function amendsInstrument(
  record: AmendmentRecord,
  instrument: Pick<Instrument, 'id' | 'title'> & { jurisdiction?: string },
  /** The amending instrument's jurisdiction: a state's amending Act amends that state's laws only. */
  from?: string,
): boolean {
  const known = (j?: string) => !!j && j !== 'XX';
  if (known(from) && known(instrument.jurisdiction) && from!.toUpperCase() !== instrument.jurisdiction!.toUpperCase()) return false;
  const wanted = chapterOf(record.target.chapter);
  const idChapter = instrument.id.match(/(?:^|-)cap-([0-9]{1,3}[a-z]?)(?:-|$)/i);
  const have = chapterOf(instrument.title) ?? (idChapter ? idChapter[1].toUpperCase() : undefined);
  if (wanted && have) return wanted === have;
  if (!record.target.title) return false;
  return normaliseTitle(record.target.title) === normaliseTitle(instrument.title);
}
