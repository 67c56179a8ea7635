/** Search over provisions: lunr shards, legal synonyms, phrases, facets, highlighted snippets. See docs/search.md. */
export { ProvisionSearch } from './provision-search.ts';
export { SearchSyntaxError, SearchIndexError } from './errors.ts';
export { docsFromProvisions, articlesByUnitFromTable } from './docs-from-provisions.ts';
export type { SearchDoc, SearchRequest, SearchResponse, FacetValue } from './types.ts';
export { FIELD_NAMES } from './types.ts';
