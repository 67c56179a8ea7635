/**
 * Soak (npm run bench:soak): a real `lexalign serve` process on 127.0.0.1, and for 3 minutes 20 connections of mixed
 * traffic: 18 read (matrix, a correlation table, a provision, search, the instrument list, a gap report, health),
 * 2 upload a small statute and delete it again. It prints the errors (must be 0), the p99 of reads and of uploads,
 * the server's RSS before the load, at its start (after the first tenth), middle and end (flat within 15%), and the
 * load average. Exit code 1 when there are errors or the RSS is not flat.
 *
 *   npm run bench:soak                     # 3 minutes
 *   npm run bench:soak -- --seconds 20     # a short run
 *   npm run bench:soak -- --keep-uploads   # leave every upload in the library (measures data growth too)
 *
 * Each upload is deleted again by default: at full speed a soak uploads more statutes in 3 minutes than a real
 * server sees in years, and keeping them would measure the data, not a leak. Uses the real corpus when
 * LEXALIGN_CORPUS is set, else the samples. Traffic goes to 127.0.0.1 only.
 */
import autocannon from 'autocannon';
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const { values: flags } = parseArgs({
  options: {
    seconds: { type: 'string', default: '180' },
    connections: { type: 'string', default: '20' },
    'keep-uploads': { type: 'boolean', default: false },
  },
});
const seconds = Number(flags.seconds);
const connections = Number(flags.connections);
if (!Number.isInteger(seconds) || seconds < 5) throw new Error(`--seconds must be a whole number of at least 5, not "${flags.seconds}"`);
if (!Number.isInteger(connections) || connections < 3) throw new Error(`--connections must be at least 3, not "${flags.connections}"`);
/** Two upload connections: the server ingests two uploads at once (more would wait in its queue, not go faster). */
const UPLOAD_CONNECTIONS = 2;
const FLAT = 0.15;

const root = resolve(import.meta.dirname, '..', '..');

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.on('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => done(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** Resident memory of a process, in MB (Linux /proc; elsewhere `ps`). */
function rssMb(pid: number): number {
  const status = `/proc/${pid}/status`;
  if (existsSync(status)) {
    const kb = /VmRSS:\s+(\d+)/.exec(readFileSync(status, 'utf8'))?.[1];
    return Number(kb) / 1024;
  }
  return Number(execFileSync('ps', ['-o', 'rss=', '-p', String(pid)]).toString().trim()) / 1024;
}

async function startServer(): Promise<{ base: string; pid: number; stop(): Promise<void> }> {
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'lexalign-soak-'));
  const child = spawn(process.execPath, [join(root, 'scripts', 'bin', 'lexalign.js'), 'serve', '--host', '127.0.0.1', '--port', String(port), '--db', join(dir, 'soak.sqlite')], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (c: Buffer) => (output = (output + c.toString()).slice(-5000)));
  child.stderr.on('data', (c: Buffer) => (output = (output + c.toString()).slice(-5000)));
  const base = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode === null) {
      child.kill('SIGTERM');
      await Promise.race([new Promise((r) => child.once('exit', r)), new Promise((r) => setTimeout(r, 10_000))]);
      if (child.exitCode === null) child.kill('SIGKILL');
    }
    rmSync(dir, { recursive: true, force: true });
  };
  const deadline = Date.now() + 300_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the server exited (${child.exitCode}):\n${output}`);
    if (await fetch(`${base}/api/health`).then((r) => r.ok, () => false)) return { base, pid: child.pid!, stop };
    await new Promise((r) => setTimeout(r, 500));
  }
  await stop();
  throw new Error(`the server did not answer within 5 minutes:\n${output}`);
}

async function json<T>(url: string): Promise<T> {
  const r = await fetch(url);
  if (!r.ok) throw new Error(`${url} answered ${r.status}`);
  return (await r.json()) as T;
}

const server = await startServer();
try {
  const { base } = server;
  const { instruments } = await json<{ instruments: Array<{ id: string; role: string; collection: string }> }>(`${base}/api/instruments?role=statute`);
  const statute = instruments.find((i) => i.collection !== 'extra') ?? instruments[0];
  if (!statute) throw new Error('no statute to read');
  const { provisions } = await json<{ provisions: Array<{ eId: string }> }>(`${base}/api/instruments/${statute.id}/provisions`);
  const eId = provisions[Math.floor(provisions.length / 2)]?.eId;
  const reads = [
    '/api/matrix',
    `/api/alignments/${statute.id}`,
    `/api/instruments/${statute.id}/provisions/${eId}`,
    '/api/search?q=computer%20data&size=10',
    '/api/instruments',
    `/api/exports/gap-report/${statute.id}.md`,
    '/api/search?q=%22without%20right%22&size=10',
    '/api/health',
  ];
  for (const path of reads) await fetch(`${base}${path}`).then((r) => r.arrayBuffer()); // warm every cache once

  const run = Date.now().toString(36);
  let uploaded = 0;
  const boundary = '----lexalign-soak';
  const uploadBody = () =>
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="xs-soak-act-${run}-${++uploaded}.md"\r\nContent-Type: text/markdown\r\n\r\n` +
        `# Soak Act ${run}-${uploaded}\n\n1. Unauthorised access\n\nA person who intentionally and without authority accesses a computer system commits an offence.\n\n` +
        '2. Interference with data\n\nA person who intentionally damages, deletes or alters computer data without right commits an offence.\n' +
        `\r\n--${boundary}--\r\n`,
    );
  type Context = { id?: string };
  const uploadRequests: autocannon.Request[] = [
    {
      method: 'POST',
      path: '/api/instruments',
      headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
      setupRequest: (req) => ({ ...req, body: uploadBody() }),
      onResponse: (status, body, context) => {
        (context as Context).id = status === 201 ? (JSON.parse(body) as { instrument: { id: string } }).instrument.id : undefined;
      },
    },
  ];
  if (!flags['keep-uploads']) {
    uploadRequests.push({
      method: 'DELETE',
      // No id (the upload failed and is counted as an error): start the cycle again.
      setupRequest: (req, context) => ((context as Context).id ? { ...req, path: `/api/instruments/${(context as Context).id}` } : (undefined as never)),
    });
  }

  const samples: Array<{ at: number; mb: number }> = [];
  const idle = rssMb(server.pid);
  const loadBefore = loadavg();
  const started = Date.now();
  const sampler = setInterval(() => samples.push({ at: (Date.now() - started) / 1000, mb: rssMb(server.pid) }), 1000);
  const [readResult, uploadResult] = await Promise.all([
    autocannon({ url: base, connections: connections - UPLOAD_CONNECTIONS, duration: seconds, requests: reads.map((path) => ({ method: 'GET', path })) }),
    autocannon({ url: base, connections: UPLOAD_CONNECTIONS, duration: seconds, requests: uploadRequests }),
  ]);
  clearInterval(sampler);
  samples.push({ at: (Date.now() - started) / 1000, mb: rssMb(server.pid) });
  const loadAfter = loadavg();

  const at = (fraction: number) => samples.reduce((best, s) => (Math.abs(s.at - seconds * fraction) < Math.abs(best.at - seconds * fraction) ? s : best));
  const start = at(0.1);
  const middle = at(0.5);
  const end = samples[samples.length - 1]!;
  const spread = (Math.max(start.mb, middle.mb, end.mb) - Math.min(start.mb, middle.mb, end.mb)) / start.mb;
  const errors = (r: autocannon.Result) => r.errors + r.timeouts + r.non2xx;
  const totalErrors = errors(readResult) + errors(uploadResult);
  const mb = (x: number) => `${x.toFixed(0)} MB`;
  const peak = samples.reduce((m, s) => Math.max(m, s.mb), 0);

  console.log(`\nLexAlign soak: ${seconds} s, ${connections} connections (${connections - UPLOAD_CONNECTIONS} reading, ${UPLOAD_CONNECTIONS} uploading` +
    `${flags['keep-uploads'] ? ', uploads kept' : ', each upload deleted again'}), ${statute.id}, ${process.env.LEXALIGN_CORPUS ? `corpus ${process.env.LEXALIGN_CORPUS}` : 'samples'}`);
  console.log(`reads:   ${readResult.requests.total} requests, ${readResult.requests.average.toFixed(0)} req/s, p50 ${readResult.latency.p50} ms, p99 ${readResult.latency.p99} ms, errors ${errors(readResult)} (${readResult.non2xx} non-2xx, ${readResult.timeouts} timeouts)`);
  console.log(`uploads: ${uploaded} uploads${flags['keep-uploads'] ? '' : ' and deletions'}, ${uploadResult.requests.total} requests, p50 ${uploadResult.latency.p50} ms, p99 ${uploadResult.latency.p99} ms, errors ${errors(uploadResult)} (${uploadResult.non2xx} non-2xx, ${uploadResult.timeouts} timeouts)`);
  console.log(`errors: ${totalErrors} (must be 0): ${totalErrors === 0 ? 'met' : 'NOT met'}`);
  console.log(`RSS: idle ${mb(idle)}; start (${start.at.toFixed(0)} s) ${mb(start.mb)}, middle (${middle.at.toFixed(0)} s) ${mb(middle.mb)}, end (${end.at.toFixed(0)} s) ${mb(end.mb)}; peak ${mb(peak)}`);
  // The shape between the three points: a plateau after warm-up is a heap finding its size, a steady climb a leak.
  const series = Array.from({ length: 11 }, (_, i) => at(i / 10));
  console.log(`RSS every ${(seconds / 10).toFixed(0)} s: ${series.map((s) => s.mb.toFixed(0)).join(' ')} MB`);
  console.log(`RSS spread over start, middle and end: ${(spread * 100).toFixed(1)}% (flat within ${FLAT * 100}%): ${spread <= FLAT ? 'met' : 'NOT met'}`);
  console.log(`load average (1, 5, 15 min): before ${loadBefore.map((x) => x.toFixed(2)).join(' ')}, after ${loadAfter.map((x) => x.toFixed(2)).join(' ')} on ${cpus().length} cores`);
  process.exitCode = totalErrors === 0 && spread <= FLAT ? 0 : 1;
} finally {
  await server.stop();
}
