import { parseQuery } from '../../../server/search/parse-query.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Thesaurus } from '../../../server/thesaurus/types.ts';
import { ProvisionSearch, SearchSyntaxError, type SearchDoc, type SearchResponse } from '../../../server/search/index.ts';

const dir = join(import.meta.dirname, '..', '..', 'fixtures', 'search');

/** Made-up statutes of two made-up jurisdictions (XA, XB), written for these tests. */
export const fixtureDocs = (): SearchDoc[] => JSON.parse(readFileSync(join(dir, 'provisions.json'), 'utf8'));
export const fixtureThesaurus = (): Thesaurus => JSON.parse(readFileSync(join(dir, 'thesaurus.json'), 'utf8'));
export const buildFixture = (options?: { shardChars?: number }): ProvisionSearch => ProvisionSearch.build(fixtureDocs(), fixtureThesaurus(), options);

/** "instrument-prefix:citation" of each hit, e.g. "xa:s. 4(1)". */
export const cites = (r: SearchResponse): string[] => r.hits.map((h) => `${h.instrument.slice(0, 2)}:${h.citation}`);

/** The syntax error a query raises (the test fails if it raises none, or another kind). */
export function syntaxErrorOf(q: string): SearchSyntaxError {
  try {
    parseQuery(q);
  } catch (e) {
    if (e instanceof SearchSyntaxError) return e;
    throw e;
  }
  throw new Error(`${JSON.stringify(q)} was accepted`);
}
