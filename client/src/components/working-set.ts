/**
 * The drafter's working set: articles, findings and provisions pinned while reading, kept in this browser's
 * localStorage (one user per browser profile; nothing is sent to the server) and exported as CSV or Markdown.
 */
import { useSyncExternalStore } from 'react';

export type PinnedItem =
  | { kind: 'article'; template: string; article: string; title: string; instruments: string[] }
  | { kind: 'finding'; template: string; article: string; title: string; instrument: string; instrumentTitle: string; citation: string }
  | { kind: 'provision'; instrument: string; instrumentTitle: string; eId: string; citation: string; excerpt: string };

export type Pin = PinnedItem & { added: string; note?: string };

const STORAGE_KEY = 'lexalign.working-set';

/** One key per pinned thing, so pinning twice does not duplicate it. */
export function pinKey(item: PinnedItem): string {
  if (item.kind === 'article') return `article:${item.template}:${item.article}`;
  if (item.kind === 'finding') return `finding:${item.template}:${item.instrument}:${item.article}`;
  return `provision:${item.instrument}:${item.eId}`;
}

export function addPin(set: Pin[], item: PinnedItem, now = new Date()): Pin[] {
  const key = pinKey(item);
  if (set.some((p) => pinKey(p) === key)) return set.map((p) => (pinKey(p) === key ? { ...p, ...item } : p));
  return [...set, { ...item, added: now.toISOString() }];
}

export function removePin(set: Pin[], key: string): Pin[] {
  return set.filter((p) => pinKey(p) !== key);
}

export function setPinNote(set: Pin[], key: string, note: string): Pin[] {
  return set.map((p) => (pinKey(p) === key ? { ...p, note: note || undefined } : p));
}

/** What a pin is, in words: "Art. 3 Illegal interception", "Cybercrime Bill, 2024 (Barbados), cl. 8". */
export function pinLabel(p: PinnedItem): string {
  if (p.kind === 'article') return p.title;
  if (p.kind === 'finding') return `${p.title}: ${p.citation}`;
  return p.citation;
}

/** Where a pin opens in the app (a path with its query). */
export function pinPath(p: PinnedItem): string {
  const enc = encodeURIComponent;
  if (p.kind === 'article') return `/compare?article=${enc(p.article)}&template=${enc(p.template)}${p.instruments.length ? `&instruments=${p.instruments.map(enc).join(',')}` : ''}`;
  if (p.kind === 'finding') return `/align/${enc(p.instrument)}/${enc(p.article)}?template=${enc(p.template)}`;
  return `/instruments/${enc(p.instrument)}?p=${enc(p.eId)}`;
}

const KIND_WORDS: Record<PinnedItem['kind'], string> = { article: 'Article', finding: 'Finding', provision: 'Provision' };

function csvCell(value: string): string {
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n;']/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** CSV (UTF-8 with BOM, formula-safe) with absolute links when `origin` is given. */
export function workingSetCsv(set: Pin[], origin = ''): string {
  const rows = [['Kind', 'Item', 'Text', 'Note', 'Link', 'Pinned']];
  for (const p of set) rows.push([KIND_WORDS[p.kind], pinLabel(p), p.kind === 'provision' ? p.excerpt : '', p.note ?? '', origin + pinPath(p), p.added]);
  return `\uFEFF${rows.map((r) => r.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

/** Markdown escaping for text from statutes and users: no markup of theirs survives into the list. */
function md(text: string): string {
  return text.replace(/([\\`*_{}[\]()#+\-.!|<>])/g, '\\$1').replace(/\s+/g, ' ').trim();
}

/** A Markdown list, grouped by kind, ready to paste into a drafting memo. */
export function workingSetMarkdown(set: Pin[], origin = ''): string {
  const lines = ['# Working set', ''];
  for (const kind of ['article', 'finding', 'provision'] as const) {
    const items = set.filter((p) => p.kind === kind);
    if (items.length === 0) continue;
    lines.push(`## ${KIND_WORDS[kind]}s`, '');
    for (const p of items) {
      lines.push(`- [${md(pinLabel(p))}](${origin}${pinPath(p)})${p.note ? `: ${md(p.note)}` : ''}`);
      if (p.kind === 'provision' && p.excerpt) lines.push(`  > ${md(p.excerpt)}`);
    }
    lines.push('');
  }
  return lines.join('\n');
}

function isPin(value: unknown): value is Pin {
  const p = value as Pin | null;
  return Boolean(p && typeof p === 'object' && (p.kind === 'article' || p.kind === 'finding' || p.kind === 'provision') && typeof p.added === 'string');
}

/** Reads the set from storage; a damaged or foreign value reads as an empty set rather than breaking the page. */
export function parseWorkingSet(raw: string | null): Pin[] {
  if (!raw) return [];
  try {
    const data = JSON.parse(raw) as unknown;
    return Array.isArray(data) ? data.filter(isPin) : [];
  } catch {
    return [];
  }
}

const listeners = new Set<() => void>();
let cache: { raw: string | null; set: Pin[] } = { raw: null, set: [] };

function read(): Pin[] {
  let raw: string | null = null;
  try {
    raw = localStorage.getItem(STORAGE_KEY);
  } catch {
    // Storage refused (private browsing): the set lives for this page only.
    return cache.set;
  }
  if (raw !== cache.raw) cache = { raw, set: parseWorkingSet(raw) };
  return cache.set;
}

export function saveWorkingSet(set: Pin[]): void {
  const raw = JSON.stringify(set);
  cache = { raw, set };
  try {
    localStorage.setItem(STORAGE_KEY, raw);
  } catch {
    // Kept in memory for this page when storage is refused.
  }
  for (const l of listeners) l();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  // Another tab pinning something updates this one.
  const onStorage = (e: StorageEvent) => {
    if (e.key === STORAGE_KEY) listener();
  };
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', onStorage);
  };
}

export function useWorkingSet(): Pin[] {
  return useSyncExternalStore(subscribe, read, () => []);
}
