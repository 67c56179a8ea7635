import type { SourceLine } from '../source-line.ts';

/** A piece of a unit's body: a label standing for a subdivision, or text. */
export type BodyToken =
  | { kind: 'label'; label: string; standalone: boolean; inline: boolean; raw: string; afterIntro?: boolean }
  | { kind: 'text'; text: string; block: number; lineStart: boolean; dedent?: boolean };

const LABEL = String.raw`\(\s?(\d{1,3}[A-Z]?|[a-zA-Z]{1,2}|[ivxlcIVXLC]{1,6})\s?\)`;
const LABELS_ONLY = new RegExp(String.raw`^(?:${LABEL}\s*)+$`);
const LEADING_LABEL = new RegExp(String.raw`^${LABEL}\s*`);
/** Treaty style: "1. Each Party ..." and "a) the production ..." at the start of a line. */
const TREATY_NUM = /^(\d{1,2})\.\s+(?=\S)/;
const TREATY_LETTER = /^([a-z])\)\s+/;
/**
 * A label inside running text opens a subdivision only after a stop, a colon, a dash or "; and" — otherwise it is a
 * cross-reference ("paragraph (a)", "section 4(1)").
 */
const INLINE_LABEL = new RegExp(String.raw`(?:[.:;\u2014\u2013]|;\s+(?:and|or)|,\s+(?:and|or))\s*(${LABEL})(?:\s+(?=\S)|(?=\())`, 'g');

function pushText(out: BodyToken[], text: string, block: number, lineStart: boolean): void {
  const t = text.trim();
  if (!t) return;
  let last = 0;
  INLINE_LABEL.lastIndex = 0;
  for (let m = INLINE_LABEL.exec(t); m; m = INLINE_LABEL.exec(t)) {
    const labelStart = m.index + m[0].indexOf('(');
    const before = t.slice(last, labelStart).trim();
    if (before) out.push({ kind: 'text', text: before, block, lineStart: last === 0 && lineStart });
    // After a colon or a dash a list begins: "(i)" there opens subparagraphs rather than following "(h)".
    out.push({ kind: 'label', label: m[2].trim(), standalone: false, inline: true, raw: m[1], afterIntro: /[:\u2014\u2013]\s*\($/.test(m[0].slice(0, m[0].indexOf('(') + 1)) });
    last = m.index + m[0].length;
    // "—(1)(A) a fine": labels printed back to back open nested subdivisions.
    let more = t.slice(last).match(LEADING_LABEL);
    while (more) {
      out.push({ kind: 'label', label: more[1].trim(), standalone: false, inline: true, raw: more[0].trim(), afterIntro: true });
      last += more[0].length;
      more = t.slice(last).match(LEADING_LABEL);
    }
    INLINE_LABEL.lastIndex = last;
  }
  const rest = t.slice(last).trim();
  if (rest) out.push({ kind: 'text', text: rest, block, lineStart: last === 0 && lineStart });
}

function labelsOf(text: string): string[] {
  return [...text.matchAll(new RegExp(LABEL, 'g'))].map((m) => m[1].trim());
}

/**
 * Scraped renders print the number twice: in the heading ("### 6. Unauthorised use") and again before the text
 * ("6. —(1) Subject to ..."). The second "6." is the unit's own number, not a paragraph 6.
 */
function dropRestatedNumber(text: string, unitNum: string | undefined): string {
  if (!unitNum) return text;
  const m = text.match(/^(\d{1,4}[A-Z]{0,2})\s?\.\s*(?:[\u2013\u2014\u2012\u2015-]\s*(?=\S)|(?=\())/);
  return m && m[1] === unitNum ? text.slice(m[0].length) : text;
}

/** Turn the lines of a unit's body (and the text on its first line) into labels and text. */
export function tokeniseBody(lead: string, body: SourceLine[], unitNum?: string): BodyToken[] {
  const out: BodyToken[] = [];
  const lines: Array<{ text: string; block: number }> = [];
  if (lead.trim()) lines.push({ text: lead, block: -1 });
  for (const l of body) lines.push({ text: l.text, block: l.block });
  const first = lines.findIndex((l) => l.text.trim());
  if (first >= 0) lines[first] = { ...lines[first], text: dropRestatedNumber(lines[first].text.trim(), unitNum) };
  for (const { text: raw, block } of lines) {
    let text = raw.trim();
    if (!text) continue;
    if (LABELS_ONLY.test(text)) {
      for (const label of labelsOf(text)) out.push({ kind: 'label', label, standalone: true, inline: false, raw: `(${label})` });
      continue;
    }
    let m = text.match(LEADING_LABEL);
    while (m) {
      out.push({ kind: 'label', label: m[1].trim(), standalone: false, inline: false, raw: m[0].trim() });
      text = text.slice(m[0].length);
      m = text.match(LEADING_LABEL);
    }
    const t = text.match(TREATY_NUM) ?? text.match(TREATY_LETTER);
    if (t && text === raw.trim()) {
      out.push({ kind: 'label', label: t[1], standalone: false, inline: false, raw: t[0].trim() });
      text = text.slice(t[0].length);
    }
    pushText(out, text, block, true);
  }
  return out;
}
