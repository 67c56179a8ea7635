import { join } from 'node:path';
import { projectCorpusDir } from '../corpus-dir.ts';
import type { AppConfig } from '../config.ts';
import { lexError } from '../errors.ts';
import { openSqliteStore } from '../store/sqlite-store.ts';
import type { Store } from '../store/types.ts';
import { AccountService } from './accounts.ts';
import { AlignmentService } from './alignments.ts';
import { Catalogue, DEFAULT_FILE_TIMEOUT_MS, type SyncReport } from './catalogue.ts';
import { MatrixService } from './matrix-service.ts';
import { FrameworkService } from './frameworks.ts';
import { officialSources } from './official-sources.ts';
import { templatesWithoutProfile, type UnavailableTemplate } from './templates-without-profile.ts';
import type { Pipeline } from './pipeline.ts';
import { SearchService } from './search.ts';
import { readManifest, type Manifest } from './manifest.ts';
import { discoverSources } from './sources.ts';
import { TemplateRegistry } from './templates.ts';
import { UploadService } from './uploads.ts';
import { VersionService } from './versions.ts';

export interface StartupReport {
  sync: SyncReport;
  templates: number;
  aligned: number;
  search: SearchService['lastInit'];
  ms: number;
}

export interface Services {
  config: AppConfig;
  store: Store;
  pipeline: Pipeline;
  catalogue: Catalogue;
  templates: TemplateRegistry;
  alignments: AlignmentService;
  matrix: MatrixService;
  frameworks: FrameworkService;
  /** The real corpus's manifest, read once at start-up (null without a corpus); the editions read it. */
  corpusManifest: Manifest | null;
  /** Where an instrument's official text is published, when a manifest says (by instrument id). */
  officialSources: Map<string, string>;
  /** Templates a manifest lists that cannot be used, with the reason (no element profile yet). */
  unavailableTemplates: UnavailableTemplate[];
  search: SearchService;
  uploads: UploadService;
  accounts: AccountService;
  versions: VersionService;
  startup: StartupReport;
  close(): Promise<void>;
}

type Log = (message: string) => void;

/** Per-file ingestion time limit at start-up: LEXALIGN_INGEST_TIMEOUT_MS, else the catalogue's default. */
function fileTimeoutMs(): number {
  const fromEnv = Number(process.env.LEXALIGN_INGEST_TIMEOUT_MS);
  return Number.isFinite(fromEnv) && fromEnv > 0 ? fromEnv : DEFAULT_FILE_TIMEOUT_MS;
}

/**
 * Start-up: open the store, load templates, ingest the source files whose bytes changed, align the curated
 * statutes against the default template (cached in the store, so a warm start only reads them), load or build
 * the search index.
 */
export async function createServices(config: AppConfig, pipeline: Pipeline, log: Log = () => {}): Promise<Services> {
  const started = performance.now();
  const store = openSqliteStore(config.dbPath);
  try {
    const accounts = new AccountService(store.accounts, config.sessionHours);
    // Refused before the long part of start-up: a shared server with no account would let no one in.
    if (config.accounts && accounts.count() === 0) {
      throw lexError('NO_ACCOUNTS', `this server is reachable from other machines, so it needs accounts, and ${config.dbPath} has none: ` +
        `create an admin with "npx lexalign user add <name> --role admin --db ${config.dbPath}", then start it again`);
    }
    let phase = performance.now();
    const lap = (what: string) => {
      const now = performance.now();
      log(`start-up: ${what} in ${Math.round(now - phase)} ms`);
      phase = now;
    };
    const templates = new TemplateRegistry(await pipeline.loadTemplates(config.corpusDir));
    lap('templates loaded');
    const catalogue = new Catalogue(store, pipeline, config.docxExpandLimitBytes, config.docxExpandRatio, fileTimeoutMs());
    const samplesDir = config.samplesDir ?? join(projectCorpusDir, 'samples');
    // Each manifest is read once, here, and handed to those who need it.
    const manifests = { samples: readManifest(samplesDir), corpus: config.corpusDir ? readManifest(config.corpusDir) : null };
    const sources = discoverSources({ samplesDir, manifests, extraDirs: config.extraDirs });
    // Progress and each failure are logged as they happen (sync), so a long cold start shows where it is.
    const sync = await catalogue.sync(sources, log);
    if (sync.failed.length) log(`${sync.failed.length} file(s) could not be ingested; they are not served`);
    lap(`sources synchronised (${sync.ingested} ingested, ${sync.unchanged} unchanged, ${sync.failed.length} failed)`);
    const alignments = new AlignmentService(store, pipeline, catalogue, templates);
    let aligned = 0;
    if (templates.has(config.defaultTemplate)) {
      for (const row of catalogue.list()) {
        if (row.instrument.role !== 'statute' || row.collection === 'extra') continue;
        try {
          await alignments.machineTable(row.id, config.defaultTemplate);
          aligned++;
        } catch (error) {
          log(`could not align ${row.id}: ${error instanceof Error ? error.message : String(error)}`);
        }
      }
    }
    lap(`${aligned} statutes aligned with the default template`);
    const search = new SearchService(store, pipeline, catalogue, alignments, templates, config.defaultTemplate);
    await search.init();
    lap(`search index ${search.lastInit?.rebuilt ? 'built' : 'loaded'}`);
    const frameworks = new FrameworkService(store, catalogue, alignments, templates, Boolean(config.corpusDir));
    const matrix = new MatrixService(catalogue, alignments, templates, frameworks);
    const versions = new VersionService(store, catalogue);
    const uploads = new UploadService(config, pipeline, catalogue, alignments, search, templates, versions);
    const startup: StartupReport = {
      sync,
      templates: templates.list().length,
      aligned,
      search: search.lastInit,
      ms: Math.round(performance.now() - started),
    };
    return {
      config,
      store,
      pipeline,
      catalogue,
      templates,
      alignments,
      matrix,
      frameworks,
      corpusManifest: manifests.corpus,
      officialSources: officialSources([manifests.samples, manifests.corpus]),
      unavailableTemplates: templatesWithoutProfile(manifests.corpus, templates),
      search,
      uploads,
      accounts,
      versions,
      startup,
      async close() {
        await pipeline.close?.();
        search.persist();
        store.close();
      },
    };
  } catch (error) {
    store.close();
    throw error;
  }
}
