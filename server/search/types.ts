/**
 * Search over provisions: the shapes the API route and the client see. See docs/search.md.
 * SearchDoc, SearchRequest and SearchResponse are a contract with server/routes: extend with optional fields only.
 */

/** One provision as the search index sees it. */
export interface SearchDoc {
  instrument: string;
  instrumentTitle: string;
  /** ISO 3166 alpha-2, `INT` for treaties. */
  jurisdiction: string;
  /** Unique inside the instrument: `part_2__sec_4__subsec_1__para_a`. */
  eId: string;
  /** Number as printed, relative to the top-level unit: `4(1)(a)`. */
  num: string;
  /** Top-level unit: `4`, `46A`, `(a)`. */
  unit: string;
  heading?: string;
  text: string;
  defines: string[];
  /** Provision kind: definition, offence, power, procedure, ... */
  kind: string;
  /** The Part or Chapter the provision sits in, as a reader names it: `Part II – Offences`. */
  part?: string;
  /** Template articles this provision's unit implements, from a correlation table: `["2", "3"]`. */
  articles: string[];
  /** Optional: how a lawyer cites it (`s. 4(1)(a)`); derived from `num` when absent. */
  citation?: string;
  /** Optional: headings of the ancestors (section heading for a subsection), searched with a low weight. */
  context?: string;
}

export type FacetName = 'jurisdiction' | 'instrument' | 'kind' | 'part' | 'article';
export const FACET_NAMES: readonly FacetName[] = ['jurisdiction', 'instrument', 'kind', 'part', 'article'];

export type SearchFilters = Partial<Record<FacetName, string[]>>;

export interface SearchRequest {
  q: string;
  filters?: SearchFilters;
  /** 1-based. */
  page?: number;
  /** Hits per page, 1..100 (default 20). */
  size?: number;
  /** Optional: at most this many values per facet (selected values are always listed); default 100. */
  facetLimit?: number;
  /**
   * Optional: `unit` returns one hit per top-level unit (its best-scoring provision), as a lawyer reads
   * "which sections"; `total` then counts units. Facet counts stay provision counts. Default `provision`.
   */
  group?: 'provision' | 'unit';
  /** Optional: false searches the words as typed, without thesaurus synonyms. Default true. */
  synonyms?: boolean;
  /**
   * Optional: how words side by side are joined. `all` (default, as legal databases do): every word (or a synonym)
   * must occur; with no such provision, the words are searched as `any` and a note says so. `any`: any of the
   * words, provisions with more of them first.
   */
  match?: 'all' | 'any';
}

/** A piece of a snippet: plain text, never HTML; `highlight` marks words that matched the query. */
export interface SnippetSegment {
  text: string;
  highlight: boolean;
}

/** A hit names its provision with the document's own fields. */
export interface SearchHit extends Pick<SearchDoc, 'instrument' | 'instrumentTitle' | 'jurisdiction' | 'eId' | 'num' | 'unit' | 'heading'> {
  citation: string;
  snippet: SnippetSegment[];
  score: number;
  /** Optional: the heading as segments, with matched words highlighted. */
  headingSnippet?: SnippetSegment[];
  kind?: string;
  part?: string;
}

export interface FacetValue {
  value: string;
  label: string;
  count: number;
}

export interface SearchResponse {
  total: number;
  page: number;
  size: number;
  hits: SearchHit[];
  facets: Record<FacetName, FacetValue[]>;
  /** Optional: what the query was read as, for a person ("ignored common words: the, of"). */
  notes?: string[];
}

/** The searchable fields and how much a match in each counts. A marginal note says what a section is about. */
export const FIELD_BOOSTS = { heading: 3, defines: 2, context: 1, text: 1 } as const;
export type FieldName = keyof typeof FIELD_BOOSTS;
export const FIELD_NAMES = Object.keys(FIELD_BOOSTS) as FieldName[];
