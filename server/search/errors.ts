import { Errors } from '../errors.ts';

/** A query the parser cannot read. `message` says what is wrong and where; `position` is a 0-based offset into q. */
export class SearchSyntaxError extends Errors.SEARCH_SYNTAX {
  constructor(
    message: string,
    readonly position: number,
  ) {
    super(message);
    this.name = 'SearchSyntaxError';
  }
}

/** Documents or a serialised index that cannot be used (missing fields, duplicate eIds, another format). */
export class SearchIndexError extends Errors.SEARCH_INDEX {
  constructor(message: string) {
    super(message);
    this.name = 'SearchIndexError';
  }
}
