import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readManifest } from '../../../server/services/manifest.ts';

const root = mkdtempSync(join(tmpdir(), 'lexalign-manifest-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function folder(name: string, manifest?: string): string {
  const dir = join(root, name);
  mkdirSync(dir);
  if (manifest !== undefined) writeFileSync(join(dir, 'manifest.json'), manifest);
  return dir;
}

describe('reading a manifest once', () => {
  it('reads the curated shape and a bulk set\'s bare array, with the folder its paths are relative to', () => {
    const curated = folder('curated', JSON.stringify({ instruments: [{ id: 'xa-cma', role: 'statute', file: 'xa.md', title: 'Computer Misuse Act', year: 2031, official_source: 'https://laws.example/xa' }] }));
    expect(readManifest(curated)).toEqual({ dir: curated, entries: [expect.objectContaining({ id: 'xa-cma', official_source: 'https://laws.example/xa' })] });
    const bulk = folder('bulk', JSON.stringify([{ file: 'a.md', title: null, year: null, kind: 'act', chapter: 'Cap. 9:23' }]));
    expect(readManifest(bulk)?.entries).toEqual([{ file: 'a.md', title: null, year: null, kind: 'act', chapter: 'Cap. 9:23' }]);
  });

  it('has nothing to say of a folder without a manifest, or with one that is not JSON or lists nothing', () => {
    expect(readManifest(folder('none'))).toBeNull();
    expect(readManifest(folder('broken', '{ "instruments": [ '))).toBeNull();
    expect(readManifest(folder('empty', JSON.stringify({ description: 'no list' })))).toBeNull();
  });

  it('leaves out an entry whose fields have the wrong type rather than half-reading it', () => {
    const dir = folder('typed', JSON.stringify({ instruments: [{ id: 'ok', file: 'ok.md', year: 2020 }, { id: 'bad', file: 'bad.md', year: '2020' }, 'not an entry'] }));
    expect(readManifest(dir)?.entries.map((e) => e.id)).toEqual(['ok']);
  });
});
