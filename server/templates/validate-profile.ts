import type { LegalThesaurus } from '../thesaurus/legal-thesaurus.ts';
import type { ArticleGroup, TemplateProfile } from './types.ts';

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

const GROUPS: readonly ArticleGroup[] = ['definitions', 'substantive', 'ancillary', 'procedural', 'jurisdiction', 'cooperation'];
const CONTEXTS: readonly string[] = ['definitions', 'offences', 'procedural', 'jurisdiction', 'cooperation', 'general'];
const ID = /^[a-z][a-z0-9_]*$/;
const FLAG = /^[a-z][a-z0-9-]*$/;
const TEMPLATE_ID = /^[a-z0-9][a-z0-9-]*$/;
// Article numbers as treaties and model laws print them: 2, 35, 6A, 3bis.
const ARTICLE = /^[0-9]+[A-Za-z]*$/;

type Obj = Record<string, unknown>;

/**
 * Checks parsed JSON against the TemplateProfile shape and returns it typed. With a thesaurus, every `@group` cue
 * must name one of its groups: a cue that can never match would make an element look absent in every statute.
 */
export function validateProfile(value: unknown, file: string, thesaurus?: LegalThesaurus | null): TemplateProfile {
  const fail = (field: string, problem: string): never => {
    throw new ProfileError(file, field, problem);
  };
  const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
  const text = (o: Obj, key: string, at: string): string => {
    const v = o[key];
    if (typeof v !== 'string' || v.trim() === '') fail(`${at}${key}`, 'must be a non-empty string');
    return v as string;
  };
  const strings = (v: unknown, field: string): string[] => {
    if (!Array.isArray(v) || v.length === 0) fail(field, 'must be a non-empty array of strings');
    (v as unknown[]).forEach((s, i) => {
      if (typeof s !== 'string' || s.trim() === '') fail(`${field}[${i}]`, 'must be a non-empty string');
    });
    return v as string[];
  };
  const checkGroupRef = (cue: string, field: string): void => {
    if (!cue.startsWith('@') || !thesaurus) return;
    if (!thesaurus.group(cue.slice(1))) fail(field, `names thesaurus group "${cue}", which does not exist`);
  };

  if (!isObj(value)) return fail('(root)', 'must be a JSON object');
  const p = value;
  if (!TEMPLATE_ID.test(text(p, 'id', ''))) fail('id', 'must be lower-case words joined by hyphens');
  text(p, 'title', '');
  text(p, 'shortTitle', '');
  if (typeof p.year !== 'number' || !Number.isInteger(p.year)) fail('year', 'must be a whole number');
  if (p.sourceFile !== undefined) text(p, 'sourceFile', '');
  if (p.issuer !== undefined) text(p, 'issuer', '');
  if (p.outOfScope !== undefined) {
    if (!Array.isArray(p.outOfScope)) fail('outOfScope', 'must be an array');
    (p.outOfScope as unknown[]).forEach((o, i) => {
      if (!isObj(o)) fail(`outOfScope[${i}]`, 'must be an object');
      text(o as Obj, 'articles', `outOfScope[${i}].`);
      text(o as Obj, 'reason', `outOfScope[${i}].`);
    });
  }
  if (!Array.isArray(p.articles) || p.articles.length === 0) fail('articles', 'must be a non-empty array');

  const seen = new Set<string>();
  (p.articles as unknown[]).forEach((a, i) => {
    let at = `articles[${i}]`;
    if (!isObj(a)) fail(at, 'must be an object');
    const art = a as Obj;
    const num = text(art, 'article', `${at}.`);
    if (!ARTICLE.test(num)) fail(`${at}.article`, `"${num}" is not an article number such as "2" or "6A"`);
    if (seen.has(num)) fail(`${at}.article`, `duplicates article ${num}`);
    seen.add(num);
    at = `${at} (article ${num})`;
    text(art, 'title', `${at}.`);
    if (!GROUPS.includes(art.group as ArticleGroup)) fail(`${at}.group`, `must be one of ${GROUPS.join(', ')}`);
    text(art, 'chapter', `${at}.`);
    if (art.obligation !== 'mandatory' && art.obligation !== 'optional') fail(`${at}.obligation`, 'must be "mandatory" or "optional"');
    text(art, 'summary', `${at}.`);
    strings(art.headingCues, `${at}.headingCues`);
    if (art.relatedArticles !== undefined) strings(art.relatedArticles, `${at}.relatedArticles`);
    if (art.basedOn !== undefined) strings(art.basedOn, `${at}.basedOn`);
    if (art.domesticTwins !== undefined) strings(art.domesticTwins, `${at}.domesticTwins`);
    if (art.appliedBy !== undefined) strings(art.appliedBy, `${at}.appliedBy`);
    if (art.contexts !== undefined) {
      strings(art.contexts, `${at}.contexts`).forEach((c) => {
        if (!CONTEXTS.includes(c)) fail(`${at}.contexts`, `"${c}" is not one of ${CONTEXTS.join(', ')}`);
      });
    }
    if (!Array.isArray(art.elements) || art.elements.length === 0) fail(`${at}.elements`, 'must be a non-empty array');
    if (art.reservations !== undefined) {
      if (!Array.isArray(art.reservations)) fail(`${at}.reservations`, 'must be an array');
      (art.reservations as unknown[]).forEach((r, k) => {
        const rat = `${at}.reservations[${k}]`;
        if (!isObj(r)) fail(rat, 'must be an object');
        text(r as Obj, 'paragraph', `${rat}.`);
        if ((r as Obj).kind !== 'reservation' && (r as Obj).kind !== 'declaration') fail(`${rat}.kind`, 'must be "reservation" or "declaration"');
        text(r as Obj, 'effect', `${rat}.`);
      });
    }
    const ids = new Set<string>();
    (art.elements as unknown[]).forEach((e, j) => {
      const eat = `${at}.elements[${j}]`;
      if (!isObj(e)) fail(eat, 'must be an object');
      const el = e as Obj;
      const id = text(el, 'id', `${eat}.`);
      if (!ID.test(id)) fail(`${eat}.id`, `"${id}" must be snake_case`);
      if (ids.has(id)) fail(`${eat}.id`, `duplicates element "${id}" in the same article`);
      ids.add(id);
      text(el, 'label', `${eat}.`);
      if (el.status !== 'required' && el.status !== 'optional') fail(`${eat}.status`, 'must be "required" or "optional"');
      strings(el.cues, `${eat}.cues`).forEach((c, k) => checkGroupRef(c, `${eat}.cues[${k}]`));
      if (el.narrowing !== undefined) strings(el.narrowing, `${eat}.narrowing`).forEach((c, k) => checkGroupRef(c, `${eat}.narrowing[${k}]`));
      if (el.flag !== undefined && (typeof el.flag !== 'string' || !FLAG.test(el.flag))) fail(`${eat}.flag`, 'must be a kebab-case name such as "without-right"');
      if (el.core !== undefined && typeof el.core !== 'boolean') fail(`${eat}.core`, 'must be true or false');
      for (const flag of ['restricts', 'generalLaw'] as const) {
        if (el[flag] !== undefined && typeof el[flag] !== 'boolean') fail(`${eat}.${flag}`, 'must be true or false');
      }
      if (el.reservable !== undefined && typeof el.reservable !== 'string') fail(`${eat}.reservable`, 'must name a paragraph such as "6(3)"');
      if (el.alternatives !== undefined) strings(el.alternatives, `${eat}.alternatives`);
      if (el.note !== undefined && typeof el.note !== 'string') fail(`${eat}.note`, 'must be a string');
    });
  });
  (p.articles as Obj[]).forEach((art, i) => {
    const own = new Set((art.elements as Obj[]).map((e) => e.id as string));
    (art.elements as Obj[]).forEach((e, j) => {
      for (const alt of (e.alternatives as string[] | undefined) ?? []) {
        if (!own.has(alt)) fail(`articles[${i}].elements[${j}].alternatives`, `names element "${alt}", which article ${art.article as string} does not have`);
      }
    });
    for (const field of ['relatedArticles', 'basedOn', 'domesticTwins'] as const) {
      for (const other of (art[field] as string[] | undefined) ?? []) {
        if (!seen.has(other)) fail(`articles[${i}].${field}`, `names article ${other}, which the profile does not have`);
      }
    }
  });
  return p as unknown as TemplateProfile;
}
