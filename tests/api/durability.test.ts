import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const bin = resolve(import.meta.dirname, '..', '..', 'scripts', 'bin', 'lexalign.js');

/** Starts `lexalign serve` on a free loopback port and resolves with its base URL once it listens. */
function serve(dbPath: string, cwd: string): Promise<{ child: ChildProcess; base: string }> {
  const env: NodeJS.ProcessEnv = { ...process.env, LEXALIGN_LOG: 'info' };
  delete env.LEXALIGN_CORPUS;
  const child = spawn(process.execPath, [bin, 'serve', '--port', '0', '--host', '127.0.0.1', '--db', dbPath], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
  return new Promise((ok, fail) => {
    let out = '';
    const timer = setTimeout(() => fail(new Error(`server did not start:\n${out}`)), 140_000);
    const onData = (chunk: Buffer) => {
      out += chunk.toString();
      const m = out.match(/Server listening at (http:\/\/127\.0\.0\.1:\d+)/);
      if (m) {
        clearTimeout(timer);
        ok({ child, base: m[1] });
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.on('exit', (code) => fail(new Error(`server exited with ${code}:\n${out}`)));
  });
}

function killHard(child: ChildProcess): Promise<void> {
  return new Promise((ok) => {
    if (child.exitCode !== null || child.signalCode !== null) return ok();
    child.once('exit', () => ok());
    child.kill('SIGKILL');
  });
}

describe('durability of reviews', () => {
  const dir = mkdtempSync(join(tmpdir(), 'lexalign-durable-'));
  const dbPath = join(dir, 'lexalign.sqlite');
  const children: ChildProcess[] = [];
  afterAll(async () => {
    for (const c of children) await killHard(c);
    rmSync(dir, { recursive: true, force: true });
  });

  it('a review answered 200 survives kill -9 of the server', async () => {
    const first = await serve(dbPath, dir);
    children.push(first.child);
    const list = (await (await fetch(`${first.base}/api/instruments?role=statute`)).json()) as { instruments: Array<{ id: string }> };
    const id = list.instruments[0].id;
    const note = `kill test ${Date.now()}`;
    const put = await fetch(`${first.base}/api/reviews/${id}/2`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ author: 'Durability Test', status: 'missing', provisions: [], note }),
    });
    expect(put.status).toBe(200);
    await killHard(first.child); // no graceful shutdown: the commit must already be on disk

    const second = await serve(dbPath, dir);
    children.push(second.child);
    const history = (await (await fetch(`${second.base}/api/reviews/${id}/2`)).json()) as { history: Array<{ author: string; note: string }> };
    expect(history.history[0]).toMatchObject({ author: 'Durability Test', note });
    const table = (await (await fetch(`${second.base}/api/alignments/${id}`)).json()) as { articles: Record<string, { reviewed?: { note?: string } }> };
    expect(table.articles['2'].reviewed?.note).toBe(note);
    await killHard(second.child);
  }, 300_000);
});
