import { SearchIndexError } from './errors.ts';
import type { SearchDoc } from './types.ts';

/** String fields stored as ids into one table of distinct strings (titles, Parts, headings repeat a lot). */
const TABLED = ['instrument', 'instrumentTitle', 'jurisdiction', 'eId', 'num', 'unit', 'kind'] as const;
const OPTIONAL = ['heading', 'part', 'citation', 'context'] as const;
const LISTS = ['defines', 'articles'] as const;

/** Provisions as columns: every string but the text is an id into `strings`; -1 for an absent optional field. */
interface EncodedDocs {
  count: number;
  strings: string[];
  columns: Record<(typeof TABLED)[number] | (typeof OPTIONAL)[number], number[]>;
  lists: Record<(typeof LISTS)[number], number[][]>;
  text: string[];
}

export function encodeDocs(docs: readonly SearchDoc[]): EncodedDocs {
  const ids = new Map<string, number>();
  const strings: string[] = [];
  const idOf = (s: string): number => {
    let id = ids.get(s);
    if (id === undefined) {
      id = strings.length;
      strings.push(s);
      ids.set(s, id);
    }
    return id;
  };
  const columns = Object.fromEntries([...TABLED, ...OPTIONAL].map((k) => [k, [] as number[]])) as EncodedDocs['columns'];
  const lists = { defines: [] as number[][], articles: [] as number[][] };
  const text: string[] = [];
  for (const d of docs) {
    for (const k of TABLED) columns[k].push(idOf(d[k]));
    for (const k of OPTIONAL) columns[k].push(d[k] === undefined ? -1 : idOf(d[k]!));
    for (const k of LISTS) lists[k].push(d[k].map(idOf));
    text.push(d.text);
  }
  return { count: docs.length, strings, columns, lists, text };
}

/** Reads provisions back; shape errors name the column. Field-level checks follow in validateDocs. */
export function decodeDocs(raw: unknown, where: string): SearchDoc[] {
  const r = raw as Partial<EncodedDocs> | null;
  if (!r || typeof r !== 'object' || !Number.isInteger(r.count) || !Array.isArray(r.strings) || !r.columns || !r.lists || !Array.isArray(r.text)) {
    throw new SearchIndexError(`${where}: provisions must be stored as columns (count, strings, columns, lists, text)`);
  }
  const n = r.count!;
  const strings = r.strings;
  const checkIds = (name: string, ids: unknown, optional: boolean): number[] => {
    if (!Array.isArray(ids)) throw new SearchIndexError(`${where}: "${name}" must be a list of string ids`);
    for (const id of ids) {
      if (!Number.isInteger(id) || id < (optional ? -1 : 0) || id >= strings.length) throw new SearchIndexError(`${where}: "${name}" refers to no string`);
    }
    return ids as number[];
  };
  const column = (name: string, col: unknown, optional: boolean): number[] => {
    if (!Array.isArray(col) || col.length !== n) throw new SearchIndexError(`${where}: column "${name}" missing or of the wrong length`);
    return checkIds(name, col, optional);
  };
  const cols = r.columns as Record<string, unknown>;
  const tabled = TABLED.map((k) => column(k, cols[k], false));
  const optional = OPTIONAL.map((k) => column(k, cols[k], true));
  const lists = LISTS.map((k) => {
    const l = (r.lists as Record<string, unknown>)[k];
    if (!Array.isArray(l) || l.length !== n) throw new SearchIndexError(`${where}: list "${k}" missing or of the wrong length`);
    l.forEach((ids) => checkIds(k, ids, false));
    return l as number[][];
  });
  if (r.text.length !== n) throw new SearchIndexError(`${where}: "text" of the wrong length`);
  const docs: SearchDoc[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const d = {} as Record<string, unknown>;
    TABLED.forEach((k, c) => (d[k] = strings[tabled[c][i]]));
    d.text = r.text[i];
    LISTS.forEach((k, c) => (d[k] = lists[c][i].map((id) => strings[id])));
    OPTIONAL.forEach((k, c) => {
      const id = optional[c][i];
      if (id >= 0) d[k] = strings[id];
    });
    docs[i] = d as unknown as SearchDoc;
  }
  return docs;
}
