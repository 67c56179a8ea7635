/**
 * Search benchmark: `npm run bench:search -- [--corpus dir] [--no-bulk] [--rounds n]`
 *
 * For (a) the curated statutes (manifest, raw/statutes) and (b) the whole bulk corpus (bulk/*, ingested on the
 * worker pool and cached in a temp file between runs), prints: index build time, serialised size, load time,
 * heap and RSS, query latency p50/p95 over a fixed mixed query set (single words, phrases, fields, wildcards,
 * fuzzy, facet filters, browse), and on the bulk index the time to upsert, replace and remove one statute.
 * Target: p95 < 10 ms over the bulk corpus; upsert of one statute < 1 s.
 * The bulk index needs about 4 GB of heap while loading: NODE_OPTIONS=--max-old-space-size=12000 npm run bench:search
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { corpusDir } from '../../server/corpus-dir.ts';
import { collectFiles } from '../../server/ingest/bulk/collect-files.ts';
import { ingestMany } from '../../server/ingest/bulk/pool.ts';
import { loadManifest, manifestMetaFor } from '../../server/ingest/metadata/manifest.ts';
import { docsFromProvisions, ProvisionSearch, type SearchDoc, type SearchRequest } from '../../server/search/index.ts';
import { loadManifestStatuteDocs } from '../../server/search/load-corpus-docs.ts';
import { loadThesaurus } from '../../server/thesaurus/index.ts';

function flag(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const MB = 1024 * 1024;
const fmt = (ms: number): string => (ms < 10 ? ms.toFixed(2) : ms.toFixed(0));
const percentile = (sorted: number[], p: number): number => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

function memory(): string {
  (globalThis as { gc?: () => void }).gc?.();
  const m = process.memoryUsage();
  return `heap ${(m.heapUsed / MB).toFixed(0)} MB, RSS ${(m.rss / MB).toFixed(0)} MB`;
}

/** The fixed mixed query set. Filters name jurisdictions present in both runs where possible. */
function querySet(sampleInstrument: string, sampleJurisdiction: string): Array<{ kind: string; req: SearchRequest }> {
  return [
    { kind: 'word', req: { q: 'interception' } },
    { kind: 'word', req: { q: 'offence' } },
    { kind: 'word', req: { q: 'person' } },
    { kind: 'word', req: { q: 'minister' } },
    { kind: 'words', req: { q: 'unauthorised access to computer data' } },
    { kind: 'words', req: { q: 'production order' } },
    { kind: 'phrase', req: { q: '"without lawful excuse"' } },
    { kind: 'phrase', req: { q: '"mutual assistance"' } },
    { kind: 'phrase', req: { q: '"body corporate" offence' } },
    { kind: 'field', req: { q: 'heading:interpretation' } },
    { kind: 'field', req: { q: 'heading:"short title"' } },
    { kind: 'presence', req: { q: '+penalty -imprisonment' } },
    { kind: 'wildcard', req: { q: 'intercept*' } },
    { kind: 'wildcard', req: { q: 'electron*' } },
    { kind: 'fuzzy', req: { q: 'magistrte~1' } },
    { kind: 'facet', req: { q: 'offence', filters: { jurisdiction: [sampleJurisdiction] } } },
    { kind: 'facet', req: { q: 'penalty fine', filters: { kind: ['offence', 'penalty'] } } },
    { kind: 'facet', req: { q: 'search warrant', filters: { instrument: [sampleInstrument] } } },
    { kind: 'unit', req: { q: 'search and seizure of stored computer data', group: 'unit' } },
    { kind: 'browse', req: { q: '', filters: { instrument: [sampleInstrument] } } },
  ];
}

function measureQueries(search: ProvisionSearch, set: Array<{ kind: string; req: SearchRequest }>, rounds: number): void {
  const cold: number[] = [];
  for (const { req } of set) {
    const t = performance.now();
    search.query(req);
    cold.push(performance.now() - t);
  }
  const times: number[] = [];
  const byKind = new Map<string, number[]>();
  let totals = '';
  for (let r = 0; r < rounds; r++) {
    for (const { kind, req } of set) {
      const t = performance.now();
      const res = search.query(req);
      const ms = performance.now() - t;
      times.push(ms);
      byKind.set(kind, [...(byKind.get(kind) ?? []), ms]);
      if (r === 0) totals += `${JSON.stringify(req.q)}=${res.total} `;
    }
  }
  times.sort((a, b) => a - b);
  cold.sort((a, b) => a - b);
  console.log(`  queries: ${set.length} x ${rounds} rounds: p50 ${fmt(percentile(times, 50))} ms, p95 ${fmt(percentile(times, 95))} ms, max ${fmt(times[times.length - 1])} ms (first run: p95 ${fmt(percentile(cold, 95))} ms, max ${fmt(cold[cold.length - 1])} ms)`);
  console.log(`  by kind (max ms): ${[...byKind].map(([k, v]) => `${k} ${fmt(Math.max(...v))}`).join(', ')}`);
  console.log(`  totals: ${totals}`);
}

function run(label: string, docs: SearchDoc[], rounds: number): ProvisionSearch {
  const thesaurus = loadThesaurus();
  const instruments = new Set(docs.map((d) => d.instrument)).size;
  const chars = docs.reduce((n, d) => n + d.text.length, 0);
  console.log(`\n${label}: ${docs.length} provisions, ${instruments} instruments, ${(chars / MB).toFixed(1)} M characters`);
  let t = performance.now();
  const search = ProvisionSearch.build(docs, thesaurus);
  console.log(`  build: ${(performance.now() - t).toFixed(0)} ms (${search.counts.shards} shards); ${memory()}`);
  t = performance.now();
  const serialised = search.serialise();
  console.log(`  serialise: ${(performance.now() - t).toFixed(0)} ms, ${(serialised.length / MB).toFixed(1)} MB`);
  t = performance.now();
  const loaded = ProvisionSearch.load(serialised, thesaurus);
  console.log(`  load: ${(performance.now() - t).toFixed(0)} ms; ${memory()}`);
  const sample = docs[Math.floor(docs.length / 2)];
  measureQueries(loaded, querySet(sample.instrument, sample.jurisdiction), rounds);
  return loaded;
}

/** The bulk corpus as SearchDocs: ingested once on the worker pool, then read from a temp-file cache. */
async function bulkDocs(dir: string): Promise<SearchDoc[]> {
  const files = collectFiles([join(dir, 'bulk')]).files;
  const key = createHash('sha256').update(`${dir}\n${files.join('\n')}\n${readFileSync(new URL('../../server/ingest/index.ts', import.meta.url))}`).digest('hex').slice(0, 16);
  const cache = join(tmpdir(), `lexalign-bench-search-${key}.json`);
  if (existsSync(cache)) {
    console.log(`bulk docs from cache ${cache}`);
    return JSON.parse(readFileSync(cache, 'utf8')) as SearchDoc[];
  }
  const manifest = loadManifest(dir);
  const docs: SearchDoc[] = [];
  let failed = 0;
  let duplicates = 0;
  const t = performance.now();
  await ingestMany(
    files.map((file) => ({ file, meta: manifestMetaFor(manifest, file) })),
    {
      onProgress(done, total, outcome) {
        if (outcome.result) {
          const seen = new Set<string>();
          for (const d of docsFromProvisions(outcome.result.instrument, outcome.result.provisions)) {
            if (seen.has(d.eId)) duplicates++;
            else docs.push(d);
            seen.add(d.eId);
          }
          delete outcome.result; // keep memory flat: only the docs are needed
        } else if (outcome.error) failed++;
        if (done % 200 === 0 || done === total) process.stdout.write(`\r  ingesting bulk: ${done}/${total}`);
      },
    },
  );
  console.log(`\n  ingested in ${((performance.now() - t) / 1000).toFixed(0)} s; ${failed} files failed; ${duplicates} provisions with a repeated eId left out`);
  writeFileSync(cache, JSON.stringify(docs));
  return docs;
}

async function main(): Promise<void> {
  const dir = corpusDir(flag('corpus'));
  if (!dir) {
    console.error('No corpus: pass --corpus <dir> or set LEXALIGN_CORPUS.');
    process.exit(2);
  }
  const rounds = Number(flag('rounds') ?? 5);
  const statutes = await loadManifestStatuteDocs(dir);
  run('(a) curated statutes', [...statutes.values()].flat(), rounds);
  if (process.argv.includes('--no-bulk')) return;
  const bulk = await bulkDocs(dir);
  const search = run('(b) bulk corpus', bulk, rounds);
  // One statute into the bulk index: insert, replace, remove.
  const [id, docs] = [...statutes].find(([i]) => i.startsWith('ke-')) ?? [...statutes][0];
  let t = performance.now();
  search.upsertInstrument(id, docs);
  const insertMs = performance.now() - t;
  t = performance.now();
  search.upsertInstrument(id, docs);
  const replaceMs = performance.now() - t;
  const found = search.query({ q: 'interception', filters: { instrument: [id] } }).total;
  t = performance.now();
  search.removeInstrument(id);
  const removeMs = performance.now() - t;
  console.log(`  upsert ${id} (${docs.length} provisions) into the bulk index: insert ${insertMs.toFixed(0)} ms, replace ${replaceMs.toFixed(0)} ms, remove ${removeMs.toFixed(0)} ms (found after upsert: ${found})`);
  console.log(`  ${memory()}`);
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
