import { execFile } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDefaultPipeline } from '../../server/services/default-pipeline.ts';
import { makeInflatingDocx } from '../fixtures/binary/make-fixtures.ts';
import { buildTestApp, type TestApp } from './helper.ts';
import { maxOf } from '../../server/large-arrays.ts';

const MB = 1024 * 1024;

/** Hostile files, generated here: each must end in a coded 4xx or a bounded success while the server stays responsive. */
function hostileFiles(): Array<{ name: string; bytes: Buffer; expect: number[] }> {
  const sections = Array.from({ length: 100_000 }, (_, i) => `${i + 1}. Section ${i + 1}\nA person who intentionally accesses a computer system without right commits an offence.\n`).join('\n');
  const deepHtml = `<html><body>${'<div>'.repeat(2000)}<p>1. Illegal access</p><p>A person who intentionally accesses a computer commits an offence.</p>${'</div>'.repeat(2000)}</body></html>`;
  const millionArray = `[${new Array(1_000_000).fill('0').join(',')}]`;
  return [
    { name: 'inflating.docx', bytes: makeInflatingDocx(40 * MB), expect: [413] },
    { name: 'hundred-thousand-sections.md', bytes: Buffer.from(sections), expect: [413, 422] },
    { name: 'deep.html', bytes: Buffer.from(deepHtml), expect: [201, 422] },
    { name: 'million.json', bytes: Buffer.from(millionArray), expect: [413, 415, 422] },
    { name: '../../../etc/passwd.md', bytes: Buffer.from('1. Access\nA person who intentionally accesses a computer commits an offence.\n'), expect: [201] },
    { name: 'قانون الجرائم الإلكترونية.md', bytes: Buffer.from('1. Access\nA person who intentionally accesses a computer system commits an offence.\n'), expect: [201] },
  ];
}

describe('hostile uploads against a real server on 127.0.0.1 (real pipeline, upload workers)', () => {
  let t: TestApp;
  let base: string;
  beforeAll(async () => {
    t = await buildTestApp({
      pipeline: (await loadDefaultPipeline()) as never,
      defaultTemplate: 'coe-budapest-convention-2001',
      uploadTimeoutMs: 10_000,
      uploadMemoryMb: 512,
    });
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    base = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`;
  });
  afterAll(() => t.close());

  const upload = async (name: string, bytes: Buffer) => {
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(bytes)]), name);
    const r = await fetch(`${base}/api/instruments`, { method: 'POST', body: form });
    return { status: r.status, body: (await r.json()) as { error?: { code: string; message: string }; instrument?: { id: string } } };
  };

  it('aligns an ordinary upload on the worker, so it is served aligned at once', async () => {
    const r = await upload('xq-computer-misuse-act.md', Buffer.from('1. Illegal access\nA person who intentionally and without right accesses a computer system commits an offence.\n'));
    expect(r.status).toBe(201);
    const table = await fetch(`${base}/api/alignments/xq-computer-misuse-act`);
    expect(table.status).toBe(200);
  });

  // Parsing runs on upload workers, never on the server's own thread: parsed inline, the hundred-thousand-section
  // file alone would hold that thread until the 10 s ingestion timeout. This file runs in the suite's second, serial
  // pass (vitest.timing.config.ts): beside the other test files on two cores, the OS scheduler alone could push a
  // health answer past the bound, and the test would measure the neighbours rather than the server.
  const HEALTH_BOUND_MS = 200;

  it('answers each with a coded 4xx or a bounded success, and health within 200 ms meanwhile', async () => {
    // Made and sent by another process: the test and the server share this process's event loop, and building
    // a 12 MB multipart body here would be counted against the server.
    const files = hostileFiles();
    const folder = join(t.dir, 'hostile');
    mkdirSync(folder, { recursive: true });
    files.forEach((f, i) => writeFileSync(join(folder, String(i)), f.bytes));
    const sender = `
      const { readFileSync } = require('node:fs');
      const [base, folder, ...names] = process.argv.slice(1);
      Promise.all(names.map(async (name, i) => {
        const form = new FormData();
        form.append('file', new Blob([readFileSync(folder + '/' + i)]), name);
        const r = await fetch(base + '/api/instruments', { method: 'POST', body: form });
        return { status: r.status, body: await r.json() };
      })).then((answers) => process.stdout.write(JSON.stringify(answers)));`;
    const latencies: number[] = [];
    let polling = true;
    const poll = (async () => {
      while (polling) {
        const started = performance.now();
        const h = await fetch(`${base}/api/health`);
        await h.arrayBuffer();
        expect(h.status).toBe(200);
        latencies.push(performance.now() - started);
        await new Promise((r) => setTimeout(r, 20));
      }
    })();
    const answers = await new Promise<Array<Awaited<ReturnType<typeof upload>>>>((resolve, reject) =>
      execFile(process.execPath, ['-e', sender, base, folder, ...files.map((f) => f.name)], { maxBuffer: 16 * MB }, (error, stdout) =>
        error ? reject(error) : resolve(JSON.parse(stdout))));
    polling = false;
    await poll;
    answers.forEach((a, i) => {
      const f = files[i];
      expect(f.expect, `${f.name}: ${a.status} ${JSON.stringify(a.body).slice(0, 300)}`).toContain(a.status);
      if (a.status >= 400) expect(a.body.error?.code).toMatch(/^LEXALIGN_ERR_/);
      expect(JSON.stringify(a.body)).not.toMatch(/Maximum call stack|RangeError|TypeError|\/work\/|node_modules|\.ts:\d/);
    });
    expect(answers[0].body.error?.code).toBe('LEXALIGN_ERR_ARCHIVE_TOO_LARGE');
    expect(answers[4].body.instrument?.id).toBe('passwd');
    expect(answers[5].body.instrument?.id).toMatch(/^untitled-[0-9a-f]{8}$/);
    const worst = Math.max(0, maxOf(latencies));
    console.log(answers.map((a, i) => `${files[i].name}: ${a.status} ${a.body.error?.code ?? a.body.instrument?.id} ${a.body.error?.message ?? ""}`).join("\n"));
    console.log(`health during hostile uploads: ${latencies.length} requests, worst ${worst.toFixed(0)} ms, median ${latencies.sort((a, b) => a - b)[latencies.length >> 1]?.toFixed(0)} ms`);
    expect(latencies.length).toBeGreaterThan(5);
    expect(worst).toBeLessThan(HEALTH_BOUND_MS);
    const health = await (await fetch(`${base}/api/health`)).json();
    expect(health.status).toBe('ok');
  });

  it('answers a file it refused again at once, from memory', async () => {
    const [hundred] = hostileFiles().slice(1, 2);
    const started = performance.now();
    const again = await upload(hundred.name, hundred.bytes);
    expect([413, 422]).toContain(again.status);
    expect(performance.now() - started).toBeLessThan(1500);
  });
});
