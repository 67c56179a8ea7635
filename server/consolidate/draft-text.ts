import type { Provision } from '../ingest/types.ts';
import { splitBody } from '../ingest/structure/split-body.ts';
import type { ProvisionNode } from '../ingest/structure/types.ts';
import { pushAll } from '../large-arrays.ts';
import type { ConsolidatedProvision } from './types.ts';

/**
 * The consolidated text while amendments are applied to it: the principal's provisions in document order, a
 * provision's descendants right after it (their eIds extend its eId with `__`). Pure functions over that list.
 */

export type Draft = ConsolidatedProvision[];

const lastSegment = (eId: string) => (eId.includes('__') ? eId.slice(eId.lastIndexOf('__') + 2) : eId);

/** `sec`, `subsec`, `para` ... from the last step of the eId (`ins_163` is an inserted section, `sch` a Schedule). */
function typeOf(p: Pick<Provision, 'eId' | 'level'>): string {
  const seg = lastSegment(p.eId).replace(/_[^_]*$/, '');
  if (seg === 'ins') return 'sec';
  if (/^sch/.test(seg)) return 'schedule';
  return seg || (p.level === 0 ? 'sec' : 'para');
}

export function draftFrom(provisions: Provision[]): Draft {
  return provisions.map((p) => ({
    eId: p.eId,
    num: p.num,
    unit: p.unit,
    level: p.level,
    type: typeOf(p),
    ...(p.heading ? { heading: p.heading } : {}),
    text: p.text,
    ...(p.parent ? { parent: p.parent } : {}),
    ...(p.repealed ? { repealed: true } : {}),
  }));
}

/** Index just past the provision at `i` and all its descendants. */
export function subtreeEnd(draft: Draft, i: number): number {
  const prefix = `${draft[i].eId}__`;
  let j = i + 1;
  while (j < draft.length && draft[j].eId.startsWith(prefix)) j++;
  return j;
}

/** A top-level unit by its number as printed (`12A`, `Schedule`); -1 when absent. */
export function findUnit(draft: Draft, num: string): number {
  const wanted = num.toUpperCase();
  return draft.findIndex((p) => p.level === 0 && p.unit.toUpperCase() === wanted);
}

/** The label a provision carries as printed: `(2)`, `(a)`; a unit's number. */
export function labelOf(p: Pick<ConsolidatedProvision, 'num' | 'level'>): string {
  if (p.level === 0) return p.num;
  const m = p.num.match(/\(([^()]*)\)$/);
  return m ? `(${m[1]})` : p.num;
}

/** The whole text of a provision with its subdivisions, labels included: what a reader of the old text saw. */
export function subtreeText(draft: Draft, i: number): string {
  const parts: string[] = [];
  for (let j = i; j < subtreeEnd(draft, i); j++) {
    const p = draft[j];
    const label = j === i && p.level === 0 ? '' : `${labelOf(p)} `;
    if (p.text || j > i) parts.push(`${label}${p.text}`.trim());
  }
  return parts.filter(Boolean).join(' ');
}

type Found = { index: number } | { problem: string };

/**
 * A subdivision of the unit at `unit` named by its labels ("subsection (3)", "paragraph (a)", "(2)(b)"): first
 * exactly by its number (`29(1)(a)`), else the one descendant whose number ends with those labels. Two candidates
 * are a question for the drafter, not for us.
 */
export function findSubdivision(draft: Draft, unit: number, labels: string[], type?: string): Found {
  const u = draft[unit];
  const tail = labels.map((l) => `(${l})`).join('');
  const end = subtreeEnd(draft, unit);
  const inside = draft.slice(unit + 1, end).map((p, k) => ({ p, index: unit + 1 + k })).filter(({ p }) => !type || p.type === type);
  const exact = inside.find(({ p }) => p.num === `${u.num}${tail}`);
  if (exact) return { index: exact.index };
  const ending = inside.filter(({ p }) => p.num.endsWith(tail));
  if (ending.length === 1) return { index: ending[0].index };
  const where = `s. ${u.num}`;
  if (ending.length > 1) return { problem: `${where} has ${ending.length} provisions numbered ${tail} (${ending.map(({ p }) => p.num).join(', ')}); the amendment does not say which` };
  return { problem: `${where} has no ${type === 'subsec' ? 'subsection' : type === 'para' ? 'paragraph' : 'provision'} ${tail}` };
}

/** An eId not yet used in the draft: `base`, else `base_2`, `base_3` ... */
export function freeEId(draft: Draft, base: string): string {
  const used = new Set(draft.map((p) => p.eId));
  if (!used.has(base)) return base;
  let n = 2;
  while (used.has(`${base}_${n}`)) n++;
  return `${base}_${n}`;
}

const eIdLabel = (label: string) => label.toLowerCase().replace(/[^a-z0-9]/g, '');

function fromNodes(nodes: ProvisionNode[], parent: Pick<ConsolidatedProvision, 'eId' | 'num' | 'level' | 'unit'>, out: Draft): void {
  for (const n of nodes) {
    const p: ConsolidatedProvision = {
      eId: `${parent.eId}__${n.type}_${eIdLabel(n.label)}`,
      num: `${parent.num}(${n.label})`,
      unit: parent.unit,
      level: parent.level + 1,
      type: n.type,
      text: n.text,
      parent: parent.eId,
    };
    out.push(p);
    fromNodes(n.children, p, out);
  }
}

/**
 * Quoted new text ("(3A) Where ... (a) ...; (b) ... (3B) ...") read into subdivisions of `parent`, with the same
 * splitter ingestion uses. Text before the first label (a Schedule paragraph, words without a label) is `lead`.
 */
export function subdivisionsFromText(text: string, parent: Pick<ConsolidatedProvision, 'eId' | 'num' | 'level' | 'unit'>): { lead: string; provisions: Draft } {
  const split = splitBody('', [{ text, block: 0 }], { style: 'commonwealth', where: parent.num }, []);
  const out: Draft = [];
  fromNodes(split.children, parent, out);
  return { lead: split.text, provisions: out };
}

/**
 * The sections an amending Act quotes (its provisions under `…__ins_12a`), re-rooted as units of the principal:
 * `sec_3__ins_12a__subsec_1` becomes `<prefix>sec_12a__subsec_1`, level and parent adjusted.
 */
export function rerootInserted(amending: Provision[], insertedEId: string, newEId: string): Draft {
  const root = amending.find((p) => p.eId === insertedEId);
  if (!root) return [];
  const section = root.inserted?.section ?? root.num;
  return amending
    .filter((p) => p.eId === insertedEId || p.eId.startsWith(`${insertedEId}__`))
    .map((p) => ({
      eId: newEId + p.eId.slice(insertedEId.length),
      num: p.num,
      unit: section,
      level: p.level - root.level,
      type: p.eId === insertedEId ? 'sec' : typeOf(p),
      ...(p.heading ? { heading: p.heading } : {}),
      text: p.text,
      ...(p.eId !== insertedEId && p.parent ? { parent: newEId + p.parent.slice(insertedEId.length) } : {}),
    }));
}

/** The eId prefix of the unit at `i` (its Part or Chapter): `chp_8__part_1__` for `chp_8__part_1__sec_163`. */
export function groupPrefix(draft: Draft, i: number): string {
  const eId = draft[i]?.eId ?? '';
  const at = eId.lastIndexOf('__');
  return at < 0 ? '' : eId.slice(0, at + 2);
}

/** `draft.splice(at, remove, ...items)` without spreading `items` into an argument list (a long inserted Part). */
export function replaceRange(draft: Draft, at: number, remove: number, items: Draft): void {
  const tail = draft.splice(at);
  pushAll(draft, items);
  pushAll(draft, tail.slice(remove));
}
