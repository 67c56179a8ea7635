/**
 * API throughput and latency (npm run bench:api). Starts the app in a child process on a free loopback port, measures
 * a bare Fastify route of that same server as the baseline in the same run, then the cached matrix, a correlation table, a provision, search
 * and an upload. Targets: cached matrix ≥ 50% of the bare route's req/s; p99 < 20 ms for read routes.
 * Uses the real corpus when LEXALIGN_CORPUS is set, else the samples.
 */
import autocannon from 'autocannon';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { corpusDir } from '../../server/corpus-dir.ts';

const seconds = Number(process.env.BENCH_SECONDS ?? 4);

interface Target {
  base: string;
  statute: string;
  eId: string;
}

/**
 * The server runs in a child process, so that autocannon (this process) and the server each have a core: measured
 * in one process, every request's latency would include the load generator's own work.
 */
async function serveInChild(): Promise<void> {
  const { buildApp } = await import('../../server/app.ts');
  const dir = mkdtempSync(join(tmpdir(), 'lexalign-bench-'));
  const app = await buildApp({ corpusDir: corpusDir(), dbPath: join(dir, 'bench.sqlite'), clientDir: join(dir, 'none') });
  app.get('/bench/bare', async () => ({ ok: true }));
  const base = await app.listen({ port: 0, host: '127.0.0.1' });
  const statute = app.services.catalogue.list().find((r) => r.instrument.role === 'statute');
  if (!statute) throw new Error('no statute to benchmark');
  const provision = app.services.catalogue.provisions(statute.id)[0];
  // Warm the caches the way a first user would.
  await fetch(`${base}/api/matrix`);
  await fetch(`${base}/api/alignments/${statute.id}`);
  const target: Target = { base, statute: statute.id, eId: provision.eId };
  console.log(JSON.stringify(target));
  process.on('SIGTERM', () => void app.close().then(() => rmSync(dir, { recursive: true, force: true })).then(() => process.exit(0)));
}

if (process.argv.includes('--serve-child')) {
  await serveInChild();
} else {
  await runBench();
}

async function startChild(): Promise<{ target: Target; stop(): void }> {
  const child = spawn(process.execPath, [...process.execArgv, import.meta.filename, '--serve-child'], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const lines = createInterface({ input: child.stdout! });
  for await (const line of lines) {
    if (line.startsWith('{')) return { target: JSON.parse(line) as Target, stop: () => child.kill('SIGTERM') };
  }
  throw new Error('the bench server exited before it was ready');
}

async function runBench(): Promise<void> {
const { target, stop } = await startChild();
const { base } = target;
const statute = { id: target.statute };
const provision = { eId: target.eId };
const boundary = '----lexalign-bench';
const uploadBody = Buffer.from(
  `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="xz-bench-act.md"\r\nContent-Type: text/markdown\r\n\r\n` +
    '# Bench Act\n\n1. Unauthorised access\n\nA person who intentionally and without authority accesses a computer commits an offence.\n' +
    `\r\n--${boundary}--\r\n`,
);

interface Case {
  name: string;
  path: string;
  read: boolean;
  connections: number;
  method?: 'GET' | 'POST';
  body?: Buffer;
  headers?: Record<string, string>;
}

const cases: Case[] = [
  { name: 'bare route (baseline)', path: '/bench/bare', read: true, connections: 100 },
  { name: 'matrix (cached)', path: '/api/matrix', read: true, connections: 100 },
  { name: 'correlation table', path: `/api/alignments/${statute.id}`, read: true, connections: 100 },
  { name: 'provision', path: `/api/instruments/${statute.id}/provisions/${provision.eId}`, read: true, connections: 100 },
  { name: 'search', path: '/api/search?q=computer&size=10', read: true, connections: 100 },
  { name: 'upload (10 connections)', path: '/api/instruments', read: false, connections: 10, method: 'POST', body: uploadBody, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } },
];

const rows: Array<{ name: string; rps: number; p50: number; p99: number; errors: number; non2xx: number }> = [];
for (const c of cases) {
  const r = await autocannon({
    url: `${base}${c.path}`,
    connections: c.connections,
    duration: seconds,
    method: c.method ?? 'GET',
    body: c.body,
    headers: c.headers,
  });
  rows.push({ name: c.name, rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, errors: r.errors, non2xx: r.non2xx });
}

const bare = rows[0].rps;
console.log(`\nLexAlign API bench: ${seconds} s per route, ${statute.id}, corpus ${corpusDir() ?? '(samples only)'}\n`);
console.log('route                        req/s     p50 ms   p99 ms   vs bare   errors');
for (const [i, r] of rows.entries()) {
  const target = cases[i].read && i > 0 ? (r.p99 < 20 ? ' p99 ok' : ' p99 OVER 20 ms') : '';
  console.log(
    `${r.name.padEnd(28)} ${r.rps.toFixed(0).padStart(7)} ${String(r.p50).padStart(8)} ${String(r.p99).padStart(8)} ${(r.rps / bare * 100).toFixed(0).padStart(7)}%   ${r.errors + r.non2xx}${target}`,
  );
}
const matrixRatio = rows[1].rps / bare;
console.log(`\ncached matrix: ${(matrixRatio * 100).toFixed(0)}% of the bare route (target ≥ 50%): ${matrixRatio >= 0.5 ? 'met' : 'NOT met'}`);

stop();
}
