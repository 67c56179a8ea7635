import type { IngestResult } from '../ingest/types.ts';
import type { UploadLimits } from './pipeline.ts';

/**
 * Why an ingested upload is too big to keep, in words for the coded 413 (`[what it holds, the limit]`), or null.
 * Alignment and search cost grows with units and provisions: a 100,000-section file must stop here, not there.
 */
export function uploadTooComplex(result: IngestResult, limits: UploadLimits): [string, string] | null {
  const units = result.instrument.report.units.length;
  if (units > limits.units) return [`${units} units (sections or articles)`, `${limits.units} units`];
  if (result.provisions.length > limits.provisions) return [`${result.provisions.length} provisions`, `${limits.provisions} provisions`];
  return null;
}
