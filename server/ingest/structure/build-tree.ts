import type { IngestWarning } from '../types.ts';
import { toRoman } from '../roman-numerals.ts';
import { follows, isFirst, labelTypes, ordinal, type LabelType } from './labels.ts';
import type { BodyToken } from './tokenise-body.ts';
import type { ProvisionNode } from './types.ts';

interface Level {
  type: LabelType;
  last: string;
  node: ProvisionNode;
}

/**
 * OCR misreadings of labels seen in scanned Revised Laws: "(U)" for "(a)", "(6)" for "(b)", "(I)" or "(l)" for
 * "(1)". An alternative is used only when the sequence expects exactly it.
 */
const OCR_ALTERNATIVES: Record<string, string[]> = {
  U: ['a'], u: ['a'], '6': ['b'], I: ['1', 'i'], l: ['1', 'i'], '0': ['o'], o: ['c'], e: ['c'], S: ['5'], '8': ['a'],
};

function expectedNext(level: Level): string {
  const n = ordinal(level.last, level.type) + 1;
  switch (level.type) {
    case 'digit': return String(n);
    case 'lower': return n <= 26 ? String.fromCharCode(96 + n) : String.fromCharCode(96 + n - 26).repeat(2);
    case 'upper': return n <= 26 ? String.fromCharCode(64 + n) : String.fromCharCode(64 + n - 26).repeat(2);
    case 'roman': return toRoman(n);
    case 'upperRoman': return toRoman(n).toUpperCase();
    case 'doubled': return String.fromCharCode(96 + n).repeat(2);
  }
}

interface TreeNames {
  /** Name of a subdivision by its label type: `subsec`, `para` ... */
  name(type: LabelType): string;
}

export const COMMONWEALTH: TreeNames = {
  name: (t) => ({ digit: 'subsec', lower: 'para', roman: 'subpara', upper: 'clause', upperRoman: 'subclause', doubled: 'item' })[t],
};
/** US Code: (a) subsection, (1) paragraph, (A) subparagraph, (i) clause, (I) subclause. */
export const US_CODE: TreeNames = {
  name: (t) => ({ digit: 'para', lower: 'subsec', roman: 'clause', upper: 'subpara', upperRoman: 'subclause', doubled: 'item' })[t],
};

const FIRST_TYPE_ORDER: LabelType[] = ['digit', 'lower', 'roman', 'upper', 'upperRoman', 'doubled'];

/**
 * Nest labelled subdivisions by sequence: a label continues the innermost open series it follows ("(b)" after
 * "(a)"), or opens a new series below the current one when it is a first label ("(i)", "(A)"). Inline labels that
 * fit no series are cross-references and stay text.
 */
export function buildTree(tokens: BodyToken[], names: TreeNames, where: string, warnings: IngestWarning[]): { text: string; children: ProvisionNode[] } {
  const root: ProvisionNode = { label: '', type: 'unit', text: '', children: [] };
  const stack: Level[] = [];
  const top = () => (stack.length ? stack[stack.length - 1].node : root);
  const append = (node: ProvisionNode, text: string) => { node.text = node.text ? `${node.text} ${text}` : text; };

  for (let t = 0; t < tokens.length; t++) {
    const tok = tokens[t];
    if (tok.kind === 'text') {
      if (tok.dedent && stack.length) { stack.pop(); }
      append(top(), tok.text);
      continue;
    }
    const next = tokens.slice(t + 1).find((x) => x.kind === 'label');
    const placed = place(tok.label, tok.inline, !!tok.afterIntro, next?.kind === 'label' ? next.label : undefined);
    if (!placed) append(top(), tok.raw);
  }
  return { text: root.text, children: root.children };

  function attach(level: Level | null, parentDepth: number, label: string, type: LabelType): void {
    stack.length = parentDepth;
    const node: ProvisionNode = { label, type: names.name(type), text: '', children: [] };
    (parentDepth ? stack[parentDepth - 1].node : root).children.push(node);
    stack.push({ type, last: label, node });
    void level;
  }

  function place(label: string, inline: boolean, afterIntro: boolean, nextLabel?: string): boolean {
    const types = labelTypes(label);
    const open0 = new Set(stack.map((l) => l.type));
    if (afterIntro) {
      const child = FIRST_TYPE_ORDER.find((t) => types.includes(t) && isFirst(label, t) && !open0.has(t));
      if (child) { attach(null, stack.length, label, child); return true; }
    }
    // A sibling of an open series, innermost first.
    for (let d = stack.length - 1; d >= 0; d--) {
      const lv = stack[d];
      if (types.includes(lv.type) && follows(lv.last, label, lv.type, inline ? 1 : 3)) {
        attach(lv, d, label, lv.type);
        return true;
      }
      const alt = (OCR_ALTERNATIVES[label] ?? []).find((a) => a === expectedNext(lv));
      if (alt) {
        warnings.push({ code: 'LEXALIGN_WARN_OCR_LABEL', message: `Read "(${label})" as "(${alt})": the sequence expects it.`, where });
        attach(lv, d, alt, lv.type);
        return true;
      }
    }
    // A first label opens a series below the current one, unless that type is already open above.
    const open = new Set(stack.map((l) => l.type));
    const firstType = FIRST_TYPE_ORDER.find((t) => types.includes(t) && isFirst(label, t) && !open.has(t));
    if (firstType) { attach(null, stack.length, label, firstType); return true; }
    if (inline) return false;
    // "(U)" then "(b)": a misread first label, confirmed by the label after it.
    for (const alt of OCR_ALTERNATIVES[label] ?? []) {
      const t = FIRST_TYPE_ORDER.find((ty) => labelTypes(alt).includes(ty) && isFirst(alt, ty) && !open.has(ty));
      if (t && nextLabel && labelTypes(nextLabel).includes(t) && follows(alt, nextLabel, t)) {
        warnings.push({ code: 'LEXALIGN_WARN_OCR_LABEL', message: `Read "(${label})" as "(${alt})": "(${nextLabel})" follows it.`, where });
        attach(null, stack.length, alt, t);
        return true;
      }
    }
    // An out-of-sequence label printed as a label: keep it with the series of its type.
    for (let d = stack.length - 1; d >= 0; d--) {
      if (types.includes(stack[d].type)) {
        warnings.push({ code: 'LEXALIGN_WARN_NUMBERING', message: `Label (${label}) does not follow (${stack[d].last}).`, where });
        attach(stack[d], d, label, stack[d].type);
        return true;
      }
    }
    if (types.length) {
      attach(null, stack.length, label, types[0]);
      return true;
    }
    return false;
  }
}
