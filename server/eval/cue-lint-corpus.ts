import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectCorpusDir } from '../corpus-dir.ts';
import { ingestFile } from '../ingest/index.ts';
import { readManifest } from './corpus-manifest.ts';
import { statuteTexts, type LintText } from './cue-lint.ts';

/** I/O edge of the cue lint: the corpus's statutes and Convention text, and the project's cue files and notes. */
const cueNotesPath = join(projectCorpusDir, 'cue-notes.json');
export const budapestProfilePath = join(projectCorpusDir, 'templates', 'coe-budapest-convention-2001.profile.json');
export const thesaurusPath = join(projectCorpusDir, 'thesaurus.json');

interface CueLintCorpus {
  statutes: LintText[];
  convention: string;
  /** Statutes the pipeline could not ingest: reported, since a lint over fewer statutes flags more phrases. */
  failed: Array<{ id: string; error: string }>;
}

/** Every statute of the manifest (role statute), ingested as the aligner reads it, and the Convention's text. */
export async function readCueLintCorpus(corpus: string, templateId = 'coe-budapest-convention-2001'): Promise<CueLintCorpus> {
  const manifest = readManifest(corpus);
  const template = manifest.find((e) => e.id === templateId);
  if (!template) throw new Error(`${corpus}/manifest.json lists no template ${templateId}`);
  const convention = readFileSync(join(corpus, template.file), 'utf8');
  const statutes: LintText[] = [];
  const failed: CueLintCorpus['failed'] = [];
  for (const e of manifest.filter((x) => x.role === 'statute')) {
    try {
      statutes.push(statuteTexts(await ingestFile(join(corpus, e.file), { id: e.id })));
    } catch (err) {
      failed.push({ id: e.id, error: (err as Error).message });
    }
  }
  return { statutes, convention, failed };
}

export const readJson = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));

/** The justifications; an absent file is no justification at all. */
export function readCueNotes(path = cueNotesPath): Record<string, string> {
  return existsSync(path) ? (readJson(path) as Record<string, string>) : {};
}
