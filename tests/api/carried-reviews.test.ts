import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, multipartBody, TEMPLATE, type TestApp } from './helper.ts';

/** A made-up Act in two versions: s. 2 (interception) changes its penalty; s. 3 (data) is the same in both. */
const v1 = `# Computer Offences Act

1. Short title
This Act may be cited as the Computer Offences Act.

2. Interception of communications
(1) A person who intentionally intercepts a non-public transmission of computer data commits an offence.
(2) A person who commits an offence under subsection (1) is liable on conviction to a fine of five thousand dollars.

3. Damage to data
A person who intentionally and without authority damages, deletes or alters computer data commits an offence.

4. Regulations
The Minister may make regulations for the purposes of this Act.
`;
const v2 = v1.replace('five thousand dollars', 'fifty thousand dollars or to imprisonment for two years');

const ACT = 'computer-offences-act';

describe('GET /api/instruments/:id/reviews/carried', () => {
  let t: TestApp;
  const upload = (text: string, fileName: string, fields: Record<string, string> = {}) =>
    t.app.inject({
      method: 'POST',
      url: '/api/instruments',
      ...multipartBody([{ name: 'file', value: text, fileName }, ...Object.entries(fields).map(([name, value]) => ({ name, value }))]),
    });
  const review = (instrument: string, article: string, body: Record<string, unknown>) =>
    t.app.inject({ method: 'PUT', url: `/api/reviews/${instrument}/${article}?template=${TEMPLATE}`, payload: { author: 'A. Drafter', ...body } });

  beforeAll(async () => {
    t = await buildTestApp();
    expect((await upload(v1, `${ACT}.md`, { title: 'Computer Offences Act', jurisdiction: 'XR', kind: 'act' })).statusCode).toBe(201);
    expect((await review(ACT, '3', { status: 'partial', provisions: ['2(1)'], note: 'no "without right"' })).statusCode).toBe(200);
    expect((await review(ACT, '3', { status: 'covered', provisions: ['s. 2(1)'], note: 'intent suffices' })).statusCode).toBe(200);
    expect((await review(ACT, '4', { status: 'covered', provisions: ['3'] })).statusCode).toBe(200);
    expect((await upload(v2, 'computer-offences-2032.md', { versionOf: ACT })).statusCode).toBe(201);
    // A review made on version 2 itself is that version's own, not a carried one.
    expect((await review(`${ACT}.v2`, '2', { status: 'missing', provisions: [] })).statusCode).toBe(200);
  });
  afterAll(async () => t.close());

  it('shows the earlier version\'s reviews on the later one, each saying whether the text it cites changed', async () => {
    const res = await t.app.inject({ url: `/api/instruments/${ACT}.v2/reviews/carried?template=${TEMPLATE}` });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.cells.map((c: { article: string }) => c.article)).toEqual(['3', '4']);
    const [interception, data] = body.cells;
    // Both reviews of Art. 3, newest first, made on version 1 and cited there; s. 2 has other words now.
    expect(interception.reviews.map((r: { review: { note: string } }) => r.review.note)).toEqual(['intent suffices', 'no "without right"']);
    expect(interception.reviews[0]).toMatchObject({
      version: { id: ACT, number: 1, title: 'Computer Offences Act' },
      review: { instrument: ACT, status: 'covered', provisions: ['2'], pinpoints: ['2(1)'], author: 'A. Drafter' },
      text: 'changed',
      cited: [{ unit: '2', status: 'changed', now: '2' }],
    });
    expect(Number.isNaN(Date.parse(interception.reviews[0].version.date))).toBe(false);
    expect(data.reviews).toHaveLength(1);
    expect(data.reviews[0]).toMatchObject({ text: 'unchanged', cited: [{ unit: '3', status: 'unchanged', now: '3' }], review: { instrument: ACT } });
  });

  it('never copies or changes the old reviews: each version keeps its own history', async () => {
    const old = (await t.app.inject({ url: `/api/reviews/${ACT}/3?template=${TEMPLATE}` })).json().history;
    expect(old.map((r: { note: string }) => r.note)).toEqual(['intent suffices', 'no "without right"']);
    expect((await t.app.inject({ url: `/api/reviews/${ACT}.v2/3?template=${TEMPLATE}` })).json().history).toEqual([]);
    expect((await t.app.inject({ url: `/api/reviews/${ACT}.v2/2?template=${TEMPLATE}` })).json().history).toHaveLength(1);
    expect((await t.app.inject({ url: `/api/alignments/${ACT}.v2?template=${TEMPLATE}` })).json().articles['3'].reviewed).toBeUndefined();
  });

  it('has nothing to carry on a first version, and answers 404 for an unknown instrument or template', async () => {
    expect((await t.app.inject({ url: `/api/instruments/${ACT}/reviews/carried?template=${TEMPLATE}` })).json()).toEqual({ instrument: ACT, template: TEMPLATE, cells: [] });
    const unknown = await t.app.inject({ url: '/api/instruments/no-such-act/reviews/carried' });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().error.code).toBe('LEXALIGN_ERR_UNKNOWN_INSTRUMENT');
    const noTemplate = await t.app.inject({ url: `/api/instruments/${ACT}.v2/reviews/carried?template=no-such-template` });
    expect(noTemplate.statusCode).toBe(404);
    expect(noTemplate.json().error.code).toBe('LEXALIGN_ERR_UNKNOWN_TEMPLATE');
  });
});
