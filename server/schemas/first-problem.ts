import type { TSchema } from 'typebox';
import { Value } from 'typebox/value';

/** The first thing wrong with a value against a schema, as a field path and a problem in words. */
interface Problem {
  /** `articles[0].elements[1].id`, or `(root)` for the value itself. */
  field: string;
  problem: string;
}

/** Words for a failed keyword: a pattern's meaning or a limit's, when the plain keyword would not say it. */
export type ProblemWords = (keyword: string, field: string) => string | undefined;

const pathOf = (pointer: string): string =>
  pointer
    .split('/')
    .slice(1)
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .reduce((path, seg) => (/^\d+$/.test(seg) ? `${path}[${seg}]` : path ? `${path}.${seg}` : seg), '');

const TYPE_WORDS: Record<string, string> = {
  object: 'must be a JSON object',
  array: 'must be an array',
  string: 'must be a string',
  integer: 'must be a whole number',
  number: 'must be a number',
  boolean: 'must be true or false',
};

/**
 * Checks a value against a TypeBox schema and names the first problem, for files people edit by hand (template
 * profiles, the thesaurus): the field as a path and what is wrong in words, never a JSON pointer or a regex.
 */
export function firstProblem(schema: TSchema, value: unknown, words: ProblemWords = () => undefined): Problem | null {
  const [error] = Value.Errors(schema, value);
  if (!error) return null;
  const at = pathOf(error.instancePath);
  const params = error.params as Record<string, unknown>;
  if (error.keyword === 'required') {
    const missing = (params.requiredProperties as string[])[0];
    const field = at ? `${at}.${missing}` : missing;
    return { field, problem: words('required', field) ?? 'is required' };
  }
  const field = at || '(root)';
  const own = words(error.keyword, field);
  if (own) return { field, problem: own };
  if (error.keyword === 'type') return { field, problem: TYPE_WORDS[String(params.type)] ?? error.message };
  if (error.keyword === 'enum') return { field, problem: `must be one of ${(params.allowedValues as unknown[]).map((v) => `"${String(v)}"`).join(', ')}` };
  if (error.keyword === 'minItems') return { field, problem: params.limit === 1 ? 'must be a non-empty array' : `must list at least ${String(params.limit)} items` };
  if (error.keyword === 'pattern' || error.keyword === 'minLength') return { field, problem: 'must be a non-empty string' };
  return { field, problem: error.message };
}
