import type { IngestResult, InstrumentMeta } from '../ingest/types.ts';
import type { ArticleProfile, ElementProfile } from '../templates/types.ts';
import type { CorrelationTable } from '../align/types.ts';
import type { SearchDoc } from '../search/types.ts';

/**
 * The pipeline as the API sees it: ingestion, templates, alignment and search behind one port, so the routes
 * and services are tested with fakes and the real modules plug in through default-pipeline.ts.
 */

export interface IngestInput {
  bytes: Uint8Array;
  /** A bare file name (no folders): its extension picks the adapter, its stem the default id. */
  fileName: string;
  meta?: Partial<InstrumentMeta>;
}

/** One article of a loaded template: our profile plus, when the corpus is present, the official text. */
export interface TemplateArticle {
  article: string;
  title: string;
  group: ArticleProfile['group'];
  chapter: string;
  obligation: ArticleProfile['obligation'];
  summary: string;
  elements: ElementProfile[];
  /** Official text when the corpus is present; otherwise our summary. */
  text: string;
  textSource: 'official' | 'summary' | string;
}

export interface LoadedTemplate {
  id: string;
  title: string;
  shortTitle: string;
  year: number | null;
  articles: TemplateArticle[];
  /** Whatever the template loader returned, handed back unchanged to the aligner. */
  handle: unknown;
}

/** One provision as the search index sees it: the search module's own record, so the two cannot drift. */
export type { SearchDoc };

export interface SearchQuery {
  q: string;
  filters: { jurisdiction?: string; instrument?: string; kind?: string; part?: string; article?: string };
  page: number;
  size: number;
  /** `unit`: one hit per top-level unit (its best provision), for "which sections deal with this?". */
  group?: 'provision' | 'unit';
  /** False turns off thesaurus expansion, to search the words exactly as typed. */
  synonyms?: boolean;
}

export interface SearchHit {
  instrument: string;
  eId: string;
  num: string;
  unit: string;
  heading: string;
  citation: string;
  snippet: Array<{ text: string; highlight: boolean }>;
  score: number;
}

export interface SearchResponse {
  total: number;
  page: number;
  size: number;
  hits: SearchHit[];
  facets: Record<string, Array<{ value: string; label: string; count: number }>>;
}

export interface SearchIndex {
  upsertInstrument(instrumentId: string, docs: SearchDoc[]): void;
  removeInstrument(instrumentId: string): void;
  query(query: SearchQuery): SearchResponse;
  serialise(): string;
}

export interface SearchEngine {
  build(docs: SearchDoc[]): SearchIndex;
  load(serialised: string): SearchIndex;
  /** True when the error means the user's query was malformed (answered 400, not 500). */
  isSyntaxError(error: unknown): boolean;
}

/** A source file for `Pipeline.ingestFiles`: read by path on the side that ingests it. */
export interface FileJob {
  path: string;
  meta?: Partial<InstrumentMeta>;
}

/** What became of one file: its result, or a message for a person (a parse error, or the time limit). */
export type FileOutcome = { result: IngestResult } | { error: string };

export interface IngestFilesOptions {
  /** A file taking longer is stopped and reported as failed; the others carry on. */
  timeoutMs: number;
  /** Called once per job, in the order files finish, with the job's index. */
  onResult(index: number, outcome: FileOutcome): void;
}

export interface Pipeline {
  /** Changes whenever alignment output may change: part of every cached table's key. */
  engineVersion: string;
  /** Changes whenever ingestion output may change: a stored parse made by another parser version is redone. */
  parserVersion?: string;
  ingest(input: IngestInput): Promise<IngestResult>;
  /**
   * Optional: ingest many files off the main thread (one worker per core), each under a time limit. Start-up uses
   * it when present; without it, files are ingested one by one through `ingest`.
   */
  ingestFiles?(jobs: FileJob[], options: IngestFilesOptions): Promise<void>;
  loadTemplates(corpusDir: string | null): Promise<LoadedTemplate[]>;
  align(template: LoadedTemplate, result: IngestResult): CorrelationTable | Promise<CorrelationTable>;
  search: SearchEngine;
}
