/**
 * Which text of an instrument LexAlign holds: as at which date, from which official source, with which provisions
 * suspended. A drafter must know whether she reads a Bill as laid, an Act as passed or a revised edition, and as at
 * when. Read from the manifest entry (optional fields `as_at`, `source_url`, `suspended`, `stage`) and, where the
 * corpus keeps the publisher's record beside the text (a JSON file), from that record's own fields.
 */
export interface Edition {
  /** "2023-12-31", "2025": the date the text is consolidated or revised to, when known. */
  asAt?: string;
  /** Where that date was read: the manifest, the title or notes, or the source's own record or address. */
  asAtFrom?: 'manifest' | 'title' | 'notes' | 'source';
  /** The official publisher's page or PDF (http or https only). */
  sourceUrl?: string;
  /** Where a Bill stands in Parliament, as the source says it: "The Senate". */
  parliamentStage?: string;
  /** Suspended provisions, in the source's words: "Sections 22, 23, 24, 27, and 53 suspended by High Court ...". */
  suspended?: string;
  /** The corpus's notes on the text (known defects), as written. */
  notes?: string;
}

const str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() ? v.trim() : undefined);

/** Only web addresses: a manifest or record could hold `javascript:` or a file path. */
function webUrl(v: unknown): string | undefined {
  const s = str(v);
  return s && /^https?:\/\/[^\s"<>]+$/i.test(s) ? s : undefined;
}

const AS_AT = /\bas (?:at|of) (\d{4}-\d{2}-\d{2}|\d{1,2} \w+ \d{4}|\d{4})/i;
const CONSOLIDATED = /\b(?:consolidated|revised|amended) (?:to|up to) (\d{4}(?:-\d{2}-\d{2})?)/i;
/** Akoma Ntoso expression addresses carry the date of the version: `.../eng@2023-12-31`. */
const AKN_DATE = /@(\d{4}-\d{2}-\d{2})\b/;
const SUSPENDED = /((?:sections?|ss?\.)\s+[\d\w ,]+?(?:and\s+\d+\w*)?\s+(?:are |were )?suspended[^;.]*)/i;

export function editionOf(entry: Record<string, unknown>, record: Record<string, unknown> | null): Edition {
  const out: Edition = {};
  const title = str(entry.title) ?? '';
  const notes = str(entry.notes);
  const asAt = str(entry.as_at);
  const sourceUrl = webUrl(entry.source_url) ?? webUrl(entry.url) ?? webUrl(record?.url) ?? webUrl(record?.pdf_url) ?? webUrl(record?.source_url);
  if (asAt) Object.assign(out, { asAt, asAtFrom: 'manifest' });
  else if (AS_AT.exec(title)) Object.assign(out, { asAt: AS_AT.exec(title)![1], asAtFrom: 'title' });
  else if (notes && (AS_AT.exec(notes) ?? CONSOLIDATED.exec(notes))) Object.assign(out, { asAt: (AS_AT.exec(notes) ?? CONSOLIDATED.exec(notes))![1], asAtFrom: 'notes' });
  else if (sourceUrl && AKN_DATE.exec(sourceUrl)) Object.assign(out, { asAt: AKN_DATE.exec(sourceUrl)![1], asAtFrom: 'source' });
  if (sourceUrl) out.sourceUrl = sourceUrl;
  const stage = str(entry.stage) ?? str(record?.current_stage);
  if (stage) out.parliamentStage = stage;
  const suspended =
    str(entry.suspended) ??
    (Array.isArray(entry.suspended) ? entry.suspended.filter((s) => typeof s === 'string').join(', ') || undefined : undefined) ??
    SUSPENDED.exec(str(record?.description) ?? '')?.[1] ??
    (str(record?.status) === 'partially_suspended' ? 'Some provisions are suspended (the source does not say which).' : undefined);
  if (suspended) out.suspended = suspended;
  if (notes) out.notes = notes;
  return out;
}
