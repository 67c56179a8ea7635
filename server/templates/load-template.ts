import { existsSync, readFileSync } from 'node:fs';
import { basename, isAbsolute, join } from 'node:path';
import { ingestFile } from '../ingest/index.ts';
import type { IngestResult, InstrumentMeta } from '../ingest/types.ts';
import type { LegalThesaurus } from '../thesaurus/legal-thesaurus.ts';
import { articleTextsFromIngest, splitTreatyArticles } from './article-texts.ts';
import { loadProfile } from './load-profile.ts';
import type { Calibration, Template, TemplateArticle, TemplateProfile } from './types.ts';

/**
 * What the loader hands the ingestion function: the file both as a path and as bytes, so either style of
 * ingest works (`(s) => ingestFile(s.path)` or the pipeline's `ingest({ bytes, fileName, meta })`).
 */
export interface TemplateSource {
  path: string;
  fileName: string;
  bytes: Uint8Array;
  meta: Partial<InstrumentMeta>;
}

export type TemplateIngest = (source: TemplateSource) => IngestResult | Promise<IngestResult>;

interface LoadTemplateOptions {
  /** Checks `@group` cues against this thesaurus while validating the profile. */
  thesaurus?: LegalThesaurus | null;
}

/**
 * Loads a template: the element profile joined with the official text of each article when `corpusDir` holds the
 * profile's `sourceFile`, else the profile alone (each article's text is then our summary, marked as such).
 * Without `ingestFn`, the file is read with the ingestion pipeline (server/ingest/index.ts); articles it
 * misses are read by splitting the treaty's article headings. Failures to read the text are warnings, never errors:
 * a template without its official text still aligns.
 */
export async function loadTemplate(
  profilePath: string,
  corpusDir: string | null,
  ingestFn?: TemplateIngest,
  options: LoadTemplateOptions = {},
): Promise<Template> {
  const profile = loadProfile(profilePath, options.thesaurus);
  const warnings: string[] = [];
  let texts = new Map<string, string>();
  let sourcePath: string | null = null;

  if (corpusDir && profile.sourceFile) {
    const path = isAbsolute(profile.sourceFile) ? profile.sourceFile : join(corpusDir, profile.sourceFile);
    if (!existsSync(path)) {
      warnings.push(`official text ${profile.sourceFile} not found in ${corpusDir}: using our summaries`);
    } else {
      sourcePath = path;
      texts = await officialTexts(profile, path, ingestFn, warnings);
    }
  }
  const template = joinTemplate(profile, profilePath, texts, sourcePath, warnings);
  // The calibration was fitted on scores computed with the official text: with our summaries it would not hold.
  const calibration = template.textSource === 'official' ? loadCalibration(profilePath, warnings) : null;
  return calibration ? { ...template, calibration } : template;
}

/** Where a profile's calibration is kept: `<id>.calibration.json` beside `<id>.profile.json`. */
export function calibrationPath(profilePath: string): string {
  return profilePath.replace(/\.profile\.json$/, '.calibration.json');
}

/** The calibration beside the profile, if there is one (see Calibration); a broken file is a warning. */
export function loadCalibration(profilePath: string, warnings: string[]): Calibration | null {
  const path = calibrationPath(profilePath);
  if (path === profilePath || !existsSync(path)) return null;
  try {
    const c = JSON.parse(readFileSync(path, 'utf8')) as Calibration;
    const ok = (m: unknown): boolean => m === null || (Array.isArray((m as { blocks?: unknown }).blocks) && (m as { blocks: unknown[] }).blocks.every((b) => {
      const x = b as Record<string, unknown>;
      return ['lo', 'hi', 'value', 'weight'].every((k) => typeof x[k] === 'number');
    }));
    if (!ok(c.found) || !ok(c.missing)) throw new Error('expected { found, missing } maps of { lo, hi, value, weight } blocks');
    return c;
  } catch (err) {
    warnings.push(`${basename(path)} is not a calibration (${err instanceof Error ? err.message : String(err)}): confidences are uncalibrated`);
    return null;
  }
}

/** Joins a profile with the official texts found (pure): every profile article appears, in profile order. */
function joinTemplate(
  profile: TemplateProfile,
  profilePath: string,
  texts: Map<string, string>,
  sourcePath: string | null,
  warnings: string[] = [],
): Template {
  const articles: TemplateArticle[] = profile.articles.map((a) => {
    const official = texts.get(a.article);
    return official
      ? { ...a, number: a.article, text: official, textSource: 'official' }
      : { ...a, number: a.article, text: a.summary, textSource: 'summary' };
  });
  const missing = sourcePath ? articles.filter((a) => a.textSource === 'summary').map((a) => a.number) : [];
  if (missing.length > 0) warnings.push(`no official text found for article(s) ${missing.join(', ')}: using our summaries`);
  const official = articles.filter((a) => a.textSource === 'official').length;
  return {
    id: profile.id,
    title: profile.title,
    shortTitle: profile.shortTitle,
    year: profile.year,
    ...(profile.issuer ? { issuer: profile.issuer } : {}),
    textSource: official === articles.length ? 'official' : official === 0 ? 'summary' : 'mixed',
    sourcePath,
    profilePath,
    articles,
    outOfScope: profile.outOfScope ?? [],
    warnings,
  };
}

async function officialTexts(profile: TemplateProfile, path: string, ingestFn: TemplateIngest | undefined, warnings: string[]): Promise<Map<string, string>> {
  const bytes = new Uint8Array(readFileSync(path));
  const texts = new Map<string, string>();
  const ingest = ingestFn ?? ((s: TemplateSource) => ingestFile(s.path, s.meta));
  try {
    const result = await ingest({
      path,
      fileName: basename(path),
      bytes,
      meta: { id: profile.id, title: profile.title, year: profile.year, role: 'template' },
    });
    for (const [unit, text] of articleTextsFromIngest(result)) texts.set(unit, text);
  } catch (err) {
    warnings.push(`ingesting ${basename(path)} failed (${err instanceof Error ? err.message : String(err)}): reading its article headings instead`);
  }
  const wanted = profile.articles.filter((a) => !texts.has(a.article));
  if (wanted.length > 0 && /\.(md|markdown|txt)$/i.test(path)) {
    const split = splitTreatyArticles(new TextDecoder().decode(bytes));
    for (const a of wanted) {
      const found = split.get(a.article);
      if (found?.text) texts.set(a.article, found.text);
    }
  }
  return texts;
}
