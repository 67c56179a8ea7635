import { IngestError } from '../types.ts';

/**
 * The ingestion stage's coded errors: a caller (CLI, upload route) can rely on the code and show the message to a
 * person. Every failure of `ingest()` is one of these; anything unexpected is wrapped as INGEST_INTERNAL.
 */
export const IngestErrorCodes = {
  EMPTY: 'LEXALIGN_ERR_EMPTY_FILE',
  BINARY: 'LEXALIGN_ERR_BINARY_CONTENT',
  UNKNOWN_FORMAT: 'LEXALIGN_ERR_UNKNOWN_FORMAT',
  BAD_JSON: 'LEXALIGN_ERR_BAD_JSON',
  JSON_SHAPE: 'LEXALIGN_ERR_JSON_SHAPE',
  FORMAT_UNAVAILABLE: 'LEXALIGN_ERR_FORMAT_UNAVAILABLE',
  NO_PROVISIONS: 'LEXALIGN_ERR_NO_PROVISIONS',
  READ: 'LEXALIGN_ERR_READ_FILE',
  INTERNAL: 'LEXALIGN_ERR_INGEST_INTERNAL',
} as const;

export function ingestError(code: keyof typeof IngestErrorCodes, message: string): IngestError {
  return new IngestError(IngestErrorCodes[code], message);
}
