import { describe, expect, it } from 'vitest';
import { instrumentToAkn } from '../../../server/akn/instrument-to-akn.ts';
import { escapeXml, renderXml } from '../../../server/akn/xml.ts';
import { fakeIngest } from '../../fixtures/api/fake-pipeline.ts';

const text = `## Part 1 – Offences & "penalties"
1. Access <without> authority
A person who accesses a computer commits an offence.
(1) In this section "computer" includes a device.
(a) a phone;
2. Attempts
An attempt is an offence.
`;

describe('Akoma Ntoso export', () => {
  const { instrument, provisions } = fakeIngest({ bytes: new TextEncoder().encode(text), fileName: 'xq-act.md', meta: { id: 'xq-act', title: 'Q & A Act', year: 2020 } });
  const xml = instrumentToAkn(instrument, provisions, new Date('2024-05-01T00:00:00Z'));

  it('nests provisions under their Part, with intro text before children', () => {
    expect(xml).toMatch(/<part eId="part_1">\s*<num>1<\/num>\s*<heading>Offences &amp; &quot;penalties&quot;<\/heading>\s*<section eId="part_1__sec_1">/);
    expect(xml).toMatch(/<section eId="part_1__sec_1">\s*<num>1<\/num>\s*<heading>Access &lt;without&gt; authority<\/heading>\s*<intro>/);
    expect(xml).toMatch(/<subsection eId="part_1__sec_1__subsec_1">[\s\S]*<paragraph eId="part_1__sec_1__subsec_1__para_a">/);
    expect(xml).toMatch(/<section eId="part_1__sec_2">[\s\S]*<content>\s*<p>An attempt is an offence.<\/p>/);
  });

  it('writes the FRBR identification and escapes metadata', () => {
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<akomaNtoso')).toBe(true);
    expect(xml).toContain('<FRBRname value="Q &amp; A Act"/>');
    expect(xml).toContain('<FRBRdate date="2024-05-01" name="generated"/>');
  });

  it('balances every tag', () => {
    const opened = [...xml.matchAll(/<([A-Za-z]+)[^>]*?(\/?)>/g)].filter((m) => m[2] !== '/').map((m) => m[1]);
    const closed = [...xml.matchAll(/<\/([A-Za-z]+)>/g)].map((m) => m[1]);
    expect(closed.sort()).toEqual(opened.filter((n) => n !== 'xml').sort());
  });
});

describe('XML writer', () => {
  it('escapes markup and drops characters XML forbids', () => {
    expect(escapeXml('a<b>&"\'\u0001c')).toBe('a&lt;b&gt;&amp;&quot;&apos;c');
  });

  it('refuses element names that are not names', () => {
    expect(() => renderXml({ name: 'p><script' })).toThrow(/invalid XML element name/);
  });
});
