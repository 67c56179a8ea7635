import { writeFileSync, renameSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Command } from 'commander';
import cliProgress from 'cli-progress';
import { corpusDir } from '../../server/corpus-dir.ts';
import { collectFiles } from '../../server/ingest/bulk/collect-files.ts';
import { ingestMany } from '../../server/ingest/bulk/pool.ts';
import { summaryTable } from '../../server/ingest/bulk/summary-table.ts';
import type { BulkJob, BulkOutcome } from '../../server/ingest/bulk/types.ts';
import { findCorpusRoot } from '../../server/ingest/metadata/find-corpus-root.ts';
import { loadManifest, manifestMetaFor, type ManifestMap } from '../../server/ingest/metadata/manifest.ts';

/**
 * `lexalign ingest <files or folders...> [--out file.json] [--corpus dir] [--jobs n]`
 * Parses each file, prints a summary table, writes instruments with provisions and reports to --out.
 * Exit 0 when every file parsed, 1 when any failed (one line per failure on stderr, never a stack trace).
 */

interface IngestOptions {
  out?: string;
  corpus?: string;
  jobs?: string;
  quiet?: boolean;
}

/** Manifests of every corpus the files sit in (found upwards from each file), plus --corpus or LEXALIGN_CORPUS. */
function manifestsFor(files: string[], corpusFlag?: string): ManifestMap[] {
  const roots = new Set<string>();
  const given = corpusDir(corpusFlag ?? null);
  if (given) roots.add(given);
  const seenDirs = new Set<string>();
  for (const file of files) {
    const dir = dirname(file);
    if (seenDirs.has(dir)) continue;
    seenDirs.add(dir);
    const root = findCorpusRoot(dir);
    if (root) roots.add(root);
  }
  return [...roots].map((root) => loadManifest(root));
}

function progressReporter(total: number): { update(done: number): void; stop(): void } {
  const tty = Boolean(process.stderr.isTTY);
  if (tty && total > 1) {
    const bar = new cliProgress.SingleBar(
      { stream: process.stderr, format: 'ingest [{bar}] {value}/{total} files  {eta_formatted} left', hideCursor: true },
      cliProgress.Presets.shades_classic,
    );
    bar.start(total, 0);
    return { update: (done) => bar.update(done), stop: () => bar.stop() };
  }
  if (total > 20) {
    // Not a terminal (CI, a pipe): a line every tenth of the run rather than a redrawn bar.
    let lastDecile = 0;
    return {
      update(done) {
        const decile = Math.floor((done / total) * 10);
        if (decile > lastDecile) {
          lastDecile = decile;
          process.stderr.write(`ingest: ${done}/${total} files\n`);
        }
      },
      stop() {},
    };
  }
  return { update() {}, stop() {} };
}

function writeJson(path: string, outcomes: BulkOutcome[]): void {
  const instruments = outcomes
    .filter((o) => o.result)
    .map((o) => ({ ...o.result!.instrument, provisions: o.result!.provisions }));
  const failures = outcomes
    .filter((o) => o.error)
    .map((o) => ({ file: o.file, code: o.error!.code, message: o.error!.message }));
  const target = resolve(path);
  const temp = `${target}.${process.pid}.tmp`;
  // Written whole then renamed, so a reader never sees half a file.
  writeFileSync(temp, `${JSON.stringify({ instruments, failures }, null, 1)}\n`);
  renameSync(temp, target);
}

export async function runIngest(paths: string[], options: IngestOptions): Promise<number> {
  const { files, missing } = collectFiles(paths);
  const failures: string[] = missing.map((p) => `lexalign ingest: ${p}: no such file or folder`);
  let jobs: number | undefined;
  if (options.jobs !== undefined) {
    jobs = Number(options.jobs);
    if (!Number.isInteger(jobs) || jobs < 1 || jobs > 64) {
      console.error(`lexalign ingest: --jobs must be a whole number from 1 to 64 (got "${options.jobs}")`);
      return 1;
    }
  }
  if (files.length === 0) {
    for (const line of failures) console.error(line);
    if (missing.length === 0) console.error('lexalign ingest: no source files found (.md, .txt, .html, .json, .pdf, .docx)');
    return 1;
  }
  const manifests = manifestsFor(files, options.corpus);
  const bulkJobs: BulkJob[] = files.map((file) => {
    const meta = manifests.map((m) => manifestMetaFor(m, file)).find(Boolean);
    return meta ? { file, meta } : { file };
  });
  const progress = options.quiet ? { update() {}, stop() {} } : progressReporter(files.length);
  const started = performance.now();
  const outcomes = await ingestMany(bulkJobs, {
    jobs,
    summaryOnly: !options.out,
    onProgress: (done) => progress.update(done),
  });
  progress.stop();
  const ms = performance.now() - started;

  if (!options.quiet) console.log(summaryTable(outcomes, ms));
  for (const o of outcomes) {
    if (o.error) failures.push(`lexalign ingest: ${o.file}: ${o.error.message} [${o.error.code}]`);
  }
  if (options.out) {
    try {
      writeJson(options.out, outcomes);
      if (!options.quiet) console.log(`wrote ${options.out}`);
    } catch (error) {
      failures.push(`lexalign ingest: could not write ${options.out}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  for (const line of failures) console.error(line);
  return failures.length > 0 ? 1 : 0;
}

export function register(program: Command): void {
  program
    .command('ingest')
    .description('Parse statutes and templates into provisions, with an ingestion report per file')
    .argument('<paths...>', 'files or folders (.md, .txt, .html, .json, .pdf, .docx)')
    .option('-o, --out <file>', 'write instruments with their provisions and reports as JSON')
    .option('--corpus <dir>', 'corpus folder whose manifests give metadata (default: LEXALIGN_CORPUS, or found upwards)')
    .option('-j, --jobs <n>', 'worker threads (default: one per CPU core)')
    .option('-q, --quiet', 'print failures only')
    .action(async (paths: string[], options: IngestOptions) => {
      try {
        process.exitCode = await runIngest(paths, options);
      } catch (error) {
        console.error(`lexalign ingest: ${error instanceof Error ? error.message : String(error)}`);
        process.exitCode = 1;
      }
    });
}
