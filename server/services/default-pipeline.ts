import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { IngestResult } from '../ingest/types.ts';
import type { Thesaurus } from '../templates/types.ts';
import type { CorrelationTable } from '../align/types.ts';
import { projectCorpusDir } from '../corpus-dir.ts';
import { loadIngestFiles } from './ingest-files.ts';
import type { IngestInput, LoadedTemplate, Pipeline, SearchDoc, SearchIndex, TemplateArticle } from './pipeline.ts';

/**
 * Adapts the real pipeline modules (built by other engineers in server/ingest, templates, thesaurus, align,
 * search) to the Pipeline port. Modules are imported at start-up; a missing one gives a clear message naming it.
 */

interface IngestModule {
  ingest(input: IngestInput): Promise<IngestResult>;
}
interface TemplateSource {
  path: string;
  fileName: string;
  bytes: Uint8Array;
  meta: Partial<IngestInput['meta']>;
}
interface TemplatesModule {
  listProfiles(dir: string): Promise<string[]> | string[];
  loadTemplate(profilePath: string, corpusDir: string | null, ingestFn: (s: TemplateSource) => Promise<IngestResult>): Promise<unknown> | unknown;
}
interface ThesaurusModule {
  loadThesaurus(): Thesaurus | Promise<Thesaurus>;
}
interface AlignModule {
  alignInstrument(template: unknown, result: IngestResult, thesaurus: Thesaurus, options?: unknown): CorrelationTable;
}
interface SearchClass {
  build(docs: SearchDoc[], thesaurus: Thesaurus): SearchIndex;
  load(serialised: string, thesaurus: Thesaurus): SearchIndex;
}
interface SearchModule {
  ProvisionSearch: SearchClass;
  SearchSyntaxError: new (...args: never[]) => Error;
}

async function importModule<T>(relative: string, what: string): Promise<T> {
  const url = new URL(relative, import.meta.url).href;
  try {
    return (await import(url)) as T;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`the ${what} module (server/${relative.replace('../', '')}) could not be loaded: ${reason}`);
  }
}

/** Reads a loader's result into our LoadedTemplate, whatever reasonable shape it has. */
export function toLoadedTemplate(raw: unknown): LoadedTemplate {
  const r = raw as Record<string, unknown>;
  const profile = (r.profile ?? r) as Record<string, unknown>;
  const articles = (Array.isArray(r.articles) ? r.articles : Array.isArray(raw) ? raw : []) as TemplateArticle[];
  const id = String(r.id ?? profile.id ?? '');
  if (!id || articles.length === 0) throw new Error('template loader returned no id or no articles');
  return {
    id,
    title: String(r.title ?? profile.title ?? id),
    shortTitle: String(r.shortTitle ?? profile.shortTitle ?? r.title ?? id),
    year: typeof (r.year ?? profile.year) === 'number' ? Number(r.year ?? profile.year) : null,
    articles: articles.map((a) => ({ ...a, article: String(a.article), text: a.text ?? a.summary ?? '' })),
    handle: raw,
  };
}

const serverDir = resolve(import.meta.dirname, '..');

/**
 * A version made of the code and data a stage depends on: when any of it changes, cached results made with the
 * old version are recomputed (a parser fix re-ingests, an aligner fix re-aligns) without anyone bumping a number.
 */
export function sourceVersion(paths: string[]): string {
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
  const [ingestMod, templatesMod, thesaurusMod, alignMod, searchMod] = await Promise.all([
    importModule<IngestModule>('../ingest/index.ts', 'ingestion'),
    importModule<TemplatesModule>('../templates/index.ts', 'templates'),
    importModule<ThesaurusModule>('../thesaurus/index.ts', 'thesaurus'),
    importModule<AlignModule>('../align/align-instrument.ts', 'alignment'),
    importModule<SearchModule>('../search/index.ts', 'search'),
  ]);
  const thesaurus = await thesaurusMod.loadThesaurus();
  const ingest = (input: IngestInput) => ingestMod.ingest(input);
  const ingestFiles = await loadIngestFiles();
  const thesaurusFile = join(projectCorpusDir, 'thesaurus.json');
  return {
    engineVersion: sourceVersion([join(serverDir, 'align'), join(serverDir, 'thesaurus'), join(serverDir, 'templates'), join(serverDir, 'search'), thesaurusFile, join(projectCorpusDir, 'templates')]),
    parserVersion: sourceVersion([join(serverDir, 'ingest')]),
    ingest,
    ...(ingestFiles ? { ingestFiles } : {}),
    async loadTemplates(corpusDir) {
      const dir = join(projectCorpusDir, 'templates');
      const profiles = await templatesMod.listProfiles(dir);
      const loaded: LoadedTemplate[] = [];
      for (const profile of profiles) {
        const path = profile.includes('/') ? profile : join(dir, profile);
        const viaPipeline = (src: TemplateSource) => ingest({ bytes: src.bytes, fileName: src.fileName, meta: src.meta });
        loaded.push(toLoadedTemplate(await templatesMod.loadTemplate(path, corpusDir, viaPipeline)));
      }
      return loaded;
    },
    align: (template, result) => alignMod.alignInstrument(template.handle, result, thesaurus),
    search: {
      build: (docs) => searchMod.ProvisionSearch.build(docs, thesaurus),
      load: (serialised) => searchMod.ProvisionSearch.load(serialised, thesaurus),
      isSyntaxError: (error) => error instanceof searchMod.SearchSyntaxError,
    },
  };
}
