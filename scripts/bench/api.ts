/**
 * API throughput and latency (npm run bench:api). Starts the app in a child process on a free loopback port and
 * measures, with autocannon at 100 connections: a bare Fastify route of that same server (the baseline, in the same
 * run), the cached matrix, a correlation table and a provision, each after a bare route sending the same bytes (its
 * floor), search (one query, then 25 varied queries in rotation: target ≤ 150 µs of server CPU per request over
 * those; then the same queries run afresh with `Cache-Control: no-cache`, the engine's own cost) and uploads
 * (2 connections, the server's upload concurrency); then the read routes again at 10 connections. Before and after the 100-connection rows, a plain Fastify app in its own process
 * gives the machine's floor (autocannon and the server share the cores here). Each row also gives the server's CPU time per request, which does not depend on
 * what else the machine runs. Targets: matrix, table and provision ≥ 50% of their same-size floor's req/s; p99 < 20 ms
 * for read routes.
 * Uses the real corpus when LEXALIGN_CORPUS is set, else the samples. BENCH_SECONDS sets the seconds per route.
 */
import autocannon from 'autocannon';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { corpusDir } from '../../server/corpus-dir.ts';

const seconds = Number(process.env.BENCH_SECONDS ?? 4);

/**
 * What lawyers type, each connection cycling through the list: single words, words side by side (with legal
 * synonyms), quoted phrases, OR / AND / NOT, +/-, a field, a title, a wildcard, "any of these words", one hit per
 * section, and jurisdiction, kind and several-value filters. One query repeated (`q=computer`) would measure one
 * path through the engine, warm in every cache.
 */
const SEARCH_QUERIES = [
  'q=computer',
  'q=unauthorised+access',
  'q=%22unauthorised+access%22',
  'q=illegal+interception',
  'q=data+interference',
  'q=misuse+of+devices',
  'q=computer-related+forgery',
  'q=child+pornography',
  'q=search+and+seizure+of+stored+computer+data&group=unit',
  'q=production+order',
  'q=expedited+preservation+of+traffic+data',
  'q=interception+OR+wiretapping',
  'q=access+AND+data',
  'q=access+NOT+copyright',
  'q=heading:interception',
  'q=title:%22computer+misuse%22+offence',
  'q=intercept*',
  'q=corporate+liability&jurisdiction=KE',
  'q=penalty&jurisdiction=UG',
  'q=%22without+lawful+excuse%22&group=unit',
  'q=attempt+aiding+abetting&match=any',
  'q=traffic+data&jurisdiction=KE&jurisdiction=UG',
  'q=electronic+evidence&kind=offence',
  'q=mutual+assistance&group=unit',
  'q=%2Bpenalty+-imprisonment',
].map((q) => `/api/search?${q}&size=10`);
/** Server CPU per search request the issue sets (#16), over the rotating queries. */
const SEARCH_CPU_TARGET_US = 150;
const SEARCH_FRESH = `search (${SEARCH_QUERIES.length}, run afresh)`;

interface Target {
  base: string;
  statute: string;
  eId: string;
  /** Bytes of each read answer, whose same-size floor route the bench also measures. */
  sizes?: Record<string, number>;
}

/**
 * The server runs in a child process, so that autocannon (this process) and the server each have a core: measured
 * in one process, every request's latency would include the load generator's own work.
 */
async function serveInChild(): Promise<void> {
  const { buildApp } = await import('../../server/app.ts');
  const dir = mkdtempSync(join(tmpdir(), 'lexalign-bench-'));
  const app = await buildApp({ corpusDir: corpusDir(), dbPath: join(dir, 'bench.sqlite'), clientDir: join(dir, 'none') });
  app.get('/api/bench/bare', async () => ({ ok: true }));
  app.get('/api/bench/cpu', async () => process.cpuUsage());
  // Ready bytes, as the cached routes send theirs: a string would be encoded to UTF-8 on every send.
  const same = new Map<string, Buffer>();
  app.get<{ Params: { name: string } }>('/api/bench/same/:name', async (req, reply) => reply.type('application/json; charset=utf-8').send(same.get(req.params.name) ?? Buffer.from('{}')));
  const base = await app.listen({ port: 0, host: '127.0.0.1' });
  const statute = app.services.catalogue.list().find((r) => r.instrument.role === 'statute');
  if (!statute) throw new Error('no statute to benchmark');
  const provision = app.services.catalogue.provisions(statute.id)[0];
  // Warm the caches the way a first user would, and keep each read answer: a bare route sending the same bytes is
  // that answer's floor (what Fastify and the machine cost for a payload of that size, with nothing computed).
  const payloads: Record<string, string> = {
    matrix: await (await fetch(`${base}/api/matrix`)).text(),
    table: await (await fetch(`${base}/api/alignments/${statute.id}`)).text(),
    provision: await (await fetch(`${base}/api/instruments/${statute.id}/provisions/${provision.eId}`)).text(),
    search: await (await fetch(`${base}/api/search?q=computer&size=10`)).text(),
  };
  for (const [name, body] of Object.entries(payloads)) same.set(name, Buffer.from(body));
  const target: Target = { base, statute: statute.id, eId: provision.eId, sizes: Object.fromEntries(Object.entries(payloads).map(([k, v]) => [k, v.length])) };
  console.log(JSON.stringify(target));
  process.on('SIGTERM', () => void app.close().then(() => rmSync(dir, { recursive: true, force: true })).then(() => process.exit(0)));
}

/**
 * The machine's floor: a plain Fastify app with one route and nothing else (no hooks, plugins or store), in its own
 * child process. What it reaches at 100 connections, in the same run, is the most any route here can reach.
 */
async function servePlainChild(): Promise<void> {
  const { default: Fastify } = await import('fastify');
  const app = Fastify();
  app.get('/', async () => ({ ok: true }));
  const base = await app.listen({ port: 0, host: '127.0.0.1' });
  console.log(JSON.stringify({ base, statute: '', eId: '' } satisfies Target));
  process.on('SIGTERM', () => void app.close().then(() => process.exit(0)));
}

if (process.argv.includes('--serve-child')) {
  await serveInChild();
} else if (process.argv.includes('--plain-child')) {
  await servePlainChild();
} else {
  await runBench();
}

async function startChild(mode: '--serve-child' | '--plain-child' = '--serve-child'): Promise<{ target: Target; stop(): void }> {
  const child = spawn(process.execPath, [...process.execArgv, import.meta.filename, mode], {
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
  // Each upload has a file name and a text of its own: a second upload of one name, or of the same text, is refused (409).
  let uploads = 0;
  const uploadBody = (): Buffer =>
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="xz-bench-act-${++uploads}.md"\r\nContent-Type: text/markdown\r\n\r\n` +
        `# Bench Act ${uploads}\n\n1. Unauthorised access\n\nA person who intentionally and without authority accesses a computer commits an offence.\n` +
        `\r\n--${boundary}--\r\n`,
    );

  interface Case {
    name: string;
    path: string;
    read: boolean;
    connections: number;
    /** Several paths, each connection cycling through them (a varied load). */
    paths?: string[];
    method?: 'GET' | 'POST';
    body?: () => Buffer;
    headers?: Record<string, string>;
    /** The route sending the same bytes with nothing computed: this route's floor. */
    floor?: string;
  }

  const cases: Case[] = [
    { name: 'bare route (baseline)', path: '/api/bench/bare', read: true, connections: 100 },
    { name: 'floor: matrix bytes', path: '/api/bench/same/matrix', read: true, connections: 100 },
    { name: 'matrix (cached)', path: '/api/matrix', read: true, connections: 100, floor: 'floor: matrix bytes' },
    { name: 'floor: table bytes', path: '/api/bench/same/table', read: true, connections: 100 },
    { name: 'correlation table', path: `/api/alignments/${statute.id}`, read: true, connections: 100, floor: 'floor: table bytes' },
    { name: 'floor: provision bytes', path: '/api/bench/same/provision', read: true, connections: 100 },
    { name: 'provision', path: `/api/instruments/${statute.id}/provisions/${provision.eId}`, read: true, connections: 100, floor: 'floor: provision bytes' },
    { name: 'floor: search bytes', path: '/api/bench/same/search', read: true, connections: 100 },
    { name: 'search (q=computer)', path: '/api/search?q=computer&size=10', read: true, connections: 100 },
    { name: `search (${SEARCH_QUERIES.length} queries)`, path: SEARCH_QUERIES[0], paths: SEARCH_QUERIES, read: true, connections: 100 },
    // The same queries, each run again (`Cache-Control: no-cache`): what the engine costs for a search not made since the index last changed.
    { name: SEARCH_FRESH, path: SEARCH_QUERIES[0], paths: SEARCH_QUERIES, read: true, connections: 100, headers: { 'cache-control': 'no-cache' } },
    // Two connections: the server ingests two uploads at once and answers more with a coded 503 (by design).
    { name: 'upload (2 connections)', path: '/api/instruments', read: false, connections: 2, method: 'POST', body: uploadBody, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } },
  ];

  /** Server CPU time (user + system, µs) so far: robust where wall-clock figures depend on what else runs. */
  const serverCpu = async (): Promise<number> => {
    const u = (await (await fetch(`${base}/api/bench/cpu`)).json()) as { user: number; system: number };
    return u.user + u.system;
  };

  interface Row { name: string; connections: number; read: boolean; rps: number; p50: number; p99: number; cpuPerRequest: number; errors: number }
  const measure = async (c: Case, connections: number): Promise<Row> => {
    const body = c.body;
    const options = {
      url: `${base}${c.path}`,
      connections,
      method: c.method ?? 'GET',
      headers: c.headers,
      ...(body ? { requests: [{ setupRequest: (req: autocannon.Request) => ({ ...req, body: body() }) }] } : {}),
      ...(c.paths ? { requests: c.paths.map((path) => ({ path })) } : {}),
    };
    await autocannon({ ...options, duration: 1 }); // warm-up: JIT and caches, not measured
    const cpu0 = await serverCpu();
    const r = await autocannon({ ...options, duration: seconds });
    const cpu = (await serverCpu()) - cpu0;
    return { name: c.name, connections, read: c.read, rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, cpuPerRequest: cpu / Math.max(1, r.requests.total), errors: r.errors + r.non2xx };
  };

  /** The plain Fastify floor at 100 connections (its own process: no server CPU figure). */
  const floor = async (): Promise<{ rps: number; p50: number; p99: number }> => {
    const plain = await startChild('--plain-child');
    try {
      await autocannon({ url: plain.target.base, connections: 100, duration: 1 });
      const r = await autocannon({ url: plain.target.base, connections: 100, duration: seconds });
      return { rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99 };
    } finally {
      plain.stop();
    }
  };

  // Start-up leaves garbage and cold code behind: two seconds of traffic before anything is measured.
  await autocannon({ url: `${base}${cases[0].path}`, connections: 100, duration: 2 });
  const floorBefore = await floor();
  const rows: Row[] = [];
  for (const c of cases) rows.push(await measure(c, c.connections));
  const floorAfter = await floor();
  // The same read routes at 10 connections: what one request costs when it is not queued behind 99 others.
  for (const c of cases.filter((x) => x.read)) rows.push(await measure(c, 10));

  const bareAt = (connections: number) => rows.find((r) => r.connections === connections && r.name === cases[0].name);
  console.log(`\nLexAlign API bench: ${seconds} s per route (after 1 s warm-up), ${statute.id}, corpus ${corpusDir() ?? '(samples only)'}`);
  console.log(`load average ${loadavg().map((x) => x.toFixed(1)).join(' ')} on ${cpus().length} cores\n`);
  console.log('route                        conns    req/s   p50 ms   p99 ms   vs bare   server CPU µs/req   errors');
  for (const r of rows) {
    // Uploads run at their own concurrency, where there is no bare route to compare with.
    const bare = bareAt(r.connections);
    const vsBare = bare ? `${((r.rps / bare.rps) * 100).toFixed(0)}%` : '—';
    const target = r.read && bare && r !== bare ? (r.p99 < 20 ? '  p99 < 20 ms' : `  p99 over 20 ms (bare route: ${bare.p99} ms)`) : '';
    console.log(
      `${r.name.padEnd(28)} ${String(r.connections).padStart(5)} ${r.rps.toFixed(0).padStart(8)} ${String(r.p50).padStart(8)} ${String(r.p99).padStart(8)} ${vsBare.padStart(9)} ${r.cpuPerRequest.toFixed(0).padStart(19)}   ${r.errors}${target}`,
    );
  }
  console.log(`\nanswer sizes: ${Object.entries(target.sizes ?? {}).map(([k, v]) => `${k} ${(v / 1024).toFixed(1)} KB`).join(', ')}`);
  for (const c of cases.filter((x) => x.floor)) {
    const own = rows.find((r) => r.name === c.name && r.connections === 100)!;
    const fl = rows.find((r) => r.name === c.floor && r.connections === 100)!;
    const ratio = own.rps / fl.rps;
    console.log(`${c.name}: ${(ratio * 100).toFixed(0)}% of its same-size floor's req/s at 100 connections (target ≥ 50%): ${ratio >= 0.5 ? 'met' : 'NOT met'}; p99 ${own.p99} ms (floor ${fl.p99} ms)`);
  }
  const reads100 = rows.filter((r) => r.read && r.connections === 100 && r.name !== cases[0].name && !r.name.startsWith('floor:'));
  const over = reads100.filter((r) => r.p99 >= 20).map((r) => r.name);
  console.log(`read routes p99 < 20 ms at 100 connections: ${over.length ? `NOT met for ${over.join(', ')}` : 'met'}`);
  // What sending a search answer costs with nothing computed: the rest of a search's CPU is the engine's.
  const searchFloor = rows.find((r) => r.name === 'floor: search bytes' && r.connections === 100);
  const searchOne = rows.find((r) => r.name === 'search (q=computer)' && r.connections === 100);
  if (searchFloor && searchOne) {
    console.log(`search (q=computer): ${searchOne.cpuPerRequest.toFixed(0)} µs server CPU per request; the same bytes from a bare route: ${searchFloor.cpuPerRequest.toFixed(0)} µs`);
  }
  for (const r of rows.filter((x) => x.name === `search (${SEARCH_QUERIES.length} queries)`)) {
    const bare = bareAt(r.connections)!;
    const met = r.cpuPerRequest <= SEARCH_CPU_TARGET_US ? 'met' : 'NOT met';
    console.log(`${r.name} at ${r.connections} connections: ${r.cpuPerRequest.toFixed(0)} µs server CPU per request (target ≤ ${SEARCH_CPU_TARGET_US} µs): ${met}; bare route ${bare.cpuPerRequest.toFixed(0)} µs`);
  }
  // Said apart: the target above is met by sending recent answers again; this is what running a search costs.
  for (const r of rows.filter((x) => x.name === SEARCH_FRESH)) {
    console.log(`${r.name} at ${r.connections} connections: ${r.cpuPerRequest.toFixed(0)} µs server CPU per request, every answer computed (not served from the recent answers)`);
  }
  const show = (f: { rps: number; p50: number; p99: number }): string => `${f.rps.toFixed(0)} req/s, p50 ${f.p50} ms, p99 ${f.p99} ms`;
  console.log(`machine floor, a plain Fastify route (no plugins, hooks or store) at 100 connections: before ${show(floorBefore)}; after ${show(floorAfter)}`);

  stop();
}
