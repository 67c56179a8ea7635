import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { projectRoot } from '../project-root.ts';
import { Errors } from '../errors.ts';
import { Thesaurus } from './types.ts';
import { firstProblem, type ProblemWords } from '../schemas/first-problem.ts';
import { createThesaurus, type LegalThesaurus } from './legal-thesaurus.ts';

/** corpus/thesaurus.json in the repository: our own general legal synonyms. */
const defaultThesaurusPath = resolve(projectRoot, 'corpus', 'thesaurus.json');

/** A thesaurus file that cannot be used; the message names the file and the field. */
export class ThesaurusError extends Errors.BAD_THESAURUS {
  constructor(message: string) {
    super(message);
    this.name = 'ThesaurusError';
  }
}

const words: ProblemWords = (keyword, field) => {
  if (field === '(root)') return 'must be an object { groups: [...] }';
  if (keyword === 'pattern' && field.endsWith('.id')) return 'must be a snake_case string';
  if (keyword === 'minItems' && field.endsWith('.terms')) return 'must list at least two terms';
  return undefined;
};

/** Checks parsed JSON against the Thesaurus schema (types.ts); `where` names the file in messages. */
export function validateThesaurus(value: unknown, where = 'thesaurus'): Thesaurus {
  const problem = firstProblem(Thesaurus, value, words);
  if (problem) throw new ThesaurusError(`${where}: ${problem.field} ${problem.problem}`);
  const thesaurus = value as Thesaurus;
  const ids = new Set<string>();
  thesaurus.groups.forEach((g, i) => {
    if (ids.has(g.id)) throw new ThesaurusError(`${where}: groups[${i}].id duplicates "${g.id}"`);
    ids.add(g.id);
  });
  return thesaurus;
}

/** Reads, validates and compiles a thesaurus file (default: corpus/thesaurus.json). */
export function loadThesaurus(path: string = defaultThesaurusPath): LegalThesaurus {
  let raw: string;
  try {
    raw = readFileSync(path, 'utf8');
  } catch (err) {
    throw new ThesaurusError(`${path}: cannot read the thesaurus (${(err as NodeJS.ErrnoException).code ?? String(err)})`);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch (err) {
    throw new ThesaurusError(`${path}: not valid JSON (${(err as Error).message})`);
  }
  return createThesaurus(validateThesaurus(parsed, path));
}
