import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { projectRoot } from './project-root.ts';

/**
 * The folder of real texts LexAlign reads in place (never copied into the repository):
 * the `--corpus` flag first, then the LEXALIGN_CORPUS environment variable. Null when neither names a folder.
 */
export function corpusDir(flag?: string | null): string | null {
  const given = flag ?? process.env.LEXALIGN_CORPUS;
  if (!given) return null;
  const dir = resolve(given);
  return existsSync(dir) && statSync(dir).isDirectory() ? dir : null;
}

/** The folder of our own sample statutes and templates, shipped in the repository. */
export const projectCorpusDir = resolve(projectRoot, 'corpus');
