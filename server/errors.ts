import createError, { type FastifyErrorConstructor } from '@fastify/error';

/**
 * The one catalogue of LexAlign's coded errors, made the way fastify makes its own (lib/errors.js):
 * `createError(code, message, statusCode)`. Every code a client, the CLI or a log can show is defined here, once;
 * a caller relies on the code while the message stays free to improve. docs/api.md's error tables are generated
 * from this file (scripts/docs/error-table.ts) and a test keeps them in step.
 *
 * The core (ingest, templates, thesaurus, search, eval) imports this file, never fastify: @fastify/error is a
 * standalone package of one function.
 */

/** Base of every catalogued error: `instanceof LexAlignError` tells ours (safe to show) from anything else. */
export class LexAlignError extends Error {
  declare readonly code: string;
  declare readonly statusCode: number;
}

/** A file ingestion cannot read. Reported per file by the CLI and start-up; an upload answers with its status. */
export class IngestError extends LexAlignError {}

/** A search query or index that cannot be used. */
class SearchError extends LexAlignError {}

/** Data of ours that cannot be used (a profile, the thesaurus, a corpus manifest, tables to score). */
class DataError extends LexAlignError {}

/** Who sees an error: `api` codes are what HTTP clients receive; `core` codes come from the core's own callers. */
export type ErrorAudience = 'api' | 'core';

interface CatalogueEntry {
  code: string;
  statusCode: number;
  audience: ErrorAudience;
  /** When the error happens, for the documentation. */
  when: string;
}

const entries: CatalogueEntry[] = [];

type Coded = FastifyErrorConstructor<{ code: string; statusCode: number }> & { readonly code: string; readonly statusCode: number };

function coded(name: string, statusCode: number, message: string, audience: ErrorAudience, when: string, Base: typeof LexAlignError = LexAlignError): Coded {
  const code = `LEXALIGN_ERR_${name}`;
  entries.push({ code, statusCode, audience, when });
  // The code and status are also readable on the constructor, for answers built without throwing (404 handler).
  return Object.assign(createError(code, message, statusCode, Base as unknown as ErrorConstructor), { code, statusCode }) as Coded;
}

const api = (name: string, statusCode: number, message: string, when: string) => coded(name, statusCode, message, 'api', when);

/**
 * Ingestion's codes. The status is what an upload answers with: 415 (as `UNSUPPORTED_FORMAT`) for a format we cannot
 * read, 422 (as `INGEST_FAILED`) for everything else; the client has always seen those two codes, with the
 * parser's message.
 */
const ingest = (name: string, statusCode: 415 | 422, when: string) => coded(name, statusCode, '%s', 'core', when, IngestError);

export const Errors = {
  BAD_REQUEST: api('BAD_REQUEST', 400, '%s', 'Validation of params, query or body failed; malformed JSON or multipart; JSON nested deeper than 16 levels; prototype-poisoning keys; an over-long URL id; an HTTP request Node cannot parse; a review that makes no legal sense (a `missing` cell citing provisions, a unit the statute does not have)'),
  BAD_QUERY: api('BAD_QUERY', 400, 'Search query not understood: %s', 'The search query could not be parsed'),
  BAD_ID: api('BAD_ID', 400, 'Not a valid identifier: %s', 'Not sent at present (an id that fails validation answers `LEXALIGN_ERR_BAD_REQUEST`); kept because clients know it'),
  NOT_A_STATUTE: api('NOT_A_STATUTE', 400, 'Instrument "%s" is a template, not a statute to align', 'Aligning a template against a template'),
  HOST_NOT_ALLOWED: api('HOST_NOT_ALLOWED', 403, 'Host "%s" is not served here; allowed hosts are set with --allowed-host or LEXALIGN_ALLOWED_HOSTS', 'A `Host` header that is not one of the allowed host names (DNS rebinding)'),
  CROSS_SITE: api('CROSS_SITE', 403, 'A change from another site (%s) is refused', 'A state-changing request (POST, PUT, DELETE) whose `Origin` is not this server, or that a browser marks `Sec-Fetch-Site: cross-site`'),
  SIGN_IN_REQUIRED: api('SIGN_IN_REQUIRED', 401, 'Sign in first: on this shared server, %s needs an account', 'Accounts are on (a shared server) and the request has no live session: it never signed in, signed out, or its session expired (12 h)'),
  BAD_SIGN_IN: api('BAD_SIGN_IN', 401, 'The account name or the password is wrong', 'Sign-in with an unknown name or a wrong password (the answer does not say which)'),
  ROLE_REQUIRED: api('ROLE_REQUIRED', 403, '%s', 'The signed-in account\'s role does not allow the request: recording a review, uploading or deleting needs reviewer or admin; managing accounts needs admin'),
  UNKNOWN_INSTRUMENT: api('UNKNOWN_INSTRUMENT', 404, 'No instrument with id "%s"', 'No such instrument'),
  UNKNOWN_PROVISION: api('UNKNOWN_PROVISION', 404, 'Instrument "%s" has no provision with eId "%s"', 'No such provision in the instrument'),
  UNKNOWN_TEMPLATE: api('UNKNOWN_TEMPLATE', 404, 'No template with id "%s"', 'No such template'),
  UNKNOWN_ARTICLE: api('UNKNOWN_ARTICLE', 404, 'Template "%s" has no article "%s" in scope', 'No such article in the template'),
  UNKNOWN_ACCOUNT: api('UNKNOWN_ACCOUNT', 404, 'No account named "%s"', 'No such account'),
  UNKNOWN_JURISDICTION: api('UNKNOWN_JURISDICTION', 404, 'No statute of the jurisdiction "%s" is in the library%s', 'A framework, overview or framework report for a jurisdiction with no statute in the library; the message lists the jurisdictions there are'),
  NOT_IN_FRAMEWORK: api('NOT_IN_FRAMEWORK', 400, 'Instrument "%s" is a law of %s, not of %s: it cannot be part of that framework', 'Including or excluding an instrument under another jurisdiction\'s framework'),
  EMPTY_FRAMEWORK: api('EMPTY_FRAMEWORK', 409, 'The framework of %s has no instrument included (%s excluded): include at least one to compare it', 'Reading or exporting a framework whose every instrument has been excluded'),
  TEMPLATES_ONLY: api('TEMPLATES_ONLY', 422, 'The instruments of "%s" are model texts (%s), not a state\'s law: choose a state to see its framework', 'A framework of a jurisdiction whose only instruments are templates (treaties, model laws), such as INT'),
  NOT_FOUND: api('NOT_FOUND', 404, 'No route %s %s', 'No such route'),
  METHOD_NOT_ALLOWED: api('METHOD_NOT_ALLOWED', 405, 'Method not allowed', 'Not sent at present (an unknown method answers `LEXALIGN_ERR_NOT_FOUND`); kept because clients know it'),
  NOT_UPLOADED: api('NOT_UPLOADED', 409, 'Instrument "%s" comes from a corpus folder; only uploaded instruments can be deleted', 'Deleting an instrument that comes from a corpus folder'),
  DUPLICATE_INSTRUMENT: api('DUPLICATE_INSTRUMENT', 409, 'An instrument with id "%s" already exists (%s); delete it or upload the file under another name', 'Uploading a file whose id is taken, by a corpus instrument or an earlier upload: nothing is replaced; `error.instrument` is the existing id'),
  ACCOUNTS_OFF: api('ACCOUNTS_OFF', 409, 'This server runs without accounts (one person, on this machine): there is nothing to sign in to', 'Sign-in on a server whose accounts are off (the default on 127.0.0.1)'),
  DUPLICATE_ACCOUNT: api('DUPLICATE_ACCOUNT', 409, 'An account named "%s" already exists', 'Creating an account whose name is taken (names are compared without regard to case)'),
  LAST_ADMIN: api('LAST_ADMIN', 409, 'Cannot %s: "%s" is the only admin; give another account the admin role first', 'Removing the last admin, or giving it another role'),
  DUPLICATE_CONTENT: api('DUPLICATE_CONTENT', 409, 'The same text is already in the library as "%s" (id "%s"); nothing was added', 'Uploading a file whose bytes (SHA-256) are those of an instrument already served, under any name: nothing is added; `error.instrument` is the existing id'),
  REQUEST_TIMEOUT: api('REQUEST_TIMEOUT', 408, 'The request took too long to arrive', 'A request whose headers or body did not arrive within the time limit (a slow client)'),
  UPLOAD_TOO_LARGE: api('UPLOAD_TOO_LARGE', 413, 'Upload is larger than the limit of %s bytes', 'Upload over the limit (20 MiB by default, `--upload-limit`)'),
  BODY_TOO_LARGE: api('BODY_TOO_LARGE', 413, 'Request body is larger than the limit of %s bytes', 'JSON body over 256 KiB'),
  ARCHIVE_TOO_LARGE: api('ARCHIVE_TOO_LARGE', 413, 'The .docx would expand %s (a zip bomb or an oversized document)', 'A .docx that inflates beyond 32 MiB, or more than 100 times its size (zip bomb); checked by real inflation, not by the sizes the zip declares'),
  UPLOAD_TOO_COMPLEX: api('UPLOAD_TOO_COMPLEX', 413, 'The file holds %s; the limit for an upload is %s', 'An upload that ingests into more units (sections, articles) or provisions than the limits (`--upload-max-units`, `--upload-max-provisions`)'),
  HEADERS_TOO_LARGE: api('HEADERS_TOO_LARGE', 431, 'The request headers are too large', 'Request headers over Node\'s limit (16 KiB)'),
  UNSUPPORTED_FORMAT: api('UNSUPPORTED_FORMAT', 415, '%s', 'Upload not .md/.txt/.html/.json/.pdf/.docx, or a format ingestion cannot read, or a body of a media type no route takes, or a charset we cannot decode (a JSON body must be UTF-8)'),
  BAD_ARCHIVE: api('BAD_ARCHIVE', 422, 'The .docx is not a readable zip archive: %s', 'A .docx that is not a readable zip'),
  INGEST_FAILED: api('INGEST_FAILED', 422, 'The file could not be ingested: %s', "The parser refused the file; the message is the parser's reason (one of the ingestion codes below)"),
  TOO_MANY_SIGN_INS: api('TOO_MANY_SIGN_INS', 429, 'Too many sign-in attempts for this name from your address; try again in %s', 'More than 5 sign-in attempts for one account name from one address in 15 minutes; the answer carries `Retry-After`'),
  NOT_AMENDING: api('NOT_AMENDING', 422, '%s makes no amendment to %s%s', 'Asking for an instrument "as amended by" one that amends nothing in it (the message names the Acts it does amend), or by itself'),
  NOT_A_VERSION: api('NOT_A_VERSION', 422, '%s', 'A text uploaded "as a new version of" an instrument that has no section in common with it (nothing is stored), or a version diff of two instruments that are not versions of one law'),
  UNAVAILABLE: api('UNAVAILABLE', 503, '%s', 'The search index is not built yet; the server is shutting down'),
  BUSY: api('BUSY', 503, 'Too many uploads are being ingested; try again in %s s', 'Every upload slot and its queue are taken (`--upload-concurrency`); the answer carries `Retry-After`'),
  INTERNAL: api('INTERNAL', 500, 'Internal server error', 'Our fault; details go to the log only'),

  EMPTY_FILE: ingest('EMPTY_FILE', 422, 'The file is empty'),
  BINARY_CONTENT: ingest('BINARY_CONTENT', 422, 'A text format holds binary data'),
  UNKNOWN_FORMAT: ingest('UNKNOWN_FORMAT', 415, 'Neither the extension nor the content says which format the file is in'),
  BAD_JSON: ingest('BAD_JSON', 422, 'A .json file that is not valid JSON'),
  JSON_SHAPE: ingest('JSON_SHAPE', 422, 'Valid JSON, but not provision records or sections ingestion knows'),
  FORMAT_UNAVAILABLE: ingest('FORMAT_UNAVAILABLE', 415, 'The PDF or DOCX adapter is missing from this build'),
  NO_PROVISIONS: ingest('NO_PROVISIONS', 422, 'No numbered sections or articles were found'),
  READ_FILE: ingest('READ_FILE', 422, 'The file could not be read from disk (CLI and start-up only)'),
  INGEST_INTERNAL: ingest('INGEST_INTERNAL', 422, 'Anything unexpected while ingesting, wrapped with the file name; also a file over the time limit in a worker'),
  BAD_DOCX: ingest('BAD_DOCX', 422, 'A .docx that is truncated, corrupt or not a Word document'),
  DOCX_TOO_LARGE: ingest('DOCX_TOO_LARGE', 422, 'A .docx over 50 MB, or that would inflate beyond 200 MB'),
  BAD_PDF: ingest('BAD_PDF', 422, 'A PDF that is truncated, corrupt or encrypted'),
  PDF_TOO_LARGE: ingest('PDF_TOO_LARGE', 422, 'A PDF over its size or page bound'),

  STORE_DAMAGED: coded('STORE_DAMAGED', 500, '%s', 'core', 'The SQLite file fails `PRAGMA quick_check` at start-up: the server refuses to start and names the file', DataError),
  NO_ACCOUNTS: coded('NO_ACCOUNTS', 500, '%s', 'core', '`lexalign serve` on an address other machines can reach (or with `--accounts`) and a database with no account: it refuses to start and says how to create one'),
  SEARCH_SYNTAX: coded('SEARCH_SYNTAX', 400, '%s', 'core', 'A query the search parser cannot read (answered as `LEXALIGN_ERR_BAD_QUERY`)', SearchError),
  SEARCH_INDEX: coded('SEARCH_INDEX', 500, '%s', 'core', 'Documents or a stored search index that cannot be used (the index is rebuilt at start-up)', SearchError),
  BAD_PROFILE: coded('BAD_PROFILE', 500, '%s', 'core', 'An element profile that cannot be used; the message names the file and the field', DataError),
  BAD_THESAURUS: coded('BAD_THESAURUS', 500, '%s', 'core', 'The thesaurus file cannot be used; the message names the file and the field', DataError),
  MANIFEST: coded('MANIFEST', 500, '%s', 'core', 'A corpus `manifest.json` that is missing or malformed (`lexalign eval`)', DataError),
  BAD_TABLE: coded('BAD_TABLE', 500, '%s', 'core', 'A correlation table to score that breaks the contract (`lexalign eval`)', DataError),
  NO_DIR: coded('NO_DIR', 500, '%s', 'core', 'A folder of tables that does not exist (`lexalign eval`)', DataError),
  NO_TABLES: coded('NO_TABLES', 500, '%s', 'core', 'A folder with no correlation tables (`lexalign eval`)', DataError),
} as const;

type ErrorName = keyof typeof Errors;

/** Every catalogued code, in catalogue order, for the documentation. */
export const catalogue: readonly CatalogueEntry[] = entries;

export function lexError(name: ErrorName, ...args: Array<string | number>): LexAlignError {
  // A message's few arguments, never a data array.
  // eslint-disable-next-line no-restricted-syntax
  return new Errors[name](...args);
}

/** The one error body shape of the API. */
export interface ErrorBody {
  error: { code: string; message: string; statusCode: number; instrument?: string };
}

export function errorBody(code: string, message: string, statusCode: number): ErrorBody {
  return { error: { code, message, statusCode } };
}
