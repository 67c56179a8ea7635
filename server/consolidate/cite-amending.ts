import { citeUnit } from '../citation/cite.ts';
import type { Instrument, Provision } from '../ingest/types.ts';
import type { AmendingCitation } from './types.ts';

/**
 * The amending provision as a lawyer cites it in a consolidation's notes: "cl. 3 of the Ledger (Amendment) Bill,
 * 2031" (a Bill has clauses), "s. 35(2) of the Cyber and Data Protection Act, 2021", "the Schedule to the
 * Cybercrime Act, 2024".
 */
export function citeAmending(instrument: Pick<Instrument, 'title' | 'kind' | 'units'>, provisions: Provision[], eId: string): AmendingCitation {
  const p = provisions.find((x) => x.eId === eId);
  const of = `the ${instrument.title.replace(/^the\s+/i, '')}`;
  if (!p) return { eId, cite: `a provision of ${of}` };
  if (p.unit.toLowerCase().startsWith('schedule')) {
    const sch = p.unit === 'Schedule' ? 'the Schedule' : p.unit;
    const item = p.num.slice(p.unit.length);
    return { eId, cite: `${item ? `item ${item} of ${sch.replace(/^the /, 'the ')}` : sch} to ${of}` };
  }
  return { eId, cite: `${citeUnit(instrument, p.num)} of ${of}` };
}
