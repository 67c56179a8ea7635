import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ingestFiles } from '../../server/services/ingest-files.ts';
import type { FileOutcome } from '../../server/services/pipeline.ts';
import { fakePipeline, type FakePipeline } from '../fixtures/api/fake-pipeline.ts';
import { buildTestApp, fixtureSamples } from './helper.ts';

const statute = (name: string) => `## Part I – Lamps\n1. Short title\nThis Act may be cited as the ${name} Act.\n2. Lamps\nA keeper shall trim every lamp.\n`;

/** The fake pipeline with "workers" that answer in reverse order and stop any file named slow.md at the limit. */
function workerPipeline(): FakePipeline & { batches: string[][] } {
  const fake = fakePipeline();
  const batches: string[][] = [];
  return Object.assign(fake, {
    batches,
    async ingestFiles(jobs: Array<{ path: string; meta?: object }>, options: { timeoutMs: number; onResult(i: number, o: FileOutcome): void }) {
      batches.push(jobs.map((j) => basename(j.path)));
      for (const [index, job] of [...jobs.entries()].reverse()) {
        if (job.path.endsWith('slow.md')) {
          options.onResult(index, { error: `ingestion took longer than ${options.timeoutMs / 1000} s and was stopped` });
          continue;
        }
        options.onResult(index, { result: await fake.ingest({ bytes: readFileSync(job.path), fileName: basename(job.path), meta: job.meta }) });
      }
    },
  });
}

describe('start-up ingestion through workers', () => {
  const dir = mkdtempSync(join(tmpdir(), 'lexalign-startup-workers-'));
  const samples = join(dir, 'samples');
  const extra = join(dir, 'extra');
  cpSync(fixtureSamples, samples, { recursive: true });
  for (const sub of ['a', 'b']) {
    mkdirSync(join(extra, sub), { recursive: true });
    writeFileSync(join(extra, sub, 'lamp.md'), statute(`Lamp ${sub}`));
  }
  writeFileSync(join(extra, 'slow.md'), statute('Slow'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('gives ids in source order whatever order files finish in, and skips a file over the time limit', async () => {
    const pipeline = workerPipeline();
    const t = await buildTestApp({ samplesDir: samples, extraDirs: [extra], pipeline }, dir);
    expect(pipeline.batches).toHaveLength(1);
    expect(pipeline.batches[0]).toHaveLength(5);
    const sync = t.app.services.startup.sync;
    expect(sync).toMatchObject({ scanned: 5, ingested: 4, unchanged: 0 });
    expect(sync.failed).toEqual([{ file: 'slow.md', reason: expect.stringMatching(/took longer than \d+ s and was stopped/) }]);
    const ids = t.app.services.catalogue.list().map((r) => `${r.id}=${r.sourceKey}`);
    expect(ids).toContain('lamp=extra:extra/a/lamp.md');
    expect(ids).toContain('b-lamp=extra:extra/b/lamp.md');
    expect((await t.app.inject({ url: '/api/instruments/b-lamp' })).statusCode).toBe(200);
    await t.close();
  });

  it('does not retry, on a warm start, a file that failed with the same bytes and parser; retries it once changed', async () => {
    const pipeline = workerPipeline();
    const warm = await buildTestApp({ samplesDir: samples, extraDirs: [extra], pipeline }, dir);
    expect(pipeline.batches).toEqual([]);
    expect(pipeline.calls.ingest).toBe(0);
    expect(warm.app.services.startup.sync).toMatchObject({ scanned: 5, ingested: 0, unchanged: 4, failed: [{ file: 'slow.md' }] });
    await warm.close();

    writeFileSync(join(extra, 'slow.md'), statute('Slow but changed'));
    const again = workerPipeline();
    const t = await buildTestApp({ samplesDir: samples, extraDirs: [extra], pipeline: again }, dir);
    // One changed file is ingested in this thread: workers are for runs of files.
    expect(again.batches).toEqual([]);
    expect(again.calls.ingest).toBe(1);
    expect(t.app.services.startup.sync).toMatchObject({ ingested: 1, unchanged: 4, failed: [] });
    await t.close();
  });
});

describe('the worker pool behind Pipeline.ingestFiles', () => {
  it('ingests files on worker threads and reports each by its index, failures included', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lexalign-ingest-files-'));
    try {
      const files = ['lamp-act.md', 'wick-act.md', 'empty.md', 'oil-act.md'].map((f) => join(dir, f));
      writeFileSync(files[0], `1. Short title\n\nThis Act may be cited as the Lamp Act.\n\n2. Lamps\n\nA keeper shall trim every lamp.\n`);
      writeFileSync(files[1], `1. Short title\n\nThis Act may be cited as the Wick Act.\n\n2. Wicks\n\nA wick shall be of cotton.\n`);
      writeFileSync(files[2], 'No sections here at all.\n');
      writeFileSync(files[3], `1. Short title\n\nThis Act may be cited as the Oil Act.\n\n2. Oil\n\nOil shall be clean.\n`);
      const outcomes: FileOutcome[] = [];
      await ingestFiles(files.map((path, k) => ({ path, meta: { id: `x-${k}` } })), { timeoutMs: 60_000, onResult: (i, o) => { outcomes[i] = o; } });
      expect(outcomes.map((o) => ('result' in o ? o.result.instrument.id : 'failed'))).toEqual(['x-0', 'x-1', 'failed', 'x-3']);
      expect(outcomes[2]).toEqual({ error: expect.stringMatching(/No numbered sections/) });
      expect('result' in outcomes[1] && outcomes[1].result.provisions.map((p) => p.num)).toEqual(['1', '2']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
