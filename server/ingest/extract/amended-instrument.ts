/** The Act an amending clause amends, as printed: its title and its chapter in the revised laws. */
export interface AmendedInstrument {
  title?: string;
  chapter?: string;
}

const WORD = String.raw`(?:[A-Z][\w'’-]*|\([^()]{1,80}\)|of|and|in|the|for|on|to)`;
/**
 * "The Criminal Law (Codification and Reform) Act [Chapter 9:23]", "the Mutual Assistance in Criminal Matters Act,
 * Cap. 140A", "Copyright Act, Cap. 300": a title ending in "Act" followed by its chapter. Digits cannot enter the
 * title, so "Section 18 of the ... Act" yields the Act's title alone.
 */
const TITLE_AND_CHAPTER = new RegExp(
  String.raw`(${WORD}(?:\s+${WORD})*?\s+Act)(?:,?\s+\d{4})?\s*(?:\[\s*((?:Chapter|Cap\.?)\s*\d+[A-Z]?(?::\d+)?)\s*\]|,\s*(Cap\.\s*\d+[A-Z]?(?::\d+)?))`,
);
/** "Amendment of Chapter VIII of Cap. 9:23": a chapter alone, in a marginal note. */
const CHAPTER = /\b((?:Cap\.|Chapter)\s*\d+[A-Z]?(?::\d+)?)\b/;
/** The clause names the Act it amends "the principal Act" for the rest of the amending Act. */
const NAMES_PRINCIPAL = /principal\s+Act/i;

const tidyTitle = (t: string) => t.replace(/^(?:(?:\(\w{1,4}\)|of|and|in|the|for|on|to)\s+)+/i, '').replace(/\s+/g, ' ').trim();
/** A title alone ("... of the Mutual Assistance in Criminal Matters Act,"): two capitalised words at least. */
const TITLE_ONLY = new RegExp(String.raw`\b((?:[A-Z][\w'’-]*\s+)(?:${WORD}\s+)*?Act)\b(?!\s*\d)`, 'g');
const NOT_A_TITLE = /^(?:This|The|That|Such|An|A|Principal|Amending|Parent)\s+Act$/i;

/** The first Act named with its chapter in this text. */
export function namedInstrument(text: string): AmendedInstrument | null {
  const m = text.match(TITLE_AND_CHAPTER);
  if (m) return { title: tidyTitle(m[1]), chapter: (m[2] ?? m[3]).replace(/\s+/g, ' ') };
  // PDF extraction can print the chapter before the title ("Cap. 140A in this Act ... Section 18 of the ... Act,").
  const title = [...text.matchAll(TITLE_ONLY)].map((t) => tidyTitle(t[1])).find((t) => !NOT_A_TITLE.test(t) && t.split(/\s+/).length >= 2);
  const c = text.match(CHAPTER);
  if (!c && !title) return null;
  return { ...(title ? { title } : {}), ...(c ? { chapter: c[1].replace(/\s+/g, ' ') } : {}) };
}

/**
 * Follows the amended Act through an amending instrument, unit by unit: a unit that names an Act amends it (and
 * makes it "the principal Act" when it says so); one that says "the principal Act" amends the last one so named.
 */
export function amendedInstruments(): (heading: string | undefined, text: string) => AmendedInstrument | null {
  let principal: AmendedInstrument | null = null;
  return (heading, text) => {
    const named = namedInstrument(text);
    const fromHeading = heading ? namedInstrument(heading) : null;
    if (named?.title) {
      const full = { ...named, ...(!named.chapter && fromHeading?.chapter ? { chapter: fromHeading.chapter } : {}) };
      if (NAMES_PRINCIPAL.test(text) || !principal) principal = full;
      return full;
    }
    if (NAMES_PRINCIPAL.test(text) && principal) return principal;
    return fromHeading ?? named ?? principal;
  };
}

/** How a citation names the amended Act: its chapter as a lawyer abbreviates it ("Cap. 9:23"), else its title. */
export function citedName(target: AmendedInstrument | null): string {
  if (target?.chapter) return target.chapter.replace(/^Chapter\s*/i, 'Cap. ');
  return target?.title ?? 'the principal Act';
}
