import { describe, expect, it } from 'vitest';
import { analyseWords } from '../../../server/search/analysis.ts';
import { SynonymIndex } from '../../../server/search/synonym-index.ts';

const stems = (text: string): string[] => analyseWords(text).filter((w) => !w.stop).map((w) => w.stem);

describe('SynonymIndex', () => {
  const index = new SynonymIndex([
    { id: 'without_right', terms: ['unauthorised', 'not authorised', 'without authority', 'not entitled'] },
    { id: 'penalty', terms: ['penalty', 'term not exceeding'] },
  ]);

  it('finds a group from any of its terms and lends the others', () => {
    const typed = stems('without authority');
    expect(index.findSpans(typed)).toEqual([{ from: 0, to: 2, groups: ['without_right'] }]);
    expect(index.synonymsOf(['without_right'], typed.join(' ')).map((t) => t.term)).toEqual(['unauthorised']);
  });

  it('leaves out terms whose negation the analyser would drop ("not authorised" is not "authorised")', () => {
    expect(index.findSpans(stems('authorised'))).toEqual([]);
    expect(index.findSpans(stems('entitled'))).toEqual([]);
    expect(index.synonymsOf(['without_right'], '').map((t) => t.term)).toEqual(['unauthorised', 'without authority']);
  });

  it('keeps a negation between content words as a stop word of the phrase', () => {
    expect(index.synonymsOf(['penalty'], 'penalti')).toEqual([{ term: 'term not exceeding', stems: stems('term exceeding'), gaps: [['not']], key: stems('term exceeding').join(' ') }]);
  });

  it('lists every multi-word term for the shards, whatever was expanded before', () => {
    const all = index.phraseTerms().map((t) => t.term);
    expect(all).toEqual(['without authority', 'term not exceeding']);
    index.synonymsOf(['penalty'], 'penalti');
    // A new shard (an upsert) finds its thesaurus phrases from this list.
    expect(index.phraseTerms().map((t) => t.term)).toEqual(all);
  });
});
