import { describe, expect, it } from 'vitest';
import { ingestText } from '../../../server/ingest/index.ts';

// Made-up Bill of Arcadia, laid out as PDF extraction prints it: a section's and a subsection's number one line
// below the first line of their text, with that first line ending in "or" mid-sentence.
const BILL = `Unauthorised access

1.(1)
A person who, without authority, accesses a computer system commits an offence.

For the purposes of subsection (1), access includes the use of any programme or
(2)
data held in the computer system.

Access with further intent

A person who without authority uses a computer
2.
system with intent to commit a further offence commits an offence.
`;

describe('numbers printed below the first line of their text', () => {
  const { provisions } = ingestText(BILL, 'xa-floating-numbers-bill.txt');
  const text = (num: string) => provisions.find((p) => p.num === num)?.text;

  it('puts a subsection first line ending in "or" back behind its number', () => {
    expect(text('1(1)')).toBe('A person who, without authority, accesses a computer system commits an offence.');
    expect(text('1(2)')).toBe('For the purposes of subsection (1), access includes the use of any programme or data held in the computer system.');
  });

  it('puts a section first line back behind its bare number, under its marginal note', () => {
    const s2 = provisions.find((p) => p.num === '2');
    expect(s2?.heading).toBe('Access with further intent');
    expect(s2?.text).toBe('A person who without authority uses a computer system with intent to commit a further offence commits an offence.');
  });

  it('resolves a subsection reference to the subsection of the same section', () => {
    const ref = provisions.find((p) => p.num === '1(2)')?.refs.find((r) => r.text === 'subsection (1)');
    expect(ref?.target).toBe(provisions.find((p) => p.num === '1(1)')?.eId);
  });
});
