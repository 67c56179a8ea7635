import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import type { IngestResult, InstrumentMeta, Provision } from '../ingest/types.ts';
import { Errors, IngestError, lexError, LexAlignError } from '../errors.ts';
import type { InstrumentRow, Store } from '../store/types.ts';
import { expansionBudget, zipExpansionProblemAsync } from '../ingest/adapters/zip-expansion.ts';
import { Lru } from './lru.ts';
import type { FileOutcome, Pipeline } from './pipeline.ts';
import { idFromFileName, supportedExtensions, type SourceEntry } from './sources.ts';

export interface SyncReport {
  scanned: number;
  ingested: number;
  unchanged: number;
  failed: Array<{ file: string; reason: string }>;
  ms: number;
}

/** A 2.8 MB bill takes a few seconds of CPU: a minute leaves room for a loaded machine and stops a runaway parse. */
export const DEFAULT_FILE_TIMEOUT_MS = 60_000;

/** Sources that failed to ingest, by source key, with the bytes (sha256) and parser version they failed with. */
type KnownFailures = Record<string, { hash: string; parser: string; reason: string }>;
const FAILURES_BLOB = 'catalogue.failed-sources';

/** A source to ingest, with the id fixed for it before any ingestion starts. */
interface Pending {
  source: SourceEntry;
  sourceKey: string;
  id: string;
  /** sha256 of the bytes read when the sources were checked (workers read the files again themselves). */
  hash: string;
}

/** An outcome; when the file was read again here, with the hash of the bytes actually parsed. */
type Outcome = FileOutcome | { result: IngestResult; hash: string };

/** Logs ingestion progress about every 5% of the files, or every 15 s, whichever comes first. */
function syncProgress(total: number, log: (message: string) => void): () => void {
  const started = performance.now();
  const step = Math.max(1, Math.ceil(total / 20));
  let done = 0;
  let lastAt = started;
  return () => {
    done++;
    const now = performance.now();
    if (done === total || done % step === 0 || now - lastAt > 15_000) {
      lastAt = now;
      log(`ingesting: ${done}/${total} files in ${((now - started) / 1000).toFixed(1)} s`);
    }
  };
}

type ChangeListener = (id: string, change: 'upsert' | 'remove') => void;

export interface UploadInput {
  bytes: Uint8Array;
  fileName: string;
  meta: Partial<InstrumentMeta>;
  /** Keep the text as a new version of this instrument (server/services/versions.ts) instead of under its file name. */
  versionOf?: string;
}

/** An upload checked and given its id, not yet ingested. */
interface PreparedUpload {
  id: string;
  /** The bare file name (no folders). */
  fileName: string;
}

function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/**
 * The instruments being served: those found at start-up in the configured folders plus uploads. Holds only
 * instrument records in memory; provisions stay in the store and hot ones are cached.
 */
export class Catalogue {
  private readonly active = new Map<string, InstrumentRow>();
  /** Recently read instruments' provisions, in order, and by eId once a single provision is asked for. */
  private readonly provisionCache = new Lru<{ list: Provision[]; byEId?: Map<string, Provision> }>(64, (e) => e.list.length, 250_000);
  private readonly listeners: ChangeListener[] = [];
  private readonly parser: string;

  constructor(
    private readonly store: Store,
    private readonly pipeline: Pipeline,
    private readonly docxExpandLimit: number,
    private readonly docxExpandRatio: number,
    /** Longest a source file may take to ingest at start-up (when the pipeline has workers to stop it). */
    private readonly fileTimeoutMs: number = DEFAULT_FILE_TIMEOUT_MS,
  ) {
    this.parser = pipeline.parserVersion ?? '';
    // Uploads are user data kept in the store: they are served whatever folders are configured.
    for (const row of store.listInstruments()) if (row.collection === 'upload') this.active.set(row.id, row);
  }

  onChange(listener: ChangeListener): void {
    this.listeners.push(listener);
  }

  /**
   * Ingests each source whose bytes (sha256) or parser version changed since the stored copy; an unchanged file
   * costs one read and hash. Changed files go to the pipeline's workers when it has them (both cores, a time limit
   * per file, a file over it reported as failed and skipped); otherwise they are ingested here one by one.
   */
  async sync(sources: SourceEntry[], log: (message: string) => void = () => {}): Promise<SyncReport> {
    const started = performance.now();
    const stored = new Map(this.store.listInstruments().map((r) => [r.sourceKey, r]));
    const report: SyncReport = { scanned: sources.length, ingested: 0, unchanged: 0, failed: [], ms: 0 };
    const failedBefore = this.knownFailures();
    const failedNow: KnownFailures = {};
    let known = 0;
    const pending: Pending[] = [];
    const reserved = new Set<string>();
    let pendingBytes = 0;
    for (const source of sources) {
      const sourceKey = `${source.collection}:${source.collection === 'extra' ? join(basename(source.dir), source.file) : source.file}`;
      try {
        const bytes = readFileSync(join(source.dir, source.file));
        const hash = sha256(bytes);
        const before = stored.get(sourceKey);
        if (before && before.hash === hash && before.parser === this.parser) {
          this.activate(before);
          report.unchanged++;
          continue;
        }
        // A file that failed with these very bytes and this parser fails again: not retried at every start.
        const failed = failedBefore[sourceKey];
        if (failed && failed.hash === hash && failed.parser === this.parser) {
          report.failed.push({ file: source.file, reason: failed.reason });
          failedNow[sourceKey] = failed;
          known++;
          continue;
        }
        // Ids are fixed here, in source order, so that files finishing in any order get the same ids.
        const id = before?.id ?? this.freeId(source.meta.id ?? idFromFileName(source.file), source.file, reserved);
        reserved.add(id);
        pending.push({ source, sourceKey, id, hash });
        pendingBytes += bytes.length;
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        report.failed.push({ file: source.file, reason });
        log(`could not read ${source.file}: ${reason}`);
      }
    }
    log(`${sources.length} source files checked in ${Math.round(performance.now() - started)} ms: ${report.unchanged} unchanged, ` +
      `${known} failed before with the same bytes and parser (not retried), ${pending.length} to ingest (${(pendingBytes / 1e6).toFixed(1)} MB)`);
    const progress = syncProgress(pending.length, log);
    const done = (p: Pending, outcome: Outcome) => {
      try {
        if ('error' in outcome) throw new Error(outcome.error);
        this.keep(p, outcome.result, 'hash' in outcome ? outcome.hash : p.hash);
        report.ingested++;
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        report.failed.push({ file: p.source.file, reason });
        failedNow[p.sourceKey] = { hash: p.hash, parser: this.parser, reason };
        log(`could not ingest ${p.source.file}: ${reason}`);
      }
      progress();
    };
    if (this.pipeline.ingestFiles && pending.length > 1) {
      const jobs = pending.map((p) => ({ path: join(p.source.dir, p.source.file), meta: { ...p.source.meta, id: p.id } }));
      await this.pipeline.ingestFiles(jobs, { timeoutMs: this.fileTimeoutMs, onResult: (index, outcome) => done(pending[index], outcome) });
    } else {
      for (const p of pending) {
        let outcome: Outcome;
        try {
          const bytes = readFileSync(join(p.source.dir, p.source.file));
          outcome = { result: await this.pipeline.ingest({ bytes, fileName: basename(p.source.file), meta: { ...p.source.meta, id: p.id } }), hash: sha256(bytes) };
        } catch (error) {
          outcome = { error: error instanceof Error ? error.message : String(error) };
        }
        done(p, outcome);
      }
    }
    this.store.putBlob(FAILURES_BLOB, JSON.stringify(failedNow));
    report.ms = Math.round(performance.now() - started);
    return report;
  }

  private knownFailures(): KnownFailures {
    try {
      const parsed = JSON.parse(this.store.getBlob(FAILURES_BLOB) ?? '{}') as unknown;
      return parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as KnownFailures) : {};
    } catch {
      return {}; // A damaged record only costs a retry.
    }
  }

  /** Stores an ingested source under its fixed id and the hash of its bytes. */
  private keep(p: Pending, result: IngestResult, hash: string): void {
    result.instrument.id = p.id;
    this.store.putInstrument({ id: p.id, hash, collection: p.source.collection, sourceKey: p.sourceKey, parser: this.parser }, result);
    this.activate(this.store.getInstrumentRow(p.id)!);
  }

  /** A second file with the same stem (bulk sets reuse numbers) gets its folder's name as a prefix. */
  private freeId(id: string, file: string, reserved: Set<string> = new Set()): string {
    const taken = (candidate: string) => reserved.has(candidate) || this.active.has(candidate) || !!this.store.getInstrumentRow(candidate);
    if (!taken(id)) return id;
    const prefixed = `${idFromFileName(dirname(file)) || 'extra'}-${id}`;
    let candidate = prefixed;
    for (let n = 2; taken(candidate); n++) candidate = `${prefixed}-${n}`;
    return candidate;
  }

  private activate(row: InstrumentRow): void {
    this.active.set(row.id, row);
    this.provisionCache.deleteWhere((k) => k === row.id);
    for (const l of this.listeners) l(row.id, 'upsert');
  }

  list(): InstrumentRow[] {
    return [...this.active.values()].sort((a, b) => a.id.localeCompare(b.id));
  }

  has(id: string): boolean {
    return this.active.has(id);
  }

  get(id: string): InstrumentRow {
    const row = this.active.get(id);
    if (!row) throw lexError('UNKNOWN_INSTRUMENT', id);
    return row;
  }

  provisions(id: string): Provision[] {
    return this.cachedProvisions(id).list;
  }

  provision(id: string, eId: string): Provision {
    const entry = this.cachedProvisions(id);
    // Built on the first single read, not when a whole instrument is listed (search indexing lists them all).
    entry.byEId ??= new Map(entry.list.map((p) => [p.eId, p]));
    const found = entry.byEId.get(eId);
    if (!found) throw lexError('UNKNOWN_PROVISION', id, eId);
    return found;
  }

  private cachedProvisions(id: string): { list: Provision[]; byEId?: Map<string, Provision> } {
    this.get(id);
    let entry = this.provisionCache.get(id);
    if (!entry) {
      entry = { list: this.store.getProvisions(id) };
      this.provisionCache.set(id, entry);
    }
    return entry;
  }

  ingestResult(id: string): IngestResult {
    return { instrument: this.get(id).instrument, provisions: this.provisions(id) };
  }

  /**
   * Checks an upload before anything ingests it: a format we read, a .docx that does not inflate past its budget,
   * and an id no instrument has (nothing is ever replaced silently). The name only chooses the format and the id;
   * it is never used as a path.
   */
  prepareUpload(input: { fileName: string; bytes: Uint8Array }, reserved: ReadonlySet<string> = new Set(), givenId?: string): PreparedUpload {
    const fileName = basename(input.fileName.replace(/\\/g, '/'));
    const ext = extname(fileName).toLowerCase();
    if (!supportedExtensions.has(ext)) {
      throw lexError('UNSUPPORTED_FORMAT', `Unsupported file type "${ext || fileName}"; send .md, .txt, .html, .json, .pdf or .docx`);
    }
    const id = givenId ?? idFromFileName(fileName);
    this.assertIdFree(id, reserved);
    return { id, fileName };
  }

  /** Refuses a .docx that would expand past its budget, before any library unpacks it (a zip bomb). */
  async checkArchive(prepared: PreparedUpload, bytes: Uint8Array): Promise<void> {
    if (extname(prepared.fileName).toLowerCase() !== '.docx') return;
    const budget = expansionBudget(bytes.length, this.docxExpandLimit, this.docxExpandRatio);
    const problem = await zipExpansionProblemAsync(bytes, budget);
    if (problem?.kind === 'too-large') {
      throw lexError('ARCHIVE_TOO_LARGE', budget < this.docxExpandLimit ? `to more than ${this.docxExpandRatio} times its size` : `beyond ${this.docxExpandLimit} bytes`);
    }
    if (problem?.kind === 'broken') throw lexError('BAD_ARCHIVE', problem.reason);
  }

  private assertIdFree(id: string, reserved: ReadonlySet<string> = new Set()): void {
    const existing = this.active.get(id) ?? this.store.getInstrumentRow(id);
    if (existing) {
      const what = existing.collection === 'upload' ? 'an earlier upload' : `from the ${existing.collection} folder`;
      throw Object.assign(lexError('DUPLICATE_INSTRUMENT', id, what), { instrument: id });
    }
    if (reserved.has(id)) throw Object.assign(lexError('DUPLICATE_INSTRUMENT', id, 'an upload being ingested now'), { instrument: id });
  }

  /** The served instrument whose source bytes have this SHA-256, if any (a handful of rows: a plain scan). */
  findByHash(hash: string): { id: string; title: string } | null {
    for (const row of this.active.values()) if (row.hash === hash) return { id: row.id, title: row.instrument.title };
    return null;
  }

  /** Keeps an ingested upload under its prepared id, with its bytes (uploads live only in the store). */
  addUpload(prepared: PreparedUpload, result: IngestResult, bytes: Uint8Array, hash = sha256(bytes)): void {
    const { id, fileName } = prepared;
    this.assertIdFree(id);
    result.instrument.id = id;
    this.store.putInstrument({ id, hash, collection: 'upload', sourceKey: `upload:${fileName}`, parser: this.parser }, result, bytes);
    this.activate(this.store.getInstrumentRow(id)!);
  }

  /** Removes an uploaded instrument; its reviews stay in the store. */
  remove(id: string): void {
    const row = this.get(id);
    if (row.collection !== 'upload') throw lexError('NOT_UPLOADED', id);
    this.store.deleteInstrument(id);
    this.active.delete(id);
    this.provisionCache.deleteWhere((k) => k === id);
    for (const l of this.listeners) l(id, 'remove');
  }
}

/**
 * Ingestion errors are the parser's reason, for a person and safe to show; their catalogue entry gives the status
 * (415: a format ingestion cannot read). Clients know the upload's two codes, so the answer keeps them. An
 * unexpected failure (INGEST_INTERNAL wraps a JavaScript error such as "Maximum call stack size exceeded") and
 * anything else are described generically.
 */
export function toUploadError(error: unknown): LexAlignError {
  if (error instanceof IngestError && error.code !== Errors.INGEST_INTERNAL.code) {
    return lexError(error.statusCode === 415 ? 'UNSUPPORTED_FORMAT' : 'INGEST_FAILED', error.message);
  }
  if (error instanceof LexAlignError && !(error instanceof IngestError)) return error;
  return lexError('INGEST_FAILED', 'the parser stopped on this file');
}
