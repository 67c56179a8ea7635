import type { Command } from 'commander';
import closeWithGrace from 'close-with-grace';
import { resolve } from 'node:path';
import { buildApp } from '../../server/app.ts';
import { defaultDbPath } from '../../server/config.ts';
import { corpusDir } from '../../server/corpus-dir.ts';

interface ServeOptions {
  corpus?: string;
  port: string;
  host: string;
  db?: string;
  extra: string[];
  uploadLimit?: string;
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
    .action(async (opts: ServeOptions) => {
      const port = Number(opts.port);
      if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port must be a port number, not "${opts.port}"`);
      const corpus = corpusDir(opts.corpus ?? null);
      if (opts.corpus && !corpus) throw new Error(`--corpus ${opts.corpus} is not a folder`);
      const started = performance.now();
      const app = await buildApp({
        corpusDir: corpus,
        dbPath: opts.db ? resolve(opts.db) : defaultDbPath(),
        extraDirs: opts.extra.map((d) => resolve(d)),
        ...(opts.uploadLimit ? { uploadLimitBytes: Number(opts.uploadLimit) } : {}),
        logger: { level: process.env.LEXALIGN_LOG ?? 'info' },
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
      await app.listen({ port, host: opts.host });
    });
}
