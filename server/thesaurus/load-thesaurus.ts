import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Errors } from '../errors.ts';
import type { Thesaurus } from './types.ts';
import { createThesaurus, type LegalThesaurus } from './legal-thesaurus.ts';

/** corpus/thesaurus.json in the repository: our own general legal synonyms. */
export const defaultThesaurusPath = resolve(import.meta.dirname, '..', '..', 'corpus', 'thesaurus.json');

/** A thesaurus file that cannot be used; the message names the file and the field. */
export class ThesaurusError extends Errors.BAD_THESAURUS {
  constructor(message: string) {
    super(message);
    this.name = 'ThesaurusError';
  }
}

const GROUP_ID = /^[a-z][a-z0-9_]*$/;

/** Checks parsed JSON against the Thesaurus shape; `where` names the file in messages. */
export function validateThesaurus(value: unknown, where = 'thesaurus'): Thesaurus {
  const fail = (field: string, problem: string): never => {
    throw new ThesaurusError(`${where}: ${field} ${problem}`);
  };
  if (typeof value !== 'object' || value === null || Array.isArray(value)) fail('(root)', 'must be an object { groups: [...] }');
  const groups = (value as { groups?: unknown }).groups;
  if (!Array.isArray(groups)) return fail('groups', 'must be an array');
  const ids = new Set<string>();
  groups.forEach((g: unknown, i) => {
    const at = `groups[${i}]`;
    if (typeof g !== 'object' || g === null) fail(at, 'must be an object');
    const { id, terms, note } = g as Record<string, unknown>;
    if (typeof id !== 'string' || !GROUP_ID.test(id)) fail(`${at}.id`, 'must be a snake_case string');
    if (ids.has(id as string)) fail(`${at}.id`, `duplicates "${String(id)}"`);
    ids.add(id as string);
    if (!Array.isArray(terms) || terms.length < 2) fail(`${at}.terms`, 'must list at least two terms');
    (terms as unknown[]).forEach((t, j) => {
      if (typeof t !== 'string' || t.trim() === '') fail(`${at}.terms[${j}]`, 'must be a non-empty string');
    });
    if (note !== undefined && typeof note !== 'string') fail(`${at}.note`, 'must be a string');
  });
  return value as Thesaurus;
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
