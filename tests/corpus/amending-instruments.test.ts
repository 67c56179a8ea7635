import { join } from 'node:path';
import { diffWords } from 'diff';
import { beforeAll, expect, it } from 'vitest';
import { citeProvision } from '../../server/citation/cite.ts';
import { ingestFile } from '../../server/ingest/index.ts';
import type { IngestResult, Provision } from '../../server/ingest/types.ts';
import { describeWithCorpus } from '../helpers/corpus.ts';

const file = (dir: string, name: string) => join(dir, 'raw', 'statutes', name);

/** The whole text of a unit or an inserted section: its own text and its descendants', in document order. */
function fullText(provisions: Provision[], rootId: string): string {
  return provisions.filter((p) => p.eId === rootId || p.eId.startsWith(`${rootId}__`)).map((p) => p.text).join(' ');
}

/** The consolidation's editorial notes ("[section 163 substituted by section 35(2) of Chapter 12:07]") are not law. */
const withoutNotes = (t: string) => t.replace(/\[[^\]]*\b(?:inserted|substituted|repealed|amended|reinserted)\b[^\]]*\]/g, ' ');

/**
 * Word-level similarity with the `diff` package's diffWords: the words the two texts share in order, over the
 * words of both (a Dice coefficient over the aligned words; 1 for the same words in the same order).
 */
function similarity(a: string, b: string): number {
  let common = 0;
  let total = 0;
  for (const part of diffWords(a, b)) {
    const words = part.value.split(/\s+/).filter(Boolean).length;
    total += part.added || part.removed ? words : 2 * words;
    if (!part.added && !part.removed) common += 2 * words;
  }
  return total ? common / total : 1;
}

describeWithCorpus('amending instruments: inserted sections and amendment records', (dir) => {
  let zw: IngestResult;
  let code: IngestResult;
  const counts = new Map<string, number>();

  beforeAll(async () => {
    zw = await ingestFile(file(dir, 'zw-cyber-data-protection-act-2021.json'));
    code = await ingestFile(file(dir, 'zw-criminal-law-code-ch8-computer-crimes-2022.json'));
    for (const name of ['bb-cybercrime-bill-2024.md', 'bb-mutual-assistance-criminal-matters-amendment-bill-2024.md']) {
      const r = await ingestFile(file(dir, name));
      counts.set(name, r.instrument.amendments?.length ?? 0);
    }
    counts.set('zw-cyber-data-protection-act-2021.json', zw.instrument.amendments?.length ?? 0);
  });

  it('nests the Criminal Law Code sections s. 35(2) inserts under it, cited through it', () => {
    const para = zw.provisions.find((p) => p.eId === 'part_11__sec_35__subsec_2__ins_163__subsec_1__para_a');
    expect(para).toMatchObject({ num: '163(1)(a)', unit: '35', inserted: { into: 'Cap. 9:23', section: '163', action: 'substitute' } });
    expect(citeProvision(zw.instrument, zw.provisions.find((p) => p.eId === 'part_11__sec_35__subsec_2__ins_163__subsec_1')!))
      .toBe('s. 35(2) (substituting s. 163(1) in Cap. 9:23)');
    const headings = zw.provisions.filter((p) => p.inserted && p.num === p.inserted.section).map((p) => `${p.num} ${p.heading}`);
    expect(headings).toEqual(expect.arrayContaining([
      '163 Hacking', '379A Search and seizure', '379B Expedited preservation', '379C Obligations and immunity of service providers',
      '4 Cyber Security and Monitoring of Interceptions of Communications Centre',
      '4A Functions of Cyber Security and Monitoring of Interceptions of Communications Centre', '4B Establishment of Cyber Security Committee',
    ]));
    const ids = zw.provisions.map((p) => p.eId);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('matches the consolidated chapter word for word where the source text of an inserted section is complete', () => {
    // The source cuts s. 35 at 8,000 characters: the last section its quotation reaches is incomplete.
    const roots = zw.provisions.filter((p) => p.unit === '35' && p.inserted && p.num === p.inserted.section);
    const complete = roots.slice(0, -1);
    const scores = complete.map((root) => {
      const consolidated = code.provisions.find((p) => p.level === 0 && p.unit === root.num);
      expect(consolidated, `s. ${root.num} in the consolidated chapter`).toBeDefined();
      const score = similarity(fullText(zw.provisions, root.eId), withoutNotes(fullText(code.provisions, consolidated!.eId)));
      console.info(`[amending] s. ${root.num} inserted by s. 35(2) vs consolidated s. ${root.num}: word similarity ${score.toFixed(3)}`);
      return score;
    });
    expect(complete.length).toBeGreaterThanOrEqual(1);
    for (const s of scores) expect(s).toBeGreaterThanOrEqual(0.9);
  });

  it('yields amendment records for the two Barbados Bills and the Zimbabwe Act', () => {
    console.info(`[amending] amendment records: ${[...counts].map(([k, v]) => `${k} ${v}`).join(', ')}`);
    expect(counts.get('bb-mutual-assistance-criminal-matters-amendment-bill-2024.md')).toBe(8);
    expect(counts.get('bb-cybercrime-bill-2024.md')).toBe(6);
    expect(counts.get('zw-cyber-data-protection-act-2021.json')).toBe(8);
    expect(zw.instrument.amendments?.[1]).toMatchObject({
      action: 'substitute', target: { title: 'Criminal Law (Codification and Reform) Act', chapter: 'Chapter 9:23' },
      provision: 'sections 163 to 166', by: 'part_11__sec_35__subsec_2',
    });
  });
});
