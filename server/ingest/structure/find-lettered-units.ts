import { chooseChain, type ChainCandidate } from './choose-chain.ts';
import type { UnitDraft } from './types.ts';
import type { SourceLine } from '../source-line.ts';

/**
 * A US Code section such as 18 U.S.C. 1030 has no numbered sections inside it: its top-level units are the
 * subsections (a), (b) ... printed at the start of paragraphs. Roman clauses "(i)" deeper down are told apart by
 * sequence: the chain of letters must rise one step at a time.
 */
export function findLetteredUnits(lines: SourceLine[], start: number, skip: (i: number) => boolean): UnitDraft[] {
  const cands: Array<ChainCandidate & { line: number; label: string; rest: string }> = [];
  for (let i = start; i < lines.length; i++) {
    if (skip(i)) continue;
    if (i > 0 && lines[i - 1].block === lines[i].block) continue;
    const m = lines[i].text.trim().match(/^\(([a-z]{1,2})\)\s*(.*)$/);
    if (!m) continue;
    const label = m[1];
    if (label.length === 2 && label[0] !== label[1]) continue;
    const ord = label.length === 2 ? 26 + label.charCodeAt(0) - 96 : label.charCodeAt(0) - 96;
    cands.push({ key: ord, num: ord, strength: 1, line: i, label, rest: m[2] });
  }
  const chain = chooseChain(cands).map((k) => cands[k]);
  if (chain.length < 3 || chain[0].label !== 'a') return [];
  const units: UnitDraft[] = [];
  for (let k = 0; k < chain.length; k++) {
    const c = chain[k];
    const endLine = k + 1 < chain.length ? chain[k + 1].line : lines.length;
    units.push({
      type: 'subsec', num: `(${c.label})`, lead: c.rest, body: lines.slice(c.line + 1, endLine).filter((_, j) => !skip(c.line + 1 + j)),
      groups: [], line: c.line,
    });
  }
  return units;
}
