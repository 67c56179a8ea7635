/**
 * What a reviewer types to name the implementing provisions, read the way a lawyer writes it: "s. 3(1)(a)",
 * "cl. 8(2)", "ss. 14", "section 5", "Art. 2", "(a)(2)" in a code section, or a bare "14". Each is resolved to the
 * top-level unit it sits in (what the matrix counts) and kept as a pinpoint (what a citation names).
 */

export interface ResolvedPinpoints {
  /** Top-level units, in the order first named, without repeats. */
  units: string[];
  /** Each resolved citation as a pinpoint ("3(1)(a)", "8"), in the order given. */
  pinpoints: string[];
  /** What could not be found in the instrument, as typed. */
  unknown: string[];
}

const PREFIX = /^(?:ss?\.|cls?\.|sections?|clauses?|arts?\.?|articles?|§+|subss?\.|subsections?|paras?\.|paragraphs?|reg\.|regulations?)\s*/i;

/** "s. 3 (1) (a)" → "3(1)(a)": the prefix off, no spaces inside the number, no trailing full stop. */
export function normalisePinpoint(input: string): string {
  return input.trim().replace(PREFIX, '').replace(/\s+/g, '').replace(/\.$/, '');
}

export function resolvePinpoints(inputs: string[], provisions: Array<{ num: string; unit: string }>, units: ReadonlySet<string>): ResolvedPinpoints {
  const byNum = new Map<string, string>();
  for (const p of provisions) if (!byNum.has(p.num.replace(/\s+/g, ''))) byNum.set(p.num.replace(/\s+/g, ''), p.unit);
  const out: ResolvedPinpoints = { units: [], pinpoints: [], unknown: [] };
  for (const raw of inputs) {
    const num = normalisePinpoint(raw);
    const unit = units.has(num) ? num : byNum.get(num);
    if (!num || unit === undefined) {
      out.unknown.push(raw.trim());
      continue;
    }
    if (!out.units.includes(unit)) out.units.push(unit);
    if (!out.pinpoints.includes(num)) out.pinpoints.push(num);
  }
  return out;
}
