import { extname } from 'node:path';
import type { AppConfig } from '../config.ts';
import { Errors, lexError, LexAlignError } from '../errors.ts';
import { uploadAsUtf8 } from '../http/charset.ts';
import type { IngestResult } from '../ingest/types.ts';
import type { AlignmentService } from './alignments.ts';
import { toUploadError, type Catalogue, type UploadInput } from './catalogue.ts';
import { Lru } from './lru.ts';
import type { Pipeline, UploadOutcome } from './pipeline.ts';
import type { SearchService } from './search.ts';
import type { TemplateRegistry } from './templates.ts';
import { uploadTooComplex } from './upload-limits.ts';
import type { VersionService } from './versions.ts';

/**
 * SHA-256 of the bytes as stored (text re-encoded as UTF-8), on the thread pool (WebCrypto), not on the event loop:
 * 12 MB is 30-50 ms.
 */
async function sha256Of(stored: Uint8Array): Promise<string> {
  return Buffer.from(await crypto.subtle.digest('SHA-256', stored as Uint8Array<ArrayBuffer>)).toString('hex');
}

/** Seconds a client told to come back (503) should wait. */
const RETRY_AFTER_S = 5;

/**
 * Uploads, from bytes to a served, aligned and searchable instrument. A bounded number are ingested at once (on
 * worker threads when the pipeline has them), a few more wait, the rest are told to come back (503). A file that
 * failed is remembered by its bytes, so sending it again costs a hash, not the seconds it took to fail.
 */
export class UploadService {
  private running = 0;
  private readonly waiting: Array<() => void> = [];
  private readonly failures = new Lru<LexAlignError>(256);
  /** Ids of uploads being ingested: a second upload of the same name is refused at once, not after. */
  private readonly reserved = new Set<string>();

  constructor(
    private readonly config: AppConfig,
    private readonly pipeline: Pipeline,
    private readonly catalogue: Catalogue,
    private readonly alignments: AlignmentService,
    private readonly search: SearchService,
    private readonly templates: TemplateRegistry,
    private readonly versions: VersionService,
  ) {}

  async upload(given: UploadInput): Promise<IngestResult> {
    const version = given.versionOf ? this.versions.next(given.versionOf, this.reserved) : null;
    let prepared: ReturnType<Catalogue['prepareUpload']>;
    try {
      prepared = this.catalogue.prepareUpload(given, this.reserved, version?.id);
    } catch (error) {
      // A name clash with the very same text is better told as what it is: that text is already there.
      if (error instanceof LexAlignError && error.code === Errors.DUPLICATE_INSTRUMENT.code) {
        this.refuseSameText(await sha256Of(uploadAsUtf8(given.bytes, extname(given.fileName).toLowerCase())));
      }
      throw error;
    }
    // A later text of a law is of the same jurisdiction unless the form says otherwise.
    const meta = version ? { jurisdiction: this.catalogue.get(version.series).instrument.jurisdiction, ...given.meta } : given.meta;
    const input = { ...given, meta, bytes: uploadAsUtf8(given.bytes, extname(prepared.fileName).toLowerCase()) };
    const hash = await sha256Of(input.bytes);
    // The same bytes under another name, or as a "new version" that changes nothing: nothing new to add.
    this.refuseSameText(hash);
    const failureKey = `${hash}${extname(prepared.fileName).toLowerCase()}`;
    const failed = this.failures.get(failureKey);
    if (failed) throw failed;
    this.reserved.add(prepared.id);
    try {
      await this.catalogue.checkArchive(prepared, input.bytes);
      await this.slot();
      let outcome: UploadOutcome;
      try {
        outcome = await this.ingest(input, prepared.id, prepared.fileName);
      } catch (error) {
        const refusal = toUploadError(error);
        this.failures.set(failureKey, refusal);
        throw refusal;
      } finally {
        this.release();
      }
      if (version) this.versions.check(version.series, outcome.result);
      this.catalogue.addUpload(prepared, outcome.result, input.bytes, hash);
      if (version) this.versions.record(version);
      if (outcome.table) this.alignments.prime(prepared.id, this.config.defaultTemplate, outcome.table);
      await this.search.refresh(prepared.id);
      return outcome.result;
    } finally {
      this.reserved.delete(prepared.id);
    }
  }

  private refuseSameText(hash: string): void {
    const same = this.catalogue.findByHash(hash);
    if (same) throw Object.assign(lexError('DUPLICATE_CONTENT', same.title, same.id), { instrument: same.id });
  }

  /** Ingests (and, on a worker, aligns) the file; refuses it if it holds more than an upload may. */
  private async ingest(input: UploadInput, id: string, fileName: string): Promise<UploadOutcome> {
    const limits = { units: this.config.uploadMaxUnits, provisions: this.config.uploadMaxProvisions };
    const meta = { ...input.meta, id, origin: 'upload' as const, role: 'statute' as const };
    const template = this.templates.has(this.config.defaultTemplate) ? this.templates.get(this.config.defaultTemplate) : undefined;
    const outcome = this.pipeline.ingestUpload
      ? await this.pipeline.ingestUpload(
        { bytes: input.bytes, fileName, meta, limits, ...(template ? { template } : {}) },
        { timeoutMs: this.config.uploadTimeoutMs, memoryMb: this.config.uploadMemoryMb },
      )
      : { result: await this.pipeline.ingest({ bytes: input.bytes, fileName, meta }) };
    // Checked again here, at the edge, whatever the pipeline did.
    const tooComplex = uploadTooComplex(outcome.result, limits);
    // eslint-disable-next-line no-restricted-syntax -- a message's two arguments
    if (tooComplex) throw lexError('UPLOAD_TOO_COMPLEX', ...tooComplex);
    return outcome;
  }

  /** Waits for an ingestion slot, or refuses at once when the queue is full too. */
  private async slot(): Promise<void> {
    if (this.running < this.config.uploadConcurrency) {
      this.running++;
      return;
    }
    if (this.waiting.length >= this.config.uploadQueue) {
      throw Object.assign(lexError('BUSY', RETRY_AFTER_S), { retryAfter: RETRY_AFTER_S });
    }
    // The slot is handed over by release(): `running` stays counted.
    await new Promise<void>((resolve) => this.waiting.push(resolve));
  }

  private release(): void {
    const next = this.waiting.shift();
    if (next) next();
    else this.running--;
  }
}
