import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { runIngest } from '../../../scripts/cli/ingest.ts';

const root = join(import.meta.dirname, '..', '..', '..');
const binary = join(root, 'tests', 'fixtures', 'binary');

/** A short statute of a made-up jurisdiction, in the PDF-extraction style of Caribbean bills. */
const GADGET_ACT = [
  'GADGET ACT, 2020',
  'ENACTED by the Parliament of Freedonia as follows:',
  '1. This Act may be cited as the Gadget Act, 2020.',
  '2. In this Act, "gadget" means a device that stores data.',
  '3. (1) A person who, without authority, damages a gadget commits an offence and is liable on conviction to a fine of $5 000.',
  '(2) Subsection (1) does not apply to the owner.',
  '',
].join('\n');

let dir: string;
let out: string[];
let err: string[];

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'lexalign-cli-'));
  out = [];
  err = [];
  vi.spyOn(console, 'log').mockImplementation((...a) => void out.push(a.join(' ')));
  vi.spyOn(console, 'error').mockImplementation((...a) => void err.push(a.join(' ')));
});
afterEach(() => vi.restoreAllMocks());

function file(name: string, content: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

describe('lexalign ingest', () => {
  it('parses a statute, prints the table and writes instruments with provisions and reports', async () => {
    const statute = file('fd-gadget-act-2020.md', GADGET_ACT);
    const json = join(dir, 'out.json');
    expect(await runIngest([statute], { out: json, jobs: '1' })).toBe(0);
    expect(out.join('\n')).toMatch(/file\s+format\s+units\s+provisions\s+warnings\s+status/);
    expect(out.join('\n')).toMatch(/fd-gadget-act-2020\.md\s+md\s+3\s+\d+/);
    const written = JSON.parse(readFileSync(json, 'utf8'));
    expect(written.failures).toEqual([]);
    expect(written.instruments).toHaveLength(1);
    const [instrument] = written.instruments;
    expect(instrument.report.units.map((u: { unit: string }) => u.unit)).toEqual(['1', '2', '3']);
    expect(instrument.provisions.find((p: { num: string }) => p.num === '3(1)').kind).toBe('offence');
    expect(err).toEqual([]);
  });

  it('fails with one clear line per bad file and exit code 1', async () => {
    const files = [
      file('notes.xyz', 'some text'),
      file('empty.md', ''),
      file('garbage.txt', new Uint8Array([0, 159, 146, 150, 0, 1, 2, 3, 0, 0, 255, 254, 0, 7])),
      file('other-shape.json', JSON.stringify({ weather: 'sunny', temperature: 31 })),
    ];
    copyFileSync(join(binary, 'truncated.pdf'), join(dir, 'truncated.pdf'));
    files.push(join(dir, 'truncated.pdf'));
    expect(await runIngest([...files, join(dir, 'missing.md')], { jobs: '1' })).toBe(1);
    const lines = err.join('\n');
    expect(lines).toMatch(/missing\.md: no such file or folder/);
    expect(lines).toMatch(/notes\.xyz: .*\[LEXALIGN_ERR_UNKNOWN_FORMAT\]/);
    expect(lines).toMatch(/empty\.md: .*empty.*\[LEXALIGN_ERR_EMPTY_FILE\]/);
    expect(lines).toMatch(/garbage\.txt: .*\[LEXALIGN_ERR_BINARY_CONTENT\]/);
    expect(lines).toMatch(/other-shape\.json: .*\[LEXALIGN_ERR_JSON_SHAPE\]/);
    expect(lines).toMatch(/truncated\.pdf: The PDF could not be read.*\[LEXALIGN_ERR_BAD_PDF\]/);
    expect(err).toHaveLength(6);
    expect(lines).not.toMatch(/\n\s+at /);
  });

  it('walks folders, leaves corpus documentation out, and uses the corpus manifest', async () => {
    mkdirSync(join(dir, 'raw'));
    file('raw/fd-gadget-act-2020.md', GADGET_ACT);
    file('raw/README.md', '# About this folder');
    file('manifest.json', JSON.stringify({ instruments: [{ id: 'fd-gadget', file: 'raw/fd-gadget-act-2020.md', jurisdiction: 'FD', title: 'Gadget Act (Manifest Title)', year: 2020, kind: 'act', role: 'statute' }] }));
    const json = join(dir, 'out.json');
    expect(await runIngest([dir], { out: json, jobs: '1' })).toBe(0);
    const { instruments } = JSON.parse(readFileSync(json, 'utf8'));
    expect(instruments).toHaveLength(1);
    expect(instruments[0]).toMatchObject({ id: 'fd-gadget', title: 'Gadget Act (Manifest Title)', jurisdiction: 'FD', origin: 'manifest' });
  });

  it('rejects a bad --jobs value and an empty folder', async () => {
    expect(await runIngest([dir], { jobs: 'many' })).toBe(1);
    expect(err.join('\n')).toMatch(/--jobs must be a whole number/);
    err.length = 0;
    expect(await runIngest([dir], {})).toBe(1);
    expect(err.join('\n')).toMatch(/no source files found/);
  });

  it('runs on worker threads and returns results in input order', async () => {
    const a = file('fd-a-act-2020.md', GADGET_ACT);
    const b = file('fd-b-act-2020.md', GADGET_ACT.repeat(3));
    const json = join(dir, 'out.json');
    expect(await runIngest([a, b], { out: json, jobs: '2' })).toBe(0);
    const { instruments } = JSON.parse(readFileSync(json, 'utf8'));
    expect(instruments.map((i: { id: string }) => i.id)).toEqual(['fd-a-act-2020', 'fd-b-act-2020']);
  });

  it('exits 1 without a stack trace through the real command', () => {
    const run = spawnSync(process.execPath, [join(root, 'scripts', 'bin', 'lexalign.js'), 'ingest', join(dir, 'nope.md')], { encoding: 'utf8', timeout: 60_000 });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/nope\.md: no such file or folder/);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });
});
