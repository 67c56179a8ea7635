import { Worker } from 'node:worker_threads';
import { lexError, type LexAlignError } from '../errors.ts';
import { workerUrl } from '../worker-url.ts';
import type { UploadJob, UploadOutcome, UploadRunOptions } from './pipeline.ts';
import type { UploadWorkerFailure, UploadWorkerReply } from './upload-worker.ts';

const WORKER_URL = workerUrl(import.meta.url, './upload-worker-entry.mjs', './upload-worker.js');

/** Turns a worker's refusal into the catalogued error an upload answers with. */
function uploadFailureError(failure: UploadWorkerFailure): LexAlignError {
  if (failure.kind === 'too-complex') return lexError('UPLOAD_TOO_COMPLEX', failure.what, failure.limit);
  if (failure.kind === 'ingest') return lexError(failure.statusCode === 415 ? 'UNSUPPORTED_FORMAT' : 'INGEST_FAILED', failure.message);
  return lexError('INGEST_FAILED', 'the parser stopped on this file');
}

/**
 * Worker threads for uploads, kept warm between uploads (starting one compiles the pipeline: about a second), one
 * upload per worker at a time. The same ingestion as the start-up pool (server/ingest/bulk/pool.ts) under the same
 * kind of per-file time limit, plus a heap limit (`resourceLimits`): a worker over either is terminated and
 * replaced, and the upload refused, while the main thread goes on answering. How many run at once is the caller's
 * to bound (UploadService).
 */
export class UploadWorkers {
  private readonly idle: Worker[] = [];
  private readonly all = new Set<Worker>();
  private next = 0;
  /** Warm workers kept between uploads; a burst above it starts workers that end after their upload. */
  constructor(private readonly keepIdle = 2) {}

  private spawn(memoryMb: number): Worker {
    const worker = new Worker(WORKER_URL, {
      resourceLimits: { maxOldGenerationSizeMb: memoryMb, maxYoungGenerationSizeMb: Math.min(64, Math.max(8, memoryMb / 8)), stackSizeMb: 4 },
    });
    this.all.add(worker);
    worker.once('exit', () => {
      this.all.delete(worker);
      const at = this.idle.indexOf(worker);
      if (at >= 0) this.idle.splice(at, 1);
    });
    return worker;
  }

  private release(worker: Worker): void {
    worker.removeAllListeners('message');
    worker.removeAllListeners('error');
    if (this.idle.length < this.keepIdle) {
      worker.unref();
      this.idle.push(worker);
    } else void worker.terminate();
  }

  run(job: UploadJob, options: UploadRunOptions): Promise<UploadOutcome> {
    const worker = this.idle.pop() ?? this.spawn(options.memoryMb);
    worker.ref();
    const id = ++this.next;
    return new Promise<UploadOutcome>((resolve, reject) => {
      const fail = (error: LexAlignError) => {
        clearTimeout(timer);
        worker.removeAllListeners('message');
        worker.removeAllListeners('error');
        worker.off('exit', onExit);
        void worker.terminate();
        reject(error);
      };
      const timer = setTimeout(
        () => fail(lexError('INGEST_FAILED', `ingestion took longer than ${Math.round(options.timeoutMs / 1000)} s and was stopped`)),
        options.timeoutMs,
      );
      const onExit = () => fail(lexError('INGEST_FAILED', 'the parser stopped on this file'));
      worker.on('message', (reply: UploadWorkerReply) => {
        if (reply.id !== id) return;
        clearTimeout(timer);
        worker.off('exit', onExit);
        this.release(worker);
        if ('failure' in reply) reject(uploadFailureError(reply.failure));
        else resolve(reply.outcome);
      });
      worker.on('error', (error: Error & { code?: string }) =>
        fail(error.code === 'ERR_WORKER_OUT_OF_MEMORY'
          ? lexError('INGEST_FAILED', `the file needs more than the ${options.memoryMb} MB an upload may use`)
          : lexError('INGEST_FAILED', 'the parser stopped on this file')),
      );
      worker.once('exit', onExit);
      worker.postMessage({ id, job });
    });
  }

  async close(): Promise<void> {
    await Promise.all([...this.all].map((w) => w.terminate()));
    this.idle.length = 0;
  }
}
