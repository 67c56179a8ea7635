import { ingestFile } from '../index.ts';
import { Errors, IngestError } from '../../errors.ts';
import type { IngestResult } from '../types.ts';
import type { BulkJob, BulkOutcome, BulkSummary } from './types.ts';

/** Counts that summarise a result. */
function summarise(result: IngestResult): BulkSummary {
  const { instrument } = result;
  return {
    id: instrument.id,
    format: instrument.source.format,
    units: instrument.report.units.length,
    provisions: result.provisions.length,
    warnings: instrument.report.warnings.length,
    chars: instrument.report.stats.chars,
    bytes: instrument.source.bytes,
  };
}

/** Ingests one file and never throws: failures become part of the outcome. */
export async function ingestOne(job: BulkJob, summaryOnly: boolean): Promise<BulkOutcome> {
  const started = performance.now();
  try {
    const result = await ingestFile(job.file, job.meta);
    const outcome: BulkOutcome = { file: job.file, ms: performance.now() - started, summary: summarise(result) };
    if (!summaryOnly) outcome.result = result;
    return outcome;
  } catch (error) {
    const expected = error instanceof IngestError;
    return {
      file: job.file,
      ms: performance.now() - started,
      error: {
        code: expected ? error.code : Errors.INGEST_INTERNAL.code,
        message: error instanceof Error ? error.message : String(error),
        unexpected: !expected,
      },
    };
  }
}
