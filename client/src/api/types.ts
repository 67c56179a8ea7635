/**
 * Response shapes the client reads, all from the server's TypeBox schemas (server/schemas/, records in
 * server/schemas/records/): the same definitions validate, serialise and document the API. Type-only imports, so no
 * server code enters the bundle and the two cannot drift. The few view-side shapes (the normalised Matrix) are
 * declared here.
 */
import type { Static } from 'typebox';
import type { diffSchema, getReviewsSchema } from '../../../server/schemas/alignments.ts';
import type { compareSchema } from '../../../server/schemas/compare.ts';
import type { editionSchema } from '../../../server/schemas/edition.ts';
import type { searchSchema } from '../../../server/schemas/search.ts';
import type { getFrameworkSchema, FrameworkSummary as FrameworkSummarySchema, overviewSchema } from '../../../server/schemas/frameworks.ts';
import type { getTemplateSchema, TemplateSummary as TemplateSummarySchema } from '../../../server/schemas/templates.ts';
import type { InstrumentSummary as InstrumentSummarySchema, uploadInstrumentSchema } from '../../../server/schemas/instruments.ts';
import type { Instrument, IngestReport } from '../../../server/schemas/records/instrument.ts';
import type { amendedBySchema, amendsSchema, asAmendedSchema } from '../../../server/schemas/consolidation.ts';
import type { carriedReviewsSchema, listVersionsSchema, versionDiffSchema } from '../../../server/schemas/versions.ts';
import type { Provision } from '../../../server/schemas/records/provision.ts';
import type { ArticleGroup, TemplateArticle } from '../../../server/schemas/records/template-article.ts';
import type {
  ArticleAlignment,
  CorrelationTable,
  CoverageStatus,
  ElementState,
} from '../../../server/schemas/records/correlation-table.ts';

export type { Instrument, IngestReport, Provision, ArticleGroup, TemplateArticle, ArticleAlignment, CorrelationTable, CoverageStatus, ElementState };

export interface ApiErrorBody {
  error: { code: string; message: string; statusCode: number; instrument?: string };
}

/** A statute or template in a list. The matrix gives fewer fields than /api/instruments, hence the optionals. */
export type InstrumentSummary = Pick<InstrumentSummarySchema, 'id' | 'title' | 'jurisdiction' | 'kind' | 'year'> &
  Partial<Omit<InstrumentSummarySchema, 'id' | 'title' | 'jurisdiction' | 'kind' | 'year' | 'units'>> & {
    units?: Instrument['units'];
  };

export interface MatrixArticle {
  article: string;
  title: string;
  group: ArticleGroup | string;
  chapter: string;
  obligation: 'mandatory' | 'optional';
}

export interface MatrixCell {
  status: CoverageStatus;
  reviewed?: boolean;
  score?: number;
  provisions: string[];
  /** Framework rows: instruments implementing the article at least in part, best first. */
  from?: string[];
  /** Framework rows: covered only by reading two or more instruments together. */
  combined?: true;
}

export interface StatusCounts {
  covered: number;
  partial: number;
  missing: number;
}

export interface MatrixRow {
  instrument: InstrumentSummary;
  cells: Record<string, MatrixCell>;
  totals: StatusCounts;
  /** Harmonisation score, 0..1; NaN when no mandatory article is in view. */
  score: number;
  /** The same score counting reservable paragraphs; NaN when unknown. */
  scoreAll: number;
  /** A sample statute of a made-up state (never real law). */
  sample?: boolean;
  /** Framework rows: the instruments read together. */
  instruments?: Array<{ id: string; title: string; kind: string }>;
}

export interface Matrix {
  template: { id: string; title: string };
  articles: MatrixArticle[];
  rows: MatrixRow[];
  columnTotals: Record<string, StatusCounts>;
  /** How the server computes the harmonisation score, in words. */
  scoring?: string;
  /** One sentence for each of the two scores. */
  scores?: { withoutOptions: string; withOptions: string };
  /** One row per statute, or per jurisdiction's framework. */
  rowsBy: 'instrument' | 'jurisdiction';
}

export type FrameworkSummary = Static<typeof FrameworkSummarySchema>;
export type FrameworkDetail = Static<(typeof getFrameworkSchema.response)[200]>;
export type FrameworkArticle = FrameworkDetail['articles'][number];
export type RegionalOverview = Static<(typeof overviewSchema.response)[200]>;
export interface UnavailableTemplate {
  id: string;
  title: string;
  reason: string;
}

export type TemplateSummary = Static<typeof TemplateSummarySchema>;

export type TemplateDetail = Static<(typeof getTemplateSchema.response)[200]>;

export type DiffResponse = Static<(typeof diffSchema.response)[200]>;

export interface ReviewInput {
  author: string;
  status: CoverageStatus;
  /** Units or pinpoints as a lawyer cites them: "14", "s. 3(1)(a)", "cl. 8(2)"; the server resolves them. */
  provisions: string[];
  note?: string;
  elementNotes?: Record<string, string>;
}

export type ReviewEntry = Static<(typeof getReviewsSchema.response)[200]>['history'][number];

export type EditionResponse = Static<(typeof editionSchema.response)[200]>;

export type CompareResponse = Static<(typeof compareSchema.response)[200]>;
export type CompareColumn = CompareResponse['instruments'][number];
export type ElementTable = CompareResponse['elements'];
export type StructuredDiff = DiffResponse['blocks'];
export type DiffBlock = StructuredDiff['left'][number];
export type DiffSegment = DiffResponse['segments'][number];
export type DiffMode = DiffResponse['mode'];

export type SearchResponse = Static<(typeof searchSchema.response)[200]>;
export type SearchHit = SearchResponse['hits'][number];
export type SnippetSegment = SearchHit['snippet'][number];
export type FacetValue = SearchResponse['facets']['jurisdiction'][number];

export type UploadResponse = Static<(typeof uploadInstrumentSchema.response)[201]>;

export type AmendedByResponse = Static<(typeof amendedBySchema.response)[200]>;
export type AmendsResponse = Static<(typeof amendsSchema.response)[200]>;
export type Consolidation = Static<(typeof asAmendedSchema.response)[200]>;
export type ConsolidatedProvision = Consolidation['provisions'][number];
export type AmendmentOutcome = Consolidation['outcomes'][number];
export type VersionsResponse = Static<(typeof listVersionsSchema.response)[200]>;
export type VersionDiff = Static<(typeof versionDiffSchema.response)[200]>;
export type UnitDiff = VersionDiff['units'][number];
export type CarriedReviewsResponse = Static<(typeof carriedReviewsSchema.response)[200]>;
export type CarriedReview = CarriedReviewsResponse['cells'][number]['reviews'][number];

export interface HealthResponse {
  ok?: boolean;
  instruments?: number;
  templates?: number;
  /** The largest file an upload may send. */
  uploadLimitBytes?: number;
}
