import type { FastifyError } from 'fastify';
import { errorBody, Errors, LexAlignError, type ErrorBody } from '../errors.ts';

/** Errors raised by Fastify and its plugins, mapped to our codes so clients see one catalogue. */
const frameworkCodes: Record<string, { code: string; status: number }> = {
  FST_ERR_CTP_BODY_TOO_LARGE: { code: Errors.BODY_TOO_LARGE.code, status: 413 },
  FST_REQ_FILE_TOO_LARGE: { code: Errors.UPLOAD_TOO_LARGE.code, status: 413 },
  FST_PARTS_LIMIT: { code: Errors.UPLOAD_TOO_LARGE.code, status: 413 },
  FST_FILES_LIMIT: { code: Errors.BAD_REQUEST.code, status: 400 },
  FST_FIELDS_LIMIT: { code: Errors.BAD_REQUEST.code, status: 400 },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: { code: Errors.UNSUPPORTED_FORMAT.code, status: 415 },
  FST_INVALID_MULTIPART_CONTENT_TYPE: { code: Errors.UNSUPPORTED_FORMAT.code, status: 415 },
  FST_ERR_CTP_EMPTY_JSON_BODY: { code: Errors.BAD_REQUEST.code, status: 400 },
  FST_ERR_CTP_INVALID_JSON_BODY: { code: Errors.BAD_REQUEST.code, status: 400 },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: { code: Errors.BAD_REQUEST.code, status: 400 },
  FST_PROTO_VIOLATION: { code: Errors.BAD_REQUEST.code, status: 400 },
  FST_ERR_MAX_PARAM_LENGTH: { code: Errors.BAD_REQUEST.code, status: 400 },
  FST_ERR_BAD_URL: { code: Errors.BAD_REQUEST.code, status: 400 },
};

const messages: Record<string, string> = {
  FST_REQ_FILE_TOO_LARGE: 'Upload is larger than the configured limit',
  FST_PARTS_LIMIT: 'Too many parts in the upload',
  FST_ERR_MAX_PARAM_LENGTH: 'An identifier in the URL is too long',
  FST_ERR_BAD_URL: 'The URL is not valid',
};

const internalMessage = new Errors.INTERNAL().message;

export function mapError(error: unknown): { status: number; body: ErrorBody; internal: boolean } {
  if (error instanceof LexAlignError) {
    const body = errorBody(error.code, error.message, error.statusCode);
    // A 409 names the instrument already there, for the client to open or delete.
    const instrument = (error as { instrument?: unknown }).instrument;
    if (typeof instrument === 'string') body.error.instrument = instrument;
    return { status: error.statusCode, body, internal: error.statusCode >= 500 };
  }
  const e = error as FastifyError & { validationContext?: string };
  if (e?.validation) {
    const first = e.validation[0];
    // A regex in a message helps nobody: say what is wrong in words.
    const what = first?.keyword === 'pattern' ? 'has characters or a form that is not allowed' : (first?.message ?? 'is not valid');
    const message = `${e.validationContext ?? 'request'} ${first?.instancePath ?? ''} ${what}`.replace(/\s+/g, ' ').trim();
    return { status: 400, body: errorBody(Errors.BAD_REQUEST.code, message, 400), internal: false };
  }
  const known = e?.code ? frameworkCodes[e.code] : undefined;
  if (known) return { status: known.status, body: errorBody(known.code, messages[e.code] ?? e.message, known.status), internal: false };
  if (typeof e?.statusCode === 'number' && e.statusCode >= 400 && e.statusCode < 500) {
    return { status: e.statusCode, body: errorBody(Errors.BAD_REQUEST.code, e.message, e.statusCode), internal: false };
  }
  // Anything else is our fault: log it, tell the client nothing about the internals.
  return { status: 500, body: errorBody(Errors.INTERNAL.code, internalMessage, 500), internal: true };
}
