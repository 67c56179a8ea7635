/** Search over provisions: lunr shards, legal synonyms, phrases, facets, highlighted snippets. See docs/search.md. */
export { ProvisionSearch, DEFAULT_SIZE, MAX_SIZE, MAX_QUERY_CHARS, SHARD_CHARS } from './provision-search.ts';
export { SearchSyntaxError, SearchIndexError } from './errors.ts';
export { docsFromProvisions, articlesByUnitFromTable, partLabel, type InstrumentForSearch } from './docs-from-provisions.ts';
export { citeProvision } from './citation.ts';
export type {
  SearchDoc,
  SearchRequest,
  SearchResponse,
  SearchHit,
  SearchFilters,
  SnippetSegment,
  FacetName,
  FacetValue,
} from './types.ts';
export { FACET_NAMES, FIELD_NAMES } from './types.ts';
