/**
 * Alignment benchmark (npm run bench:align). Needs the corpus (LEXALIGN_CORPUS or --corpus).
 * 1. Aligns every curated statute of the corpus against the whole template: time excluding ingestion
 *    (target: under 2 s in total).
 * 2. Scaling: one synthetic statute of 1x, 10x and 100x the median statute's provisions, filled with provisions of
 *    bulk Caribbean laws (bulk/jm-laws, then gy-laws, then bb-bills), reported as time and time per provision
 *    (should stay flat: linear cost).
 * Times are wall-clock and CPU (user + system) of this process: on a shared, loaded machine the CPU time is the
 * steadier figure, and the load average is printed with it.
 */
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { alignInstrument } from '../../server/align/align-instrument.ts';
import { resolveTemplate } from '../../server/align/resolve-template.ts';
import { corpusDir } from '../../server/corpus-dir.ts';
import { readManifest } from '../../server/eval/corpus-manifest.ts';
import type { IngestResult, Provision } from '../../server/ingest/types.ts';
import { ingestFile } from '../../server/ingest/index.ts';
import { loadThesaurus } from '../../server/thesaurus/index.ts';
import { maxOf } from '../../server/large-arrays.ts';

const flag = process.argv.indexOf('--corpus');
const corpus = corpusDir(flag > 0 ? process.argv[flag + 1] : null);
if (!corpus) {
  console.error('bench:align: no corpus (set LEXALIGN_CORPUS or pass --corpus <dir>)');
  process.exit(1);
}
const scales = (process.env.BENCH_SCALES ?? '1,10,100').split(',').map(Number);

const thesaurus = loadThesaurus();
const template = await resolveTemplate('coe-budapest-convention-2001', corpus, thesaurus, (s) => ingestFile(s.path, s.meta));
const statutes = readManifest(corpus).filter((e) => e.role === 'statute');
const ingested: IngestResult[] = [];
for (const e of statutes) {
  try {
    ingested.push(await ingestFile(join(corpus, e.file), { id: e.id }));
  } catch (err) {
    console.error(`skip ${e.id}: ${(err as Error).message}`);
  }
}

/** Wall and CPU milliseconds of one call. */
function timed(run: () => void): { wall: number; cpu: number } {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  run();
  const c = process.cpuUsage(c0);
  return { wall: performance.now() - t0, cpu: (c.user + c.system) / 1000 };
}
const ms = (x: number): string => x.toFixed(0).padStart(6);

// Warm-up pass over every statute (JIT, stem cache, compiled template), as a server has after its first minutes;
// then the timed pass.
for (const r of ingested) alignInstrument(template, r, thesaurus);
let wall = 0;
let cpu = 0;
console.log(`Aligning ${ingested.length} statutes against ${template.articles.length} articles (ingestion excluded; load average ${loadavg()[0].toFixed(1)})`);
for (const r of ingested) {
  const t = timed(() => alignInstrument(template, r, thesaurus));
  wall += t.wall;
  cpu += t.cpu;
  console.log(`  ${r.instrument.id.padEnd(60)} ${String(r.provisions.length).padStart(5)} provisions  ${ms(t.wall)} ms  (cpu ${ms(t.cpu)} ms)`);
}
console.log(`  total ${wall.toFixed(0)} ms, cpu ${cpu.toFixed(0)} ms (target < 2000 ms)`);

const counts = ingested.map((r) => r.provisions.length).sort((a, b) => a - b);
const base = counts[Math.floor(counts.length / 2)];
const need = base * maxOf(scales);
const pool: Provision[] = [];
const used: string[] = [];
let lawNo = 0;
for (const set of ['jm-laws', 'gy-laws', 'bb-bills']) {
  if (pool.length >= need) break;
  const dir = join(corpus, 'bulk', set);
  let files: string[];
  try {
    files = (JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Array<{ file: string }>).map((e) => e.file);
  } catch {
    continue;
  }
  used.push(set);
  for (const f of files) {
    if (pool.length >= need) break;
    const k = lawNo++;
    try {
      const r = await ingestFile(join(dir, f));
      // Units are renamed per source law so that units of different laws never merge.
      for (const p of r.provisions) pool.push({ ...p, unit: `L${k}-${p.unit}`, eId: `l${k}__${p.eId}`, parent: p.parent ? `l${k}__${p.parent}` : undefined });
    } catch {
      // A bulk file that does not ingest is skipped: the benchmark needs provisions, not that file.
    }
  }
}
console.log(`\nScaling (base = median statute, ${base} provisions; bulk pool ${pool.length} provisions from ${used.join(', ')}; load average ${loadavg()[0].toFixed(1)})`);
for (const s of scales) {
  const n = Math.min(pool.length, base * s);
  const synthetic: IngestResult = { instrument: { ...ingested[0].instrument, id: `bulk-x${s}` }, provisions: pool.slice(0, n) };
  const t = timed(() => alignInstrument(template, synthetic, thesaurus));
  console.log(
    `  ${String(s).padStart(4)}x  ${String(n).padStart(6)} provisions  ${ms(t.wall)} ms  (cpu ${ms(t.cpu)} ms)  ${((t.wall / n) * 1000).toFixed(0).padStart(6)} µs/provision`,
  );
}
