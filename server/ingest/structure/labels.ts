/**
 * Labels of subdivisions as drafters print them: (1) subsections, (a) paragraphs, (i) subparagraphs, (A) and (I)
 * in US Code style. A label's type alone is ambiguous ("(i)" is the ninth letter or roman one), so callers resolve
 * it against the sequence it sits in.
 */

import { romanValue } from '../roman-numerals.ts';

/**
 * `doubled`: "(aa)", "(bb)" as a series of its own below a subparagraph (Philippine drafting: "(i) ... (aa) a device
 * ... (bb) a password ... (ii) possession"), as against "(aa)" continuing a lettered list after "(z)".
 */
export type LabelType = 'digit' | 'lower' | 'roman' | 'upper' | 'upperRoman' | 'doubled';

/** Every type a bare label could be: `i` is lower (ninth letter) or roman. */
export function labelTypes(label: string): LabelType[] {
  const out: LabelType[] = [];
  if (/^\d+[A-Z]?$/.test(label)) return ['digit'];
  if (/^[a-z]{1,2}$/.test(label) && (label.length === 1 || label[0] === label[1])) out.push('lower');
  if (/^([a-z])\1$/.test(label)) out.push('doubled');
  if (romanValue(label) !== null && label === label.toLowerCase()) out.push('roman');
  if (/^[A-Z]{1,2}$/.test(label) && (label.length === 1 || label[0] === label[1])) out.push('upper');
  if (romanValue(label) !== null && label === label.toUpperCase()) out.push('upperRoman');
  return out;
}

/** Position of a label in its series (1-based); `aa` follows `z` as drafters letter long lists. */
export function ordinal(label: string, type: LabelType): number {
  switch (type) {
    case 'digit':
      return parseInt(label, 10);
    case 'lower':
    case 'upper': {
      const c = label.toLowerCase().charCodeAt(0) - 96;
      return label.length === 2 ? 26 + c : c;
    }
    case 'doubled':
      return label.charCodeAt(0) - 96;
    case 'roman':
    case 'upperRoman':
      return romanValue(label) ?? 0;
  }
}

/** The first label of a series of this type. */
export function isFirst(label: string, type: LabelType): boolean {
  return type === 'digit' ? label === '1' : ordinal(label, type) === 1;
}

/**
 * Whether `next` can follow `prev` in one series: the next ordinal, or an inserted label (`2A` after `2`), or a
 * small gap (repealed units leave gaps).
 */
export function follows(prev: string, next: string, type: LabelType, maxGap = 1): boolean {
  if (type === 'digit') {
    const p = parseInt(prev, 10);
    const n = parseInt(next, 10);
    const nSuffix = next.replace(/^\d+/, '');
    const pSuffix = prev.replace(/^\d+/, '');
    if (n === p && nSuffix > pSuffix) return true;
    return n > p && n - p <= maxGap;
  }
  const d = ordinal(next, type) - ordinal(prev, type);
  return d >= 1 && d <= maxGap;
}

