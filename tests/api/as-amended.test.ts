import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { consolidateFixtures, realIngestPipeline } from '../fixtures/consolidate/real-ingest-pipeline.ts';
import { buildTestApp, multipartBody, type TestApp } from './helper.ts';

const ACT = 'rr-records-act-cap-308c';
const BILL = 'rr-records-amendment-bill-2031';

describe('GET /api/instruments/:id/as-amended-by/:amendingId', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp({ samplesDir: consolidateFixtures, pipeline: realIngestPipeline() });
  });
  afterAll(async () => t.close());

  it('answers the consolidated text with each change marked and every record accounted for', async () => {
    const res = await t.app.inject({ url: `/api/instruments/${ACT}/as-amended-by/${BILL}` });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.summary).toEqual({ records: 9, applied: 7, partlyApplied: 0, notApplied: 1, otherInstrument: 1 });
    expect(body.principal).toEqual({ id: ACT, title: 'Records Act, Cap. 308C' });
    const s5a = body.provisions.find((p: { eId: string }) => p.eId === 'part_2__sec_5a');
    expect(s5a.change).toMatchObject({ action: 'inserted', note: 'inserted by cl. 3 of the Records (Amendment) Bill, 2031', by: { eId: 'sec_3' } });
    const failed = body.outcomes.find((o: { status: string }) => o.status === 'not-applied');
    expect(failed).toMatchObject({ reason: 's. 4 has no subsection (5)', by: { cite: 'the Schedule to the Records (Amendment) Bill, 2031' } });
  });

  it('lists the instruments that amend a law', async () => {
    const res = await t.app.inject({ url: `/api/instruments/${ACT}/amended-by` });
    expect(res.statusCode).toBe(200);
    expect(res.json().amendedBy).toEqual([{ id: BILL, title: 'Records (Amendment) Bill, 2031', kind: 'bill', year: 2031, records: 8 }]);
    expect((await t.app.inject({ url: `/api/instruments/${BILL}/amended-by` })).json().amendedBy).toEqual([]);
  });

  it('lists the laws an amending instrument amends, record by record, and says which are not in the library', async () => {
    const res = await t.app.inject({ url: `/api/instruments/${BILL}/amends` });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.principals).toEqual([{ id: ACT, title: 'Records Act, Cap. 308C', kind: 'act', year: 2020, records: 8 }]);
    expect(body.records).toHaveLength(9);
    const evidence = body.records.filter((r: { principals: string[] }) => r.principals.length === 0);
    expect(evidence).toEqual([{ record: expect.any(Number), target: 'Evidence Act, Cap. 121', by: { eId: expect.any(String), cite: 'the Schedule to the Records (Amendment) Bill, 2031' }, principals: [] }]);
    expect(body.records.find((r: { by: { eId: string } }) => r.by.eId === 'sec_3')).toMatchObject({ target: 'Records Act, Cap. 308C', by: { cite: 'cl. 3 of the Records (Amendment) Bill, 2031' }, principals: [ACT] });
    // A law that amends nothing answers empty lists; an unknown id, 404.
    expect((await t.app.inject({ url: `/api/instruments/${ACT}/amends` })).json()).toEqual({ instrument: ACT, records: [], principals: [] });
    expect((await t.app.inject({ url: '/api/instruments/no-such-bill/amends' })).statusCode).toBe(404);
  });

  it('exports the consolidation as Akoma Ntoso with passive modifications', async () => {
    const res = await t.app.inject({ url: `/api/instruments/${ACT}/as-amended-by/${BILL}/akn` });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('application/akn+xml');
    const xml = res.body;
    expect(xml).toMatch(/<analysis source="#lexalign">\s*<passiveModifications>/);
    expect(xml).toMatch(/<textualMod eId="pmod_\d+" type="insertion">\s*<source href="\/akn\/xr\/bill\/2031\/rr-records-amendment-bill-2031\/!main#sec_3"\/>\s*<destination href="#part_2__sec_5a"\/>/);
    expect(xml).toMatch(/<textualMod eId="pmod_\d+" type="repeal">\s*<source [^>]*#sec_5"\/>\s*<destination href="#part_2__sec_6"\/>\s*<old>A keeper shall pay/);
    expect(xml).toMatch(/<section eId="part_2__sec_6" status="removed">/);
    // The analysis sits between the identification and the references, as the AKN schema orders <meta>.
    expect(xml.indexOf('</identification>')).toBeLessThan(xml.indexOf('<analysis'));
    expect(xml.indexOf('</analysis>')).toBeLessThan(xml.indexOf('<references'));
  });

  it('says clearly when an id is unknown, or when the instrument does not amend this one', async () => {
    const unknown = await t.app.inject({ url: `/api/instruments/no-such-act/as-amended-by/${BILL}` });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().error).toMatchObject({ code: 'LEXALIGN_ERR_UNKNOWN_INSTRUMENT', message: 'No instrument with id "no-such-act"' });
    expect((await t.app.inject({ url: `/api/instruments/${ACT}/as-amended-by/no-such-bill` })).statusCode).toBe(404);
    const reversed = await t.app.inject({ url: `/api/instruments/${BILL}/as-amended-by/${ACT}` });
    expect(reversed.statusCode).toBe(422);
    expect(reversed.json().error).toEqual({
      code: 'LEXALIGN_ERR_NOT_AMENDING',
      statusCode: 422,
      message: 'The Records Act, Cap. 308C makes no amendment to the Records (Amendment) Bill, 2031 (it makes no amendment to any Act)',
    });
    const self = await t.app.inject({ url: `/api/instruments/${BILL}/as-amended-by/${BILL}` });
    expect(self.statusCode).toBe(422);
    expect((await t.app.inject({ url: `/api/instruments/${ACT}/as-amended-by/..%2F..%2Fetc` })).statusCode).toBe(400);
  });

  it('names the Acts an amending instrument does amend when it does not amend this one', async () => {
    const other = readFileSync(join(consolidateFixtures, 'records-amendment-bill-2031.md'), 'utf8').replace(/Records Act, Cap\. 308C/g, 'Archives Act, Cap. 45').replace(/Cap\. 308C/g, 'Cap. 45');
    const up = multipartBody([{ name: 'file', value: other, fileName: 'archives-amendment-bill-2031.md' }, { name: 'kind', value: 'bill' }]);
    expect((await t.app.inject({ method: 'POST', url: '/api/instruments', ...up })).statusCode).toBe(201);
    const res = await t.app.inject({ url: `/api/instruments/${ACT}/as-amended-by/archives-amendment-bill-2031` });
    expect(res.statusCode).toBe(422);
    expect(res.json().error.message).toMatch(/makes no amendment to the Records Act, Cap\. 308C \(it amends: Archives Act, Cap\. 45; Evidence Act, Cap\. 121\)$/);
  });
});
