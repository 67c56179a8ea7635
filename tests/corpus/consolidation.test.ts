import { join } from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import { amendingFigures, consolidate, similarityToEdition } from '../../server/eval/amendment-figures.ts';
import { ingestFile } from '../../server/ingest/index.ts';
import type { IngestResult } from '../../server/ingest/types.ts';
import { describeWithCorpus } from '../helpers/corpus.ts';

const file = (dir: string, name: string) => join(dir, 'raw', 'statutes', name);

/** The full figures, bulk corpus included, come from `scripts/eval/amendments.ts`; this keeps the curated ones true. */
describeWithCorpus('consolidation on the real corpus', (dir) => {
  let zw: IngestResult;
  let code: IngestResult;
  beforeAll(async () => {
    zw = await ingestFile(file(dir, 'zw-cyber-data-protection-act-2021.json'), { jurisdiction: 'ZW' });
    code = await ingestFile(file(dir, 'zw-criminal-law-code-ch8-computer-crimes-2022.json'), { jurisdiction: 'ZW' });
  });

  it('applies the Zimbabwe Act’s Criminal Law Code records to the consolidated chapter, and says why not in full', () => {
    const c = consolidate(code, zw);
    console.info(`[consolidation] zw Act on the Code: ${JSON.stringify(c.summary)}`);
    expect(c.summary).toMatchObject({ records: 8, otherInstrument: 6, partlyApplied: 1, notApplied: 1 });
    // The chapter already holds the 2021 definitions: those the Act replaces are no longer there to replace.
    expect(c.outcomes[0].reason).toMatch(/^s\. 162 has no definition of “computer virus”/);
    expect(c.outcomes[1].reason).toMatch(/^the source cuts the amending provision short/);
    const sims = similarityToEdition(c, code);
    console.info(`[consolidation] ${sims.map((s) => `s. ${s.unit} ${s.similarity.toFixed(3)}`).join(', ')}`);
    expect(sims.find((s) => s.unit === '163')!.similarity).toBeGreaterThanOrEqual(0.9);
  });

  it('finds none of the Acts the Barbados Bills amend among the curated statutes', async () => {
    const catalogue = [{ id: code.instrument.id, title: code.instrument.title, jurisdiction: 'ZW' }];
    for (const name of ['bb-cybercrime-bill-2024.md', 'bb-mutual-assistance-criminal-matters-amendment-bill-2024.md']) {
      const bill = await ingestFile(file(dir, name), { jurisdiction: 'BB' });
      const figures = amendingFigures(bill, catalogue);
      expect(figures.targets.every((t) => t.inCorpus.length === 0)).toBe(true);
    }
  });
});
