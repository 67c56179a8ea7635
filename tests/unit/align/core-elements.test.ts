import { describe, expect, it } from 'vitest';
import { alignInstrument, featureMatrix } from '../../../server/align/align-instrument.ts';
import { CORE_ABSENT_HEADING } from '../../../server/align/features.ts';
import type { IngestResult } from '../../../server/ingest/types.ts';
import { examplia, prov, template, thesaurus } from '../../fixtures/align/examplia.ts';

// A section headed as an interception offence whose words punish destroying messages, next to a real one.
const statute: IngestResult = {
  ...examplia,
  provisions: [
    prov('7', '7', 0, 'A person who intentionally and without authority destroys any electronic message held in a computer commits an offence.', {
      heading: 'Interception of electronic messages',
      kind: 'offence',
      part: 'offences',
    }),
    prov('8', '8', 0, 'A person who intentionally and without lawful excuse intercepts by technical means any non-public transmission of data commits an offence.', {
      heading: 'Interception of transmissions',
      kind: 'offence',
      part: 'offences',
    }),
  ],
};

const art3 = (m: ReturnType<typeof featureMatrix>, unit: string) =>
  m.pairs[m.articles.findIndex((a) => a.article.article === '3')].find((f) => f.unit === unit)!;

describe('core elements: a heading is an aid to reading, the words decide', () => {
  it('halves the heading evidence of a unit whose text has none of the article core elements', () => {
    const withCore = art3(featureMatrix(template, statute, thesaurus), '7');
    const plain = { ...template, articles: template.articles.map((a) => ({ ...a, elements: a.elements.map(({ core: _, ...e }) => e) })) };
    const withoutCore = art3(featureMatrix(plain, statute, thesaurus), '7');
    expect(withoutCore.heading).toBeGreaterThan(0.5);
    expect(withCore.heading).toBeCloseTo(withoutCore.heading * CORE_ABSENT_HEADING, 6);
    // The real interception offence keeps its full heading evidence.
    expect(art3(featureMatrix(template, statute, thesaurus), '8').heading).toBe(art3(featureMatrix(plain, statute, thesaurus), '8').heading);
  });

  it('aligns the interception article with the section that intercepts, not the one only headed so', () => {
    expect(alignInstrument(template, statute, thesaurus).articles['3'].provisions).toEqual(['8']);
  });
});
