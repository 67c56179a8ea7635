import { describe } from 'vitest';
import { corpusDir } from '../../server/corpus-dir.ts';

/** The real corpus, when LEXALIGN_CORPUS names it (CI sets ../shared/corpus). */
const realCorpus = corpusDir();

const skipMessage =
  'real corpus not found: set LEXALIGN_CORPUS=../shared/corpus to run the tests over the real statutes';

/** A describe block that needs the real corpus: skipped, with a clear message, when it is absent. */
export function describeWithCorpus(name: string, body: (dir: string) => void): void {
  if (realCorpus) {
    describe(name, () => body(realCorpus));
  } else {
    describe.skip(`${name} (${skipMessage})`, () => {});
    if (!process.env.LEXALIGN_QUIET_SKIP) console.warn(`[skip] ${name}: ${skipMessage}`);
  }
}
