import { readPlace, readRef } from './references.ts';
import { findSubdivision, findUnit, labelOf, replaceRange, subdivisionsFromText, subtreeEnd, subtreeText, type Draft } from './draft-text.ts';
import type { Applied, ApplyContext } from './context.ts';

/**
 * Amendments inside a section: "deleting subsection (2) and substituting the following", "inserting immediately
 * after subsection (3) the following new subsection", "paragraph (a) is repealed".
 */

/** The section the record amends, and the labels of the subdivision it names (from its pinpoint and its position). */
function target(ctx: ApplyContext): { unit: number; labels: string[]; type?: string; relation: 'after' | 'before' | 'in' } | { problem: string } {
  const ref = ctx.record.provision ? readRef(ctx.record.provision) : null;
  if (!ref || ref.kind !== 'sections' || ref.nums.length !== 1) return { problem: `the section amended (“${ctx.record.provision ?? 'not named'}”) could not be read as one section` };
  const unit = findUnit(ctx.draft, ref.nums[0]);
  if (unit < 0) return { problem: `s. ${ref.nums[0]} is not in the principal Act` };
  const place = ctx.record.position ? readPlace(ctx.record.position) : null;
  if (ctx.record.position && (!place || place.ref.kind !== 'subdivision')) return { problem: `the place “${ctx.record.position}” in s. ${ref.nums[0]} could not be read` };
  const labels = [...ref.labels, ...(place?.ref.kind === 'subdivision' ? place.ref.labels : [])];
  const type = place?.ref.kind === 'subdivision' ? place.ref.type : undefined;
  return { unit, labels, ...(type ? { type } : {}), relation: place?.relation ?? 'in' };
}

function parentOf(draft: Draft, i: number): number {
  const parent = draft[i].parent;
  const found = parent ? draft.findIndex((p) => p.eId === parent) : -1;
  return found >= 0 ? found : i;
}

/** Labels already used by the children of `parent`: a new "(3A)" must not clash with one there. */
function childLabels(draft: Draft, parent: number): Set<string> {
  const eId = draft[parent].eId;
  return new Set(draft.slice(parent + 1, subtreeEnd(draft, parent)).filter((p) => p.parent === eId).map((p) => labelOf(p)));
}

export function amendSubdivision(ctx: ApplyContext): Applied {
  const { draft, record } = ctx;
  const t = target(ctx);
  if ('problem' in t) return t;
  if (!t.labels.length) {
    if (record.action === 'substitute') return { problem: `the new text of s. ${draft[t.unit].num} could not be read as a whole section (no section number at its start); substitute it by hand` };
    return { problem: `the clause does not say where in s. ${draft[t.unit].num} the new text goes` };
  }
  const found = findSubdivision(draft, t.unit, t.labels, t.type);
  if ('problem' in found) return found;
  const at = found.index;
  const end = subtreeEnd(draft, at);
  const old = draft[at];

  if (record.action === 'repeal') {
    const previous = subtreeText(draft, at);
    draft.splice(at + 1, end - at - 1);
    draft[at] = { ...old, text: '', repealed: true, change: ctx.change('repealed', { previous }) };
    return { changed: [old.eId] };
  }
  if (!record.text) return { problem: 'the clause quotes no new text' };
  const parent = parentOf(draft, at);
  const { lead, provisions } = subdivisionsFromText(record.text, draft[parent]);
  if (lead || !provisions.length) return { problem: `the new text does not start with the number of a subdivision (“${record.text.slice(0, 40)}…”)` };

  if (record.action === 'substitute' && t.relation === 'in') {
    const previous = subtreeText(draft, at);
    const change = ctx.change('substituted', { previous });
    const others = childLabels(draft, parent);
    for (let j = at; j < end; j++) if (draft[j].parent === draft[parent].eId) others.delete(labelOf(draft[j]));
    const clash = provisions.filter((p) => p.parent === draft[parent].eId && p.num !== old.num && others.has(labelOf(p)));
    if (clash.length) return { problem: `${clash.map((p) => p.num).join(', ')} ${clash.length > 1 ? 'are' : 'is'} already in the principal Act` };
    replaceRange(draft, at, end - at, provisions.map((p) => ({ ...p, change })));
    return { changed: provisions.filter((p) => p.parent === draft[parent].eId).map((p) => p.eId) };
  }
  if (record.action === 'insert' && t.relation !== 'in') {
    const used = childLabels(draft, parent);
    const clash = provisions.filter((p) => p.parent === draft[parent].eId && used.has(labelOf(p)));
    if (clash.length) return { problem: `${clash.map((p) => p.num).join(', ')} ${clash.length > 1 ? 'are' : 'is'} already in the principal Act` };
    const change = ctx.change('inserted');
    replaceRange(draft, t.relation === 'before' ? at : end, 0, provisions.map((p) => ({ ...p, change })));
    return { changed: provisions.filter((p) => p.parent === draft[parent].eId).map((p) => p.eId) };
  }
  return { problem: `a ${record.action} ${t.relation === 'in' ? 'of' : `${t.relation}`} ${old.num} is not a change that can be applied` };
}
