import type { SourceLine } from '../source-line.ts';

/** Prefixes whose hyphen belongs to the word ("co-operation", "non-public"): kept when a line breaks there. */
const KEEP = /(?:^|[^a-z])(?:co|non|self|cross|anti|pre|post|inter|multi|sub|ex|cyber|e)$/i;

/** Join words broken with a hyphen at a line end inside one block ("com-" / "munication"). */
export function dehyphenate(lines: SourceLine[]): { lines: SourceLine[]; joined: number } {
  let joined = 0;
  // Lines are copied only when a join changes them (the input is never mutated).
  const out = lines.slice();
  for (let i = 0; i + 1 < out.length; i++) {
    const a = out[i];
    const b = out[i + 1];
    if (a.block !== b.block || a.text.charCodeAt(a.text.length - 1) !== 45) continue;
    const m = a.text.match(/([A-Za-z]+)-$/);
    if (!m || !/[a-z]$/.test(m[1]) || !/^[a-z]/.test(b.text)) continue;
    const [first, ...rest] = b.text.split(' ');
    const keep = KEEP.test(m[1]);
    out[i] = { ...a, text: keep ? a.text + first : a.text.slice(0, -1) + first };
    out[i + 1] = { ...b, text: rest.join(' ') };
    joined++;
  }
  return { lines: out.filter((l) => l.text.trim() !== ''), joined };
}
