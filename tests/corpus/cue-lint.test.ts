import { beforeAll, expect, it } from 'vitest';
import { budapestProfilePath, readCueLintCorpus, readCueNotes, readJson, thesaurusPath } from '../../server/eval/cue-lint-corpus.ts';
import { findCues, profileCues, staleNotes, summariseCues, thesaurusCues, unjustifiedCues, type CueFinding } from '../../server/eval/cue-lint.ts';
import { SEARCH_SYNONYMS } from '../../server/search/search-synonyms.ts';
import { describeWithCorpus } from '../helpers/corpus.ts';

/**
 * Every cue phrase of the Budapest profile, the thesaurus and the search-only synonyms that only one corpus statute uses (and the Convention
 * does not) is either generalised or justified in corpus/cue-notes.json: a cue written by reading one statute fits
 * that statute, not the law. `npx tsx scripts/eval/cue-lint.ts` prints the same list with where each phrase is written.
 */
describeWithCorpus('cue lint: one-statute cue phrases are justified', (corpus) => {
  let findings: CueFinding[];
  let notes: Record<string, string>;
  beforeAll(async () => {
    const read = await readCueLintCorpus(corpus);
    expect(read.failed).toEqual([]);
    findings = findCues([...profileCues(readJson(budapestProfilePath)), ...thesaurusCues(readJson(thesaurusPath)), ...thesaurusCues({ groups: SEARCH_SYNONYMS }, 'search')], read.statutes, read.convention);
    notes = readCueNotes();
    for (const s of summariseCues(findings, notes)) {
      console.log(`[cue lint] ${s.origin}: ${s.phrases} phrases, ${s.inConvention} in the Convention, ${s.inNoStatute} in no statute, ${s.inOneStatute} in one statute only (${s.justified} justified, ${s.unjustified} not)`);
    }
    for (const k of staleNotes(findings, notes)) console.log(`[cue lint] stale note, safe to delete: "${k}"`);
  }, 120_000);

  it('has no unjustified one-statute phrase', () => {
    const open = unjustifiedCues(findings, notes).map((f) => `"${f.phrase}" (only in ${f.statutes[0]}; ${[...new Set(f.sources.map((s) => s.where))].join(', ')})`);
    expect(open, `generalise these cues or justify them in corpus/cue-notes.json:\n${open.join('\n')}`).toEqual([]);
  });
});
