import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { projectRoot } from '../project-root.ts';
import type { LegalThesaurus } from '../thesaurus/legal-thesaurus.ts';
import type { TemplateProfile } from './types.ts';
import { ProfileError, validateProfile } from './validate-profile.ts';

/** corpus/templates in the repository: the profiles we ship. */
export const defaultProfilesDir = resolve(projectRoot, 'corpus', 'templates');

const PROFILE_SUFFIX = '.profile.json';

/** Reads and validates one element profile; a bad file raises a ProfileError naming the file and the field. */
export function loadProfile(path: string, thesaurus?: LegalThesaurus | null): TemplateProfile {
  let raw: string;
  try {
    raw = readFileSync(path, 'utf8');
  } catch (err) {
    throw new ProfileError(path, '(file)', `cannot be read (${(err as NodeJS.ErrnoException).code ?? String(err)})`);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch (err) {
    throw new ProfileError(path, '(file)', `is not valid JSON (${(err as Error).message})`);
  }
  return validateProfile(parsed, path, thesaurus);
}

/** Profile files (`*.profile.json`) in a folder, as absolute paths in name order; none when the folder is absent. */
export function listProfiles(dir: string = defaultProfilesDir): string[] {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith(PROFILE_SUFFIX))
    .sort()
    .map((name) => resolve(join(dir, name)));
}
