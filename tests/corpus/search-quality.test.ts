import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import { loadManifestStatuteDocs, templateArticleTitles } from '../../server/search/load-corpus-docs.ts';
import { ProvisionSearch, type SearchDoc } from '../../server/search/index.ts';
import { loadThesaurus } from '../../server/thesaurus/index.ts';
import { describeWithCorpus } from '../helpers/corpus.ts';

/*
 * Can a lawyer find the provisions implementing a Budapest article by typing the article's title, filtered to one
 * statute? For every (article, statute) pair of the gold tables (gold/dev and gold/dev2: six statutes) with gold
 * provisions, a pair is found when a gold unit is the top-level unit of one of the first 5 hits. The gold tables are
 * only read here, to measure: the thesaurus and the search synonyms are general (tests/corpus/cue-lint.test.ts).
 * Measured as the client asks (all the words, the default; one hit per section) and with "any of these words".
 */
const TOP = 5;
const TARGET = 0.95;
const GOLD_SETS = ['dev', 'dev2'];

const normUnit = (u: string): string => u.replace(/^(?:s|sec|section|art|article)\.?\s*/i, '').trim().toLowerCase();

describeWithCorpus('search quality: Budapest article titles find the gold provisions', (corpus) => {
  const tables = GOLD_SETS.flatMap((set) => {
    const goldDir = join(corpus, 'gold', set);
    return readdirSync(goldDir)
      .filter((f) => f.endsWith('.json'))
      .map((f) => ({ set, ...(JSON.parse(readFileSync(join(goldDir, f), 'utf8')) as { instrument: string; articles: Record<string, { provisions: string[] }> }) }));
  });
  let search: ProvisionSearch;
  let titles: Map<string, string>;

  beforeAll(async () => {
    titles = templateArticleTitles(readFileSync(join(corpus, 'raw', 'templates', 'coe-budapest-convention-2001.md'), 'utf8'));
    const wanted = new Set(tables.map((t) => t.instrument));
    const byInstrument = await loadManifestStatuteDocs(corpus, (id) => wanted.has(id));
    const docs: SearchDoc[] = [...byInstrument.values()].flat();
    search = ProvisionSearch.build(docs, loadThesaurus());
  });

  function measure(group: 'provision' | 'unit', match: 'all' | 'any' = 'all'): { pairs: number; found: number; misses: string[] } {
    let pairs = 0;
    let found = 0;
    const misses: string[] = [];
    const bySet = new Map<string, [number, number]>();
    for (const table of tables) {
      for (const [article, entry] of Object.entries(table.articles)) {
        if (entry.provisions.length === 0) continue;
        const title = titles.get(article);
        expect(title, `Budapest Art. ${article} has a title`).toBeTruthy();
        pairs++;
        const r = search.query({ q: title!, filters: { instrument: [table.instrument] }, size: TOP, group, match });
        const gold = new Set(entry.provisions.map(normUnit));
        const units = r.hits.map((h) => normUnit(h.unit));
        const set = bySet.get(table.set) ?? [0, 0];
        bySet.set(table.set, set);
        set[1]++;
        if (units.some((u) => gold.has(u))) {
          found++;
          set[0]++;
        } else misses.push(`${table.instrument} Art. ${article} "${title}": gold ${[...gold].join(', ')}; top ${TOP}: ${units.join(', ') || '(none)'}`);
      }
    }
    const rate = found / pairs;
    const sets = [...bySet].map(([set, [f, n]]) => `${set} ${f}/${n}`).join(', ');
    console.log(`search quality (${group === 'unit' ? 'one hit per unit' : 'provision hits'}, ${match} of the words): ${found}/${pairs} pairs = ${(rate * 100).toFixed(1)}% with a gold unit in the top ${TOP} (${sets})`);
    if (misses.length > 0) console.log(`misses:\n  ${misses.join('\n  ')}`);
    return { pairs, found, misses };
  }

  it(`provision hits: a gold unit in the top ${TOP} for most (article, statute) pairs`, () => {
    const { pairs, found } = measure('provision');
    expect(pairs).toBeGreaterThan(75);
    // Several subsections of one section can fill the top 5; measured and printed, held to a lower bar.
    expect(found / pairs).toBeGreaterThanOrEqual(0.9);
  });

  it(`one hit per unit: a gold unit in the top ${TOP} for at least ${TARGET * 100}% of pairs`, () => {
    const { pairs, found } = measure('unit');
    expect(pairs).toBeGreaterThan(75);
    expect(found / pairs).toBeGreaterThanOrEqual(TARGET);
  });

  it(`any of these words, one hit per unit: a gold unit in the top ${TOP} for at least ${TARGET * 100}% of pairs`, () => {
    const { pairs, found } = measure('unit', 'any');
    expect(found / pairs).toBeGreaterThanOrEqual(TARGET);
  });
});
