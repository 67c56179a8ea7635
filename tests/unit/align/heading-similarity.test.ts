import { describe, expect, it } from 'vitest';
import { conceptsOf, phraseSimilarity } from '../../../server/align/concepts.ts';
import { createThesaurus } from '../../../server/thesaurus/index.ts';
import { thesaurus } from '../../fixtures/align/examplia.ts';

const th = createThesaurus(thesaurus);
const sim = (cue: string, heading: string): number => phraseSimilarity(conceptsOf(cue, th), conceptsOf(heading, th));

describe('heading similarity through the thesaurus', () => {
  it('is 1 for the same words, whatever the spelling', () => {
    expect(sim('unauthorised access', 'Unauthorized access')).toBeCloseTo(1);
  });

  it('meets synonyms through their thesaurus group', () => {
    expect(sim('access without right', 'Access without authority')).toBeGreaterThan(0.9);
  });

  it('prefers the words in the same order (adjacency)', () => {
    expect(sim('unauthorised access', 'Unauthorised access to computer material')).toBeGreaterThan(
      sim('unauthorised access', 'Unauthorised disclosure of access code'),
    );
  });

  it('weighs generic words ("computer") less than distinctive ones', () => {
    expect(sim('illegal interception', 'Interception of data')).toBeGreaterThan(sim('illegal interception', 'Computer misuse'));
    expect(sim('data interference', 'Computer misuse')).toBeLessThan(0.5);
  });

  it('is 0 when nothing is shared', () => {
    expect(sim('extradition', 'Short title')).toBe(0);
  });
});
