import type { IngestResult, InstrumentMeta } from '../ingest/types.ts';
import type { Template } from '../templates/types.ts';
import type { CorrelationTable } from '../align/types.ts';
import type { SearchDoc, SearchRequest, SearchResponse } from '../search/types.ts';

/**
 * The pipeline as the API sees it: ingestion, templates, alignment and search behind one port. It is the seam for
 * the API tests' fake (tests/fixtures/api/fake-pipeline.ts); default-pipeline.ts wires the real core modules in.
 */

export interface IngestInput {
  bytes: Uint8Array;
  /** A bare file name (no folders): its extension picks the adapter, its stem the default id. */
  fileName: string;
  meta?: Partial<InstrumentMeta>;
}

/** The search module's own records and request/response shapes, so the port and the module cannot drift. */
export type { SearchDoc, SearchRequest, SearchResponse };

export interface SearchIndex {
  upsertInstrument(instrumentId: string, docs: SearchDoc[]): void;
  removeInstrument(instrumentId: string): void;
  /** Folds the small shards upserts leave (one per upload) back into few: without it the index grows per upload. */
  compact?(): void;
  query(request: SearchRequest): SearchResponse;
  serialise(): string;
}

export interface SearchEngine {
  build(docs: SearchDoc[]): SearchIndex;
  load(serialised: string): SearchIndex;
  /** True when the error means the user's query was malformed (answered 400, not 500). */
  isSyntaxError(error: unknown): boolean;
}

/** A source file for `Pipeline.ingestFiles`: read by path on the side that ingests it. */
export interface FileJob {
  path: string;
  meta?: Partial<InstrumentMeta>;
}

/** What became of one file: its result, or a message for a person (a parse error, or the time limit). */
export type FileOutcome = { result: IngestResult } | { error: string };

export interface IngestFilesOptions {
  /** A file taking longer is stopped and reported as failed; the others carry on. */
  timeoutMs: number;
  /** Called once per job, in the order files finish, with the job's index. */
  onResult(index: number, outcome: FileOutcome): void;
}

/** What an upload may hold; checked where it is ingested and again at the service edge. */
export interface UploadLimits {
  units: number;
  provisions: number;
}

/** An upload to ingest off the main thread and, when a template is given, to align with it there too. */
export interface UploadJob extends IngestInput {
  limits: UploadLimits;
  template?: Template;
}

export interface UploadRunOptions {
  /** Past this the worker is stopped and the upload refused. */
  timeoutMs: number;
  /** Heap the worker may use (its `resourceLimits`): a file needing more is refused, the server lives on. */
  memoryMb: number;
}

export interface UploadOutcome {
  result: IngestResult;
  /** The machine's table for `job.template`, when one was asked for. */
  table?: CorrelationTable;
}

export interface Pipeline {
  /** Changes whenever alignment output may change: part of every cached table's key. */
  engineVersion: string;
  /** Changes whenever ingestion output may change: a stored parse made by another parser version is redone. */
  parserVersion?: string;
  ingest(input: IngestInput): Promise<IngestResult>;
  /**
   * Optional: ingest many files off the main thread (one worker per core), each under a time limit. Start-up uses
   * it when present; without it, files are ingested one by one through `ingest`.
   */
  ingestFiles?(jobs: FileJob[], options: IngestFilesOptions): Promise<void>;
  /**
   * Optional: ingest (and align) one upload on a worker thread under a time and memory limit, so a hostile file
   * cannot block the server. Throws a catalogued error. Without it, uploads are ingested through `ingest`.
   */
  ingestUpload?(job: UploadJob, options: UploadRunOptions): Promise<UploadOutcome>;
  /** Stops what the pipeline started (upload workers). */
  close?(): Promise<void>;
  loadTemplates(corpusDir: string | null): Promise<Template[]>;
  align(template: Template, result: IngestResult): CorrelationTable | Promise<CorrelationTable>;
  search: SearchEngine;
}
