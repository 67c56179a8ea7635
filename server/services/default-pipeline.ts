import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { alignInstrument } from '../align/align-instrument.ts';
import { projectCorpusDir } from '../corpus-dir.ts';
import { ingest } from '../ingest/index.ts';
import { ProvisionSearch, SearchSyntaxError } from '../search/index.ts';
import { listProfiles, loadTemplate, type Template, type TemplateSource } from '../templates/index.ts';
import { loadThesaurus } from '../thesaurus/index.ts';
import { ingestFiles } from './ingest-files.ts';
import type { Pipeline } from './pipeline.ts';
import { UploadWorkers } from './upload-workers.ts';

/**
 * The real pipeline behind the Pipeline port: the core modules (server/ingest, templates, thesaurus, align,
 * search) imported statically, so the compiler checks every call the API makes into them. The port itself stays
 * for the API tests, which plug in a fake (tests/fixtures/api/fake-pipeline.ts).
 */

const serverDir = resolve(import.meta.dirname, '..');

/**
 * A version made of the code and data a stage depends on: when any of it changes, cached results made with the
 * old version are recomputed (a parser fix re-ingests, an aligner fix re-aligns) without anyone bumping a number.
 */
function sourceVersion(paths: string[]): string {
  const h = createHash('sha256');
  const visit = (path: string): void => {
    let stat;
    try {
      stat = statSync(path);
    } catch {
      return;
    }
    if (stat.isDirectory()) for (const name of readdirSync(path).sort()) visit(join(path, name));
    else if (/\.(ts|json)$/.test(path)) h.update(path.slice(serverDir.length)).update(readFileSync(path));
  };
  for (const p of paths) visit(p);
  return h.digest('hex').slice(0, 16);
}

export async function loadDefaultPipeline(): Promise<Pipeline> {
  const thesaurus = loadThesaurus();
  const thesaurusFile = join(projectCorpusDir, 'thesaurus.json');
  const profilesDir = join(projectCorpusDir, 'templates');
  // Template texts go through the same ingestion as statutes, so an official text reads as an uploaded one would.
  const viaPipeline = (src: TemplateSource) => ingest({ bytes: src.bytes, fileName: src.fileName, meta: src.meta });
  const uploads = new UploadWorkers();
  return {
    engineVersion: sourceVersion([join(serverDir, 'align'), join(serverDir, 'thesaurus'), join(serverDir, 'templates'), join(serverDir, 'search'), thesaurusFile, profilesDir]),
    parserVersion: sourceVersion([join(serverDir, 'ingest')]),
    ingest,
    ingestFiles,
    ingestUpload: (job, options) => uploads.run(job, options),
    close: () => uploads.close(),
    async loadTemplates(corpusDir) {
      const loaded: Template[] = [];
      for (const path of listProfiles(profilesDir)) loaded.push(await loadTemplate(path, corpusDir, viaPipeline));
      return loaded;
    },
    align: (template, result) => alignInstrument(template, result, thesaurus),
    search: {
      build: (docs) => ProvisionSearch.build(docs, thesaurus),
      load: (serialised) => ProvisionSearch.load(serialised, thesaurus),
      isSyntaxError: (error) => error instanceof SearchSyntaxError,
    },
  };
}
