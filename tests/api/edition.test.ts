import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, fixtureSamples, type TestApp } from './helper.ts';

// A made-up corpus folder: one Act (our own fixture text) with its publisher's record beside it.
describe('GET /api/instruments/:id/edition', () => {
  let t: TestApp;
  let corpus: string;
  beforeAll(async () => {
    corpus = mkdtempSync(join(tmpdir(), 'lexalign-edition-'));
    writeFileSync(join(corpus, 'xc-act.md'), readFileSync(join(fixtureSamples, 'xa-computer-misuse-act-2019.md')));
    writeFileSync(
      join(corpus, 'xc-act.json'),
      JSON.stringify({ url: 'https://laws.example/akn/xc/act/2019/3/eng@2034-06-30', status: 'partially_suspended', description: 'Sections 3 and 4 suspended by the Court' }),
    );
    writeFileSync(
      join(corpus, 'manifest.json'),
      JSON.stringify({
        instruments: [
          { id: 'xc-computer-act-2019', role: 'statute', file: 'xc-act.md', alternates: ['xc-act.json'], jurisdiction: 'XC', title: 'Computer Act 2019', year: 2019, kind: 'revised', notes: 'Made up for tests.' },
        ],
      }),
    );
    t = await buildTestApp({ corpusDir: corpus });
  });
  afterAll(async () => {
    await t.close();
    rmSync(corpus, { recursive: true, force: true });
  });

  it('says the stage, the as-at date, the official source and the suspended provisions', async () => {
    const r = await t.app.inject({ url: '/api/instruments/xc-computer-act-2019/edition' });
    expect(r.statusCode).toBe(200);
    expect(r.json()).toEqual({
      instrument: 'xc-computer-act-2019',
      kind: 'revised',
      asAt: '2034-06-30',
      asAtFrom: 'source',
      sourceUrl: 'https://laws.example/akn/xc/act/2019/3/eng@2034-06-30',
      suspended: 'Sections 3 and 4 suspended by the Court',
      notes: 'Made up for tests.',
    });
  });

  it('gives at least the stage for an instrument the corpus manifest does not describe, and 404s an unknown one', async () => {
    expect((await t.app.inject({ url: '/api/instruments/xb-cybercrime-bill-2023/edition' })).json()).toEqual({ instrument: 'xb-cybercrime-bill-2023', kind: 'bill' });
    expect((await t.app.inject({ url: '/api/instruments/nope/edition' })).statusCode).toBe(404);
  });
});
