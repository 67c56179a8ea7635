import type { ApiErrorBody } from './types.ts';

/** Plain words for the server's coded errors; the server's own message is kept as the detail. */
const PLAIN_WORDS: Record<string, string> = {
  LEXALIGN_ERR_UNKNOWN_INSTRUMENT: 'That statute is not in the library. It may have been removed.',
  LEXALIGN_ERR_UNKNOWN_TEMPLATE: 'That model law (template) is not available.',
  LEXALIGN_ERR_UNKNOWN_ARTICLE: 'The model law has no article with that number, or the article is outside the comparison.',
  LEXALIGN_ERR_UNKNOWN_PROVISION: 'That provision was not found in the statute.',
  LEXALIGN_ERR_BAD_QUERY: 'The search words could not be read as a query.',
  LEXALIGN_ERR_UNSUPPORTED_FORMAT: 'This file type cannot be read. Use .md, .txt, .html, .json, .pdf or .docx.',
  LEXALIGN_ERR_UPLOAD_TOO_LARGE: 'The file is too large to upload.',
  LEXALIGN_ERR_BODY_TOO_LARGE: 'What was sent is too large.',
  LEXALIGN_ERR_ARCHIVE_TOO_LARGE: 'The Word file would expand to an unreasonable size; it may be damaged.',
  LEXALIGN_ERR_BAD_ARCHIVE: 'The Word file could not be opened; it may be damaged or not really a .docx.',
  LEXALIGN_ERR_INGEST_FAILED: 'The file was received but no statute structure could be read from it.',
  LEXALIGN_ERR_NOT_A_STATUTE: 'That instrument is a model law (template), not a statute to compare.',
  LEXALIGN_ERR_DUPLICATE_INSTRUMENT: 'A statute with the same name (id) is already in the library; nothing was replaced.',
  LEXALIGN_ERR_DUPLICATE_CONTENT: 'This very text is already in the library; nothing was added.',
  LEXALIGN_ERR_UPLOAD_TOO_COMPLEX: 'The file holds more sections or provisions than an upload may have.',
  LEXALIGN_ERR_BUSY: 'The server is reading other uploads. Try again in a few seconds.',
  LEXALIGN_ERR_CROSS_SITE: 'The change was refused because it did not come from this page.',
  LEXALIGN_ERR_NOT_UPLOADED: 'Only statutes you uploaded can be removed.',
  LEXALIGN_ERR_BAD_ID: 'The address names an instrument or provision in an unexpected form.',
  LEXALIGN_ERR_BAD_REQUEST: 'Some of the information sent was not in the expected form.',
  LEXALIGN_ERR_UNAVAILABLE: 'This feature is not available on this server right now.',
  LEXALIGN_ERR_SIGN_IN_REQUIRED: 'You are not signed in, or your session has ended (a session lasts 12 hours). Sign in again to continue.',
  LEXALIGN_ERR_ROLE_REQUIRED:
    'Your account is not allowed to do this. Readers can read everything; recording reviews and uploading or removing statutes need the reviewer role; managing accounts needs an administrator. Ask the administrator of this server.',
  LEXALIGN_ERR_BAD_SIGN_IN: 'The account name or the password is wrong.',
  LEXALIGN_ERR_TOO_MANY_SIGN_INS: 'Too many sign-in attempts for this account from your computer.',
  LEXALIGN_ERR_ACCOUNTS_OFF: 'This LexAlign runs without accounts, for one person on this computer: there is nothing to sign in to.',
  LEXALIGN_ERR_UNKNOWN_ACCOUNT: 'There is no account with that name.',
  LEXALIGN_ERR_DUPLICATE_ACCOUNT: 'An account with that name already exists.',
  LEXALIGN_ERR_LAST_ADMIN: 'This is the only administrator: give another account the administrator role first.',
};

export class ApiError extends Error {
  constructor(
    readonly code: string,
    readonly statusCode: number,
    readonly detail: string,
    /** For a 409 about an upload: the instrument already in the library. */
    readonly instrument?: string,
  ) {
    super(plainWords(code, statusCode, detail));
    this.name = 'ApiError';
  }
}

function plainWords(code: string, statusCode: number, detail: string): string {
  const known = PLAIN_WORDS[code];
  if (known) return known;
  if (statusCode === 0) return 'The LexAlign server could not be reached. Check that it is running.';
  if (statusCode === 401) return 'You are not signed in. Sign in to continue.';
  if (statusCode === 403) return 'This was refused: your account or this page is not allowed to do it.';
  if (statusCode === 404) return 'Nothing was found at this address.';
  if (statusCode === 413) return 'The file is too large to upload.';
  if (statusCode === 400 || statusCode === 422) return detail || 'The request was not in the expected form.';
  if (statusCode >= 500) return 'The server met an internal problem. Try again; if it persists, report it.';
  return detail || `The request failed (${statusCode}).`;
}

function isErrorBody(value: unknown): value is ApiErrorBody {
  if (typeof value !== 'object' || value === null || !('error' in value)) return false;
  const error = (value as { error: unknown }).error;
  return typeof error === 'object' && error !== null && 'code' in error;
}

/** Turns any failed response body into an ApiError, whether or not it follows the coded shape. */
export function toApiError(statusCode: number, body: unknown): ApiError {
  if (isErrorBody(body)) {
    const instrument = typeof body.error.instrument === 'string' ? body.error.instrument : undefined;
    return new ApiError(String(body.error.code), body.error.statusCode ?? statusCode, String(body.error.message ?? ''), instrument);
  }
  // Fastify's own errors (validation, 404 on unknown routes) use { statusCode, code?, message }.
  if (typeof body === 'object' && body !== null && 'message' in body) {
    const b = body as { code?: unknown; message?: unknown };
    return new ApiError(String(b.code ?? `HTTP_${statusCode}`), statusCode, String(b.message ?? ''));
  }
  return new ApiError(`HTTP_${statusCode}`, statusCode, '');
}

/** Headlines that say what happened in a lawyer's words; the code itself goes in the details line. */
const HEADLINES: Record<string, string> = {
  LEXALIGN_ERR_BAD_QUERY: 'Query not understood',
  LEXALIGN_ERR_UNKNOWN_INSTRUMENT: 'Statute not found',
  LEXALIGN_ERR_UNKNOWN_ARTICLE: 'Article not found',
  LEXALIGN_ERR_UNKNOWN_PROVISION: 'Provision not found',
  LEXALIGN_ERR_UNKNOWN_TEMPLATE: 'Model law not found',
  LEXALIGN_ERR_BAD_ID: 'Address not understood',
  LEXALIGN_ERR_UNSUPPORTED_FORMAT: 'File type not supported',
  LEXALIGN_ERR_UPLOAD_TOO_LARGE: 'File too large',
  LEXALIGN_ERR_DUPLICATE_INSTRUMENT: 'Name already taken',
  LEXALIGN_ERR_DUPLICATE_CONTENT: 'Already in the library',
  LEXALIGN_ERR_BUSY: 'Server busy',
};

/**
 * Whose move it is: a 4xx answer means what was asked cannot be given as asked (a typo in a query, a link to an
 * article that does not exist), so trying the same again cannot help; the reader must change the request. A
 * server error (5xx), a lost connection, or "busy" may pass: trying again makes sense.
 */
export function isRequestError(error: Error): boolean {
  if (!(error instanceof ApiError)) return false;
  if (error.code === 'LEXALIGN_ERR_BUSY' || error.statusCode === 408 || error.statusCode === 429) return false;
  return error.statusCode >= 400 && error.statusCode < 500;
}

export function errorHeadline(error: Error): string {
  if (!(error instanceof ApiError)) return 'Something went wrong';
  const known = HEADLINES[error.code];
  if (known) return known;
  if (error.statusCode === 0) return 'Server not reachable';
  if (error.statusCode === 404) return 'Not found';
  if (isRequestError(error)) return 'Request not accepted';
  return 'Something went wrong on the server';
}

/** What the server said, without the catalogue's own lead-in ("Search query not understood: ..."). */
export function errorExplanation(error: Error): string {
  if (!(error instanceof ApiError)) return error.message;
  if (error.code === 'LEXALIGN_ERR_BAD_QUERY') return error.detail.replace(/^Search query not understood:\s*/i, '') || error.message;
  return error.message;
}
