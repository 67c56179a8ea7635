import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeZip } from '../fixtures/api/zip.ts';
import { buildTestApp, multipartBody, type TestApp } from './helper.ts';

const XA = 'xa-computer-misuse-act-2019';
const MB = 1024 * 1024;

/** Every bad input gets a 4xx with a code from the catalogue, and the server keeps answering. */
describe('bad input', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp({ uploadLimitBytes: 64 * 1024, docxExpandLimitBytes: 1 * MB });
  });
  afterAll(() => t.close());

  const upload = (fileName: string, value: Buffer | string) =>
    t.app.inject({ method: 'POST', url: '/api/instruments', ...multipartBody([{ name: 'file', value, fileName }]) });

  async function expectCoded(res: { statusCode: number; json(): { error: { code: string; message: string } } }, status: number, code: string) {
    expect(res.statusCode).toBe(status);
    expect(res.json().error.code).toBe(code);
    expect(res.json().error.message.length).toBeGreaterThan(3);
    expect((await t.app.inject({ url: '/api/health' })).statusCode).toBe(200);
  }

  it('an upload over the configured limit: 413', async () => {
    await expectCoded(await upload('big.md', Buffer.alloc(100 * 1024, 'a')), 413, 'LEXALIGN_ERR_UPLOAD_TOO_LARGE');
  });

  it('an unsupported file type: 415', async () => {
    await expectCoded(await upload('tool.exe', Buffer.from('MZ')), 415, 'LEXALIGN_ERR_UNSUPPORTED_FORMAT');
    await expectCoded(await upload('noextension', 'text'), 415, 'LEXALIGN_ERR_UNSUPPORTED_FORMAT');
  });

  it('a .docx zip bomb: 413 before any library unpacks it', async () => {
    const bomb = makeZip([{ name: 'word/document.xml', data: Buffer.alloc(8 * MB) }]);
    expect(bomb.length).toBeLessThan(64 * 1024);
    await expectCoded(await upload('bomb.docx', bomb), 413, 'LEXALIGN_ERR_ARCHIVE_TOO_LARGE');
  });

  it('a .docx zip bomb that lies about its size: 413', async () => {
    const liar = makeZip([{ name: 'word/document.xml', data: Buffer.alloc(8 * MB), declaredSize: 100 }]);
    await expectCoded(await upload('liar.docx', liar), 413, 'LEXALIGN_ERR_ARCHIVE_TOO_LARGE');
  });

  it('a .docx that is not a zip: 422', async () => {
    await expectCoded(await upload('fake.docx', 'not a zip at all, just words'), 422, 'LEXALIGN_ERR_BAD_ARCHIVE');
  });

  it('a deeply nested JSON body: 400, not a stack overflow', async () => {
    const deep = '['.repeat(100_000) + ']'.repeat(100_000);
    const r = await t.app.inject({ method: 'PUT', url: `/api/reviews/${XA}/2`, payload: deep, headers: { 'content-type': 'application/json' } });
    await expectCoded(r, 400, 'LEXALIGN_ERR_BAD_REQUEST');
    expect(r.json().error.message).toMatch(/nested deeper/);
  });

  it('a JSON body over the body limit: 413', async () => {
    const huge = JSON.stringify({ author: 'A', status: 'missing', provisions: [], note: 'x'.repeat(400 * 1024) });
    const r = await t.app.inject({ method: 'PUT', url: `/api/reviews/${XA}/2`, payload: huge, headers: { 'content-type': 'application/json' } });
    await expectCoded(r, 413, 'LEXALIGN_ERR_BODY_TOO_LARGE');
  });

  it('prototype poisoning in a body: 400', async () => {
    const r = await t.app.inject({
      method: 'PUT', url: `/api/reviews/${XA}/2`,
      payload: '{"author":"A","status":"missing","provisions":[],"__proto__":{"admin":true}}',
      headers: { 'content-type': 'application/json' },
    });
    await expectCoded(r, 400, 'LEXALIGN_ERR_BAD_REQUEST');
  });

  it('a body of the wrong media type: 415', async () => {
    const r = await t.app.inject({ method: 'PUT', url: `/api/reviews/${XA}/2`, payload: 'author=A', headers: { 'content-type': 'text/plain' } });
    await expectCoded(r, 415, 'LEXALIGN_ERR_UNSUPPORTED_FORMAT');
  });

  it('malformed params: 400', async () => {
    await expectCoded(await t.app.inject({ url: '/api/instruments/%00abc' }), 400, 'LEXALIGN_ERR_BAD_REQUEST');
    await expectCoded(await t.app.inject({ url: `/api/reviews/${XA}/2;drop` }), 400, 'LEXALIGN_ERR_BAD_REQUEST');
    await expectCoded(await t.app.inject({ url: `/api/instruments/${'a'.repeat(300)}` }), 400, 'LEXALIGN_ERR_BAD_REQUEST');
    await expectCoded(await t.app.inject({ url: `/api/instruments/${'a'.repeat(5000)}` }), 400, 'LEXALIGN_ERR_BAD_REQUEST');
  });

  it('path-like ids: 400, and no file is ever read', async () => {
    await expectCoded(await t.app.inject({ url: '/api/instruments/..%2F..%2Fetc%2Fpasswd' }), 400, 'LEXALIGN_ERR_BAD_REQUEST');
    // A literal ".." is resolved by URL parsing before routing: it lands on no route.
    await expectCoded(await t.app.inject({ url: '/api/instruments/..' }), 404, 'LEXALIGN_ERR_NOT_FOUND');
    await expectCoded(await t.app.inject({ url: `/api/instruments/${XA}/provisions/..%2F..%2Fsecret` }), 400, 'LEXALIGN_ERR_BAD_REQUEST');
    await expectCoded(await t.app.inject({ url: '/api/exports/gap-report/..%2F..%2Fetc%2Fpasswd.html' }), 400, 'LEXALIGN_ERR_BAD_REQUEST');
    // An upload named like a path is stored under its bare name.
    const r = await upload('../../etc/xe-access-act.md', '## Part 1 – A\n1. Access\nA person who intentionally accesses a computer commits an offence.\n');
    expect(r.statusCode).toBe(201);
    expect(r.json().instrument.id).toBe('xe-access-act');
    const raw = await t.app.inject({ url: '/api/../../etc/passwd' });
    expect(raw.body).not.toContain('root:');
  });

  it('unknown routes and methods: coded 404', async () => {
    await expectCoded(await t.app.inject({ url: '/api/nothing-here' }), 404, 'LEXALIGN_ERR_NOT_FOUND');
    await expectCoded(await t.app.inject({ method: 'PATCH', url: `/api/instruments/${XA}` }), 404, 'LEXALIGN_ERR_NOT_FOUND');
  });
});
