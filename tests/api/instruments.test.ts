import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, multipartBody, type TestApp } from './helper.ts';

const XA = 'xa-computer-misuse-act-2019';
const statute = `## Part 1 – Offences
1. Unauthorised access to computers
A person who intentionally and without authority accesses a computer commits an offence.
`;

describe('instruments', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp({ uploadLimitBytes: 4096 });
  });
  afterAll(() => t.close());

  it('lists instruments with report counts', async () => {
    const r = await t.app.inject({ url: '/api/instruments' });
    expect(r.statusCode).toBe(200);
    const body = r.json();
    expect(body.total).toBe(2);
    expect(body.instruments[0]).toMatchObject({ id: XA, jurisdiction: 'XA', kind: 'act', year: 2019, collection: 'samples', sections: 5 });
  });

  it('filters the list by jurisdiction, kind, year and role', async () => {
    expect((await t.app.inject({ url: '/api/instruments?jurisdiction=xb' })).json().instruments.map((i: { id: string }) => i.id)).toEqual(['xb-cybercrime-bill-2023']);
    expect((await t.app.inject({ url: '/api/instruments?kind=act' })).json().total).toBe(1);
    expect((await t.app.inject({ url: '/api/instruments?year=2023' })).json().total).toBe(1);
    expect((await t.app.inject({ url: '/api/instruments?role=template' })).json().total).toBe(0);
  });

  it('refuses an unknown filter value with a coded 400', async () => {
    const r = await t.app.inject({ url: '/api/instruments?year=soon' });
    expect(r.statusCode).toBe(400);
    expect(r.json().error.code).toBe('LEXALIGN_ERR_BAD_REQUEST');
    expect((await t.app.inject({ url: '/api/instruments?colour=red' })).statusCode).toBe(400);
  });

  it('gets one instrument with its report', async () => {
    const r = await t.app.inject({ url: `/api/instruments/${XA}` });
    expect(r.statusCode).toBe(200);
    expect(r.json().instrument.report.units).toHaveLength(5);
    expect(r.json().collection).toBe('samples');
  });

  it('answers 404 for an unknown instrument and 400 for a malformed id', async () => {
    const unknown = await t.app.inject({ url: '/api/instruments/zz-nothing' });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().error).toEqual({ code: 'LEXALIGN_ERR_UNKNOWN_INSTRUMENT', message: 'No instrument with id "zz-nothing"', statusCode: 404 });
    expect((await t.app.inject({ url: '/api/instruments/bad%20id' })).json().error.code).toBe('LEXALIGN_ERR_BAD_REQUEST');
  });

  it('uploads a statute with metadata and answers the instrument and its report', async () => {
    const { payload, headers } = multipartBody([
      { name: 'title', value: 'Computer Offences Act 2020' },
      { name: 'jurisdiction', value: 'xc' },
      { name: 'year', value: '2020' },
      { name: 'file', value: statute, fileName: 'xc-computer-offences-act-2020.md', type: 'text/markdown' },
    ]);
    const r = await t.app.inject({ method: 'POST', url: '/api/instruments', payload, headers });
    expect(r.statusCode).toBe(201);
    expect(r.json().instrument).toMatchObject({ id: 'xc-computer-offences-act-2020', title: 'Computer Offences Act 2020', jurisdiction: 'XC', year: 2020 });
    expect(r.json().instrument.report.units).toEqual([{ unit: '1', heading: 'Unauthorised access to computers' }]);
    expect(r.json().provisions).toBe(1);
    const listed = await t.app.inject({ url: '/api/instruments?collection=upload' });
    expect(listed.json().instruments.map((i: { id: string }) => i.id)).toEqual(['xc-computer-offences-act-2020']);
    // The upload is searchable and aligned straight away.
    const found = await t.app.inject({ url: '/api/search?q=unauthorised&instrument=xc-computer-offences-act-2020' });
    expect(found.json().total).toBe(1);
    const table = await t.app.inject({ url: '/api/alignments/xc-computer-offences-act-2020' });
    expect(table.json().articles['2']).toMatchObject({ provisions: ['1'], status: 'covered' });
  });

  it('never replaces an earlier upload of the same file name: 409 naming the instrument already there', async () => {
    const { payload, headers } = multipartBody([{ name: 'file', value: statute.replace('computers', 'computer systems'), fileName: 'xc-computer-offences-act-2020.md' }]);
    const r = await t.app.inject({ method: 'POST', url: '/api/instruments', payload, headers });
    expect(r.statusCode).toBe(409);
    expect(r.json().error).toMatchObject({ code: 'LEXALIGN_ERR_DUPLICATE_INSTRUMENT', instrument: 'xc-computer-offences-act-2020' });
    expect(r.json().error.message).toContain('an earlier upload');
    // The text reviews were made on is still the one served.
    const kept = await t.app.inject({ url: '/api/instruments/xc-computer-offences-act-2020' });
    expect(kept.json().instrument.report.units[0].heading).toBe('Unauthorised access to computers');
  });

  it('refuses to overwrite a corpus instrument by uploading a file of the same name', async () => {
    const { payload, headers } = multipartBody([{ name: 'file', value: statute.replace('computers', 'data'), fileName: `${XA}.md` }]);
    const r = await t.app.inject({ method: 'POST', url: '/api/instruments', payload, headers });
    expect(r.statusCode).toBe(409);
    expect(r.json().error.code).toBe('LEXALIGN_ERR_DUPLICATE_INSTRUMENT');
  });

  it('reports identical content as a duplicate, under any name, naming the instrument already there', async () => {
    for (const fileName of ['xc-another-name-2021.md', 'xc-computer-offences-act-2020.md']) {
      const { payload, headers } = multipartBody([{ name: 'file', value: statute, fileName }]);
      const r = await t.app.inject({ method: 'POST', url: '/api/instruments', payload, headers });
      expect(r.statusCode).toBe(409);
      expect(r.json().error).toMatchObject({ code: 'LEXALIGN_ERR_DUPLICATE_CONTENT', instrument: 'xc-computer-offences-act-2020' });
      expect(r.json().error.message).toMatch(/^The same text is already in the library as ".+" \(id "xc-computer-offences-act-2020"\); nothing was added$/);
    }
    const listed = await t.app.inject({ url: '/api/instruments?collection=upload' });
    expect(listed.json().instruments.map((i: { id: string }) => i.id)).toEqual(['xc-computer-offences-act-2020']);
  });

  it('answers 422 with the parser\'s reason when a file has no provisions', async () => {
    const { payload, headers } = multipartBody([{ name: 'file', value: 'just some words', fileName: 'notes.txt' }]);
    const r = await t.app.inject({ method: 'POST', url: '/api/instruments', payload, headers });
    expect(r.statusCode).toBe(422);
    expect(r.json().error.code).toBe('LEXALIGN_ERR_INGEST_FAILED');
    expect(r.json().error.message).toContain('No numbered sections found');
  });

  it('refuses bad upload metadata and a missing file', async () => {
    const bad = multipartBody([{ name: 'year', value: 'next year' }, { name: 'file', value: statute, fileName: 'a.md' }]);
    const r1 = await t.app.inject({ method: 'POST', url: '/api/instruments', ...bad });
    expect(r1.statusCode).toBe(400);
    expect(r1.json().error.message).toMatch(/year/);
    const unknownField = multipartBody([{ name: 'owner', value: 'me' }, { name: 'file', value: statute, fileName: 'a.md' }]);
    expect((await t.app.inject({ method: 'POST', url: '/api/instruments', ...unknownField })).statusCode).toBe(400);
    const noFile = multipartBody([{ name: 'title', value: 'x' }]);
    const r2 = await t.app.inject({ method: 'POST', url: '/api/instruments', ...noFile });
    expect(r2.statusCode).toBe(400);
    expect(r2.json().error.message).toMatch(/file/);
    const json = await t.app.inject({ method: 'POST', url: '/api/instruments', payload: { file: 'x' } });
    expect(json.statusCode).toBe(400);
  });

  it('deletes an upload, keeps corpus instruments, and 404s an unknown id', async () => {
    expect((await t.app.inject({ method: 'DELETE', url: `/api/instruments/${XA}` })).json().error.code).toBe('LEXALIGN_ERR_NOT_UPLOADED');
    expect((await t.app.inject({ method: 'DELETE', url: '/api/instruments/zz-none' })).statusCode).toBe(404);
    const r = await t.app.inject({ method: 'DELETE', url: '/api/instruments/xc-computer-offences-act-2020' });
    expect(r.statusCode).toBe(200);
    expect(r.json()).toEqual({ deleted: 'xc-computer-offences-act-2020' });
    expect((await t.app.inject({ url: '/api/instruments/xc-computer-offences-act-2020' })).statusCode).toBe(404);
    expect((await t.app.inject({ url: '/api/search?q=unauthorised&instrument=xc-computer-offences-act-2020' })).json().total).toBe(0);
  });
});
