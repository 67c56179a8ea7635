import { availableParallelism } from 'node:os';
import { basename, join } from 'node:path';
import { expect, it } from 'vitest';
import { describeWithCorpus } from '../helpers/corpus.ts';
import { collectFiles } from '../../server/ingest/bulk/collect-files.ts';
import { ingestMany } from '../../server/ingest/bulk/pool.ts';
import { statusOf } from '../../server/ingest/bulk/summary-table.ts';
import type { BulkOutcome } from '../../server/ingest/bulk/types.ts';
import { loadManifest, manifestMetaFor } from '../../server/ingest/metadata/manifest.ts';

/**
 * The whole bulk corpus (bb-bills, gy-laws, jm-laws: 2,136 files, 99 MB) through the parallel pool. No file may
 * raise an unexpected exception; the only acceptable failures are IngestErrors on files with no statute text
 * (bulk/README.md names the empty ones: bb-bills/818, gy-laws/804.json), under 1% of the files. Prints per set:
 * clean, with warnings, failed.
 */

const SETS = ['bb-bills', 'gy-laws', 'jm-laws'];
/** Files the corpus documents as holding no statute text. */
const KNOWN_EMPTY = new Set(['818_road-traffic-amendment-bill-2024-20241209.md', '804.json']);
/** IngestError codes that mean "there is no statute here", as opposed to a parse that went wrong. */
const NO_TEXT_CODES = new Set(['LEXALIGN_ERR_EMPTY_FILE', 'LEXALIGN_ERR_NO_PROVISIONS']);

describeWithCorpus('bulk corpus through the parallel pool', (dir) => {
  let outcomes: BulkOutcome[] = [];
  let seconds = 0;

  it('ingests every file with no unexpected exception', { timeout: 110_000 }, async () => {
    const manifest = loadManifest(dir);
    const files = collectFiles(SETS.map((s) => join(dir, 'bulk', s))).files;
    expect(files.length).toBeGreaterThan(2000);
    const started = performance.now();
    outcomes = await ingestMany(
      files.map((file) => ({ file, meta: manifestMetaFor(manifest, file) })),
      { jobs: availableParallelism(), summaryOnly: true, fileTimeoutMs: 60_000 },
    );
    seconds = (performance.now() - started) / 1000;
    const lines = SETS.map((set) => {
      const mine = outcomes.filter((o) => o.file.includes(`${join('bulk', set)}/`));
      const count = (s: string) => mine.filter((o) => statusOf(o) === s).length;
      return `${set.padEnd(9)} ${String(mine.length).padStart(4)} files: ${count('ok')} parsed cleanly, ${count('warnings')} with warnings, ${count('failed')} failed`;
    });
    console.log(`bulk ingest: ${outcomes.length} files in ${seconds.toFixed(1)} s\n${lines.join('\n')}`);
    const unexpected = outcomes.filter((o) => o.error?.unexpected).map((o) => `${basename(o.file)}: ${o.error!.message}`);
    expect(unexpected).toEqual([]);
  });

  it('fails only on files that hold no statute text', () => {
    expect(outcomes.length, 'the bulk run above did not finish').toBeGreaterThan(0);
    const failed = outcomes.filter((o) => o.error);
    for (const o of failed) console.log(`failed: ${basename(o.file)} [${o.error!.code}] ${o.error!.message}`);
    // The documented empty files must fail as empty; a few more hold no numbered provisions at all (messages
    // between the chambers, estimates tables): they may be refused as such, but no other failure is accepted, and
    // such refusals stay rare (a parse that stopped finding sections would show here as a jump in their number).
    const wrong = failed.filter((o) => !NO_TEXT_CODES.has(o.error!.code));
    expect(wrong.map((o) => `${basename(o.file)} [${o.error!.code}] ${o.error!.message}`)).toEqual([]);
    for (const name of KNOWN_EMPTY) expect(failed.map((o) => basename(o.file))).toContain(name);
    expect(failed.length / outcomes.length).toBeLessThan(0.01);
    expect(outcomes.filter((o) => o.summary).length).toBeGreaterThan(2100);
  });
});
