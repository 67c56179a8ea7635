/**
 * Some scrapers print each sentence or list item twice in a row (Ghana's Cybersecurity Act: "The Board shall ...
 * The Board shall ..."). Drafting never repeats six words or more back to back, so such repeats are always
 * dropped; shorter repeats ("Communications; Communications;") only when the text shows the habit throughout.
 */
const LONG = 6;
const MAX_SPAN = 150;

function findRepeats(words: string[], minN: number, needPunct: boolean): { kept: string[]; removed: number } {
  const kept: string[] = [];
  let removed = 0;
  let i = 0;
  while (i < words.length) {
    let cut = 0;
    for (let n = Math.min(MAX_SPAN, Math.floor((words.length - i) / 2)); n >= minN; n--) {
      if (words[i] !== words[i + n] || words[i + n - 1] !== words[i + 2 * n - 1]) continue;
      if (needPunct && n < LONG && !/[;,.:]$/.test(words[i + n - 1])) continue;
      let same = true;
      for (let k = 1; k < n - 1 && same; k++) same = words[i + k] === words[i + n + k];
      if (same) { cut = n; break; }
    }
    if (cut) {
      for (let k = 0; k < cut; k++) kept.push(words[i + k]);
      i += 2 * cut;
      removed++;
    } else {
      kept.push(words[i]);
      i++;
    }
  }
  return { kept, removed };
}

/** Whether a text repeats itself throughout (many long repeats for its length). */
export function repeatsThroughout(texts: string[]): boolean {
  let repeats = 0;
  let words = 0;
  for (const t of texts) {
    const w = t.split(/\s+/);
    words += w.length;
    repeats += findRepeats(w, LONG, false).removed;
  }
  return words > 0 && repeats >= 5 && repeats / (words / 100) >= 0.5;
}

export function dropRepeats(text: string, throughout: boolean): { text: string; removed: number } {
  const words = text.split(/\s+/).filter(Boolean);
  const { kept, removed } = findRepeats(words, throughout ? 1 : LONG, throughout);
  return { text: removed ? kept.join(' ') : text, removed };
}
