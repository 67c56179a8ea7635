import type { IngestResult } from '../types.ts';
import { Errors } from '../../errors.ts';

/** A section already split out by a scraper, before its body is split. */
export interface PresplitSection {
  num: string;
  heading?: string;
  text: string;
  /** The group label the source gives: "Part II", "CHAPTER II - PUNISHABLE ACTS", "Chapter VIII, Part I". */
  group?: string;
}

type JsonRead =
  | { kind: 'text'; text: string; title?: string; format: 'md' | 'txt'; heading?: string }
  | { kind: 'sections'; sections: PresplitSection[]; title?: string; year?: number }
  | { kind: 'result'; result: IngestResult };

const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : undefined);
const isObj = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);

/**
 * The section text of a Guyana record's `context`: without its "ACT under <marginal note>. 18." prefix, and with
 * each subsection or paragraph marker that the scraper set off by two or more spaces ("...(2).  (2)   Subsection")
 * on a line of its own, as the structure stage expects. A single space before "(2)" is a cross-reference.
 */
function contextText(context: string): string {
  return context
    .replace(/^.*?\bunder\b.*?\s\d{1,4}[A-Z]{0,2}\.\s+/, '')
    .replace(/\s{2,}(\((?:[0-9]{1,3}[A-Z]?|[a-z]{1,2}|[ivxl]{1,5}|[A-Z])\))\s+/g, '\n$1 ')
    .trim();
}

/** Guyana records fold the number into the title when `representation` is empty ("1.Short title."). */
function guyanaSection(rec: Record<string, unknown>): PresplitSection | null {
  const t = rec.type;
  if (!isObj(t)) return null;
  let num = (str(t.representation) ?? '').trim().replace(/\.$/, '');
  let heading = (str(t.title) ?? '').trim();
  if (!num) {
    const m = heading.match(/^(\d{1,4}[A-Z]{0,2})\.\s*(.*)$/);
    if (m) { num = m[1]; heading = m[2]; }
  }
  let text = '';
  if (typeof t.description === 'string') text = t.description;
  else if (Array.isArray(t.description)) {
    text = t.description.filter(isObj).map((d) => `${str(d.representation) ?? ''} ${str(d.description) ?? ''}`.trim()).join('\n');
  }
  const context = contextText(str(t.context) ?? '');
  // The scraper's `description` fragments are often cut at the wrong marker ("(1) refers to the following
  // purposes", or a string split into single characters) while `context` holds the whole section: read the fuller.
  if (context.length >= text.replace(/\s+/g, ' ').length * 0.9) text = context;
  // A record numbered "000" is a stray fragment the scraper split off another section, not a unit.
  if (!num || /^0+$/.test(num)) return null;
  return { num, heading: heading.replace(/\.\s*$/, '') || undefined, text };
}

function isIngestResult(v: Record<string, unknown>): v is Record<string, unknown> & IngestResult {
  return isObj(v.instrument) && Array.isArray(v.provisions) && typeof (v.instrument as Record<string, unknown>).id === 'string'
    && (v.provisions as unknown[]).every((p) => isObj(p) && typeof p.eId === 'string' && typeof p.text === 'string');
}

/** Recognise the corpus's JSON shapes; anything else is refused with a message saying what was expected. */
export function readJson(text: string): JsonRead {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new Errors.BAD_JSON(`The file is not valid JSON (${(e as Error).message}).`);
  }
  if (Array.isArray(data)) {
    if (data.length === 0) throw new Errors.EMPTY_FILE('The JSON file is an empty array: there is no statute text in it.');
    if (data.every((r) => isObj(r) && isObj(r.type))) {
      const sections = data.map((r) => guyanaSection(r as Record<string, unknown>)).filter((s): s is PresplitSection => !!s);
      if (sections.length) return { kind: 'sections', sections, title: str((data[0] as Record<string, unknown>).act)?.replace(/\s+/g, ' ').trim() };
    }
    throw new Errors.JSON_SHAPE('A JSON array must hold section records of the form {act, type: {representation, title, description}}.');
  }
  if (!isObj(data)) throw new Errors.JSON_SHAPE('The JSON file holds a single value, not a statute record.');
  if (isIngestResult(data)) return { kind: 'result', result: data };
  if (typeof data.markdown === 'string') {
    if (!data.markdown.trim()) throw new Errors.EMPTY_FILE('The record\'s "markdown" field is empty.');
    return { kind: 'text', text: data.markdown, title: str(data.title), format: 'md' };
  }
  if (Array.isArray(data.provisions)) {
    const provs = data.provisions.filter(isObj);
    if (provs.length === 0) throw new Errors.EMPTY_FILE('The record has no provisions.');
    if (provs.some((p) => 'section_number' in p)) {
      const docs = Array.isArray(data.documents) ? data.documents.filter(isObj) : [];
      if (provs.length === 1) {
        // One code section (18 U.S.C. 1030): its subsections are the units, read by the text path.
        const p = provs[0];
        return { kind: 'text', text: str(p.text) ?? '', title: str(p.title) ?? str(docs[0]?.title), format: 'txt', heading: str(p.title) };
      }
      return {
        kind: 'sections', title: str(docs[0]?.title),
        sections: provs.map((p) => ({ num: (str(p.section_number) ?? '').replace(/^§\s*/, ''), heading: str(p.title), text: str(p.text) ?? '' })),
      };
    }
    if (provs.some((p) => 'section' in p && ('content' in p || 'text' in p))) {
      return {
        kind: 'sections', title: str(data.title), year: typeof data.year === 'number' ? data.year : undefined,
        sections: provs.map((p) => ({ num: (str(p.section) ?? '').trim(), heading: str(p.title), text: str(p.content) ?? str(p.text) ?? '', group: str(p.chapter) })),
      };
    }
  }
  throw new Errors.JSON_SHAPE('Unrecognised JSON: expected a bill record {title, markdown}, a record with provisions [{section, title, content}] or [{section_number, title, text}], an array of {act, type} section records, or a LexAlign ingest result.');
}
