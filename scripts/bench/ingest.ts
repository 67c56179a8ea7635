/**
 * Ingestion benchmark:
 *   npm run bench:ingest -- [--corpus dir] [--sets bb-bills,gy-laws,jm-laws] [--jobs n]
 *                           [--sample k (serial phase: every k-th bulk file)] [--no-serial] [--no-pool]
 *
 * Prints, over raw/statutes and over the bulk sets:
 *  - throughput of ingest() on one thread (MB/s, provisions/s), against bare remark-parse
 *    (unified().use(remarkParse).parse) over the same text in the same run; files on which bare remark-parse takes
 *    over 5 s are left out of the ratio and listed apart;
 *  - linearity: the worst file's seconds per MB against the median (files of 50 KB or more);
 *  - the whole bulk corpus through the worker pool on every core (wall time; target under 60 s);
 *  - peak memory (RSS).
 * Targets: ingest at least 0.5x the speed of bare remark-parse; bulk wall time under 60 s.
 */
import { readFileSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { basename, join } from 'node:path';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import { corpusDir } from '../../server/corpus-dir.ts';
import { ingest } from '../../server/ingest/index.ts';
import { ingestMany } from '../../server/ingest/bulk/pool.ts';
import { collectFiles } from '../../server/ingest/bulk/collect-files.ts';
import { statusOf } from '../../server/ingest/bulk/summary-table.ts';
import { loadManifest, manifestMetaFor } from '../../server/ingest/metadata/manifest.ts';
import { IngestError } from '../../server/ingest/types.ts';

interface FileTiming {
  file: string;
  bytes: number;
  ingestMs: number;
  remarkMs: number;
  provisions: number;
  failed: string | null;
}

function flag(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const MB = 1024 * 1024;
const REMARK_SLOW_MS = 5000;
const fmt = (n: number, digits = 1) => n.toFixed(digits);

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length ? sorted[Math.floor(sorted.length / 2)] : 0;
}

async function timeFile(file: string, manifest: ReturnType<typeof loadManifest>): Promise<FileTiming> {
  const bytes = new Uint8Array(readFileSync(file));
  const text = new TextDecoder().decode(bytes);
  let failed: string | null = null;
  let provisions = 0;
  let t = performance.now();
  try {
    const result = await ingest({ bytes, fileName: basename(file), meta: manifestMetaFor(manifest, file) });
    provisions = result.provisions.length;
  } catch (error) {
    failed = error instanceof IngestError ? error.code : `UNEXPECTED ${String(error)}`;
  }
  const ingestMs = performance.now() - t;
  t = performance.now();
  unified().use(remarkParse).parse(text);
  const remarkMs = performance.now() - t;
  return { file, bytes: bytes.length, ingestMs, remarkMs, provisions, failed };
}

function report(label: string, timings: FileTiming[]): void {
  const ordinary = timings.filter((t) => t.remarkMs <= REMARK_SLOW_MS);
  const slow = timings.filter((t) => t.remarkMs > REMARK_SLOW_MS);
  const sum = (xs: FileTiming[], k: 'bytes' | 'ingestMs' | 'remarkMs' | 'provisions') => xs.reduce((a, t) => a + t[k], 0);
  const mb = sum(ordinary, 'bytes') / MB;
  const ingestS = sum(ordinary, 'ingestMs') / 1000;
  const remarkS = sum(ordinary, 'remarkMs') / 1000;
  console.log(`\n## ${label}: ${timings.length} files, ${fmt(sum(timings, 'bytes') / MB, 2)} MB`);
  console.log(`ingest (1 thread):      ${fmt(mb / ingestS, 2)} MB/s, ${fmt(sum(ordinary, 'provisions') / ingestS, 0)} provisions/s (${fmt(ingestS, 2)} s)`);
  console.log(`bare remark-parse:      ${fmt(mb / remarkS, 2)} MB/s (${fmt(remarkS, 2)} s)`);
  console.log(`ratio ingest/remark:    ${fmt(remarkS / ingestS, 2)}x (target >= 0.5x)`);
  if (slow.length) {
    console.log(`excluded (bare remark-parse > 5 s): ${slow.map((t) => `${basename(t.file)} remark ${fmt(t.remarkMs / 1000)} s, ingest ${fmt(t.ingestMs / 1000)} s`).join('; ')}`);
  }
  const sized = timings.filter((t) => t.bytes >= 50 * 1024 && !t.failed);
  if (sized.length) {
    const perMb = sized.map((t) => ({ t, s: t.ingestMs / 1000 / (t.bytes / MB) }));
    const worst = perMb.reduce((a, b) => (b.s > a.s ? b : a));
    const med = median(perMb.map((p) => p.s));
    console.log(
      `linearity (>= 50 KB):   median ${fmt(med, 3)} s/MB; worst ${fmt(worst.s, 3)} s/MB (${fmt(worst.s / med, 1)}x median) ` +
        `in ${basename(worst.t.file)} (${fmt(worst.t.bytes / 1024, 0)} KB)`,
    );
  }
  const failed = timings.filter((t) => t.failed);
  if (failed.length) {
    const byCode = new Map<string, string[]>();
    for (const t of failed) byCode.set(t.failed!, [...(byCode.get(t.failed!) ?? []), basename(t.file)]);
    for (const [code, names] of byCode) {
      console.log(`failed ${code}: ${names.length} (${names.slice(0, 3).join(', ')}${names.length > 3 ? ', …' : ''})`);
    }
  }
}

async function main(): Promise<void> {
  const dir = corpusDir(flag('corpus') ?? null);
  if (!dir) {
    console.error('bench:ingest: no corpus: pass --corpus <dir> or set LEXALIGN_CORPUS');
    process.exitCode = 1;
    return;
  }
  const sets = (flag('sets') ?? 'bb-bills,gy-laws,jm-laws').split(',').filter(Boolean);
  const manifest = loadManifest(dir);
  const statutes = collectFiles([join(dir, 'raw', 'statutes')]).files;
  const bulk = collectFiles(sets.map((s) => join(dir, 'bulk', s))).files;
  console.log(`# bench:ingest over ${dir} (node ${process.version}, ${availableParallelism()} cores)`);

  if (!process.argv.includes('--no-serial')) {
    const statuteTimings: FileTiming[] = [];
    for (const file of statutes) statuteTimings.push(await timeFile(file, manifest));
    report('raw/statutes', statuteTimings);
    const sample = Math.max(1, Number(flag('sample') ?? 1));
    const bulkTimings: FileTiming[] = [];
    for (let i = 0; i < bulk.length; i += sample) bulkTimings.push(await timeFile(bulk[i], manifest));
    report(`bulk (${sets.join(', ')})${sample > 1 ? `, every ${sample}th file` : ''}`, bulkTimings);
  }
  if (process.argv.includes('--no-pool')) {
    console.log(`\npeak RSS:               ${fmt(process.resourceUsage().maxRSS / 1024, 0)} MB`);
    return;
  }

  const jobs = Number(flag('jobs') ?? availableParallelism());
  const started = performance.now();
  const outcomes = await ingestMany(
    bulk.map((file) => ({ file, meta: manifestMetaFor(manifest, file) })),
    { jobs, summaryOnly: true },
  );
  const wall = (performance.now() - started) / 1000;
  const bytes = bulk.reduce((a, f) => a + statSync(f).size, 0);
  const provisions = outcomes.reduce((a, o) => a + (o.summary?.provisions ?? 0), 0);
  console.log(`\n## whole bulk through the worker pool (${jobs} threads)`);
  console.log(`wall time:              ${fmt(wall, 1)} s for ${bulk.length} files, ${fmt(bytes / MB, 1)} MB (target < 60 s)`);
  console.log(`throughput:             ${fmt(bytes / MB / wall, 2)} MB/s, ${fmt(provisions / wall, 0)} provisions/s`);
  for (const set of sets) {
    const mine = outcomes.filter((o) => o.file.includes(`${join('bulk', set)}/`));
    const count = (s: string) => mine.filter((o) => statusOf(o) === s).length;
    console.log(`${set.padEnd(10)} clean ${count('ok')}, with warnings ${count('warnings')}, failed ${count('failed')}`);
  }
  const unexpected = outcomes.filter((o) => o.error?.unexpected);
  if (unexpected.length) console.log(`UNEXPECTED errors: ${unexpected.map((o) => `${basename(o.file)}: ${o.error!.message}`).join('; ')}`);
  console.log(`\npeak RSS:               ${fmt(process.resourceUsage().maxRSS / 1024, 0)} MB`);
}

await main();
