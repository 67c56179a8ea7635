import type { InstrumentMeta, IngestResult } from '../types.ts';

/** One file to ingest, with the metadata a manifest gives for it (if any). */
export interface BulkJob {
  file: string;
  meta?: Partial<InstrumentMeta>;
}

/** A per-file failure: an IngestError's code and message, or an unexpected error marked as such. */
export interface BulkFailure {
  code: string;
  message: string;
  /** True when the error was not an IngestError: a bug to report, not bad input. */
  unexpected: boolean;
}

/** Counts of a result, for summaries that do not need the provisions themselves. */
export interface BulkSummary {
  id: string;
  format: string;
  units: number;
  provisions: number;
  warnings: number;
  chars: number;
  bytes: number;
}

export interface BulkOutcome {
  file: string;
  /** Milliseconds spent on this file inside the worker. */
  ms: number;
  summary?: BulkSummary;
  /** The whole result, unless the pool was asked for summaries only. */
  result?: IngestResult;
  error?: BulkFailure;
}

export interface BulkOptions {
  /** Worker threads (default: one per CPU core, or 1 for runs under 8 files). 1 runs in this thread. */
  jobs?: number;
  /** Return only counts, not provisions (cheaper to pass between threads: benchmarks, corpus tests). */
  summaryOnly?: boolean;
  /** A file taking longer is abandoned (its worker replaced) and reported as failed. Default 120 s. */
  fileTimeoutMs?: number;
  onProgress?: (done: number, total: number, outcome: BulkOutcome) => void;
}

/** Messages between the pool and its workers. */
export interface WorkerRequest {
  index: number;
  job: BulkJob;
  summaryOnly: boolean;
}

export interface WorkerReply {
  index: number;
  outcome: BulkOutcome;
}
