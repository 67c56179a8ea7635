import { describe, expect, it } from 'vitest';
import { extractPenalties } from '../../../../server/ingest/extract/penalties.ts';
import { wordsToNumber, parseNumber } from '../../../../server/ingest/extract/number-words.ts';
import { rpcPenaltyMonths } from '../../../../server/ingest/extract/rpc-penalties.ts';

const strip = (text: string, hint?: string) => extractPenalties(text, hint).map(({ quote: _q, ...rest }) => rest);

describe('number words', () => {
  it('reads words and figures as drafters print them', () => {
    expect(wordsToNumber('five million')).toBe(5_000_000);
    expect(wordsToNumber('two thousand, five hundred')).toBe(2_500);
    expect(wordsToNumber('twenty-five thousand')).toBe(25_000);
    expect(wordsToNumber('seven hundred fifty')).toBe(750);
    expect(wordsToNumber('one hundred and fifty thousand')).toBe(150_000);
    expect(wordsToNumber('widget')).toBeNull();
    expect(parseNumber('50 000')).toBe(50_000);
    expect(parseNumber('1,000,000.00')).toBe(1_000_000);
    expect(parseNumber('1.5 million')).toBe(1_500_000);
  });
});

describe('extractPenalties', () => {
  it('gives one maximum per mode of trial (Commonwealth hybrid offence)', () => {
    const text =
      'A person who contravenes subsection (1) commits an offence and is liable on summary conviction to a fine of ' +
      '$20 000 or to imprisonment for 2 years or to both, and on conviction on indictment to a fine of $80 000 or ' +
      'to imprisonment for 7 years or to both.';
    expect(strip(text, 'BB')).toEqual([
      { mode: 'summary', imprisonmentMonths: 24, fine: { amount: 20_000, currency: 'BBD' } },
      { mode: 'indictment', imprisonmentMonths: 84, fine: { amount: 80_000, currency: 'BBD' } },
    ]);
  });

  it('keeps the bare "$" when the jurisdiction is unknown, and accepts an object hint', () => {
    const text = 'is liable on conviction to a fine of $5 000.';
    expect(strip(text)[0].fine).toEqual({ amount: 5_000, currency: '$' });
    expect(extractPenalties(text, { jurisdiction: 'JM' })[0].fine?.currency).toBe('JMD');
  });

  it('reads amounts and terms in words, with "not exceeding"', () => {
    const text = 'shall be liable on conviction to a fine not exceeding four million shillings or to imprisonment for a term not exceeding three years, or to both.';
    expect(strip(text, 'UG')).toEqual([{ mode: 'any', imprisonmentMonths: 36, fine: { amount: 4_000_000, currency: 'UGX' } }]);
    expect(strip(text)[0].fine?.currency).toBe('shillings');
  });

  it('skips statutory floors and keeps the ceilings (penalty units)', () => {
    const text =
      'is liable on summary conviction to a fine of not less than one thousand penalty units and not more than ' +
      'three thousand penalty units or to a term of imprisonment of not less than one year and not more than four years, or to both';
    expect(strip(text)).toEqual([{ mode: 'summary', imprisonmentMonths: 48, fine: { amount: 3_000, currency: 'penalty units' } }]);
  });

  it('maps Revised Penal Code penalties to months, period included', () => {
    expect(rpcPenaltyMonths('prision mayor')).toBe(144);
    expect(rpcPenaltyMonths('prision correccional in its maximum period')).toBe(72);
    expect(rpcPenaltyMonths('prision correccional in its minimum period')).toBe(28);
    expect(rpcPenaltyMonths('reclusion temporal')).toBe(240);
    const text = 'shall be punished with imprisonment of prision mayor or a fine of at least Three hundred thousand pesos (PhP300,000.00) up to a maximum amount commensurate to the damage incurred or both.';
    // "at least" is a floor: no maximum fine is stated.
    expect(strip(text)).toEqual([{ mode: 'any', imprisonmentMonths: 144 }]);
    const capped = 'shall be punished with arresto mayor or a fine of not more than Fifty thousand pesos (PhP50,000.00) or both.';
    expect(strip(capped)).toEqual([{ mode: 'any', imprisonmentMonths: 6, fine: { amount: 50_000, currency: 'PHP' } }]);
  });

  it('reads US Code drafting, one penalty per clause', () => {
    const text =
      '(A) a fine under this title or imprisonment for not more than five years, or both, in the case of an offense under subsection (a)(2); and ' +
      '(B) a fine under this title or imprisonment for not more than twenty years, or both, in the case of a second offense';
    expect(strip(text).map((p) => p.imprisonmentMonths)).toEqual([60, 240]);
    expect(strip('shall be fined under this title or imprisoned not more than 10 years, or both')).toEqual([{ mode: 'any', imprisonmentMonths: 120 }]);
  });

  it('handles life imprisonment, fine levels and penal servitude', () => {
    expect(strip('is liable on conviction on indictment to imprisonment for life.')).toEqual([{ mode: 'indictment', life: true }]);
    expect(strip('liable to a fine not exceeding level twelve or to imprisonment for a period not exceeding eight years or both')).toEqual([
      { mode: 'any', imprisonmentMonths: 96, fine: { amount: 12, currency: 'fine level' } },
    ]);
    expect(strip('to a fine not exceeding 75,000 rupees and to penal servitude for a term not exceeding 15 years', 'MU')).toEqual([
      { mode: 'any', imprisonmentMonths: 180, fine: { amount: 75_000, currency: 'MUR' } },
    ]);
  });

  it('reads "ten thousand dollars" and keeps the quote the figures came from', () => {
    const [p] = extractPenalties('commits an offence and is liable to a fine of ten thousand dollars or to imprisonment for six months.', 'BS');
    expect(p.fine).toEqual({ amount: 10_000, currency: 'BSD' });
    expect(p.imprisonmentMonths).toBe(6);
    expect(p.quote).toContain('ten thousand dollars');
  });

  it('finds nothing where no penalty is stated, and ignores time limits', () => {
    expect(extractPenalties('This Act may be cited as the Gadget Act, 2030.')).toEqual([]);
    expect(extractPenalties('Proceedings shall be brought within 2 years of the offence.')).toEqual([]);
    expect(extractPenalties('')).toEqual([]);
  });
});
