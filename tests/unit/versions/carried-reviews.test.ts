import { describe, expect, it } from 'vitest';
import { ingestText } from '../../../server/ingest/index.ts';
import { diffVersions } from '../../../server/versions/diff-versions.ts';
import { reviewCarrier } from '../../../server/versions/carried-reviews.ts';

/** A short Act in our own words, section by section: `[number, heading, text]`. */
function act(id: string, sections: Array<[string, string, string]>) {
  const text = sections.map(([n, h, t]) => `**${n}. ${h}**\n\n${t}\n`).join('\n');
  const r = ingestText(`# Wireless Telegraphy Act\n\n${text}`, `${id}.md`, { id, title: 'Wireless Telegraphy Act' });
  return { id: r.instrument.id, title: r.instrument.title, provisions: r.provisions };
}

const first = act('wt', [
  ['1', 'Short title', 'This Act may be cited as the Wireless Telegraphy Act.'],
  ['2', 'Interception', '(1) A person who intentionally intercepts a wireless message not addressed to him commits an offence.\n\n(2) A person convicted under subsection (1) is liable to a fine of two thousand dollars.'],
  ['3', 'Licences', 'No person shall keep a transmitting station without a licence granted by the Minister.'],
  ['4', 'Jamming', 'A person who wilfully interferes with any wireless telegraphy commits an offence.'],
]);

describe('a review carried to a later version', () => {
  const second = act('wt.v2', [
    ['1', 'Short title', 'This Act may be cited as the Wireless Telegraphy Act.'],
    ['2', 'Interception', '(1) A person who intentionally intercepts a wireless message not addressed to him commits an offence.\n\n(2) A person convicted under subsection (1) is liable to a fine of ten thousand dollars.'],
    ['3', 'Spectrum plan', 'The Minister shall publish a plan of the frequencies assigned to each service.'],
    ['4', 'Licences', 'No person shall keep a transmitting station without a licence granted by the Minister.'],
    ['5', 'Jamming', 'A person who wilfully interferes with any wireless telegraphy commits an offence.'],
  ]);
  const diff = diffVersions(first, second);

  it('still applies when the section it cites has the same words, under its number or a new one', () => {
    expect(reviewCarrier(diff)({ provisions: ['3'] })).toEqual({ text: 'unchanged', cited: [{ unit: '3', status: 'renumbered', now: '4' }] });
    expect(reviewCarrier(diff)({ provisions: ['1'] })).toEqual({ text: 'unchanged', cited: [{ unit: '1', status: 'unchanged', now: '1' }] });
  });

  it('is marked changed when any section it cites has other words', () => {
    expect(reviewCarrier(diff)({ provisions: ['2', '4'] })).toEqual({
      text: 'changed',
      cited: [{ unit: '2', status: 'changed', now: '2' }, { unit: '4', status: 'renumbered', now: '5' }],
    });
  });

  it('is marked changed when a section it cites is gone', () => {
    const third = act('wt.v3', [
      ['1', 'Short title', 'This Act may be cited as the Wireless Telegraphy Act.'],
      ['2', 'Interception', '(1) A person who intentionally intercepts a wireless message not addressed to him commits an offence.\n\n(2) A person convicted under subsection (1) is liable to a fine of two thousand dollars.'],
      ['3', 'Licences', 'No person shall keep a transmitting station without a licence granted by the Minister.'],
    ]);
    expect(reviewCarrier(diffVersions(first, third))({ provisions: ['4'] })).toEqual({ text: 'changed', cited: [{ unit: '4', status: 'removed' }] });
  });

  it('counts a new heading as a change, since the heading is part of the law as printed', () => {
    const retitled = act('wt.v4', [
      ['1', 'Short title', 'This Act may be cited as the Wireless Telegraphy Act.'],
      ['2', 'Interception of messages', '(1) A person who intentionally intercepts a wireless message not addressed to him commits an offence.\n\n(2) A person convicted under subsection (1) is liable to a fine of two thousand dollars.'],
      ['3', 'Licences', 'No person shall keep a transmitting station without a licence granted by the Minister.'],
      ['4', 'Jamming', 'A person who wilfully interferes with any wireless telegraphy commits an offence.'],
    ]);
    expect(reviewCarrier(diffVersions(first, retitled))({ provisions: ['2'] }).text).toBe('changed');
  });

  it('a review citing no provision (a missing finding) still applies only while the whole law is unchanged', () => {
    expect(reviewCarrier(diff)({ provisions: [] })).toEqual({ text: 'changed', cited: [] });
    expect(reviewCarrier(diffVersions(first, { ...first, id: 'wt.v5' }))({ provisions: [] })).toEqual({ text: 'unchanged', cited: [] });
  });
});
