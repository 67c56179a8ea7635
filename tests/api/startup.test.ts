import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fakePipeline } from '../fixtures/api/fake-pipeline.ts';
import { buildTestApp, fixtureSamples } from './helper.ts';

describe('start-up', () => {
  const dir = mkdtempSync(join(tmpdir(), 'lexalign-startup-'));
  const samples = join(dir, 'samples');
  cpSync(fixtureSamples, samples, { recursive: true });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('a warm start re-ingests, re-aligns and re-indexes nothing when no file changed', async () => {
    const cold = await buildTestApp({ samplesDir: samples }, dir);
    expect(cold.pipeline.calls).toMatchObject({ ingest: 2, align: 2, build: 1, load: 0 });
    await cold.close();

    const pipeline = fakePipeline();
    const warm = await buildTestApp({ samplesDir: samples, pipeline }, dir);
    expect(pipeline.calls).toEqual({ ingest: 0, align: 0, build: 0, load: 1 });
    expect(warm.app.services.startup.sync).toMatchObject({ scanned: 2, ingested: 0, unchanged: 2 });
    expect((await warm.app.inject({ url: '/api/search?q=rumour' })).json().total).toBe(1);
    await warm.close();
  });

  it('re-ingests only the file whose bytes changed, and rebuilds the index', async () => {
    const file = join(samples, 'xb-cybercrime-bill-2023.md');
    writeFileSync(file, '## Part 1 – Offences\n1. Illegal interception\nA person who intentionally intercepts a transmission commits an offence.\n');
    const pipeline = fakePipeline();
    const t = await buildTestApp({ samplesDir: samples, pipeline }, dir);
    expect(pipeline.calls).toEqual({ ingest: 1, align: 1, build: 1, load: 0 });
    const table = (await t.app.inject({ url: '/api/alignments/xb-cybercrime-bill-2023' })).json();
    expect(table.articles['3']).toMatchObject({ provisions: ['1'], status: 'covered' });
    await t.close();
  });

  it('reports files that cannot be ingested and still serves the rest', async () => {
    writeFileSync(join(samples, 'xb-cybercrime-bill-2023.md'), 'no sections in here');
    const t = await buildTestApp({ samplesDir: samples }, dir);
    expect(t.app.services.startup.sync.failed).toEqual([{ file: 'xb-cybercrime-bill-2023.md', reason: 'No numbered sections found in xb-cybercrime-bill-2023.md' }]);
    expect((await t.app.inject({ url: '/api/instruments/xa-computer-misuse-act-2019' })).statusCode).toBe(200);
    await t.close();
  });
});
