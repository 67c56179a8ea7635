import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadManifest, manifestMetaFor } from '../../../../server/ingest/metadata/manifest.ts';
import { findCorpusRoot } from '../../../../server/ingest/metadata/find-corpus-root.ts';

function corpus(): string {
  const dir = mkdtempSync(join(tmpdir(), 'lexalign-manifest-'));
  writeFileSync(
    join(dir, 'manifest.json'),
    JSON.stringify({
      instruments: [
        { id: 'fd-gadget-act-2030', role: 'statute', file: 'raw/fd-gadget-act-2030.md', alternates: ['raw/fd-gadget-act-2030.json'],
          jurisdiction: 'fd', title: 'Gadget Act, 2030', year: 2030, kind: 'act', language: 'en' },
        { id: 'int-model-treaty', role: 'template', file: 'raw/int-model-treaty.md', jurisdiction: 'INT', title: 'Model Treaty', year: 1999, kind: 'code' },
      ],
    }),
  );
  mkdirSync(join(dir, 'bulk', 'fd-chapters'), { recursive: true });
  writeFileSync(
    join(dir, 'bulk', 'fd-chapters', 'manifest.json'),
    JSON.stringify([
      { file: '1201.json', title: 'GADGET LICENSING ACT', year: null, kind: 'chapter', jurisdiction: 'FD', chapter: 'Cap. 12:01' },
      { file: '0007-fd-subs-the-gadget-act.json', id: 'fd-subs-the-gadget-act', title: 'The Gadget Act', year: null, kind: 'regulation',
        jurisdiction: 'FD', title_note: 'parent Act title' },
      { file: '3_2031-gadget.md', title: '3_2031-The Gadget (Amendment) Act', year: 2031, kind: 'report', jurisdiction: 'FD' },
    ]),
  );
  return dir;
}

describe('loadManifest', () => {
  const dir = corpus();
  const map = loadManifest(dir);

  it('reads the curated manifest, alternates included, with origin "manifest"', () => {
    const meta = manifestMetaFor(map, join(dir, 'raw', 'fd-gadget-act-2030.md'));
    expect(meta).toMatchObject({ id: 'fd-gadget-act-2030', title: 'Gadget Act, 2030', jurisdiction: 'FD', year: 2030, kind: 'act', role: 'statute', origin: 'manifest', inferred: [] });
    expect(manifestMetaFor(map, join(dir, 'raw', 'fd-gadget-act-2030.json'))?.id).toBe('fd-gadget-act-2030');
    // A kind outside the record's list is mapped, not passed through.
    expect(manifestMetaFor(map, join(dir, 'raw', 'int-model-treaty.md'))).toMatchObject({ kind: 'revised', role: 'template' });
  });

  it('reads bulk manifests: titles cleaned, chapters kept, unknown years left out', () => {
    const chapter = manifestMetaFor(map, join(dir, 'bulk', 'fd-chapters', '1201.json'));
    expect(chapter).toMatchObject({ id: 'fd-1201', title: 'Gadget Licensing Act (Cap. 12:01)', kind: 'chapter', jurisdiction: 'FD' });
    expect(chapter).not.toHaveProperty('year');
    expect(manifestMetaFor(map, join(dir, 'bulk', 'fd-chapters', '0007-fd-subs-the-gadget-act.json'))).toMatchObject({
      id: 'fd-subs-the-gadget-act', title: 'The Gadget Act (subsidiary legislation)', kind: 'regulation',
    });
    expect(manifestMetaFor(map, join(dir, 'bulk', 'fd-chapters', '3_2031-gadget.md'))).toMatchObject({
      title: 'The Gadget (Amendment) Act', year: 2031, kind: 'other',
    });
  });

  it('gives an empty map for a folder without manifests, and finds the corpus root upwards', () => {
    expect(loadManifest(mkdtempSync(join(tmpdir(), 'lexalign-empty-'))).size).toBe(0);
    expect(loadManifest('/no/such/folder').size).toBe(0);
    expect(findCorpusRoot(join(dir, 'bulk', 'fd-chapters'))).toBe(dir);
  });
});
