import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from './build-client.ts';

export interface RunningServer {
  baseUrl: string;
  /** Server output, kept for diagnosing a failed start or a failed test. */
  log: () => string;
  stop: () => Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.unref();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolvePort(port));
    });
  });
}

async function waitForHealth(baseUrl: string, child: ChildProcess, timeoutMs: number, log: () => string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited with code ${child.exitCode}:\n${log()}`);
    try {
      const response = await fetch(`${baseUrl}/api/health`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`server did not answer /api/health within ${timeoutMs} ms:\n${log()}`);
}

/**
 * Starts the real server (`lexalign serve`) on a free loopback port with a throw-away database. It reads the real
 * corpus when LEXALIGN_CORPUS names it, else the project's own samples.
 */
export async function startServer(
  options: { corpus?: string | null; timeoutMs?: number; args?: string[]; prepareDb?: (dbPath: string) => Promise<void> } = {},
): Promise<RunningServer> {
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'lexalign-e2e-'));
  const dbPath = join(dir, 'e2e.sqlite');
  // E.g. accounts created before a shared server starts (it refuses to start without one).
  await options.prepareDb?.(dbPath);
  const args = [join(repoRoot, 'scripts', 'bin', 'lexalign.js'), 'serve', '--port', String(port), '--db', dbPath, ...(options.args ?? [])];
  if (options.corpus) args.push('--corpus', options.corpus);
  const child = spawn(process.execPath, args, { cwd: repoRoot, env: { ...process.env, HOST: '127.0.0.1' }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-20_000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const baseUrl = `http://127.0.0.1:${port}`;
  const log = () => output;
  const stop = async () => {
    if (child.exitCode === null) {
      child.kill('SIGTERM');
      await Promise.race([new Promise((r) => child.once('exit', r)), new Promise((r) => setTimeout(r, 5000))]);
      if (child.exitCode === null) child.kill('SIGKILL');
    }
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    await waitForHealth(baseUrl, child, options.timeoutMs ?? 180_000, log);
  } catch (error) {
    await stop();
    throw error;
  }
  return { baseUrl, log, stop };
}
