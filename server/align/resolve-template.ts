import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { defaultProfilesDir, loadTemplate, type TemplateIngest } from '../templates/index.ts';
import type { Template } from '../templates/types.ts';
import type { LegalThesaurus } from '../thesaurus/index.ts';

/**
 * `--template` takes a profile file or a template id (`coe-budapest-convention-2001`, looked up in
 * corpus/templates/). The official text is joined when the corpus folder has it. I/O edge of alignment.
 */
export async function resolveTemplate(
  given: string,
  corpusDir: string | null,
  thesaurus: LegalThesaurus | null,
  ingestFn?: TemplateIngest,
): Promise<Template> {
  const candidates = [given, join(defaultProfilesDir, `${given}.profile.json`), join(defaultProfilesDir, given)];
  const path = candidates.find((p) => existsSync(p) && p.endsWith('.json'));
  if (!path) {
    throw new Error(`template "${given}" not found: give a profile file (*.profile.json) or an id with a profile in ${defaultProfilesDir}`);
  }
  return loadTemplate(path, corpusDir, ingestFn, { thesaurus });
}
