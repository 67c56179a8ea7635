import { statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { Errors } from '../../errors.ts';
import { ingestOne } from './ingest-one.ts';
import type { BulkJob, BulkOptions, BulkOutcome, WorkerReply, WorkerRequest } from './types.ts';
import { workerUrl } from '../../worker-url.ts';

/**
 * Ingests many files on worker threads, one file per worker at a time (files vary from 1 KB to 3 MB, so
 * dynamic hand-out balances better than fixed shares). Largest files go first so that the last one finishing does
 * not leave a core idle. Results come back in the order of the input; a file that fails, or a worker that dies
 * or hangs on it, yields a failure for that file only. If workers cannot start at all, the files are ingested in
 * this thread instead.
 */

const WORKER_URL = workerUrl(import.meta.url, './worker-entry.mjs', './worker.js');

/** Workers failing before finishing any file this many times mean workers cannot start in this runtime. */
const MAX_STARTUP_FAILURES = 3;

/** Runs of fewer files than this stay in the calling thread unless `jobs` says otherwise. */
const SMALL_RUN = 8;

function sizeOf(file: string): number {
  try {
    return statSync(file).size;
  } catch {
    return 0;
  }
}

interface Slot {
  worker: Worker;
  /** Set once the worker has answered at least once: it started properly. */
  started: boolean;
  busy: { index: number; timer: NodeJS.Timeout } | null;
}

async function ingestInThread(indices: number[], jobs: BulkJob[], summaryOnly: boolean, finish: (i: number, o: BulkOutcome) => void) {
  for (const index of indices) finish(index, await ingestOne(jobs[index], summaryOnly));
}

export async function ingestMany(jobs: BulkJob[], options: BulkOptions = {}): Promise<BulkOutcome[]> {
  const total = jobs.length;
  const outcomes: BulkOutcome[] = new Array(total);
  if (total === 0) return outcomes;
  // Starting a worker costs about a second (it compiles the pipeline afresh): for a handful of files one thread
  // finishes sooner.
  const threads = Math.max(1, Math.min(options.jobs ?? (total < SMALL_RUN ? 1 : availableParallelism()), total));
  const summaryOnly = options.summaryOnly ?? false;
  const timeoutMs = options.fileTimeoutMs ?? 120_000;
  let done = 0;
  const finish = (index: number, outcome: BulkOutcome) => {
    if (outcomes[index]) return;
    outcomes[index] = outcome;
    done++;
    options.onProgress?.(done, total, outcome);
  };

  if (threads === 1) {
    await ingestInThread(jobs.map((_, i) => i), jobs, summaryOnly, finish);
    return outcomes;
  }

  const queue = jobs
    .map((job, index) => ({ index, size: sizeOf(job.file) }))
    .sort((a, b) => b.size - a.size)
    .map((j) => j.index);

  return new Promise<BulkOutcome[]>((resolve) => {
    const slots: Slot[] = [];
    let startupFailures = 0;
    let fellBack = false;

    const settleIfDone = () => {
      if (done < total) return;
      for (const slot of slots) void slot.worker.terminate();
      resolve(outcomes);
    };

    const fallBack = () => {
      fellBack = true;
      for (const slot of slots) {
        if (slot.busy) {
          clearTimeout(slot.busy.timer);
          queue.unshift(slot.busy.index);
          slot.busy = null;
        }
        slot.worker.removeAllListeners();
        void slot.worker.terminate();
      }
      const rest = queue.splice(0);
      void ingestInThread(rest, jobs, summaryOnly, finish).then(() => resolve(outcomes));
    };

    const lose = (slot: Slot, message: string) => {
      if (fellBack || !slot.busy) return;
      const { index, timer } = slot.busy;
      clearTimeout(timer);
      slot.busy = null;
      if (!slot.started) {
        // The file never reached a working worker: it goes back to the queue.
        queue.unshift(index);
        if (++startupFailures >= MAX_STARTUP_FAILURES) {
          fallBack();
          return;
        }
      } else {
        finish(index, { file: jobs[index].file, ms: 0, error: { code: Errors.INGEST_INTERNAL.code, message, unexpected: true } });
      }
      replace(slot);
    };

    const dispatch = (slot: Slot) => {
      if (fellBack) return;
      const index = queue.shift();
      if (index === undefined) {
        settleIfDone();
        return;
      }
      const timer = setTimeout(() => lose(slot, `ingestion took longer than ${Math.round(timeoutMs / 1000)} s and was stopped`), timeoutMs);
      slot.busy = { index, timer };
      const request: WorkerRequest = { index, job: jobs[index], summaryOnly };
      slot.worker.postMessage(request);
    };

    const spawn = (): Slot => {
      const worker = new Worker(WORKER_URL);
      const slot: Slot = { worker, started: false, busy: null };
      worker.on('message', (reply: WorkerReply) => {
        if (!slot.busy || slot.busy.index !== reply.index) return;
        clearTimeout(slot.busy.timer);
        slot.busy = null;
        slot.started = true;
        startupFailures = 0;
        finish(reply.index, reply.outcome);
        dispatch(slot);
      });
      worker.on('error', (error) => lose(slot, `worker failed: ${error.message}`));
      worker.on('exit', (code) => lose(slot, `worker exited with code ${code}`));
      return slot;
    };

    const replace = (slot: Slot) => {
      const at = slots.indexOf(slot);
      slot.worker.removeAllListeners();
      void slot.worker.terminate();
      if (at < 0 || fellBack) return;
      const fresh = spawn();
      slots[at] = fresh;
      dispatch(fresh);
    };

    for (let i = 0; i < threads; i++) slots.push(spawn());
    for (const slot of [...slots]) dispatch(slot);
  });
}
