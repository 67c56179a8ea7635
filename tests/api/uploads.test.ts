import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fakeIngest, fakePipeline } from '../fixtures/api/fake-pipeline.ts';
import { buildTestApp, multipartBody, type TestApp } from './helper.ts';

const sections = (n: number) => Array.from({ length: n }, (_, i) => `${i + 1}. Access ${i + 1}\nA person who intentionally accesses a computer commits an offence.`).join('\n');
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Issue 15: uploads are bounded (what they hold, how many at once), never replace, and fail cheaply twice. */
describe('uploads', () => {
  let t: TestApp;
  const slow = fakePipeline();
  let delayMs = 0;
  beforeAll(async () => {
    slow.ingest = async (input) => {
      slow.calls.ingest++;
      if (delayMs) await sleep(delayMs);
      return fakeIngest(input);
    };
    t = await buildTestApp({ pipeline: slow, uploadMaxUnits: 20, uploadMaxProvisions: 40, uploadConcurrency: 1, uploadQueue: 1 });
  });
  afterAll(() => t.close());

  const upload = (fileName: string, value: Buffer | string) =>
    t.app.inject({ method: 'POST', url: '/api/instruments', ...multipartBody([{ name: 'file', value, fileName }]) });

  it('refuses a file holding more units than an upload may, with a coded 413, and remembers the failure', async () => {
    const big = sections(25);
    const r = await upload('too-many.md', big);
    expect(r.statusCode).toBe(413);
    expect(r.json().error).toMatchObject({ code: 'LEXALIGN_ERR_UPLOAD_TOO_COMPLEX' });
    expect(r.json().error.message).toBe('The file holds 25 units (sections or articles); the limit for an upload is 20 units');
    const calls = slow.calls.ingest;
    // The same bytes again (under another name too) cost a hash, not another parse.
    expect((await upload('too-many.md', big)).statusCode).toBe(413);
    expect((await upload('again.md', big)).statusCode).toBe(413);
    expect(slow.calls.ingest).toBe(calls);
    expect((await t.app.inject({ url: '/api/instruments/too-many' })).statusCode).toBe(404);
  });

  it('remembers a parse failure by its bytes', async () => {
    expect((await upload('words.txt', 'no sections here')).statusCode).toBe(422);
    const calls = slow.calls.ingest;
    const again = await upload('words.txt', 'no sections here');
    expect(again.statusCode).toBe(422);
    expect(again.json().error.code).toBe('LEXALIGN_ERR_INGEST_FAILED');
    expect(slow.calls.ingest).toBe(calls);
  });

  it('ingests a bounded number at once, queues a few, and answers 503 with Retry-After to the rest', async () => {
    delayMs = 300;
    try {
      const answers = await Promise.all(['q1', 'q2', 'q3', 'q4'].map((n) => upload(`${n}.md`, sections(2).replace('Access', `Access ${n}`))));
      const codes = answers.map((a) => a.statusCode).sort();
      expect(codes).toEqual([201, 201, 503, 503]);
      const busy = answers.find((a) => a.statusCode === 503)!;
      expect(busy.json().error.code).toBe('LEXALIGN_ERR_BUSY');
      expect(busy.headers['retry-after']).toBe('5');
    } finally {
      delayMs = 0;
    }
  });

  it('refuses, at once, a second upload of a name being ingested', async () => {
    delayMs = 200;
    try {
      const [a, b] = await Promise.all([upload('twin.md', sections(1)), upload('twin.md', sections(2))]);
      expect([a.statusCode, b.statusCode].sort()).toEqual([201, 409]);
      expect((a.statusCode === 409 ? a : b).json().error.instrument).toBe('twin');
    } finally {
      delayMs = 0;
    }
  });

  it('gives non-Latin file names ids of their own, and never uses a name as a path', async () => {
    // Each text differs: the same text twice is refused as a duplicate, whatever its name.
    const text = (n: number) => sections(1).replace('Access 1', `Access ${n + 100}`);
    const ar = await upload('قانون الجرائم الإلكترونية.md', text(1));
    const zh = await upload('网络安全法.md', text(2));
    const ru = await upload('Закон о связи.md', text(3));
    expect([ar.statusCode, zh.statusCode, ru.statusCode]).toEqual([201, 201, 201]);
    const ids = [ar, zh, ru].map((r) => r.json().instrument.id);
    expect(new Set(ids).size).toBe(3);
    expect(ids[0]).toMatch(/^untitled-[0-9a-f]{8}$/);
    expect(ids[2]).toBe('zakon-o-svyazi');
    const traversal = await upload('../../../../etc/passwd.md', text(4));
    expect(traversal.statusCode).toBe(201);
    expect(traversal.json().instrument.id).toBe('passwd');
    expect(traversal.json().instrument.source.file).toBe('passwd.md');
    const windows = await upload('..\\..\\boot.ini.md', text(5));
    expect(windows.json().instrument.id).toBe('boot.ini');
  });

  it('reads a text file saved as UTF-16 (with or without its byte order mark)', async () => {
    const text = sections(1).replace('Access 1', 'Accès 1');
    const withBom = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const r = await upload('utf16-bom.md', withBom);
    expect(r.statusCode).toBe(201);
    expect(r.json().instrument.report.units[0].heading).toBe('Accès 1');
    // Without its byte order mark, and another text (the same text again would be a duplicate).
    const bare = await upload('utf16-bare.txt', Buffer.from(text.replace('Accès 1', 'Accès 2'), 'utf16le'));
    expect(bare.statusCode).toBe(201);
    expect(bare.json().instrument.report.units[0].heading).toBe('Accès 2');
  });

  it('answers a malformed multipart body with a coded 400, not a 500', async () => {
    const headers = { 'content-type': 'multipart/form-data; boundary=xyz' };
    const cases = [
      '--xyz\r\nContent-Disposition: form-data; name="file"; filename="a.md"\r\n\r\n1. A', // never ends
      '--xyz\r\nGarbage header line\r\n\r\nbody\r\n--xyz--\r\n',
      'not multipart at all',
    ];
    for (const payload of cases) {
      const r = await t.app.inject({ method: 'POST', url: '/api/instruments', payload, headers });
      expect(r.statusCode, payload).toBe(400);
      expect(r.json().error.code).toBe('LEXALIGN_ERR_BAD_REQUEST');
    }
  });
});

describe('JSON bodies and their charset', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp();
  });
  afterAll(() => t.close());
  const XA = 'xa-computer-misuse-act-2019';

  it('decodes a UTF-16 JSON body rather than reading it as UTF-8', async () => {
    const body = JSON.stringify({ author: 'Zoë Ünal', status: 'missing', provisions: [] });
    for (const charset of ['utf-16le', 'utf-16']) {
      const r = await t.app.inject({ method: 'PUT', url: `/api/reviews/${XA}/9`, payload: Buffer.from(body, 'utf16le'), headers: { 'content-type': `application/json; charset=${charset}` } });
      expect(r.statusCode, charset).toBe(200);
      expect(r.json().review.author).toBe('Zoë Ünal');
    }
  });

  it('refuses a charset it cannot decode with a coded 415', async () => {
    const body = JSON.stringify({ author: 'A', status: 'missing', provisions: [] });
    const r = await t.app.inject({ method: 'PUT', url: `/api/reviews/${XA}/9`, payload: body, headers: { 'content-type': 'application/json; charset=utf-32' } });
    expect(r.statusCode).toBe(415);
    expect(r.json().error.code).toBe('LEXALIGN_ERR_UNSUPPORTED_FORMAT');
  });
});
