import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, TEMPLATE, type TestApp } from './helper.ts';

const XA = 'xa-computer-misuse-act-2019';
const XB = 'xb-cybercrime-bill-2023';

describe('provisions and templates', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp();
  });
  afterAll(() => t.close());

  it('lists provisions in order with parent links', async () => {
    const r = await t.app.inject({ url: `/api/instruments/${XA}/provisions` });
    expect(r.statusCode).toBe(200);
    const { provisions, total } = r.json();
    expect(total).toBe(12);
    expect(provisions[0].eId).toBe('part_I__sec_1');
    const para = provisions.find((p: { num: string }) => p.num === '4(1)(a)');
    expect(para.parent).toBe('part_II__sec_4__subsec_1');
  });

  it('gets one provision; 404 for an unknown eId or instrument; 400 for a malformed eId', async () => {
    const ok = await t.app.inject({ url: `/api/instruments/${XA}/provisions/part_II__sec_3__subsec_1` });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().provision).toMatchObject({ num: '3(1)', unit: '3', kind: 'offence' });
    const missing = await t.app.inject({ url: `/api/instruments/${XA}/provisions/sec_99` });
    expect(missing.statusCode).toBe(404);
    expect(missing.json().error.code).toBe('LEXALIGN_ERR_UNKNOWN_PROVISION');
    expect((await t.app.inject({ url: '/api/instruments/zz/provisions/sec_1' })).json().error.code).toBe('LEXALIGN_ERR_UNKNOWN_INSTRUMENT');
    expect((await t.app.inject({ url: `/api/instruments/${XA}/provisions/sec%3C1%3E` })).statusCode).toBe(400);
    expect((await t.app.inject({ url: '/api/instruments/zz/provisions' })).statusCode).toBe(404);
  });

  it('exports Akoma Ntoso XML with statute text escaped', async () => {
    const r = await t.app.inject({ url: `/api/instruments/${XB}/akn` });
    expect(r.statusCode).toBe(200);
    expect(r.headers['content-type']).toContain('application/akn+xml');
    expect(r.body).toContain('<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0">');
    expect(r.body).toContain('<bill name="xb-cybercrime-bill-2023">');
    // The sample's "& shall bind the <State>" must arrive as text, never as markup.
    expect(r.body).toContain('2023 &amp; shall bind the &lt;State&gt;.');
    expect(r.body).not.toContain('<State>');
    expect(r.body).toMatch(/<part eId="part_2">\s*<num>2<\/num>\s*<heading>Computer offences<\/heading>\s*<section eId="part_2__sec_2">/);
    expect((await t.app.inject({ url: '/api/instruments/zz/akn' })).statusCode).toBe(404);
  });

  it('lists templates and gets one with its element profile and texts', async () => {
    const list = await t.app.inject({ url: '/api/templates' });
    expect(list.statusCode).toBe(200);
    expect(list.json().templates[0]).toMatchObject({ id: TEMPLATE, shortTitle: 'Model Convention' });
    expect(list.json().templates[0].articles.map((a: { article: string }) => a.article)).toEqual(['2', '3', '4', '9']);
    const one = await t.app.inject({ url: `/api/templates/${TEMPLATE}` });
    expect(one.json().articles[0]).toMatchObject({ article: '2', obligation: 'mandatory', textSource: 'official' });
    expect(one.json().articles[0].elements[1]).toMatchObject({ id: 'without_right', status: 'required' });
    const unknown = await t.app.inject({ url: '/api/templates/xx-none' });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().error.code).toBe('LEXALIGN_ERR_UNKNOWN_TEMPLATE');
  });

  it('answers health with counts', async () => {
    const r = await t.app.inject({ url: '/api/health' });
    expect(r.json()).toMatchObject({ status: 'ok', instruments: 2, templates: 1, startup: { ingested: 2, failed: 0 } });
    // The upload limit, for the client to check a file before sending it.
    expect(r.json().uploadLimitBytes).toBe(20 * 1024 * 1024);
  });
});
