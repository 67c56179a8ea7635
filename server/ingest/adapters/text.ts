import type { SourceLine } from '../source-line.ts';

/** Plain text (and PDF text): a blank line closes a block. */
export function textToLines(text: string, firstBlock = 0): SourceLine[] {
  const out: SourceLine[] = [];
  let block = firstBlock;
  let open = false;
  for (const raw of text.split('\n')) {
    const t = raw.trim();
    if (!t) { if (open) { block++; open = false; } continue; }
    out.push({ text: t, block });
    open = true;
  }
  return out;
}
