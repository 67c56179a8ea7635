/**
 * Amendment records of the corpus's amending instruments, how many apply to the principal texts the corpus holds,
 * and the similarity of a consolidated text to the consolidated edition when the corpus has one.
 *   LEXALIGN_CORPUS=../shared/corpus npx tsx scripts/eval/amendments.ts [--corpus dir]
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { corpusDir } from '../../server/corpus-dir.ts';
import { amendingFigures, consolidate, similarityToEdition, type CatalogueEntry } from '../../server/eval/amendment-figures.ts';
import { ingestFile } from '../../server/ingest/index.ts';
import { runScript } from './gold-statutes.ts';

const AMENDING = ['bb-cybercrime-bill-2024', 'bb-mutual-assistance-criminal-matters-amendment-bill-2024', 'zw-cyber-data-protection-act-2021'];
/** The consolidated edition of the Criminal Law Code chapter the Zimbabwe Act amends. */
const EDITION = 'zw-criminal-law-code-ch8-computer-crimes-2022';

interface ManifestEntry { id?: string; file: string; title: string; chapter?: string; jurisdiction?: string }

function readManifest(path: string): ManifestEntry[] {
  if (!existsSync(path)) return [];
  const raw = JSON.parse(readFileSync(path, 'utf8')) as { instruments?: ManifestEntry[] } | ManifestEntry[];
  return Array.isArray(raw) ? raw : raw.instruments ?? [];
}

await runScript('amendments', async () => {
  const flag = process.argv.indexOf('--corpus');
  const dir = flag > 0 ? process.argv[flag + 1] : corpusDir();
  if (!dir) throw new Error('give the corpus with --corpus <dir> or LEXALIGN_CORPUS');
  const curated = readManifest(join(dir, 'manifest.json'));
  const files = new Map<string, string>(curated.map((e) => [e.id!, join(dir, e.file)]));
  // Bulk sets: a Barbados chapter would be cited "Cap. N"; the Guyana manifests give the chapter of each file.
  const catalogue: CatalogueEntry[] = curated.map((e) => ({ id: e.id!, title: e.title, jurisdiction: e.jurisdiction }));
  for (const set of ['bb-bills', 'gy-laws', 'jm-laws']) {
    for (const e of readManifest(join(dir, 'bulk', set, 'manifest.json'))) {
      const id = `${set}/${e.file}`;
      catalogue.push({ id, title: e.chapter ? `${e.title}, ${e.chapter}` : e.title, jurisdiction: e.jurisdiction ?? set.slice(0, 2).toUpperCase() });
      files.set(id, join(dir, 'bulk', set, e.file));
    }
  }
  console.log(`catalogue: ${catalogue.length} instruments (curated and bulk)`);
  let total = 0;
  let applicable = 0;
  let applied = 0;
  for (const id of AMENDING) {
    const amending = await ingestFile(files.get(id)!, { id, ...(curated.find((e) => e.id === id)?.jurisdiction ? { jurisdiction: curated.find((e) => e.id === id)!.jurisdiction } : {}) });
    const figures = amendingFigures(amending, catalogue);
    total += figures.records;
    console.log(`\n${id}: ${figures.records} amendment records`);
    for (const t of figures.targets) {
      console.log(`  ${t.target}: ${t.records} record(s); in the corpus: ${t.inCorpus.length ? t.inCorpus.join(', ') : 'no (target not in the library)'}`);
      for (const principalId of t.inCorpus) {
        const principal = await ingestFile(files.get(principalId)!, { id: principalId, ...(catalogue.find((e) => e.id === principalId)?.jurisdiction ? { jurisdiction: catalogue.find((e) => e.id === principalId)!.jurisdiction } : {}) });
        const c = consolidate(principal, amending);
        const mine = c.outcomes.filter((o) => o.status !== 'other-instrument');
        applicable += mine.length;
        applied += mine.filter((o) => o.status === 'applied').length;
        console.log(`    applied to ${principalId}: ${c.summary.applied} applied, ${c.summary.partlyApplied} partly, ${c.summary.notApplied} not applied`);
        for (const o of mine) console.log(`      record ${o.record} (${o.action} ${o.provision ?? ''}): ${o.status}${o.reason ? ` (${o.reason})` : ''}`);
        if (principalId === EDITION) {
          for (const s of similarityToEdition(c, principal)) console.log(`      s. ${s.unit} (${s.action}) vs the consolidated edition: word similarity ${s.similarity.toFixed(3)}`);
        }
      }
    }
  }
  console.log(`\ntotal: ${total} amendment records; ${applicable} name an instrument the corpus holds; ${applied} of them apply cleanly`);
});
