/**
 * Cue lint report: cue phrases found in exactly one corpus statute and not in the Convention (see docs/validation.md).
 *   npx tsx scripts/eval/cue-lint.ts [--corpus dir] [--all] [--json]
 * Lists the unjustified phrases (or with --all every candidate, with its justification), then a summary per origin.
 */
import { Command } from 'commander';
import { corpusDir } from '../../server/corpus-dir.ts';
import { budapestProfilePath, readCueLintCorpus, readCueNotes, readJson, thesaurusPath } from '../../server/eval/cue-lint-corpus.ts';
import { findCues, phraseKey, profileCues, singleStatuteCues, staleNotes, summariseCues, thesaurusCues, unjustifiedCues } from '../../server/eval/cue-lint.ts';
import { SEARCH_SYNONYMS } from '../../server/search/search-synonyms.ts';
import { markdownTable } from '../../server/eval/markdown-table.ts';
import { runScript } from './gold-statutes.ts';

const program = new Command('cue-lint')
  .description('Cue phrases of the Budapest profile, the thesaurus and the search synonyms that only one corpus statute uses.')
  .option('--corpus <dir>', 'corpus folder with manifest.json (default: $LEXALIGN_CORPUS)')
  .option('--all', 'list every candidate, justified or not')
  .option('--json', 'print the findings as JSON');
program.parse();
const flags = program.opts<{ corpus?: string; all?: boolean; json?: boolean }>();

await runScript('cue-lint', async () => {
  const corpus = corpusDir(flags.corpus);
  if (!corpus) throw new Error('no corpus: pass --corpus <dir> or set LEXALIGN_CORPUS');
  const read = await readCueLintCorpus(corpus);
  const cues = [...profileCues(readJson(budapestProfilePath)), ...thesaurusCues(readJson(thesaurusPath)), ...thesaurusCues({ groups: SEARCH_SYNONYMS }, 'search')];
  const findings = findCues(cues, read.statutes, read.convention);
  const notes = readCueNotes();
  const listed = flags.all ? singleStatuteCues(findings) : unjustifiedCues(findings, notes);
  const justification = new Map(Object.entries(notes).map(([k, v]) => [phraseKey(k), v]));
  if (flags.json) {
    console.log(JSON.stringify({ summary: summariseCues(findings, notes), listed, stale: staleNotes(findings, notes), failed: read.failed }, null, 2));
    return;
  }
  const rows = listed
    .sort((a, b) => a.statutes[0].localeCompare(b.statutes[0]) || a.phrase.localeCompare(b.phrase))
    .map((f) => [f.phrase, f.statutes[0], [...new Set(f.sources.map((s) => s.where))].join('; '), justification.get(phraseKey(f.phrase)) ?? '']);
  console.log(markdownTable(['phrase', 'only statute', 'written in', 'justification'], rows));
  console.log(`\n${read.statutes.length} statutes read`);
  console.log(markdownTable(['origin', 'phrases', 'in Convention', 'in no statute', 'in one statute only', 'justified', 'unjustified'], summariseCues(findings, notes).map((s) => [s.origin, ...[s.phrases, s.inConvention, s.inNoStatute, s.inOneStatute, s.justified, s.unjustified].map(String)])));
  for (const k of staleNotes(findings, notes)) console.log(`stale note (no longer a one-statute phrase): "${k}"`);
  for (const f of read.failed) console.log(`warning: ${f.id} not ingested (${f.error}): the lint read fewer statutes`);
});
