import { availableParallelism } from 'node:os';
import { ingestMany } from '../ingest/bulk/pool.ts';
import type { BulkOutcome } from '../ingest/bulk/types.ts';
import type { FileJob, IngestFilesOptions } from './pipeline.ts';

/**
 * `Pipeline.ingestFiles` over the ingestion worker pool (server/ingest/bulk/pool.ts): one worker per core, largest
 * files first, a file over the time limit stopped (its worker replaced) and reported as failed. When workers cannot
 * start, the pool itself ingests in this thread.
 */
export async function ingestFiles(jobs: FileJob[], options: IngestFilesOptions): Promise<void> {
  // The pool reports outcomes by file path; the same path may be listed twice (two folders naming one file).
  const waiting = new Map<string, number[]>();
  jobs.forEach((job, index) => waiting.set(job.path, [...(waiting.get(job.path) ?? []), index]));
  const answered = new Set<number>();
  const report = (outcome: BulkOutcome) => {
    const index = waiting.get(outcome.file)?.shift();
    if (index === undefined) return;
    answered.add(index);
    if (outcome.result) options.onResult(index, { result: outcome.result });
    else options.onResult(index, { error: outcome.error?.message ?? 'ingestion failed for an unknown reason' });
    // The pool keeps every outcome until the last file is done: drop the provisions once they are stored, or a
    // cold start over the bulk corpus holds gigabytes of results it no longer needs.
    delete outcome.result;
  };
  const outcomes = await ingestMany(
    jobs.map((job) => ({ file: job.path, ...(job.meta ? { meta: job.meta } : {}) })),
    { jobs: Math.min(availableParallelism(), jobs.length), fileTimeoutMs: options.timeoutMs, onProgress: (_done, _total, outcome) => report(outcome) },
  );
  // Outcomes the progress callback did not deliver (it is optional in the pool's contract) are reported now.
  outcomes.forEach((outcome, index) => { if (!answered.has(index) && outcome) report(outcome); });
}
