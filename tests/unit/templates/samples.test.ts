import { existsSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectCorpusDir } from '../../../server/corpus-dir.ts';

const samplesDir = join(projectCorpusDir, 'samples');
const manifest = JSON.parse(readFileSync(join(samplesDir, 'manifest.json'), 'utf8')) as {
  instruments: Array<{ id: string; role: string; file: string; jurisdiction: string; title: string; year: number; kind: string; language: string; format: string }>;
};

/** Top-level section numbers as each sample's format prints them (a rough count, independent of ingestion). */
function sectionCount(file: string, text: string): number {
  switch (extname(file)) {
    case '.md':
      return new Set([...text.matchAll(/^(\d+[A-Z]?)\.(?:\(1\))?\s*$/gm)].map((m) => m[1])).size;
    case '.txt':
      return (text.match(/^\d+[A-Z]?\. [A-Z][^\n]*\.$/gm) ?? []).length;
    case '.html':
      return (text.match(/<h3>\d+[A-Z]?\. /g) ?? []).length;
    case '.json':
      return (JSON.parse(text) as { provisions: unknown[] }).provisions.length;
    default:
      return 0;
  }
}

describe('sample statutes (corpus/samples)', () => {
  it('has four statutes of user-assigned jurisdictions, one per source format', () => {
    expect(manifest.instruments.map((i) => i.jurisdiction)).toEqual(['XA', 'XB', 'XC', 'XD']);
    expect(new Set(manifest.instruments.map((i) => i.format))).toEqual(new Set(['md', 'txt', 'html', 'json']));
    expect(new Set(manifest.instruments.map((i) => i.id)).size).toBe(4);
  });

  for (const entry of manifest.instruments) {
    it(`${entry.id}: manifest entry matches its file`, () => {
      const path = join(samplesDir, entry.file);
      expect(existsSync(path)).toBe(true);
      expect(extname(entry.file)).toBe(`.${entry.format}`);
      expect(entry.file.startsWith(entry.id)).toBe(true);
      expect(entry).toMatchObject({ role: 'statute', language: 'en', kind: 'act' });
      expect(entry.title.length).toBeGreaterThan(5);
      const count = sectionCount(entry.file, readFileSync(path, 'utf8'));
      expect(count).toBeGreaterThanOrEqual(12);
      expect(count).toBeLessThanOrEqual(30);
    });
  }

  it('the JSON sample uses the seed-record shape', () => {
    const json = JSON.parse(readFileSync(join(samplesDir, 'xd-delmora-cyber-offenses-act-2022.json'), 'utf8'));
    expect(typeof json.title).toBe('string');
    for (const p of json.provisions) expect(Object.keys(p).sort()).toEqual(['chapter', 'content', 'section', 'title']);
  });
});
