import { describe, expect, it } from 'vitest';
import { classifyProvision } from '../../../../server/ingest/extract/provision-kind.ts';
import type { PathStep } from '../../../../server/ingest/types.ts';

const part = (heading: string): PathStep[] => [{ type: 'part', num: 'II', heading }];

describe('classifyProvision', () => {
  it.each([
    ['definition', 'Interpretation', 'In this Act, "gadget" means a device that stores data.', []],
    ['definition', '', '(c) Gadget network refers to two or more linked gadgets.', []],
    ['offence', 'Unlawful interference with gadgets', 'A person who, without lawful excuse, damages a gadget commits an offence and is liable on conviction to a fine of $9 000.', part('Offences')],
    ['offence', '', 'Whoever knowingly tampers with a gadget shall be punished as provided in subsection (c).', []],
    ['power', 'Warrant to search for gadgets', 'Where a constable has reasonable grounds, he may apply to a magistrate for a warrant to enter premises.', part('Investigations')],
    ['power', '', 'A police officer may, by notice in writing, require a service provider to preserve stored data.', []],
    // A heading naming the application for, or the issue of, an interception warrant is about the power, not the offence.
    ['power', 'Application for interception of content data', 'A designated officer may apply ex parte to the High Court for a warrant to record content data.', []],
    ['power', 'Issue of interception warrant for traffic data', 'The Court may issue the warrant where it is satisfied that the data is required.', []],
    ['power', 'Interception capability', 'The Board may require a service provider to install an interception capability.', []],
    ['power', 'Application for warrant for interception', 'An authorised officer may apply ex parte to a Judge for a warrant.', []],
    ['offence', 'Failure to comply with order', 'A person who fails to comply with an order under section 12 commits an offence.', []],
    ['offence', 'Illegal interception', 'A person who intentionally intercepts a transmission of gadget data commits an offence.', []],
    ['procedure', 'Evidence', 'A record produced by a gadget shall be admissible in evidence in any proceedings.', []],
    ['jurisdiction', 'Territorial scope', 'This Act applies to an act done by a citizen of Freedonia outside Freedonia.', []],
    ['cooperation', 'Requests from abroad', 'The Minister may grant a request for mutual assistance from a foreign State.', []],
    ['penalty', 'Penalties', 'Any person found guilty of the acts in section 4 shall be punished with imprisonment of prision mayor.', []],
    ['general', 'Short title', 'This Act may be cited as the Gadget Act, 2030.', part('Preliminary')],
    ['general', 'Commencement', 'This Act comes into force on a date fixed by proclamation.', []],
  ] as Array<[string, string, string, PathStep[]]>)('%s: %s', (kind, heading, text, path) => {
    expect(classifyProvision({ heading: heading || undefined, text, path })).toBe(kind);
  });

  it('never throws on empty input', () => {
    expect(classifyProvision({ text: '', path: [] })).toBe('general');
  });
});
