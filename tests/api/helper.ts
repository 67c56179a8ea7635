import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { buildApp, type BuildAppOptions } from '../../server/app.ts';
import { fakePipeline, type FakePipeline } from '../fixtures/api/fake-pipeline.ts';

export const fixtureSamples = resolve(import.meta.dirname, '..', 'fixtures', 'api', 'samples');
export const TEMPLATE = 'xx-model-convention';

export interface TestApp {
  app: FastifyInstance;
  pipeline: FakePipeline;
  dir: string;
  dbPath: string;
  close(): Promise<void>;
}

/** The app over our fixture statutes, a fake pipeline and a fresh database in a temp folder. */
export async function buildTestApp(overrides: Partial<BuildAppOptions> = {}, dir?: string): Promise<TestApp> {
  const folder = dir ?? mkdtempSync(join(tmpdir(), 'lexalign-api-'));
  const dbPath = join(folder, 'test.sqlite');
  const pipeline = (overrides.pipeline as FakePipeline | undefined) ?? fakePipeline();
  const app = await buildApp({
    corpusDir: null,
    dbPath,
    samplesDir: fixtureSamples,
    clientDir: join(folder, 'no-client'),
    defaultTemplate: TEMPLATE,
    ...overrides,
    pipeline,
  });
  return {
    app,
    pipeline,
    dir: folder,
    dbPath,
    async close() {
      await app.close();
      if (!dir) rmSync(folder, { recursive: true, force: true });
    },
  };
}

/** Builds a multipart/form-data body by hand, so tests control every byte (and can send bad ones). */
export function multipartBody(
  parts: Array<{ name: string; value: string | Buffer; fileName?: string; type?: string }>,
): { payload: Buffer; headers: Record<string, string> } {
  const boundary = '----lexalign-test-boundary';
  const chunks: Buffer[] = [];
  for (const p of parts) {
    const disposition = p.fileName ? `form-data; name="${p.name}"; filename="${p.fileName}"` : `form-data; name="${p.name}"`;
    chunks.push(Buffer.from(`--${boundary}\r\nContent-Disposition: ${disposition}\r\n`));
    if (p.fileName) chunks.push(Buffer.from(`Content-Type: ${p.type ?? 'application/octet-stream'}\r\n`));
    chunks.push(Buffer.from('\r\n'), Buffer.isBuffer(p.value) ? p.value : Buffer.from(p.value), Buffer.from('\r\n'));
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return { payload: Buffer.concat(chunks), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}
