/**
 * The one catalogue of LexAlign's coded errors. Every 4xx the API sends carries one of these codes; a client
 * (or a lawyer reading a log) can rely on the code while the message stays free to improve.
 */

export interface ErrorSpec {
  code: string;
  statusCode: number;
  /** Message template; `%s` is replaced by the arguments in order. */
  message: string;
}

function spec(code: string, statusCode: number, message: string): ErrorSpec {
  return { code: `LEXALIGN_ERR_${code}`, statusCode, message };
}

export const Errors = {
  UNKNOWN_INSTRUMENT: spec('UNKNOWN_INSTRUMENT', 404, 'No instrument with id "%s"'),
  UNKNOWN_PROVISION: spec('UNKNOWN_PROVISION', 404, 'Instrument "%s" has no provision with eId "%s"'),
  UNKNOWN_TEMPLATE: spec('UNKNOWN_TEMPLATE', 404, 'No template with id "%s"'),
  UNKNOWN_ARTICLE: spec('UNKNOWN_ARTICLE', 404, 'Template "%s" has no article "%s" in scope'),
  NOT_A_STATUTE: spec('NOT_A_STATUTE', 400, 'Instrument "%s" is a template, not a statute to align'),
  NOT_UPLOADED: spec('NOT_UPLOADED', 409, 'Instrument "%s" comes from a corpus folder; only uploaded instruments can be deleted'),
  DUPLICATE_INSTRUMENT: spec('DUPLICATE_INSTRUMENT', 409, 'An instrument with id "%s" already exists from a corpus folder'),
  BAD_REQUEST: spec('BAD_REQUEST', 400, '%s'),
  BAD_QUERY: spec('BAD_QUERY', 400, 'Search query not understood: %s'),
  BAD_ID: spec('BAD_ID', 400, 'Not a valid identifier: %s'),
  UPLOAD_TOO_LARGE: spec('UPLOAD_TOO_LARGE', 413, 'Upload is larger than the limit of %s bytes'),
  BODY_TOO_LARGE: spec('BODY_TOO_LARGE', 413, 'Request body is larger than the limit of %s bytes'),
  UNSUPPORTED_FORMAT: spec('UNSUPPORTED_FORMAT', 415, '%s'),
  ARCHIVE_TOO_LARGE: spec('ARCHIVE_TOO_LARGE', 413, 'The .docx would expand beyond %s bytes (a zip bomb or an oversized document)'),
  BAD_ARCHIVE: spec('BAD_ARCHIVE', 422, 'The .docx is not a readable zip archive: %s'),
  INGEST_FAILED: spec('INGEST_FAILED', 422, 'The file could not be ingested: %s'),
  NOT_FOUND: spec('NOT_FOUND', 404, 'No route %s %s'),
  METHOD_NOT_ALLOWED: spec('METHOD_NOT_ALLOWED', 405, 'Method not allowed'),
  UNAVAILABLE: spec('UNAVAILABLE', 503, '%s'),
  INTERNAL: spec('INTERNAL', 500, 'Internal server error'),
} as const;

export type ErrorName = keyof typeof Errors;

/** An error the API answers with its code and status; never carries internals. */
export class LexAlignError extends Error {
  readonly code: string;
  readonly statusCode: number;

  constructor(which: ErrorSpec, ...args: Array<string | number>) {
    let i = 0;
    super(which.message.replace(/%s/g, () => String(args[i++] ?? '')));
    this.name = 'LexAlignError';
    this.code = which.code;
    this.statusCode = which.statusCode;
  }
}

export function lexError(name: ErrorName, ...args: Array<string | number>): LexAlignError {
  return new LexAlignError(Errors[name], ...args);
}

/** The one error body shape of the API. */
export interface ErrorBody {
  error: { code: string; message: string; statusCode: number };
}

export function errorBody(code: string, message: string, statusCode: number): ErrorBody {
  return { error: { code, message, statusCode } };
}
