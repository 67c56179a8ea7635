import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { consolidateFixtures, realIngestPipeline } from '../fixtures/consolidate/real-ingest-pipeline.ts';
import { buildTestApp, multipartBody, type TestApp } from './helper.ts';

const ACT = 'rr-records-act-cap-308c';
const revised = readFileSync(join(consolidateFixtures, 'records-act-revised-2032.md'), 'utf8');
const unrelated = `# Fisheries Act

**1. Short title**

This Act may be cited as the Fisheries Act.

**2. Licences**

No person shall fish for lobster in the territorial sea without a licence granted by the Chief Fisheries Officer.

**3. Closed season**

The Minister may by order declare a closed season for any species of fish.

**4. Nets**

A person who uses a net with a mesh smaller than the prescribed size commits an offence.
`;

const upload = (t: TestApp, text: string, fileName: string, fields: Record<string, string> = {}) =>
  t.app.inject({
    method: 'POST',
    url: '/api/instruments',
    ...multipartBody([{ name: 'file', value: text, fileName }, ...Object.entries(fields).map(([name, value]) => ({ name, value }))]),
  });

describe('versions of an instrument', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp({ samplesDir: consolidateFixtures, pipeline: realIngestPipeline() });
  });
  afterAll(async () => t.close());

  it('still refuses a file whose name is taken when no version is asked for (409), and stores nothing', async () => {
    const res = await upload(t, revised, `${ACT}.md`);
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('LEXALIGN_ERR_DUPLICATE_INSTRUMENT');
    expect((await t.app.inject({ url: `/api/instruments/${ACT}/versions` })).json().versions).toHaveLength(1);
  });

  it('refuses a text of another law as a version, naming the reason, and stores nothing', async () => {
    const res = await upload(t, unrelated, 'fisheries-act.md', { versionOf: ACT });
    expect(res.statusCode).toBe(422);
    expect(res.json().error.code).toBe('LEXALIGN_ERR_NOT_A_VERSION');
    expect(res.json().error.message).toMatch(/^The uploaded text shares \d of \d sections with the Records Act, Cap\. 308C \(rr-records-act-cap-308c\), so it does not look like a version of it\. Nothing was stored/);
    expect((await t.app.inject({ url: '/api/instruments?collection=upload' })).json().total).toBe(0);
  });

  it('answers 404 for a version of an instrument that is not in the library', async () => {
    const res = await upload(t, revised, 'records.md', { versionOf: 'no-such-act' });
    expect(res.statusCode).toBe(404);
  });

  it('keeps a revised text as version 2 beside the first, and lists both with their dates', async () => {
    const res = await upload(t, revised, 'records-act-revised-2032.md', { versionOf: ACT });
    expect(res.statusCode).toBe(201);
    expect(res.json().instrument).toMatchObject({ id: `${ACT}.v2`, jurisdiction: 'XR' });
    const list = (await t.app.inject({ url: `/api/instruments/${ACT}.v2/versions` })).json();
    expect(list.series).toBe(ACT);
    expect(list.versions.map((v: { id: string; number: number }) => [v.id, v.number])).toEqual([[ACT, 1], [`${ACT}.v2`, 2]]);
    for (const v of list.versions) expect(Number.isNaN(Date.parse(v.date))).toBe(false);
    expect((await t.app.inject({ url: `/api/instruments/${ACT}` })).statusCode).toBe(200);
  });

  it('diffs the two versions unit by unit: changed words, a renumbered section, a removed Schedule', async () => {
    const res = await t.app.inject({ url: `/api/instruments/${ACT}/version-diff/${ACT}.v2` });
    expect(res.statusCode).toBe(200);
    const diff = res.json();
    const by = (unit: string) => diff.units.find((u: { from?: { unit: string } }) => u.from?.unit === unit);
    expect(by('1')).toMatchObject({ status: 'unchanged', similarity: 1 });
    expect(by('3')).toMatchObject({ status: 'changed', subdivisions: [{ num: '3(2)', status: 'changed' }, { num: '3(3)', status: 'changed' }] });
    const words = by('3').segments.filter((s: { op: string }) => s.op !== 'equal').map((s: { op: string; text: string }) => `${s.op}:${s.text.trim()}`);
    expect(words).toEqual(expect.arrayContaining(['delete:ten', 'insert:five', 'insert:thousand', 'insert:or a legible copy of an electronic record,']));
    expect(by('6')).toMatchObject({ status: 'renumbered', to: { unit: '7', heading: 'Fees' } });
    expect(by('7')).toMatchObject({ status: 'renumbered', to: { unit: '8' } });
    expect(by('Schedule')).toMatchObject({ status: 'removed' });
    expect(diff.units.find((u: { to?: { unit: string } }) => u.to?.unit === '6')).toMatchObject({ status: 'added', to: { heading: 'Unauthorised access to electronic records' } });
    expect(diff.summary).toEqual({ unchanged: 3, changed: 2, renumbered: 2, added: 1, removed: 1 });
  });

  it('refuses to diff two instruments that are not versions of one law', async () => {
    const res = await t.app.inject({ url: `/api/instruments/${ACT}/version-diff/rr-records-amendment-bill-2031` });
    expect(res.statusCode).toBe(422);
    expect(res.json().error.code).toBe('LEXALIGN_ERR_NOT_A_VERSION');
  });

  it('numbers the next version 3, and forgets a deleted version', async () => {
    const again = await upload(t, revised.replace('six years', 'seven years'), 'records-2033.md', { versionOf: `${ACT}.v2` });
    expect(again.json().instrument.id).toBe(`${ACT}.v3`);
    expect((await t.app.inject({ method: 'DELETE', url: `/api/instruments/${ACT}.v3` })).statusCode).toBe(200);
    expect((await t.app.inject({ url: `/api/instruments/${ACT}/versions` })).json().versions.map((v: { number: number }) => v.number)).toEqual([1, 2]);
  });
});
