import { resolve } from 'node:path';

/** Options of `buildApp`; everything has a safe default except where the data lives. */
export interface AppConfig {
  /** The real corpus folder (read in place), or null to serve our samples only. */
  corpusDir: string | null;
  /** SQLite file; `:memory:` for tests. */
  dbPath: string;
  /** The built client (client/dist); absent or unbuilt → a text page saying how to build it. */
  clientDir: string;
  /** Our sample statutes; defaults to corpus/samples (tests point it at their own fixtures). */
  samplesDir?: string;
  /** Extra folders of statutes (e.g. the bulk corpus) with an optional manifest.json each. */
  extraDirs: string[];
  /** Largest upload accepted, in bytes. */
  uploadLimitBytes: number;
  /** Largest decompressed size a .docx may expand to: a zip bomb stops here. */
  docxExpandLimitBytes: number;
  /** Largest JSON body, in bytes. */
  bodyLimitBytes: number;
  /** Deepest nesting accepted in a JSON body (reviews are two levels deep). */
  jsonDepthLimit: number;
  /** Template used when a route is not told which one. */
  defaultTemplate: string;
}

export const projectRoot = resolve(import.meta.dirname, '..');

export const defaults: Omit<AppConfig, 'corpusDir' | 'dbPath'> = {
  clientDir: resolve(projectRoot, 'client', 'dist'),
  extraDirs: [],
  uploadLimitBytes: 20 * 1024 * 1024,
  docxExpandLimitBytes: 100 * 1024 * 1024,
  bodyLimitBytes: 256 * 1024,
  jsonDepthLimit: 16,
  defaultTemplate: 'coe-budapest-convention-2001',
};

/** Default database file: `.lexalign/lexalign.sqlite` under the working directory. */
export function defaultDbPath(cwd = process.cwd()): string {
  return resolve(cwd, '.lexalign', 'lexalign.sqlite');
}
