import { describe, expect, it } from 'vitest';
import { ingest, ingestFile, ingestText, IngestError } from '../../../server/ingest/index.ts';

const enc = (s: string) => new TextEncoder().encode(s);
const STATUTE = 'Short title\n\n1.\n\nThis Act may be cited as the Lantern Act.\n\nInterpretation\n\n2.\n\nIn this Act "lantern" means a lamp.\n';

async function codeOf(p: Promise<unknown>): Promise<string> {
  try { await p; return 'no error'; } catch (e) {
    expect(e).toBeInstanceOf(IngestError);
    expect((e as IngestError).message.length).toBeGreaterThan(10);
    return (e as IngestError).code;
  }
}

describe('bad input gives a coded IngestError, never a crash', () => {
  it('refuses empty and whitespace-only files', async () => {
    expect(await codeOf(ingest({ bytes: new Uint8Array(), fileName: 'a.txt' }))).toBe('LEXALIGN_ERR_EMPTY_FILE');
    expect(await codeOf(ingest({ bytes: enc('  \n\n \t'), fileName: 'a.md' }))).toBe('LEXALIGN_ERR_EMPTY_FILE');
  });
  it('refuses binary garbage and unknown extensions', async () => {
    const garbage = new Uint8Array(512).map((_, i) => (i * 37) % 256);
    expect(await codeOf(ingest({ bytes: garbage, fileName: 'a.bin' }))).toBe('LEXALIGN_ERR_BINARY_CONTENT');
    expect(await codeOf(ingest({ bytes: garbage, fileName: 'a.txt' }))).toBe('LEXALIGN_ERR_BINARY_CONTENT');
    expect(await codeOf(ingest({ bytes: enc(STATUTE), fileName: 'a.xyz' }))).toBe('LEXALIGN_ERR_UNKNOWN_FORMAT');
    expect(await codeOf(ingest({ bytes: enc(STATUTE), fileName: 'a.pdf' }))).toBe('LEXALIGN_ERR_UNKNOWN_FORMAT');
  });
  it('refuses invalid JSON and JSON of another shape', async () => {
    expect(await codeOf(ingest({ bytes: enc('{"title": '), fileName: 'a.json' }))).toBe('LEXALIGN_ERR_BAD_JSON');
    expect(await codeOf(ingest({ bytes: enc('{"name": "x", "items": [1, 2]}'), fileName: 'a.json' }))).toBe('LEXALIGN_ERR_JSON_SHAPE');
    expect(await codeOf(ingest({ bytes: enc('[1, 2, 3]'), fileName: 'a.json' }))).toBe('LEXALIGN_ERR_JSON_SHAPE');
    expect(await codeOf(ingest({ bytes: enc('[]'), fileName: 'a.json' }))).toBe('LEXALIGN_ERR_EMPTY_FILE');
  });
  it('says so when a text has no numbered units at all', async () => {
    expect(await codeOf(ingest({ bytes: enc('A letter to the editor about lamps.\n'), fileName: 'a.txt' }))).toBe('LEXALIGN_ERR_NO_PROVISIONS');
  });
  it('reports a missing file with a read error', async () => {
    expect(await codeOf(ingestFile('/nonexistent/lantern.md'))).toBe('LEXALIGN_ERR_READ_FILE');
  });
  it('the synchronous ingestText throws IngestError too', () => {
    expect(() => ingestText('', 'a.md')).toThrow(IngestError);
  });
});

describe('formats and metadata', () => {
  it('detects JSON by content when the extension says nothing, and takes the bill record path', async () => {
    const record = JSON.stringify({ bill_id: 7, title: 'Lantern Bill, 2030', markdown: STATUTE });
    const r = await ingest({ bytes: enc(record), fileName: 'lantern-bill' });
    expect(r.instrument.report.units.map((u) => u.unit)).toEqual(['1', '2']);
    expect(r.instrument.source.format).toBe('json');
    expect(r.instrument.title).toBe('Lantern Bill, 2030');
  });
  it('round-trips its own output', async () => {
    const first = ingestText(STATUTE, 'lantern-act-2030.txt', { jurisdiction: 'XY', year: 2030, kind: 'act', title: 'Lantern Act', origin: 'manifest' });
    const again = await ingest({ bytes: enc(JSON.stringify(first)), fileName: 'lantern.json' });
    expect(again).toEqual(first);
  });
  it('takes metadata from the caller first, then front matter; builds the work IRI', () => {
    const md = `---\ntitle: Lantern Act\nyear: 2030\njurisdiction: xy\n---\n\n${STATUTE}`;
    const r = ingestText(md, 'lantern-act.md');
    expect(r.instrument).toMatchObject({ id: 'lantern-act', title: 'Lantern Act', year: 2030, jurisdiction: 'XY', origin: 'frontmatter' });
    expect(r.instrument.inferred).not.toContain('title');
    const m = ingestText(md, 'lantern-act.md', { title: 'Given', kind: 'bill', origin: 'manifest' });
    expect(m.instrument).toMatchObject({ title: 'Given', kind: 'bill', origin: 'manifest', work: '/akn/xy/bill/2030/lantern-act' });
  });
  it('de-duplicates eIds with a suffix and a warning', () => {
    const r = ingestText('1. This Act is the Lamp Act.\n\n2. (1) A lamp is a light.\n(1) A wick is a cord.\n', 'lamp.txt');
    const ids = r.provisions.map((p) => p.eId);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toContain('sec_2__subsec_1_2');
    expect(r.instrument.report.warnings.map((w) => w.code)).toContain('LEXALIGN_WARN_DUPLICATE_EID');
  });
});
