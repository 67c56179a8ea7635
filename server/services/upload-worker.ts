import { setPriority } from 'node:os';
import { parentPort } from 'node:worker_threads';
import { alignInstrument } from '../align/align-instrument.ts';
import { Errors, IngestError } from '../errors.ts';
import { ingest } from '../ingest/index.ts';
import { loadThesaurus } from '../thesaurus/index.ts';
import type { LegalThesaurus } from '../thesaurus/index.ts';
import type { UploadJob, UploadOutcome } from './pipeline.ts';
import { uploadTooComplex } from './upload-limits.ts';

/** Messages between UploadWorkers and this thread. */
interface UploadWorkerRequest {
  id: number;
  job: UploadJob;
}

/** A refusal in words safe to show (`ingest`, `too-complex`), or an internal fault whose detail is for the log only. */
export type UploadWorkerFailure =
  | { kind: 'ingest'; statusCode: number; message: string }
  | { kind: 'too-complex'; what: string; limit: string }
  | { kind: 'internal'; detail: string };

export type UploadWorkerReply = { id: number; outcome: UploadOutcome } | { id: number; failure: UploadWorkerFailure };

let thesaurus: LegalThesaurus | null = null;

/** Ingests one upload, refuses it if it holds too much, aligns it; never throws. */
async function handle({ id, job }: UploadWorkerRequest): Promise<UploadWorkerReply> {
  let outcome: UploadOutcome;
  try {
    const result = await ingest({ bytes: job.bytes, fileName: job.fileName, ...(job.meta ? { meta: job.meta } : {}) });
    // Refused here, before a 100,000-section result is copied to the main thread.
    const tooComplex = uploadTooComplex(result, job.limits);
    if (tooComplex) return { id, failure: { kind: 'too-complex', what: tooComplex[0], limit: tooComplex[1] } };
    outcome = { result };
  } catch (error) {
    // INGEST_INTERNAL wraps a JavaScript error ("Maximum call stack size exceeded"): not for a client.
    if (error instanceof IngestError && error.code !== Errors.INGEST_INTERNAL.code) {
      return { id, failure: { kind: 'ingest', statusCode: error.statusCode, message: error.message } };
    }
    return { id, failure: { kind: 'internal', detail: error instanceof Error ? error.message : String(error) } };
  }
  if (job.template) {
    try {
      thesaurus ??= loadThesaurus();
      outcome.table = alignInstrument(job.template, outcome.result, thesaurus);
    } catch {
      // Served unaligned; the main thread's alignment records the failure once.
    }
  }
  return { id, outcome };
}

if (parentPort) {
  // On Linux a thread's nice value is its own (setpriority on pid 0 is per thread): this worker then yields the
  // cores to the main thread, which keeps answering while an upload is parsed. Elsewhere it would renice the
  // whole server, so it is left alone.
  if (process.platform === 'linux') {
    try {
      setPriority(10);
    } catch {
      // Not permitted here: the worker runs at normal priority.
    }
  }
  const port = parentPort;
  port.on('message', async (request: UploadWorkerRequest) => port.postMessage(await handle(request)));
}
