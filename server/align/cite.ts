/**
 * Citations as a lawyer writes them: "s. 4(1)(a)" and "ss. 14 and 15" for sections; "cl. 4(1)(a)" for a Bill's
 * clauses (the prefixes of server/exports/legal-citation.ts); a US Code subsection is cited by its letters alone,
 * "(a)(2)", because the section (18 U.S.C. 1030) is the instrument itself.
 */
export type UnitStyle = 'sections' | 'clauses' | 'subsections' | 'articles';

export function citeOne(num: string, style: UnitStyle): string {
  if (style === 'subsections' || num.startsWith('(')) return num;
  if (/^(schedule|part|annex|appendix)\b/i.test(num)) return num;
  return style === 'articles' ? `Art. ${num}` : style === 'clauses' ? `cl. ${num}` : `s. ${num}`;
}

export function citeMany(nums: string[], style: UnitStyle): string {
  if (nums.length === 0) return '';
  if (nums.length === 1) return citeOne(nums[0], style);
  const plain = (style === 'sections' || style === 'clauses') && nums.every((n) => !n.startsWith('(') && !/^(schedule|part)/i.test(n));
  const list = (xs: string[]): string => (xs.length === 1 ? xs[0] : `${xs.slice(0, -1).join(', ')} and ${xs[xs.length - 1]}`);
  if (plain) return `${style === 'clauses' ? 'cls.' : 'ss.'} ${list(nums)}`;
  return list(nums.map((n) => citeOne(n, style)));
}
