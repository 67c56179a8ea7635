import type { LegalThesaurus } from '../thesaurus/legal-thesaurus.ts';
import { firstProblem } from '../schemas/first-problem.ts';
import { profileWords, TemplateProfileFile } from './profile-schema.ts';
import type { TemplateProfile } from './types.ts';

/** A profile that cannot be used. The message names the file and the field, so an author can fix it. */
export class ProfileError extends Error {
  readonly code = 'LEXALIGN_ERR_BAD_PROFILE';
  constructor(
    readonly file: string,
    readonly field: string,
    problem: string,
  ) {
    super(`${file}: ${field} ${problem}`);
    this.name = 'ProfileError';
  }
}

/** `articles[3].elements[0].id` → `articles[3] (article 4).elements[0].id`: an author finds an article by number. */
function withArticleNumber(field: string, value: unknown): string {
  const m = /^articles\[(\d+)\](\.(?!article$).+)$/.exec(field);
  const article = m && (value as { articles?: Array<{ article?: unknown }> }).articles?.[Number(m[1])]?.article;
  return m && typeof article === 'string' ? `articles[${m[1]}] (article ${article})${m[2]}` : field;
}

/**
 * Checks parsed JSON against the profile schema (profile-schema.ts) and its cross-references, and returns it typed.
 * With a thesaurus, every `@group` cue must name one of its groups: a cue that can never match would make an element
 * look absent in every statute.
 */
export function validateProfile(value: unknown, file: string, thesaurus?: LegalThesaurus | null): TemplateProfile {
  const fail = (field: string, problem: string): never => {
    throw new ProfileError(file, field, problem);
  };
  const problem = firstProblem(TemplateProfileFile, value, profileWords);
  if (problem) fail(withArticleNumber(problem.field, value), problem.problem);
  const p = value as TemplateProfile;

  const numbers = new Set<string>();
  p.articles.forEach((art, i) => {
    if (numbers.has(art.article)) fail(`articles[${i}].article`, `duplicates article ${art.article}`);
    numbers.add(art.article);
  });
  p.articles.forEach((art, i) => {
    const at = `articles[${i}] (article ${art.article})`;
    const own = new Set<string>();
    art.elements.forEach((el, j) => {
      const eat = `${at}.elements[${j}]`;
      if (own.has(el.id)) fail(`${eat}.id`, `duplicates element "${el.id}" in the same article`);
      own.add(el.id);
      for (const [k, cue] of [...el.cues.entries()]) checkGroup(cue, `${eat}.cues[${k}]`);
      for (const [k, cue] of [...(el.narrowing ?? []).entries()]) checkGroup(cue, `${eat}.narrowing[${k}]`);
    });
    art.elements.forEach((el, j) => {
      for (const alt of el.alternatives ?? []) {
        if (!own.has(alt)) fail(`${at}.elements[${j}].alternatives`, `names element "${alt}", which article ${art.article} does not have`);
      }
    });
    for (const field of ['relatedArticles', 'basedOn', 'domesticTwins'] as const) {
      for (const other of art[field] ?? []) {
        if (!numbers.has(other)) fail(`${at}.${field}`, `names article ${other}, which the profile does not have`);
      }
    }
  });
  return p;

  function checkGroup(cue: string, field: string): void {
    if (!cue.startsWith('@') || !thesaurus) return;
    if (!thesaurus.group(cue.slice(1))) fail(field, `names thesaurus group "${cue}", which does not exist`);
  }
}
