import lunr from 'lunr';

/*
 * The parts of lunr 2.3 this module uses that @types/lunr does not declare (they are public in lunr's own
 * documentation: TokenSet constructors, Index attributes, token metadata). Typed once here.
 */

export interface TokenSetLike {
  intersect(other: TokenSetLike): TokenSetLike;
  toArray(): string[];
}

interface TokenSetStatics {
  fromArray(words: string[]): TokenSetLike;
  fromString(pattern: string): TokenSetLike;
  fromFuzzyString(word: string, editDistance: number): TokenSetLike;
}

export const TokenSet = lunr.TokenSet as unknown as TokenSetStatics;

export interface IndexAttributes {
  invertedIndex: object;
  fieldVectors: object;
  tokenSet: TokenSetLike | null;
  fields: string[];
  pipeline: lunr.Pipeline;
}

export interface IndexLike {
  invertedIndex: object;
  toJSON(): object;
}

export function makeIndex(attrs: IndexAttributes): IndexLike {
  const Index = lunr.Index as unknown as new (a: IndexAttributes) => IndexLike;
  return new Index(attrs);
}

export function tokenPosition(token: lunr.Token): [number, number] {
  return (token as unknown as { metadata: { position: [number, number] } }).metadata.position;
}

/** lunr.Builder's internals our builder subclass touches. */
export interface BuilderInternals {
  invertedIndex: Record<string, unknown>;
  termIndex: number;
  documentCount: number;
  _documents: Record<string, object>;
  fieldVectors: object;
  tokenSet: TokenSetLike | null;
}
