import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { IngestResult, Instrument, Provision } from '../ingest/types.ts';
import type { CoverageStatus } from '../align/types.ts';
import { migrations } from './migrations.ts';
import { openAccountStore } from './account-store.ts';
import { lexError } from '../errors.ts';
import type { Collection, InstrumentRow, ReviewInput, ReviewRecord, Store, StoreState, VersionRecord } from './types.ts';

interface ReviewDbRow {
  id: number;
  instrument: string;
  template: string;
  article: string;
  author: string;
  time: string;
  status: string;
  provisions: string;
  note: string | null;
  machine: string;
  previous: string | null;
  pinpoints: string | null;
  element_notes: string | null;
}

interface InstrumentDbRow {
  id: string;
  hash: string;
  collection: string;
  source_key: string;
  parser: string;
  json: string;
  updated_at: string;
}

function toReview(row: ReviewDbRow): ReviewRecord {
  return {
    id: row.id,
    instrument: row.instrument,
    template: row.template,
    article: row.article,
    author: row.author,
    time: row.time,
    status: row.status as CoverageStatus,
    provisions: JSON.parse(row.provisions) as string[],
    ...(row.pinpoints ? { pinpoints: JSON.parse(row.pinpoints) as string[] } : {}),
    ...(row.note != null ? { note: row.note } : {}),
    ...(row.element_notes ? { elementNotes: JSON.parse(row.element_notes) as Record<string, string> } : {}),
    machine: JSON.parse(row.machine) as ReviewRecord['machine'],
    previous: row.previous ? (JSON.parse(row.previous) as ReviewRecord['previous']) : null,
  };
}

function toInstrumentRow(row: InstrumentDbRow): InstrumentRow {
  return {
    id: row.id,
    hash: row.hash,
    collection: row.collection as Collection,
    sourceKey: row.source_key,
    parser: row.parser,
    instrument: JSON.parse(row.json) as Instrument,
    updatedAt: row.updated_at,
  };
}

interface VersionDbRow {
  id: string;
  series: string;
  number: number;
  note: string | null;
  created_at: string;
}

function toVersion(row: VersionDbRow): VersionRecord {
  return { id: row.id, series: row.series, number: row.number, ...(row.note ? { note: row.note } : {}), createdAt: row.created_at };
}

/** SQLite's own codes for a file that is not a sound database. */
export function isCorruption(error: unknown): boolean {
  const code = (error as { code?: unknown })?.code;
  return typeof code === 'string' && (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB');
}

function damaged(path: string, detail: string): Error {
  return lexError('STORE_DAMAGED', `the database ${path} is damaged (${detail.replace(/\s+/g, ' ').slice(0, 200)}); restore it from a backup, ` +
    'or move it away to start with an empty one (uploads and reviews live only in it)');
}

/** Applies the migrations not yet recorded, each in its own transaction. */
function migrate(db: Database.Database): void {
  db.exec('CREATE TABLE IF NOT EXISTS migrations (id INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
  const done = new Set((db.prepare('SELECT id FROM migrations').all() as Array<{ id: number }>).map((r) => r.id));
  for (const m of migrations) {
    if (done.has(m.id)) continue;
    db.transaction(() => {
      db.exec(m.sql);
      db.prepare('INSERT INTO migrations (id, name, applied_at) VALUES (?, ?, ?)').run(m.id, m.name, new Date().toISOString());
    })();
  }
}

/** Opens the file, checks it is sound and migrates it; a damaged file is refused with the coded error naming it. */
function openChecked(path: string): { db: Database.Database; checkMs: number } {
  let db: Database.Database | null = null;
  try {
    db = new Database(path);
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    // A damaged page (a disk error, a copy taken mid-write) would otherwise start "ok" and answer 500 on the
    // first read that touches it. quick_check reads every page once: about a second per GB.
    const started = performance.now();
    const problems = (db.pragma('quick_check(3)') as Array<{ quick_check: string }>).map((r) => r.quick_check);
    const checkMs = Math.round(performance.now() - started);
    if (problems.length !== 1 || problems[0] !== 'ok') throw damaged(path, problems.join('; '));
    migrate(db);
    return { db, checkMs };
  } catch (error) {
    db?.close();
    if (isCorruption(error)) throw damaged(path, (error as Error).message);
    throw error;
  }
}

/**
 * The embedded store. WAL lets readers run while a writer commits; synchronous=FULL makes every commit reach
 * the disk before it returns, so a 200 on a review means the review survives a power cut or `kill -9`.
 */
export function openSqliteStore(path: string): Store {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const { db, checkMs } = openChecked(path);
  let state: StoreState = { integrity: 'ok', checkMs };

  const q = {
    listInstruments: db.prepare('SELECT id, hash, collection, source_key, parser, json, updated_at FROM instruments ORDER BY id'),
    getInstrument: db.prepare('SELECT id, hash, collection, source_key, parser, json, updated_at FROM instruments WHERE id = ?'),
    upsertInstrument: db.prepare(`INSERT INTO instruments (id, hash, collection, source_key, parser, json, source, updated_at)
      VALUES (@id, @hash, @collection, @sourceKey, @parser, @json, @source, @updatedAt)
      ON CONFLICT(id) DO UPDATE SET hash = excluded.hash, collection = excluded.collection, parser = excluded.parser,
        source_key = excluded.source_key, json = excluded.json, source = excluded.source, updated_at = excluded.updated_at`),
    deleteProvisions: db.prepare('DELETE FROM provisions WHERE instrument = ?'),
    deleteCorrelations: db.prepare('DELETE FROM correlations WHERE instrument = ?'),
    insertProvision: db.prepare('INSERT OR REPLACE INTO provisions (instrument, seq, e_id, json) VALUES (?, ?, ?, ?)'),
    deleteInstrument: db.prepare('DELETE FROM instruments WHERE id = ?'),
    provisions: db.prepare('SELECT json FROM provisions WHERE instrument = ? ORDER BY seq'),
    provision: db.prepare('SELECT json FROM provisions WHERE instrument = ? AND e_id = ?'),
    source: db.prepare('SELECT source FROM instruments WHERE id = ?'),
    getCorrelation: db.prepare('SELECT json FROM correlations WHERE instrument = ? AND template = ? AND cache_key = ?'),
    putCorrelation: db.prepare(`INSERT INTO correlations (instrument, template, cache_key, json) VALUES (?, ?, ?, ?)
      ON CONFLICT(instrument, template) DO UPDATE SET cache_key = excluded.cache_key, json = excluded.json`),
    addReview: db.prepare(`INSERT INTO reviews (instrument, template, article, author, time, status, provisions, note, machine, previous, pinpoints, element_notes)
      VALUES (@instrument, @template, @article, @author, @time, @status, @provisions, @note, @machine, @previous, @pinpoints, @elementNotes)`),
    history: db.prepare('SELECT * FROM reviews WHERE instrument = ? AND template = ? AND article = ? ORDER BY id DESC'),
    latest: db.prepare('SELECT * FROM reviews WHERE instrument = ? AND template = ? AND article = ? ORDER BY id DESC LIMIT 1'),
    current: db.prepare(`SELECT r.* FROM reviews r JOIN (SELECT article, MAX(id) AS id FROM reviews
      WHERE instrument = ? AND template = ? GROUP BY article) last ON r.id = last.id`),
    addVersion: db.prepare('INSERT INTO versions (id, series, number, note, created_at) VALUES (?, ?, ?, ?, ?)'),
    listVersions: db.prepare('SELECT id, series, number, note, created_at FROM versions WHERE series = ? ORDER BY number'),
    getVersion: db.prepare('SELECT id, series, number, note, created_at FROM versions WHERE id = ?'),
    deleteVersion: db.prepare('DELETE FROM versions WHERE id = ?'),
    frameworkChoices: db.prepare('SELECT instrument, included FROM framework_choices'),
    setFrameworkChoice: db.prepare(`INSERT INTO framework_choices (instrument, included, updated_at) VALUES (?, ?, ?)
      ON CONFLICT(instrument) DO UPDATE SET included = excluded.included, updated_at = excluded.updated_at`),
    getBlob: db.prepare('SELECT value FROM blobs WHERE key = ?'),
    putBlob: db.prepare('INSERT INTO blobs (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value'),
  };

  const putInstrument = db.transaction(
    (row: Omit<InstrumentRow, 'updatedAt' | 'instrument'>, result: IngestResult, sourceBytes?: Uint8Array) => {
      q.upsertInstrument.run({
        id: row.id,
        hash: row.hash,
        collection: row.collection,
        sourceKey: row.sourceKey,
        parser: row.parser,
        json: JSON.stringify(result.instrument),
        source: sourceBytes ? Buffer.from(sourceBytes) : null,
        updatedAt: new Date().toISOString(),
      });
      // A new text invalidates its provisions and every table aligned from the old text.
      q.deleteProvisions.run(row.id);
      q.deleteCorrelations.run(row.id);
      result.provisions.forEach((p, i) => q.insertProvision.run(row.id, i, p.eId, JSON.stringify(p)));
    },
  );

  const addReview = db.transaction((input: ReviewInput): ReviewRecord => {
    const before = q.latest.get(input.instrument, input.template, input.article) as ReviewDbRow | undefined;
    const prev = before ? toReview(before) : null;
    const previous = prev
      ? { status: prev.status, provisions: prev.provisions, ...(prev.note ? { note: prev.note } : {}), author: prev.author, time: prev.time }
      : null;
    const time = new Date().toISOString();
    const info = q.addReview.run({
      ...input,
      time,
      provisions: JSON.stringify(input.provisions),
      note: input.note ?? null,
      pinpoints: input.pinpoints ? JSON.stringify(input.pinpoints) : null,
      elementNotes: input.elementNotes ? JSON.stringify(input.elementNotes) : null,
      machine: JSON.stringify(input.machine),
      previous: previous ? JSON.stringify(previous) : null,
    });
    return { ...input, id: Number(info.lastInsertRowid), time, previous };
  });

  return {
    listInstruments: () => (q.listInstruments.all() as InstrumentDbRow[]).map(toInstrumentRow),
    getInstrumentRow: (id) => {
      const row = q.getInstrument.get(id) as InstrumentDbRow | undefined;
      return row ? toInstrumentRow(row) : null;
    },
    putInstrument: (row, result, bytes) => putInstrument(row, result, bytes),
    deleteInstrument: (id) => {
      q.deleteInstrument.run(id);
      q.deleteVersion.run(id);
    },
    getProvisions: (id) => (q.provisions.all(id) as Array<{ json: string }>).map((r) => JSON.parse(r.json) as Provision),
    getProvision: (id, eId) => {
      const row = q.provision.get(id, eId) as { json: string } | undefined;
      return row ? (JSON.parse(row.json) as Provision) : null;
    },
    getSourceBytes: (id) => {
      const row = q.source.get(id) as { source: Buffer | null } | undefined;
      return row?.source ? new Uint8Array(row.source) : null;
    },
    addVersion: (v) => {
      const createdAt = new Date().toISOString();
      q.addVersion.run(v.id, v.series, v.number, v.note ?? null, createdAt);
      return { ...v, createdAt };
    },
    listVersions: (series) => (q.listVersions.all(series) as VersionDbRow[]).map(toVersion),
    getVersion: (id) => {
      const row = q.getVersion.get(id) as VersionDbRow | undefined;
      return row ? toVersion(row) : null;
    },
    getCorrelation: (instrument, template, key) => {
      const row = q.getCorrelation.get(instrument, template, key) as { json: string } | undefined;
      return row?.json ?? null;
    },
    putCorrelation: (instrument, template, key, json) => {
      q.putCorrelation.run(instrument, template, key, json);
    },
    addReview: (input) => addReview(input),
    reviewHistory: (instrument, template, article) =>
      (q.history.all(instrument, template, article) as ReviewDbRow[]).map(toReview),
    currentReviews: (instrument, template) =>
      new Map((q.current.all(instrument, template) as ReviewDbRow[]).map((r) => [r.article, toReview(r)])),
    frameworkChoices: () =>
      new Map((q.frameworkChoices.all() as Array<{ instrument: string; included: number }>).map((r) => [r.instrument, r.included === 1])),
    setFrameworkChoice: (instrument, included) => {
      q.setFrameworkChoice.run(instrument, included ? 1 : 0, new Date().toISOString());
    },
    getBlob: (key) => (q.getBlob.get(key) as { value: string } | undefined)?.value ?? null,
    putBlob: (key, value) => {
      q.putBlob.run(key, value);
    },
    state: () => state,
    markDamaged: (reason) => {
      state = { ...state, integrity: 'damaged', reason: reason.slice(0, 200) };
    },
    accounts: openAccountStore(db),
    backup: async (file) => {
      await db.backup(file);
    },
    close: () => db.close(),
  };
}
