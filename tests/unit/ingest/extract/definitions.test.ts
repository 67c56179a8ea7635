import { describe, expect, it } from 'vitest';
import { extractDefinitions } from '../../../../server/ingest/extract/definitions.ts';

describe('extractDefinitions', () => {
  it('reads several quoted terms, curly or straight, with alternatives and qualifiers', () => {
    const text =
      'In this Act, unless the context otherwise requires, “gadget” means an electronic device that stores data; ' +
      '"gadget programme" or "programme" means instructions for a gadget; ' +
      '“tamper”, in relation to a gadget, includes altering its settings;';
    expect(extractDefinitions(text)).toEqual([
      { term: 'gadget', meaning: 'an electronic device that stores data' },
      { term: 'gadget programme', meaning: 'instructions for a gadget' },
      { term: 'programme', meaning: 'instructions for a gadget' },
      { term: 'tamper', meaning: 'includes altering its settings' },
    ]);
  });

  it('keeps paragraphs (a), (b) in the meaning they belong to', () => {
    const text = '"harm" includes— (a) loss of stored data; and (b) denial of service; "owner" means the person entitled to the gadget.';
    expect(extractDefinitions(text)).toEqual([
      { term: 'harm', meaning: 'includes (a) loss of stored data; and (b) denial of service' },
      { term: 'owner', meaning: 'the person entitled to the gadget.' },
    ]);
  });

  it('reads US "the term X means" and "has the meaning" cross-definitions', () => {
    expect(extractDefinitions('the term "covered gadget" means a gadget used by a bank; and the term "loss" means any reasonable cost')).toEqual([
      { term: 'covered gadget', meaning: 'a gadget used by a bank' },
      { term: 'loss', meaning: 'any reasonable cost' },
    ]);
    expect(extractDefinitions('"operator" has the meaning given in section 2.')).toEqual([
      { term: 'operator', meaning: 'has the meaning given in section 2.' },
    ]);
  });

  it('reads Philippine "X refers to" with unquoted terms after a paragraph letter', () => {
    expect(extractDefinitions('(b) Gadget network refers to two or more linked gadgets.')).toEqual([
      { term: 'Gadget network', meaning: 'two or more linked gadgets.' },
    ]);
  });

  it('does not take ordinary sentences for definitions', () => {
    expect(extractDefinitions('A person who, by means of a gadget, obtains data commits an offence.')).toEqual([]);
    expect(extractDefinitions('This section means what it says.')).toEqual([]);
    expect(extractDefinitions('')).toEqual([]);
  });
});
