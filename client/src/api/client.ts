/** The typed API client: one function per route of docs/api.md that the client uses. */
import { requestJson, withQuery } from './http.ts';
import { normaliseMatrix } from './normalise.ts';
import type {
  AmendedByResponse,
  AmendsResponse,
  CarriedReviewsResponse,
  CompareResponse,
  Consolidation,
  CorrelationTable,
  DiffMode,
  EditionResponse,
  DiffResponse,
  FrameworkDetail,
  FrameworkSummary,
  RegionalOverview,
  UnavailableTemplate,
  HealthResponse,
  Instrument,
  InstrumentSummary,
  Matrix,
  Provision,
  ReviewEntry,
  ReviewInput,
  SearchResponse,
  TemplateDetail,
  TemplateSummary,
  VersionDiff,
  VersionsResponse,
} from './types.ts';

const enc = encodeURIComponent;

export type ReportFormat = 'html' | 'docx' | 'md' | 'csv';

export const api = {
  health: (signal?: AbortSignal) => requestJson<HealthResponse>('/api/health', {}, signal),

  templates: (signal?: AbortSignal) =>
    requestJson<TemplateSummary[] | { templates: TemplateSummary[] }>('/api/templates', {}, signal).then((r) =>
      Array.isArray(r) ? r : r.templates,
    ),
  templatesWithUnavailable: (signal?: AbortSignal) =>
    requestJson<{ templates: TemplateSummary[]; unavailable?: UnavailableTemplate[] }>('/api/templates', {}, signal).then((r) => ({
      templates: r.templates,
      unavailable: r.unavailable ?? [],
    })),
  template: (id: string, signal?: AbortSignal) => requestJson<TemplateDetail>(`/api/templates/${enc(id)}`, {}, signal),

  instruments: (signal?: AbortSignal) =>
    requestJson<InstrumentSummary[] | { instruments: InstrumentSummary[] }>('/api/instruments', {}, signal).then(
      (r) => (Array.isArray(r) ? r : r.instruments),
    ),
  instrument: (id: string, signal?: AbortSignal) =>
    requestJson<Instrument | { instrument: Instrument }>(`/api/instruments/${enc(id)}`, {}, signal).then((r) =>
      'instrument' in r ? r.instrument : r,
    ),
  edition: (id: string, signal?: AbortSignal) => requestJson<EditionResponse>(`/api/instruments/${enc(id)}/edition`, {}, signal),
  provisions: (id: string, signal?: AbortSignal) =>
    requestJson<Provision[] | { provisions: Provision[] }>(`/api/instruments/${enc(id)}/provisions`, {}, signal).then(
      (r) => (Array.isArray(r) ? r : r.provisions),
    ),

  amendedBy: (id: string, signal?: AbortSignal) => requestJson<AmendedByResponse>(`/api/instruments/${enc(id)}/amended-by`, {}, signal),
  amends: (id: string, signal?: AbortSignal) => requestJson<AmendsResponse>(`/api/instruments/${enc(id)}/amends`, {}, signal),
  asAmendedBy: (id: string, amendingId: string, signal?: AbortSignal) =>
    requestJson<Consolidation>(`/api/instruments/${enc(id)}/as-amended-by/${enc(amendingId)}`, {}, signal),
  asAmendedAknUrl: (id: string, amendingId: string) => `/api/instruments/${enc(id)}/as-amended-by/${enc(amendingId)}/akn`,
  versions: (id: string, signal?: AbortSignal) => requestJson<VersionsResponse>(`/api/instruments/${enc(id)}/versions`, {}, signal),
  versionDiff: (from: string, to: string, signal?: AbortSignal) =>
    requestJson<VersionDiff>(`/api/instruments/${enc(from)}/version-diff/${enc(to)}`, {}, signal),

  matrix: (query: { template?: string; jurisdiction?: string; group?: string; rows?: 'jurisdiction' }, signal?: AbortSignal) =>
    requestJson<unknown>(withQuery('/api/matrix', query), {}, signal).then((raw): Matrix => normaliseMatrix(raw)),
  alignment: (instrument: string, template: string | undefined, signal?: AbortSignal) =>
    requestJson<CorrelationTable>(withQuery(`/api/alignments/${enc(instrument)}`, { template }), {}, signal),
  compare: (query: { template?: string; article: string; instruments: string[]; mode?: DiffMode }, signal?: AbortSignal) =>
    requestJson<CompareResponse>(withQuery('/api/compare', { ...query, instruments: query.instruments.join(',') }), {}, signal),
  elementTableUrl: (format: 'csv' | 'docx', query: { template?: string; article: string; instruments: string }) =>
    withQuery(`/api/exports/elements.${format}`, query),

  diffWithTemplate: (left: string, template: string | undefined, article: string, mode?: DiffMode, signal?: AbortSignal) =>
    requestJson<DiffResponse>(withQuery('/api/diff', { left, template, article, mode }), {}, signal),
  diff: (left: string, right: string, mode?: DiffMode, signal?: AbortSignal) =>
    requestJson<DiffResponse>(withQuery('/api/diff', { left, right, mode }), {}, signal),

  reviews: (instrument: string, article: string, template: string | undefined, signal?: AbortSignal) =>
    requestJson<{ history: ReviewEntry[] }>(withQuery(`/api/reviews/${enc(instrument)}/${enc(article)}`, { template }), {}, signal).then(
      (r) => r.history,
    ),
  carriedReviews: (instrument: string, template: string | undefined, signal?: AbortSignal) =>
    requestJson<CarriedReviewsResponse>(withQuery(`/api/instruments/${enc(instrument)}/reviews/carried`, { template }), {}, signal),
  putReview: (instrument: string, article: string, template: string | undefined, review: ReviewInput) =>
    requestJson<unknown>(withQuery(`/api/reviews/${enc(instrument)}/${enc(article)}`, { template }), {
      method: 'PUT',
      body: JSON.stringify(review),
    }),

  search: (query: Record<string, string | number | string[] | undefined>, signal?: AbortSignal) =>
    requestJson<SearchResponse>(withQuery('/api/search', query), {}, signal),

  frameworks: (signal?: AbortSignal) =>
    requestJson<{ frameworks: FrameworkSummary[] }>('/api/frameworks', {}, signal).then((r) => r.frameworks),
  framework: (jurisdiction: string, template: string | undefined, signal?: AbortSignal) =>
    requestJson<FrameworkDetail>(withQuery(`/api/frameworks/${enc(jurisdiction)}`, { template }), {}, signal),
  setIncluded: (jurisdiction: string, instrument: string, included: boolean) =>
    requestJson<FrameworkSummary>(`/api/frameworks/${enc(jurisdiction)}/instruments/${enc(instrument)}`, {
      method: 'PUT',
      body: JSON.stringify({ included }),
    }),
  overview: (template: string | undefined, signal?: AbortSignal) =>
    requestJson<RegionalOverview>(withQuery('/api/overview', { template }), {}, signal),

  matrixCsvUrl: (template?: string, rows?: 'jurisdiction') => withQuery('/api/exports/matrix.csv', { template, rows }),
  overviewCsvUrl: (template?: string) => withQuery('/api/exports/overview.csv', { template }),
  regionalReportUrl: (template: string | undefined, format: 'html' | 'md' | 'docx') => withQuery(`/api/exports/regional-report/${format}`, { template }),
  frameworkReportUrl: (jurisdiction: string, template?: string, format: ReportFormat = 'html') =>
    withQuery(`/api/exports/framework-report/${enc(jurisdiction)}.${format}`, { template }),
  gapReportUrl: (instrument: string, template?: string, format: ReportFormat = 'html') =>
    withQuery(`/api/exports/gap-report/${enc(instrument)}.${format}`, { template }),
};
