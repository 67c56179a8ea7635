import { resolve } from 'node:path';
import { projectRoot } from './project-root.ts';

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
  /** Largest ratio of a .docx's inflated size to its own (Word's own files stay far below it). */
  docxExpandRatio: number;
  /** Host names (optionally `name:port`) the server answers to; `*` answers any (behind a proxy that checks). */
  allowedHosts: string[];
  /** Uploads ingested at once (each on its own worker thread), and how many more may wait; the rest get a 503. */
  uploadConcurrency: number;
  uploadQueue: number;
  /** Longest an upload may take to ingest and align, and the heap its worker may use. */
  uploadTimeoutMs: number;
  uploadMemoryMb: number;
  /** Most units (sections, articles) and provisions an upload may hold: alignment and search stay bounded. */
  uploadMaxUnits: number;
  uploadMaxProvisions: number;
  /** A request must arrive whole within this time; its headers within the second; an idle kept-alive socket closes after the third. */
  requestTimeoutMs: number;
  headersTimeoutMs: number;
  keepAliveTimeoutMs: number;
  /** Largest JSON body, in bytes. */
  bodyLimitBytes: number;
  /** Deepest nesting accepted in a JSON body (reviews are two levels deep). */
  jsonDepthLimit: number;
  /** Template used when a route is not told which one. */
  defaultTemplate: string;
  /**
   * Accounts and roles (server/auth/). Off: one person on this machine, no sign-in, every change allowed. On: every
   * /api/ route but health and sign-in needs a signed-in account; `lexalign serve` turns it on for any address other
   * people can reach.
   */
  accounts: boolean;
  /** A session lasts this long after sign-in. */
  sessionHours: number;
  /** The session cookie's `Secure` flag: `auto` sets it when the request came over HTTPS (directly or through a trusted proxy). */
  secureCookies: boolean | 'auto';
  /** Fastify's `trustProxy`: believe X-Forwarded-For/-Proto from this proxy (true, an address, or a list), for the client's address and HTTPS. */
  trustProxy: boolean | string;
  /** Sign-in attempts allowed per client address and account name in each window; the rest get 429. */
  loginAttempts: number;
  loginWindowMs: number;
}


export const defaults: Omit<AppConfig, 'corpusDir' | 'dbPath'> = {
  clientDir: resolve(projectRoot, 'client', 'dist'),
  extraDirs: [],
  uploadLimitBytes: 20 * 1024 * 1024,
  // A 300-page Word statute inflates to about 5 MB of XML: 32 MiB is generous and cheap to check.
  docxExpandLimitBytes: 32 * 1024 * 1024,
  docxExpandRatio: 100,
  allowedHosts: ['localhost', '127.0.0.1', '[::1]'],
  uploadConcurrency: 2,
  uploadQueue: 8,
  uploadTimeoutMs: 60_000,
  uploadMemoryMb: 768,
  // The largest statute we know (Barbados Merchant Shipping Act 2024) has 1,490 sections and 9,793 provisions.
  uploadMaxUnits: 5_000,
  uploadMaxProvisions: 30_000,
  requestTimeoutMs: 120_000,
  headersTimeoutMs: 20_000,
  keepAliveTimeoutMs: 5_000,
  bodyLimitBytes: 256 * 1024,
  jsonDepthLimit: 16,
  defaultTemplate: 'coe-budapest-convention-2001',
  accounts: false,
  sessionHours: 12,
  secureCookies: 'auto',
  trustProxy: false,
  loginAttempts: 5,
  loginWindowMs: 15 * 60_000,
};

/** Default database file: `.lexalign/lexalign.sqlite` under the working directory. */
export function defaultDbPath(cwd = process.cwd()): string {
  return resolve(cwd, '.lexalign', 'lexalign.sqlite');
}

/** Allowed host names from a comma-separated list (LEXALIGN_ALLOWED_HOSTS), or null when none is given. */
export function hostsFromList(list: string | undefined): string[] | null {
  const hosts = (list ?? '').split(',').map((h) => h.trim().toLowerCase()).filter(Boolean);
  return hosts.length ? hosts : null;
}
