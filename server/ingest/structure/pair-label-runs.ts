import { follows, labelTypes } from './labels.ts';
import type { BodyToken } from './tokenise-body.ts';
import { pushAll } from '../../large-arrays.ts';

type TextToken = Extract<BodyToken, { kind: 'text' }>;

const ENDS_ITEM = /(?:[;:.]|[;,]\s*(?:and|or)|\b(?:and|or))$/;
const TERMINAL = /[.;:\u2014\u2013-]$|\b(?:and|or)$/;

/**
 * PDF extraction prints a subsection number one line below the first line of its text ("... to any computer",
 * "(2)", "system, programme or data ..."). Move such a line back behind its number.
 */
export function fixFloatingNumbers(tokens: BodyToken[]): number {
  let fixes = 0;
  for (let k = 1; k + 1 < tokens.length; k++) {
    const t = tokens[k];
    if (t.kind !== 'label' || !t.standalone || !/^\d+[A-Z]?$/.test(t.label) || t.label === '1') continue;
    const before = tokens[k - 1];
    const after = tokens[k + 1];
    if (before.kind !== 'text' || after.kind !== 'text') continue;
    // A first line may end in "and" or "or" (it runs on), but not in a full stop, colon or semicolon.
    if (/[.;:\u2014\u2013-]$/.test(before.text) || !/^[A-Z"“‘']/.test(before.text) || !/^[a-z]/.test(after.text)) continue;
    const prior = tokens[k - 2];
    if (prior && prior.kind === 'text' && prior.block === before.block && !TERMINAL.test(prior.text)) continue;
    tokens[k - 1] = t;
    tokens[k] = { ...before };
    fixes++;
  }
  return fixes;
}

/** Split a run of text lines into `k` items, preferring breaks between blocks after an item's end (";", "; or"). */
function splitInto(texts: TextToken[], k: number): TextToken[][] {
  const n = texts.length;
  if (n <= k) return texts.map((t) => [t]);
  const boundaries: Array<{ at: number; score: number }> = [];
  for (let j = 1; j < n; j++) {
    const newBlock = texts[j].block !== texts[j - 1].block;
    const ends = ENDS_ITEM.test(texts[j - 1].text);
    const score = (newBlock ? 2 : 0) + (ends ? 1 : 0);
    boundaries.push({ at: j, score });
  }
  // Items are printed in order: take the first clear item ends (a new block after ";", "; or", "."), then the
  // best of the rest if there are too few.
  const strong = boundaries.filter((b) => b.score >= 3).map((b) => b.at);
  const chosen = strong.slice(0, k - 1);
  if (chosen.length < k - 1) {
    const rest = boundaries.filter((b) => !chosen.includes(b.at)).sort((a, b) => b.score - a.score || a.at - b.at);
    for (const b of rest) { if (chosen.length >= k - 1) break; chosen.push(b.at); }
  }
  chosen.sort((a, b) => a - b);
  const out: TextToken[][] = [];
  let from = 0;
  for (const at of chosen) { out.push(texts.slice(from, at)); from = at; }
  out.push(texts.slice(from));
  return out;
}

/** After the last listed item, a new definition or sentence goes back to the enclosing provision. */
function endsBeforeNewItem(prev: TextToken, next: TextToken): boolean {
  if (prev.block === next.block || !ENDS_ITEM.test(prev.text)) return false;
  return /^["“‘]/.test(next.text) || (/\.$/.test(prev.text) && /^[A-Z]/.test(next.text));
}

/**
 * PDF text lists paragraph letters in a run ("(a)", "(b)", "(c)") and then their texts: pair them in order.
 * Returns the tokens with each label followed by its own text.
 */
export function pairLabelRuns(tokens: BodyToken[]): { tokens: BodyToken[]; runs: number } {
  const out: BodyToken[] = [];
  let runs = 0;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    if (t.kind !== 'label' || !t.standalone) { out.push(t); continue; }
    const run: Array<Extract<BodyToken, { kind: 'label' }>> = [t];
    let j = k + 1;
    while (j < tokens.length) {
      const nx = tokens[j];
      if (nx.kind !== 'label' || !nx.standalone) break;
      const prev = run[run.length - 1].label;
      const same = labelTypes(nx.label).some((ty) => labelTypes(prev).includes(ty) && follows(prev, nx.label, ty));
      if (!same) break;
      run.push(nx);
      j++;
    }
    if (run.length < 2) { out.push(t); continue; }
    const texts: TextToken[] = [];
    let e = j;
    while (e < tokens.length && tokens[e].kind === 'text') { texts.push(tokens[e] as TextToken); e++; }
    if (texts.length === 0) { pushAll(out, run); k = j - 1; continue; }
    const pieces = splitInto(texts, run.length);
    const lastPiece = pieces[pieces.length - 1] ?? [];
    const tailAt = lastPiece.findIndex((p, m) => m > 0 && endsBeforeNewItem(lastPiece[m - 1], p));
    const tail = tailAt > 0 ? lastPiece.splice(tailAt).map((p, m) => (m === 0 ? { ...p, dedent: true } : p)) : [];
    run.forEach((label, idx) => {
      out.push(label);
      for (const piece of pieces[idx] ?? []) out.push(piece);
    });
    pushAll(out, tail);
    runs++;
    k = e - 1;
  }
  return { tokens: out, runs };
}
