import { describe, expect, it } from 'vitest';
import { parseQuery } from '../../../server/search/parse-query.ts';
import { planQuery } from '../../../server/search/plan-query.ts';
import { SynonymIndex } from '../../../server/search/synonym-index.ts';

const synonyms = new SynonymIndex([
  { id: 'search_seizure', terms: ['search and seizure', 'seize'] },
  { id: 'computer_data', terms: ['computer data', 'electronic record'] },
]);

describe('planQuery: concepts named by consecutive plain words', () => {
  it('rewards the thesaurus phrase with its own stop words between, though the query dropped them', () => {
    const plan = planQuery(parseQuery('search and seizure'), synonyms);
    const concept = plan.units.find((u) => u.label === 'search seizure');
    expect(concept?.alts[0]).toMatchObject({ adjacent: true, weight: 1, gaps: [['and']] });
    expect(concept?.alts.slice(1).map((a) => a.label)).toEqual(['seize']);
    expect(plan.notes).toContain('ignored common words: and');
  });

  it('a phrase without stop words must be side by side', () => {
    const concept = planQuery(parseQuery('stored computer data'), synonyms).units.find((u) => u.label === 'computer data');
    expect(concept?.alts[0].gaps).toEqual([[]]);
  });
});
