import type { Instrument, IngestResult, Provision } from '../ingest/types.ts';
import type { CoverageStatus } from '../align/types.ts';
import type { AccountStore } from './account-store.ts';

/** Where an instrument came from; only uploads may be deleted through the API. */
export type Collection = 'samples' | 'corpus' | 'extra' | 'upload';

export interface InstrumentRow {
  id: string;
  /** sha256 of the source bytes: the key that decides whether a file must be ingested again. */
  hash: string;
  collection: Collection;
  /** Version of the parser that produced the stored provisions ('' when unknown). */
  parser: string;
  /** Relative path inside its collection folder, or `upload:<file name>`; never a path from a request. */
  sourceKey: string;
  instrument: Instrument;
  updatedAt: string;
}

/** A text kept as a later version of an instrument (the series is the first version's id). */
export interface VersionRecord {
  id: string;
  series: string;
  /** 2 for the first later version: the series' own instrument is version 1. */
  number: number;
  note?: string;
  createdAt: string;
}

/** A reviewer's decision on one (instrument, template, article) cell. Never deleted. */
export interface ReviewInput {
  instrument: string;
  template: string;
  article: string;
  author: string;
  status: CoverageStatus;
  provisions: string[];
  /** The provisions as cited ("3(1)(a)"), resolved to `provisions` (their units). */
  pinpoints?: string[];
  note?: string;
  /** A note per element of the article, by element id. */
  elementNotes?: Record<string, string>;
  /** What the machine suggested when the reviewer decided. */
  machine: { status: CoverageStatus; provisions: string[] };
}

export interface ReviewRecord extends ReviewInput {
  id: number;
  time: string;
  /** The reviewed value this decision replaced, null for the first review of the cell. */
  previous: { status: CoverageStatus; provisions: string[]; note?: string; author: string; time: string } | null;
}

export interface StoreState {
  integrity: 'ok' | 'damaged';
  /** Milliseconds `PRAGMA quick_check` took at start-up. */
  checkMs: number;
  reason?: string;
}

/**
 * The storage the API needs. SQLite implements it (sqlite-store.ts); a PostgreSQL store can implement the
 * same interface when one machine is not enough.
 */
export interface Store {
  listInstruments(): InstrumentRow[];
  getInstrumentRow(id: string): InstrumentRow | null;
  /** Insert or replace an instrument with its provisions (and, for uploads, its source bytes) in one transaction. */
  putInstrument(row: Omit<InstrumentRow, 'updatedAt' | 'instrument'>, result: IngestResult, sourceBytes?: Uint8Array): void;
  /** Removes the instrument, its provisions and cached alignments; reviews stay (they are user data). */
  deleteInstrument(id: string): void;
  getProvisions(id: string): Provision[];
  getProvision(id: string, eId: string): Provision | null;
  getSourceBytes(id: string): Uint8Array | null;

  /** Records `id` as version `number` of `series`. */
  addVersion(version: Omit<VersionRecord, 'createdAt'>): VersionRecord;
  /** The later versions of a series, by number. */
  listVersions(series: string): VersionRecord[];
  getVersion(id: string): VersionRecord | null;

  /** Cached correlation table JSON, valid only for the same cache key (hashes + engine version). */
  getCorrelation(instrument: string, template: string, key: string): string | null;
  putCorrelation(instrument: string, template: string, key: string, json: string): void;

  addReview(input: ReviewInput): ReviewRecord;
  /** Newest first. */
  reviewHistory(instrument: string, template: string, article: string): ReviewRecord[];
  /** The latest review of each article of one (instrument, template). */
  currentReviews(instrument: string, template: string): Map<string, ReviewRecord>;

  /** Instruments a person has included in or excluded from their jurisdiction's framework (absent: included). */
  frameworkChoices(): Map<string, boolean>;
  setFrameworkChoice(instrument: string, included: boolean): void;

  getBlob(key: string): string | null;
  putBlob(key: string, value: string): void;

  /** What the start-up integrity check found, and whether damage has been met since. */
  state(): StoreState;
  /** Records damage met while serving (SQLite answered SQLITE_CORRUPT): health then says so. */
  markDamaged(reason: string): void;

  /** Accounts and sessions of a shared server (server/auth/). */
  accounts: AccountStore;
  /** Copies the database, while it is in use, to `file` (SQLite's online backup). */
  backup(file: string): Promise<void>;

  close(): void;
}
