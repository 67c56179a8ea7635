import { compareSections, readPlace, readRef, type Ref } from './references.ts';
import { findUnit, freeEId, groupPrefix, replaceRange, rerootInserted, subtreeEnd, subtreeText, type Draft } from './draft-text.ts';
import { changeNote, type Applied, type ApplyContext } from './context.ts';
import type { ConsolidatedProvision } from './types.ts';

/**
 * Amendments of whole sections: inserting the sections an amending clause quotes, substituting a section or a
 * range of sections, repealing sections (or the whole Act), renumbering a section.
 */

const isSection = (p: ConsolidatedProvision) => p.level === 0 && p.type !== 'schedule';

/** Indexes of the units a reference names, in order, and the numbers it names that the text does not have. */
function unitsNamed(draft: Draft, ref: Ref): { found: number[]; missing: string[] } {
  if (ref.kind === 'sections') {
    const found: number[] = [];
    const missing: string[] = [];
    for (const num of ref.nums) {
      const i = findUnit(draft, num);
      if (i < 0) missing.push(num);
      else found.push(i);
    }
    return { found, missing };
  }
  if (ref.kind === 'range') {
    const found = draft.flatMap((p, i) => (isSection(p) && compareSections(p.unit, ref.from) >= 0 && compareSections(p.unit, ref.to) <= 0 ? [i] : []));
    const missing = [ref.from, ref.to].filter((n) => findUnit(draft, n) < 0);
    return { found, missing };
  }
  return { found: [], missing: [] };
}

/** Where an inserted section goes: after the unit or Part the clause names, else after the last lower number. */
function anchorFor(ctx: ApplyContext, num: string): { at: number; note?: string } | { problem: string } {
  const { draft } = ctx;
  const place = ctx.record.position ? readPlace(ctx.record.position) : null;
  if (ctx.record.position && !place) return { problem: `the place “${ctx.record.position}” could not be read` };
  if (place?.ref.kind === 'sections' && place.ref.nums.length === 1) {
    const i = findUnit(draft, place.ref.nums[0]);
    if (i < 0) return { problem: `s. ${place.ref.nums[0]}, after which the new section goes, is not in the principal Act` };
    return { at: place.relation === 'before' ? i : subtreeEnd(draft, i) };
  }
  if (place?.ref.kind === 'part') {
    const wanted = place.ref.num;
    const part = ctx.parts.find((x) => x.type === 'part' && x.num.toUpperCase() === wanted);
    const units = part ? draft.flatMap((p, i) => (p.level === 0 && p.eId.startsWith(`${part.eId}__`) ? [i] : [])) : [];
    if (!units.length) return { problem: `Part ${wanted}, after which the new sections go, is not in the principal Act` };
    return { at: place.relation === 'before' ? units[0] : subtreeEnd(draft, units[units.length - 1]) };
  }
  if (place) return { problem: `new sections cannot go ${ctx.record.position}` };
  let last = -1;
  draft.forEach((p, i) => {
    if (isSection(p) && compareSections(p.unit, num) < 0) last = i;
  });
  const firstSection = draft.findIndex(isSection);
  const at = last >= 0 ? subtreeEnd(draft, last) : Math.max(0, firstSection);
  return { at, note: `placed by its number${last >= 0 ? `, after s. ${draft[last].unit}` : ''}: the clause does not say where` };
}

/** The top-level unit that holds the provision just before index `at` (or the first unit). */
function unitBefore(draft: Draft, at: number): number {
  let i = Math.min(at, draft.length) - 1;
  while (i > 0 && draft[i].level > 0) i--;
  return Math.max(0, i);
}

function sectionNum(ctx: ApplyContext, eId: string): string | undefined {
  const p = ctx.amending.find((x) => x.eId === eId);
  return p ? (p.inserted?.section ?? p.num).toUpperCase() : undefined;
}

/** "inserting ... the following new sections": each quoted section becomes a unit of the principal. */
export function insertSections(ctx: ApplyContext): Applied {
  const { draft } = ctx;
  const eIds = ctx.record.inserted ?? [];
  const nums = eIds.map((e) => sectionNum(ctx, e));
  if (nums.some((n) => !n)) return { problem: 'the quoted sections are not among the amending instrument’s provisions' };
  const taken = nums.filter((n) => {
    const i = findUnit(draft, n!);
    return i >= 0 && !draft[i].repealed;
  });
  if (taken.length) return { problem: `s. ${taken.join(', ')} ${taken.length > 1 ? 'are' : 'is'} already in the principal Act; the clause inserts ${taken.length > 1 ? 'sections' : 'a section'} of that number` };
  const anchor = anchorFor(ctx, nums[0]!);
  if ('problem' in anchor) return anchor;
  let at = anchor.at;
  const changed: string[] = [];
  const change = ctx.change('inserted');
  const prefix = groupPrefix(draft, unitBefore(draft, at));
  eIds.forEach((eId, k) => {
    const stale = findUnit(draft, nums[k]!);
    if (stale >= 0) {
      // A repealed placeholder of the same number gives way to the new section.
      const end = subtreeEnd(draft, stale);
      draft.splice(stale, end - stale);
      if (stale < at) at -= end - stale;
    }
    const nodes = rerootInserted(ctx.amending, eId, freeEId(draft, `${prefix}sec_${nums[k]!.toLowerCase()}`)).map((p) => ({ ...p, change }));
    replaceRange(draft, at, 0, nodes);
    at += nodes.length;
    changed.push(nodes[0].eId);
  });
  return { changed, ...(anchor.note ? { note: anchor.note } : {}) };
}

/** "repeal sections 163 to 166 and substitute the following": the old sections go, the quoted ones take their place. */
export function substituteSections(ctx: ApplyContext): Applied {
  const { draft } = ctx;
  const ref = ctx.record.provision ? readRef(ctx.record.provision) : null;
  if (!ref || (ref.kind !== 'sections' && ref.kind !== 'range')) return { problem: `the sections to substitute (“${ctx.record.provision ?? 'not named'}”) could not be read` };
  const { found, missing } = unitsNamed(draft, ref);
  if (!found.length || (ref.kind === 'sections' && missing.length)) return { problem: `s. ${(missing.length ? missing : ['?']).join(', ')} ${missing.length > 1 ? 'are' : 'is'} not in the principal Act` };
  const eIds = ctx.record.inserted ?? [];
  const nums = eIds.map((e) => sectionNum(ctx, e)!);
  const removed = found.map((i) => ({ num: draft[i].unit.toUpperCase(), text: subtreeText(draft, i), nodes: draft.slice(i, subtreeEnd(draft, i)) }));
  const at = found[0];
  const prefix = groupPrefix(draft, at);
  for (const i of [...found].reverse()) draft.splice(i, subtreeEnd(draft, i) - i);
  const blocks: Array<{ num: string; nodes: ConsolidatedProvision[] }> = [];
  eIds.forEach((eId, k) => {
    const old = removed.find((r) => r.num === nums[k]);
    const change = ctx.change('substituted', old ? { previous: old.text } : {});
    const nodes = rerootInserted(ctx.amending, eId, freeEId(draft, old?.nodes[0].eId ?? `${prefix}sec_${nums[k].toLowerCase()}`)).map((p) => ({ ...p, change }));
    blocks.push({ num: nums[k], nodes });
  });
  // A section of the old range with no successor of its number is gone: shown repealed, its old text kept. When the
  // source cut the quotation short, its successor may be in the part we cannot read: the old text stays as it was.
  const leftovers = removed.filter((x) => !nums.includes(x.num));
  for (const r of leftovers) {
    if (ctx.cut) {
      blocks.push({ num: r.num, nodes: r.nodes });
      continue;
    }
    const change = ctx.change('repealed', { previous: r.text, note: changeNote('repealed', ctx.by, 'the section is not among those substituted') });
    blocks.push({ num: r.num, nodes: [{ ...r.nodes[0], text: '', repealed: true, change }] });
  }
  blocks.sort((a, b) => compareSections(a.num, b.num));
  replaceRange(draft, at, 0, blocks.flatMap((b) => b.nodes));
  const kept = new Set(ctx.cut ? leftovers.map((r) => r.nodes[0]) : []);
  const changed = blocks.filter((b) => !kept.has(b.nodes[0])).map((b) => b.nodes[0].eId);
  if (ctx.cut && leftovers.length) {
    return { changed, partial: true, note: `the source cuts the amending provision short: s. ${leftovers.map((r) => r.num).join(', ')} ${leftovers.length > 1 ? 'are' : 'is'} left as ${leftovers.length > 1 ? 'they were' : 'it was'}, since ${leftovers.length > 1 ? 'their' : 'its'} substitutes may be in the part not read` };
  }
  return { changed };
}

/** "Section 20 ... is repealed", "sections 22 to 24 are repealed", or the whole Act repealed. */
export function repealSections(ctx: ApplyContext): Applied {
  const { draft } = ctx;
  let targets: number[];
  if (!ctx.record.provision) {
    targets = draft.flatMap((p, i) => (p.level === 0 && !p.repealed ? [i] : []));
  } else {
    const ref = readRef(ctx.record.provision);
    if (!ref) return { problem: `the provision repealed (“${ctx.record.provision}”) could not be read` };
    const { found, missing } = unitsNamed(draft, ref);
    if (missing.length || !found.length) return { problem: `s. ${(missing.length ? missing : [ctx.record.provision]).join(', ')} ${missing.length > 1 ? 'are' : 'is'} not in the principal Act` };
    targets = found;
  }
  const changed: string[] = [];
  for (const i of [...targets].reverse()) {
    const previous = subtreeText(draft, i);
    draft.splice(i + 1, subtreeEnd(draft, i) - i - 1);
    draft[i] = { ...draft[i], text: '', repealed: true, change: ctx.change('repealed', { previous }) };
    changed.unshift(draft[i].eId);
  }
  return { changed, ...(!ctx.record.provision ? { note: 'the clause repeals the whole Act' } : {}) };
}

/** "renumbering section 4 as section 4A": the unit, its subdivisions' numbers and eIds follow. */
export function renumberSection(ctx: ApplyContext): Applied {
  const { draft } = ctx;
  const ref = ctx.record.provision ? readRef(ctx.record.provision) : null;
  const to = ctx.record.position ? readRef(ctx.record.position) : null;
  if (!ref || ref.kind !== 'sections' || ref.nums.length !== 1 || ref.labels.length || to?.kind !== 'renumber-as') {
    return { problem: `only a whole section renumbered as another can be applied (“${ctx.record.provision ?? ''} ${ctx.record.position ?? ''}”)` };
  }
  const i = findUnit(draft, ref.nums[0]);
  if (i < 0) return { problem: `s. ${ref.nums[0]} is not in the principal Act` };
  if (findUnit(draft, to.num) >= 0) return { problem: `s. ${to.num} is already in the principal Act` };
  const old = draft[i];
  const newEId = freeEId(draft, `${groupPrefix(draft, i)}sec_${to.num.toLowerCase()}`);
  const change = ctx.change('renumbered', { previous: `s. ${old.num}` });
  const end = subtreeEnd(draft, i);
  for (let j = i; j < end; j++) {
    const p = draft[j];
    draft[j] = {
      ...p,
      eId: newEId + p.eId.slice(old.eId.length),
      num: to.num + p.num.slice(old.num.length),
      unit: to.num,
      ...(p.parent && j > i ? { parent: newEId + p.parent.slice(old.eId.length) } : {}),
      ...(j === i ? { change } : {}),
    };
  }
  return { changed: [newEId] };
}
