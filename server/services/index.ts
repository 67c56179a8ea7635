import { join } from 'node:path';
import { projectCorpusDir } from '../corpus-dir.ts';
import type { AppConfig } from '../config.ts';
import { openSqliteStore } from '../store/sqlite-store.ts';
import type { Store } from '../store/types.ts';
import { AlignmentService } from './alignments.ts';
import { Catalogue, type SyncReport } from './catalogue.ts';
import { MatrixService } from './matrix-service.ts';
import type { Pipeline } from './pipeline.ts';
import { SearchService } from './search.ts';
import { discoverSources } from './sources.ts';
import { TemplateRegistry } from './templates.ts';

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
  search: SearchService;
  startup: StartupReport;
  close(): void;
}

export type Log = (message: string) => void;

/**
 * Start-up: open the store, load templates, ingest the source files whose bytes changed, align the curated
 * statutes against the default template (cached in the store, so a warm start only reads them), load or build
 * the search index.
 */
export async function createServices(config: AppConfig, pipeline: Pipeline, log: Log = () => {}): Promise<Services> {
  const started = performance.now();
  const store = openSqliteStore(config.dbPath);
  try {
    const templates = new TemplateRegistry(await pipeline.loadTemplates(config.corpusDir));
    const catalogue = new Catalogue(store, pipeline, config.docxExpandLimitBytes);
    const sources = discoverSources({
      samplesDir: config.samplesDir ?? join(projectCorpusDir, 'samples'),
      corpusDir: config.corpusDir,
      extraDirs: config.extraDirs,
    });
    let lastLogged = 0;
    const sync = await catalogue.sync(sources, (done, total) => {
      if (total >= 200 && done - lastLogged >= 200) {
        lastLogged = done;
        log(`ingesting: ${done}/${total} files checked`);
      }
    });
    for (const f of sync.failed) log(`could not ingest ${f.file}: ${f.reason}`);
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
    const search = new SearchService(store, pipeline, catalogue, alignments, templates, config.defaultTemplate);
    await search.init();
    const matrix = new MatrixService(catalogue, alignments, templates);
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
      search,
      startup,
      close() {
        search.persist();
        store.close();
      },
    };
  } catch (error) {
    store.close();
    throw error;
  }
}
