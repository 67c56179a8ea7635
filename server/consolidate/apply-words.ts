import { readPlace, readRef } from './references.ts';
import { findSubdivision, findUnit, subtreeEnd } from './draft-text.ts';
import type { Applied, ApplyContext } from './context.ts';
import type { TextSegment } from './types.ts';

/**
 * Amendments of words inside a provision's text: "deleting the words “ten dollars” and substituting “one hundred
 * dollars”", a paragraph inserted into a Schedule printed as one text ("immediately after paragraph 40"), and
 * definitions substituted inside a definitions section.
 */

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A pattern for words as a clause quotes them: any quote style, any spacing, whole words only. */
function wordsPattern(words: string): RegExp {
  const body = words.trim().split(/\s+/).map((w) => escape(w).replace(/["“”]/g, '["“”]').replace(/['‘’]/g, "['‘’]")).join('\\s+');
  const start = /^\w/.test(words.trim()) ? '(?<![\\w])' : '';
  const end = /\w$/.test(words.trim()) ? '(?![\\w])' : '';
  return new RegExp(`${start}${body}${end}`, 'g');
}

function segmentsOf(text: string, from: number, to: number, inserted: string): TextSegment[] {
  const out: TextSegment[] = [];
  if (from > 0) out.push({ op: 'equal', text: text.slice(0, from) });
  if (to > from) out.push({ op: 'delete', text: text.slice(from, to) });
  if (inserted) out.push({ op: 'insert', text: inserted });
  if (to < text.length) out.push({ op: 'equal', text: text.slice(to) });
  return out;
}

/** The provisions a record's words are looked for in: the subdivision it names, else the whole section. */
function scope(ctx: ApplyContext): { from: number; to: number; where: string } | { problem: string } {
  const ref = ctx.record.provision ? readRef(ctx.record.provision) : null;
  if (!ref || ref.kind !== 'sections' || ref.nums.length !== 1) return { problem: `the section amended (“${ctx.record.provision ?? 'not named'}”) could not be read as one section` };
  const unit = findUnit(ctx.draft, ref.nums[0]);
  if (unit < 0) return { problem: `s. ${ref.nums[0]} is not in the principal Act` };
  const place = ctx.record.position ? readPlace(ctx.record.position) : null;
  const labels = [...ref.labels, ...(place?.ref.kind === 'subdivision' ? place.ref.labels : [])];
  if (!labels.length) return { from: unit, to: subtreeEnd(ctx.draft, unit), where: `s. ${ctx.draft[unit].num}` };
  const found = findSubdivision(ctx.draft, unit, labels, place?.ref.kind === 'subdivision' ? place.ref.type : undefined);
  if ('problem' in found) return found;
  return { from: found.index, to: found.index + 1, where: `s. ${ctx.draft[found.index].num}` };
}

/** The clause's own words, to read "at the end of paragraph (a)". */
function clauseText(ctx: ApplyContext): string {
  return ctx.amending.find((p) => p.eId === ctx.record.by)?.text ?? '';
}

export function amendWords(ctx: ApplyContext): Applied {
  const { draft, record } = ctx;
  if (!record.words) return { problem: 'the clause names no words to amend' };
  if (/\binsert\w*\s+(?:the\s+)?words?\b/i.test(clauseText(ctx)) && !/\b(?:delet|substitut|replac|omit)\w*/i.test(clauseText(ctx))) {
    return { problem: 'the clause inserts words without naming words to replace; insert them by hand' };
  }
  const s = scope(ctx);
  if ('problem' in s) return s;
  const hits: Array<{ i: number; index: number; length: number }> = [];
  for (let i = s.from; i < s.to; i++) {
    for (const m of draft[i].text.matchAll(wordsPattern(record.words))) hits.push({ i, index: m.index!, length: m[0].length });
  }
  if (!hits.length) return { problem: `the words “${record.words}” are not in ${s.where}` };
  const atEnd = /\bat\s+the\s+end\b/i.test(clauseText(ctx));
  if (hits.length > 1 && !atEnd) return { problem: `the words “${record.words}” occur ${hits.length} times in ${s.where}; the clause does not say which` };
  const hit = hits[hits.length - 1];
  const p = draft[hit.i];
  const replacement = record.text ?? '';
  const from = hit.index;
  let to = hit.index + hit.length;
  // Deleting a word deletes the space before it too ("...; and" becomes "...;").
  const start = !replacement && from > 0 && p.text[from - 1] === ' ' ? from - 1 : from;
  if (!replacement && start === from && p.text[to] === ' ') to++;
  const text = p.text.slice(0, start) + replacement + p.text.slice(to);
  draft[hit.i] = { ...p, text, change: ctx.change('amended', { previous: p.text, segments: segmentsOf(p.text, start, to, replacement) }) };
  return { changed: [p.eId] };
}

/** A paragraph inserted into a Schedule the source prints as one text: placed after the paragraph it names. */
export function insertScheduleParagraph(ctx: ApplyContext): Applied {
  const { draft, record } = ctx;
  const ref = record.provision ? readRef(record.provision) : null;
  const place = record.position ? readPlace(record.position) : null;
  if (ref?.kind !== 'schedule' || place?.ref.kind !== 'schedule-paragraph' || place.relation !== 'after') {
    return { problem: `the place in the Schedule (“${record.position ?? 'not given'}”) could not be read` };
  }
  if (!record.text) return { problem: 'the clause quotes no new text' };
  const schedules = draft.flatMap((p, i) => (p.level === 0 && p.type === 'schedule' ? [i] : []));
  const named = ref.name.replace(/^the\s+/i, '').toLowerCase();
  const wanted = schedules.filter((i) => named === 'schedule' ? true : draft[i].num.toLowerCase() === named || (draft[i].heading ?? '').toLowerCase().includes(named));
  if (wanted.length !== 1) return { problem: wanted.length ? `the principal Act has ${wanted.length} Schedules; “${ref.name}” does not say which` : `the principal Act has no ${ref.name}` };
  const newNum = record.text.match(/^\s*([0-9]{1,4}[A-Z]?)\./)?.[1];
  const paragraph = (n: string) => new RegExp(`(^|\\s)${escape(n)}\\.\\s`);
  const end = subtreeEnd(draft, wanted[0]);
  const sched = draft[wanted[0]];
  // Paragraphs the source printed on lines of their own are provisions of the Schedule: the new one joins them.
  const children = draft.slice(wanted[0] + 1, end).map((p, k) => ({ p, i: wanted[0] + 1 + k })).filter(({ p }) => p.parent === sched.eId);
  const after = place.ref.num;
  const anchor = children.find(({ p }) => p.num === `${sched.num}(${after})`);
  if (anchor) {
    if (!newNum) return { problem: 'the new paragraph has no number' };
    if (children.some(({ p }) => p.num === `${sched.num}(${newNum})`)) return { problem: `the Schedule already has a paragraph ${newNum}` };
    const node = {
      eId: `${sched.eId}__${anchor.p.type}_${newNum.toLowerCase()}`,
      num: `${sched.num}(${newNum})`,
      unit: sched.unit,
      level: anchor.p.level,
      type: anchor.p.type,
      text: record.text.trim().replace(/^[0-9]{1,4}[A-Z]?\.\s*/, ''),
      parent: sched.eId,
      change: ctx.change('inserted'),
    };
    draft.splice(subtreeEnd(draft, anchor.i), 0, node);
    return { changed: [node.eId] };
  }
  for (let i = wanted[0]; i < end; i++) {
    const p = draft[i];
    const m = p.text.match(paragraph(place.ref.num));
    if (!m) continue;
    if (newNum && paragraph(newNum).test(p.text)) return { problem: `the Schedule already has a paragraph ${newNum}` };
    const after = m.index! + m[0].length;
    const next = p.text.slice(after).search(/\s[0-9]{1,4}[A-Z]?\.\s/);
    const at = next < 0 ? p.text.length : after + next;
    const inserted = `${at > 0 ? ' ' : ''}${record.text.trim()}`;
    const text = p.text.slice(0, at) + inserted + p.text.slice(at);
    draft[i] = { ...p, text, change: ctx.change('amended', { previous: p.text, segments: segmentsOf(p.text, at, at, inserted), note: `paragraph ${newNum ?? ''} inserted by ${ctx.by.cite}`.replace('  ', ' ') }) };
    return { changed: [p.eId] };
  }
  return { problem: `the Schedule has no paragraph ${place.ref.num}` };
}

/** Where one definition runs in a text: from its quoted term to the next defined term, or the end of the text. */
function definitionSpan(text: string, term: string): { from: number; to: number } | null {
  const start = new RegExp(`["“]${escape(term).replace(/\s+/g, '\\s+')}["”]\\s*(?:means|includes|has\\b)`, 'i').exec(text);
  if (!start) return null;
  const rest = text.slice(start.index + start[0].length);
  const next = rest.search(/["“][^"”]{1,80}["”]\s*(?:means|includes|has\b)/i);
  let to = next < 0 ? text.length : start.index + start[0].length + next;
  // The "and" before the last definition belongs to the list, not to the definition before it.
  const connector = text.slice(start.index, to).match(/(?<=;)\s*(?:and|or)\s+$/);
  if (connector) to -= connector[0].length - 1;
  return { from: start.index, to };
}

export function substituteDefinitions(ctx: ApplyContext): Applied {
  const { draft, record } = ctx;
  const place = record.position ? readPlace(record.position) : null;
  if (place?.ref.kind !== 'definitions') return { problem: 'no definition named' };
  const ref = record.provision ? readRef(record.provision) : null;
  if (!ref || ref.kind !== 'sections' || ref.nums.length !== 1) return { problem: `the section amended (“${record.provision ?? 'not named'}”) could not be read` };
  const unit = findUnit(draft, ref.nums[0]);
  if (unit < 0) return { problem: `s. ${ref.nums[0]} is not in the principal Act` };
  const end = subtreeEnd(draft, unit);
  const spans: Array<{ i: number; from: number; to: number; term: string }> = [];
  const missing: string[] = [];
  for (const term of place.ref.terms) {
    let found = false;
    for (let i = unit; i < end && !found; i++) {
      const span = definitionSpan(draft[i].text, term);
      if (!span) continue;
      // A definition whose meaning goes on in numbered paragraphs is split over provisions: not safe to cut.
      if (span.to === draft[i].text.length && /[—:-]\s*$/.test(draft[i].text) && i + 1 < end && draft[i + 1].parent === draft[i].eId) {
        return { problem: `the definition of “${term}” in s. ${draft[unit].num} goes on in numbered paragraphs; substitute it by hand` };
      }
      spans.push({ i, ...span, term });
      found = true;
    }
    if (!found) missing.push(term);
  }
  if (missing.length) return { problem: `s. ${draft[unit].num} has no definition of ${missing.map((t) => `“${t}”`).join(', ')}` };
  if (place.relation !== 'in' && record.action !== 'insert') return { problem: `a ${record.action} ${place.relation} a definition is not a change that can be applied` };
  if (!record.text) return { problem: 'the clause quotes no new text' };
  const changed = new Set<string>();
  // Cut from the last span back, so earlier offsets hold; the new text goes where the first definition was.
  const ordered = [...spans].sort((a, b) => a.i - b.i || a.from - b.from);
  const first = ordered[0];
  const byProvision = new Map<number, Array<{ from: number; to: number }>>();
  if (record.action === 'insert') {
    const last = ordered[ordered.length - 1];
    byProvision.set(last.i, [{ from: last.to, to: last.to }]);
  } else {
    for (const s of ordered) byProvision.set(s.i, [...(byProvision.get(s.i) ?? []), { from: s.from, to: s.to }]);
  }
  const insertAt = record.action === 'insert' ? ordered[ordered.length - 1] : first;
  for (const [i, cuts] of byProvision) {
    const p = draft[i];
    const segments: TextSegment[] = [];
    let text = '';
    let pos = 0;
    for (const c of cuts) {
      if (c.from > pos) segments.push({ op: 'equal', text: p.text.slice(pos, c.from) });
      if (c.to > c.from) segments.push({ op: 'delete', text: p.text.slice(c.from, c.to) });
      text += p.text.slice(pos, c.from);
      if (i === insertAt.i && c === cuts[0]) {
        const inserted = `${record.text.trim()} `;
        segments.push({ op: 'insert', text: inserted });
        text += inserted;
      }
      pos = c.to;
    }
    if (pos < p.text.length) segments.push({ op: 'equal', text: p.text.slice(pos) });
    text += p.text.slice(pos);
    const action = record.action === 'insert' ? 'inserted' : 'substituted';
    draft[i] = { ...p, text: text.trim(), change: ctx.change('amended', { previous: p.text, segments, note: `definition${spans.length > 1 ? 's' : ''} ${action} by ${ctx.by.cite}` }) };
    changed.add(p.eId);
  }
  return { changed: [...changed] };
}

