import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import { IngestError, type IngestResult, type InstrumentMeta, type Provision } from '../ingest/types.ts';
import { lexError, LexAlignError } from '../errors.ts';
import type { InstrumentRow, Store } from '../store/types.ts';
import { assertDocxExpandsWithin } from './docx-guard.ts';
import { Lru } from './lru.ts';
import type { Pipeline } from './pipeline.ts';
import { idFromFileName, supportedExtensions, type SourceEntry } from './sources.ts';

export interface SyncReport {
  scanned: number;
  ingested: number;
  unchanged: number;
  failed: Array<{ file: string; reason: string }>;
  ms: number;
}

export type ChangeListener = (id: string, change: 'upsert' | 'remove') => void;

export interface UploadInput {
  bytes: Uint8Array;
  fileName: string;
  meta: Partial<InstrumentMeta>;
}

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/**
 * The instruments being served: those found at start-up in the configured folders plus uploads. Holds only
 * instrument records in memory; provisions stay in the store and hot ones are cached.
 */
export class Catalogue {
  private readonly active = new Map<string, InstrumentRow>();
  private readonly provisionCache = new Lru<Provision[]>(64);
  private readonly listeners: ChangeListener[] = [];
  private readonly parser: string;

  constructor(
    private readonly store: Store,
    private readonly pipeline: Pipeline,
    private readonly docxExpandLimit: number,
  ) {
    this.parser = pipeline.parserVersion ?? '';
    // Uploads are user data kept in the store: they are served whatever folders are configured.
    for (const row of store.listInstruments()) if (row.collection === 'upload') this.active.set(row.id, row);
  }

  onChange(listener: ChangeListener): void {
    this.listeners.push(listener);
  }

  /** Ingests each source whose bytes changed since the stored copy (sha256); unchanged files cost one hash. */
  async sync(sources: SourceEntry[], progress?: (done: number, total: number) => void): Promise<SyncReport> {
    const started = performance.now();
    const stored = new Map(this.store.listInstruments().map((r) => [r.sourceKey, r]));
    const report: SyncReport = { scanned: sources.length, ingested: 0, unchanged: 0, failed: [], ms: 0 };
    for (const [i, source] of sources.entries()) {
      progress?.(i, sources.length);
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
        const id = before?.id ?? this.freeId(source.meta.id ?? idFromFileName(source.file), source.file);
        const result = await this.pipeline.ingest({ bytes, fileName: basename(source.file), meta: { ...source.meta, id } });
        result.instrument.id = id;
        this.store.putInstrument({ id, hash, collection: source.collection, sourceKey, parser: this.parser }, result);
        this.activate(this.store.getInstrumentRow(id)!);
        report.ingested++;
      } catch (error) {
        report.failed.push({ file: source.file, reason: error instanceof Error ? error.message : String(error) });
      }
    }
    progress?.(sources.length, sources.length);
    report.ms = Math.round(performance.now() - started);
    return report;
  }

  /** A second file with the same stem (bulk sets reuse numbers) gets its folder's name as a prefix. */
  private freeId(id: string, file: string): string {
    if (!this.active.has(id) && !this.store.getInstrumentRow(id)) return id;
    const prefixed = `${idFromFileName(dirname(file)) || 'extra'}-${id}`;
    let candidate = prefixed;
    for (let n = 2; this.active.has(candidate) || this.store.getInstrumentRow(candidate); n++) candidate = `${prefixed}-${n}`;
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
    this.get(id);
    let list = this.provisionCache.get(id);
    if (!list) {
      list = this.store.getProvisions(id);
      this.provisionCache.set(id, list);
    }
    return list;
  }

  provision(id: string, eId: string): Provision {
    this.get(id);
    const found = this.store.getProvision(id, eId);
    if (!found) throw lexError('UNKNOWN_PROVISION', id, eId);
    return found;
  }

  ingestResult(id: string): IngestResult {
    return { instrument: this.get(id).instrument, provisions: this.provisions(id) };
  }

  /** Ingests an uploaded file. The name only chooses the format and the id; it is never used as a path. */
  async upload(input: UploadInput): Promise<IngestResult> {
    const fileName = basename(input.fileName.replace(/\\/g, '/'));
    const ext = extname(fileName).toLowerCase();
    if (!supportedExtensions.has(ext)) {
      throw lexError('UNSUPPORTED_FORMAT', `Unsupported file type "${ext || fileName}"; send .md, .txt, .html, .json, .pdf or .docx`);
    }
    if (ext === '.docx') assertDocxExpandsWithin(input.bytes, this.docxExpandLimit);
    const id = idFromFileName(fileName);
    const existing = this.active.get(id) ?? this.store.getInstrumentRow(id);
    if (existing && existing.collection !== 'upload') throw lexError('DUPLICATE_INSTRUMENT', id);
    let result: IngestResult;
    try {
      result = await this.pipeline.ingest({ bytes: input.bytes, fileName, meta: { ...input.meta, id, origin: 'upload', role: 'statute' } });
    } catch (error) {
      throw toUploadError(error);
    }
    result.instrument.id = id;
    this.store.putInstrument({ id, hash: sha256(input.bytes), collection: 'upload', sourceKey: `upload:${fileName}`, parser: this.parser }, result, input.bytes);
    this.activate(this.store.getInstrumentRow(id)!);
    return result;
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

/** Ingestion errors are for a person and safe to show; anything else is an internal fault, described generically. */
function toUploadError(error: unknown): LexAlignError {
  if (error instanceof LexAlignError) return error;
  const code = (error as { code?: unknown } | null)?.code;
  if (error instanceof IngestError || (error instanceof Error && error.name === 'IngestError' && typeof code === 'string')) {
    if (/UNSUPPORTED|FORMAT/i.test(String(code))) return lexError('UNSUPPORTED_FORMAT', error.message);
    return lexError('INGEST_FAILED', error.message);
  }
  return lexError('INGEST_FAILED', 'the parser stopped on this file');
}
