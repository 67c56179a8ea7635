import type { Command } from 'commander';
import closeWithGrace from 'close-with-grace';
import { resolve } from 'node:path';
import { buildApp } from '../../server/app.ts';
import { defaultDbPath, hostsFromList } from '../../server/config.ts';
import { corpusDir } from '../../server/corpus-dir.ts';

interface ServeOptions {
  corpus?: string;
  port: string;
  host: string;
  db?: string;
  extra: string[];
  uploadLimit?: string;
  allowedHost: string[];
  uploadConcurrency?: string;
  uploadMaxUnits?: string;
  uploadMaxProvisions?: string;
  accounts?: boolean;
  trustProxy?: string | boolean;
  secureCookies?: boolean;
}

/** Addresses only this machine can reach: the app is then opened as http://localhost. */
const LOOPBACK = ['127.0.0.1', '::1', 'localhost'];

/**
 * Accounts are required when other people can reach the server: it listens on an address other than loopback, or
 * answers a host name other than this machine's (a reverse proxy forwards to 127.0.0.1 under a public name), or
 * `--accounts` asks for them.
 */
export function accountsRequired(host: string, allowedHosts: string[] | null, flag = false): boolean {
  const local = new Set([...LOOPBACK, '[::1]']);
  const name = (h: string) => h.replace(/:\d*$/, '');
  return flag || !LOOPBACK.includes(host) || (allowedHosts ?? []).some((h) => !local.has(name(h)));
}

/** A whole number from a flag, or a clear error naming the flag. */
function count(flag: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new Error(`${flag} must be a whole number above 0, not "${value}"`);
  return n;
}

const collect = (value: string, previous: string[]) => [...previous, value];

export function register(program: Command): void {
  program
    .command('serve')
    .description('Serve the API and the built client on one port')
    .option('--corpus <dir>', 'real corpus folder (default: LEXALIGN_CORPUS); without one, the samples are served')
    .option('--port <n>', 'port', '3000')
    .option('--host <h>', 'address to listen on', '127.0.0.1')
    .option('--db <file>', 'SQLite file (default: .lexalign/lexalign.sqlite under the current folder)')
    .option('--extra <dir>', 'extra folder of statutes, e.g. the bulk corpus (repeatable)', collect, [])
    .option('--upload-limit <bytes>', 'largest upload accepted, in bytes')
    .option('--allowed-host <name>', 'host name the server answers to, e.g. lexalign.example.org or lexalign.lan:3000 (repeatable; ' +
      'default: LEXALIGN_ALLOWED_HOSTS, else localhost, 127.0.0.1 and [::1]; "*" answers any)', collect, [])
    .option('--upload-concurrency <n>', 'uploads ingested at once (default 2)')
    .option('--upload-max-units <n>', 'most sections or articles an upload may hold (default 5000)')
    .option('--upload-max-provisions <n>', 'most provisions an upload may hold (default 30000)')
    .option('--accounts', 'require sign-in even on 127.0.0.1 (on by itself for any other address, or an allowed host other than this machine)')
    .option('--trust-proxy [address]', 'behind a reverse proxy: take the client address and HTTPS from its X-Forwarded-* headers (from this address only, if given)')
    .option('--secure-cookies', 'always mark the session cookie Secure (default: when the request came over HTTPS)')
    .action(async (opts: ServeOptions) => {
      const port = Number(opts.port);
      if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port must be a port number, not "${opts.port}"`);
      const corpus = corpusDir(opts.corpus ?? null);
      if (opts.corpus && !corpus) throw new Error(`--corpus ${opts.corpus} is not a folder`);
      const allowedHosts = opts.allowedHost.length ? opts.allowedHost.map((h) => h.toLowerCase()) : hostsFromList(process.env.LEXALIGN_ALLOWED_HOSTS);
      const dbPath = opts.db ? resolve(opts.db) : defaultDbPath();
      const uploadConcurrency = count('--upload-concurrency', opts.uploadConcurrency);
      const uploadMaxUnits = count('--upload-max-units', opts.uploadMaxUnits);
      const uploadMaxProvisions = count('--upload-max-provisions', opts.uploadMaxProvisions);
      const accounts = accountsRequired(opts.host, allowedHosts, opts.accounts);
      const started = performance.now();
      const app = await buildApp({
        accounts,
        ...(opts.trustProxy !== undefined ? { trustProxy: opts.trustProxy } : {}),
        ...(opts.secureCookies ? { secureCookies: true } : {}),
        corpusDir: corpus,
        dbPath,
        extraDirs: opts.extra.map((d) => resolve(d)),
        ...(opts.uploadLimit ? { uploadLimitBytes: Number(opts.uploadLimit) } : {}),
        ...(allowedHosts ? { allowedHosts } : {}),
        ...(uploadConcurrency ? { uploadConcurrency } : {}),
        ...(uploadMaxUnits ? { uploadMaxUnits } : {}),
        ...(uploadMaxProvisions ? { uploadMaxProvisions } : {}),
        // Quiet by default: one human line says where the app is; LEXALIGN_LOG=info gives the start-up figures and requests.
        logger: { level: process.env.LEXALIGN_LOG ?? 'warn' },
      });
      const s = app.services.startup;
      app.log.info(
        `start-up in ${Math.round(performance.now() - started)} ms: ${s.sync.scanned} files (${s.sync.ingested} ingested, ` +
          `${s.sync.unchanged} unchanged, ${s.sync.failed.length} failed), ${s.aligned} tables, search ${s.search?.rebuilt ? 'rebuilt' : 'loaded'}` +
          (corpus ? '' : ' (no corpus: serving the samples)'),
      );
      // On SIGINT/SIGTERM: finish requests in flight, write the search index, close the database.
      closeWithGrace({ delay: 60_000 }, async ({ err }) => {
        if (err) app.log.error({ err }, 'shutting down after an error');
        await app.close();
      });
      const address = await app.listen({ port, host: opts.host });
      const loopback = LOOPBACK.includes(opts.host);
      const url = loopback ? `http://localhost:${new URL(address).port}` : address;
      const who = accounts ? `accounts on: ${app.services.accounts.count()}, sign-in required` : 'single user, no sign-in';
      console.log(`LexAlign is running: open ${url}  (${who}; data: ${dbPath}; ${corpus ? `corpus: ${corpus}` : 'sample statutes; set LEXALIGN_CORPUS for the real corpus'})`);
      if (!loopback && !allowedHosts) {
        app.log.warn(`listening on ${opts.host}, but only localhost, 127.0.0.1 and [::1] are answered: give the names clients use with --allowed-host`);
      }
    });
}
