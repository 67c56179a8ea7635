import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import { ingestFile } from '../../server/ingest/index.ts';
import type { IngestResult, InstrumentMeta } from '../../server/ingest/types.ts';
import { describeWithCorpus } from '../helpers/corpus.ts';

interface ManifestEntry {
  id: string; file: string; alternates?: string[]; jurisdiction: string; title: string; year: number; kind: string; role: string;
}
type Expected = Array<{ unit: string; heading?: string }>;

const squash = (t: string | undefined) => (t ?? '').toLowerCase().replace(/[^a-z0-9]+/g, '');

/**
 * The statute's own evidence of its units, independent of the structure stage: a scraper's JSON section list,
 * the "## Article N – Title" headings of a treaty rendering, or (for PDF texts) the arrangement of sections.
 */
function evidence(dir: string, entry: ManifestEntry, results: Map<string, IngestResult>): { expected: Expected; source: string } | null {
  for (const f of [entry.file, ...(entry.alternates ?? [])].filter((x) => x.endsWith('.json'))) {
    const data = JSON.parse(readFileSync(join(dir, f), 'utf8'));
    if (Array.isArray(data.provisions) && data.provisions.length > 1 && 'section' in data.provisions[0]) {
      return {
        source: f,
        expected: data.provisions.filter((p: { section: string }) => p.section !== '0').map((p: { section: string; title?: string }) => ({
          unit: p.section,
          // Some scrapers put the whole text in the title: no usable heading then.
          heading: p.title && p.title.length < 120 && !/^Section \d/.test(p.title) ? p.title.split(/\s[\u2013\u2014\uFFFD-]\s/)[0] : undefined,
        })),
      };
    }
  }
  if (entry.role === 'template') {
    const text = readFileSync(join(dir, entry.file), 'utf8');
    const expected = [...text.matchAll(/^## Article (\d+) \u2013 (.+)$/gm)].map((m) => ({ unit: m[1], heading: m[2].trim() }));
    return { source: `${entry.file} headings`, expected };
  }
  const toc = results.get(entry.file)?.instrument.toc;
  if (toc?.length) return { source: `${entry.file} arrangement`, expected: toc.map((e) => ({ unit: e.unit, heading: e.heading || undefined })) };
  return null;
}

function compare(found: Expected, expected: Expected) {
  const byUnit = new Map(found.map((u) => [u.unit, u]));
  const missing = expected.filter((e) => !byUnit.has(e.unit)).map((e) => e.unit);
  const wrongHeading = expected.filter((e) => {
    const f = byUnit.get(e.unit);
    return f && e.heading && squash(f.heading) !== squash(e.heading);
  }).map((e) => `${e.unit}: "${byUnit.get(e.unit)!.heading ?? ''}" vs "${e.heading}"`);
  const known = new Set(expected.map((e) => e.unit));
  const extra = found.filter((u) => !known.has(u.unit)).map((u) => u.unit);
  return { missing, wrongHeading, extra, right: expected.length - missing.length - wrongHeading.length };
}

describeWithCorpus('every manifest instrument ingests with its own numbering and headings', (dir) => {
  const manifest: { instruments: ManifestEntry[] } = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
  const results = new Map<string, IngestResult>();
  const failures: string[] = [];

  beforeAll(async () => {
    for (const entry of manifest.instruments) {
      const meta: Partial<InstrumentMeta> = { id: entry.id, title: entry.title, jurisdiction: entry.jurisdiction, year: entry.year, role: entry.role as InstrumentMeta['role'], origin: 'manifest' };
      for (const f of [entry.file, ...(entry.alternates ?? [])]) {
        try {
          results.set(f, await ingestFile(join(dir, f), meta));
        } catch (e) {
          failures.push(`${f}: ${(e as Error).message}`);
        }
      }
    }
  }, 300_000);

  it('ingests every main file and alternate without error', () => {
    expect(failures).toEqual([]);
  });

  it('finds the units the statute itself lists, with their headings (>= 99%, no spurious units)', () => {
    let right = 0;
    let total = 0;
    let extras = 0;
    for (const entry of manifest.instruments) {
      const ev = evidence(dir, entry, results);
      if (!ev) continue;
      for (const f of [entry.file, ...(entry.alternates ?? [])]) {
        const r = results.get(f);
        if (!r) continue;
        const found = r.instrument.report.units;
        const c = compare(found, ev.expected);
        right += c.right;
        total += ev.expected.length;
        extras += c.extra.length;
        console.log(`${f}: found ${found.length}, expected ${ev.expected.length} (${ev.source}), right ${c.right}, missing [${c.missing.join(', ')}], extra [${c.extra.join(', ')}]${c.wrongHeading.length ? `, headings differ: ${c.wrongHeading.join('; ')}` : ''}`);
      }
    }
    console.log(`overall: ${right}/${total} units with right number and heading (${((100 * right) / total).toFixed(1)}%), ${extras} extra`);
    expect(right / total).toBeGreaterThanOrEqual(0.99);
    expect(extras).toBe(0);
  });

  it('spot checks: Barbados clauses 1-33 + Schedule; Budapest Articles 1-48; Kenya 46A; 18 U.S.C. 1030 (a)-(j)', () => {
    const units = (f: string) => results.get(f)!.instrument.report.units.map((u) => u.unit);
    const range = (a: number, b: number) => Array.from({ length: b - a + 1 }, (_, k) => String(a + k));
    expect(units('raw/statutes/bb-cybercrime-bill-2024.md')).toEqual([...range(1, 33), 'Schedule']);
    const budapest = results.get('raw/templates/coe-budapest-convention-2001.md')!;
    expect(budapest.instrument.units).toBe('articles');
    expect(units('raw/templates/coe-budapest-convention-2001.md')).toEqual(range(1, 48));
    expect(budapest.instrument.report.units[1]).toEqual({ unit: '2', heading: 'Illegal access' });
    expect(budapest.instrument.report.units[34]).toEqual({ unit: '35', heading: '24/7 Network' });
    const kenya = units('raw/statutes/ke-computer-misuse-cybercrimes-act-2018.json');
    expect(kenya.slice(kenya.indexOf('46'), kenya.indexOf('46') + 3)).toEqual(['46', '46A', '47']);
    expect(results.get('raw/statutes/ke-computer-misuse-cybercrimes-act-2018.json')!.instrument.report.gaps).toEqual(['69']);
    const us = results.get('raw/statutes/us-18-usc-1030.json')!;
    expect(us.instrument.units).toBe('subsections');
    expect(us.instrument.report.units.map((u) => u.unit)).toEqual(['(a)', '(b)', '(c)', '(d)', '(e)', '(f)', '(g)', '(h)', '(i)', '(j)']);
    expect(us.provisions.find((p) => p.num === '(a)(5)(A)')).toBeTruthy();
  });
});
