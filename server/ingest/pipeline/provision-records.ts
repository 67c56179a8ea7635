import type { IngestWarning, Insertion, PathStep, Provision } from '../types.ts';
import { amendedInstruments, citedName } from '../extract/amended-instrument.ts';
import { findQuotations } from '../structure/find-quotations.ts';
import { insertedSections } from '../structure/inserted-sections.ts';
import { placeQuotations, type QuotedText } from './place-quotations.ts';
import { classifyProvision } from '../extract/provision-kind.ts';
import { REPEAL_NOTE } from '../structure/line-patterns.ts';
import { extractCrossRefs } from '../extract/cross-refs.ts';
import { extractDefinitions } from '../extract/definitions.ts';
import { extractPenalties } from '../extract/penalties.ts';
import { resolveCrossRefs } from '../extract/resolve-cross-refs.ts';
import { splitBody } from '../structure/split-body.ts';
import type { ProvisionNode, UnitDraft } from '../structure/types.ts';

const idPart = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, '');
const tidy = (t: string) => t.replace(/\s+/g, ' ').trim();

const SCHEDULE_ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'];

function scheduleId(num: string): string {
  const ord = SCHEDULE_ORDINALS.findIndex((o) => num.toLowerCase().startsWith(o));
  if (ord >= 0) return `sch_${ord + 1}`;
  const n = num.match(/Schedule\s+(\S+)/i);
  return n ? `sch_${idPart(n[1])}` : 'sch';
}

/** eId of a top-level unit, prefixed with its Part or Chapter as Akoma Ntoso naming does. */
function unitEId(u: UnitDraft): string {
  const prefix = u.groups.length ? `${u.groups[u.groups.length - 1].eId}__` : '';
  switch (u.type) {
    case 'schedule': return scheduleId(u.num);
    case 'resolution': return 'resolution';
    case 'art': return `${prefix}art_${idPart(u.num)}`;
    case 'subsec': return `${prefix}subsec_${idPart(u.num)}`;
    default: return `${prefix}sec_${idPart(u.num)}`;
  }
}

function record(eId: string, num: string, unit: string, level: number, text: string, path: PathStep[], heading: string | undefined, parent: string | undefined, jurisdiction?: string): Provision {
  // "[Repealed by Act No. 4 of 2011]" is a note on a spent provision, not its text.
  if (REPEAL_NOTE.test(tidy(text))) return { ...record(eId, num, unit, level, '', path, heading, parent, jurisdiction), repealed: true };
  const clean = tidy(text);
  return {
    eId, num, unit, level, ...(heading ? { heading } : {}), text: clean, path,
    kind: classifyProvision({ heading, text: clean, path }),
    defines: extractDefinitions(clean), refs: extractCrossRefs(clean), penalty: extractPenalties(clean, jurisdiction),
    ...(parent ? { parent } : {}),
  };
}

/** Only a unit that says it amends reads its quotations as new text for another Act. */
const AMENDING_WORDS = /\b(?:amend\w*|insert\w*|substitut\w*|repeal\w*|delet\w*)\b/i;
const amends = (u: UnitDraft) => AMENDING_WORDS.test(u.heading ?? '') || AMENDING_WORDS.test(u.lead) || u.body.some((l) => AMENDING_WORDS.test(l.text));

/**
 * Records for every unit and subdivision, in document order: eIds unique inside the instrument (a repeated number
 * gets a suffix and a warning), `num` as a lawyer cites it (4(1)(a)), the path of ancestors with their headings.
 */
export function provisionRecords(
  units: UnitDraft[],
  style: 'commonwealth' | 'uscode',
  warnings: IngestWarning[],
  jurisdiction?: string,
  sink?: QuotedText[],
): Provision[] {
  const out: Provision[] = [];
  const seen = new Map<string, number>();
  const unique = (eId: string, where: string) => {
    const n = (seen.get(eId) ?? 0) + 1;
    seen.set(eId, n);
    if (n === 1) return eId;
    warnings.push({ code: 'LEXALIGN_WARN_DUPLICATE_EID', message: `${eId} occurs ${n} times; this one is ${eId}_${n}.`, where });
    return `${eId}_${n}`;
  };
  const amended = amendedInstruments();
  for (const u of units) {
    const groupSteps: PathStep[] = u.groups.map((g) => ({ type: g.type === 'chapter' ? 'chapter' : g.type, num: g.num, ...(g.heading ? { heading: g.heading } : {}) }));
    const unitStep: PathStep = { type: u.type === 'schedule' ? 'schedule' : u.type, num: u.num, ...(u.heading ? { heading: u.heading } : {}) };
    // Quotations of new text come out of an amending clause before it is split, and are read on their own.
    const q = u.type === 'sec' && amends(u) ? findQuotations(u.lead, u.body) : { lead: u.lead, body: u.body, quotations: [] };
    const target = q.quotations.length ? amended(u.heading, [q.lead, ...q.body.map((l) => l.text)].join(' ')) : null;
    const { text, children } = splitBody(q.lead, q.body, { style, where: u.num, num: u.num }, warnings);
    const eId = unique(unitEId(u), u.num);
    if (u.repealed) {
      out.push({ ...record(eId, u.num, u.num, 0, '', groupSteps, u.heading, undefined, jurisdiction), repealed: true });
      continue;
    }
    const walk = (nodes: ProvisionNode[], parentId: string, parentNum: string, path: PathStep[], level: number, insertion?: Insertion) => {
      for (const node of nodes) {
        const id = unique(`${parentId}__${node.type}_${idPart(node.label)}`, u.num);
        const num = `${parentNum}(${node.label})`;
        const step: PathStep = { type: node.type, num: `(${node.label})` };
        if (insertion) out.push({ ...record(id, num, u.num, level, node.text, path, undefined, parentId, jurisdiction), inserted: insertion });
        else emit(id, num, level, node.text, path, step, undefined, parentId);
        walk(node.children, id, num, [...path, step], level + 1, insertion);
      }
    };
    /** A provision of the amending Act; the sections its quotations insert follow it, nested under it. */
    const emit = (id: string, num: string, level: number, ownText: string, path: PathStep[], self: PathStep, heading: string | undefined, parent: string | undefined) => {
      const placed = placeQuotations(ownText, q.quotations);
      out.push(record(id, num, u.num, level, placed.text, path, heading, parent, jurisdiction));
      for (const quoted of placed.quoted) {
        const entry: QuotedText = { ...quoted, by: id, target, inserted: [] };
        const sections = quoted.quotation.kind === 'sections' ? insertedSections(quoted.quotation.lines) : [];
        for (const ins of sections) {
          const insertion: Insertion = { into: citedName(target), ...(target?.title ? { title: target.title } : {}), section: ins.num, action: quoted.quotation.action, by: { eId: id, num } };
          const partStep: PathStep[] = ins.part ? [{ type: 'part', num: ins.part.num, ...(ins.part.heading ? { heading: ins.part.heading } : {}) }] : [];
          const insPath = [...path, self, ...partStep];
          const split = splitBody(ins.lead, ins.body, { style, where: `${u.num} (${ins.num})`, num: ins.num }, warnings);
          const rootId = unique(`${id}__ins_${idPart(ins.num)}`, u.num);
          entry.inserted.push(rootId);
          out.push({ ...record(rootId, ins.num, u.num, level + 1, split.text, insPath, ins.heading, id, jurisdiction), inserted: insertion });
          walk(split.children, rootId, ins.num, [...insPath, { type: 'sec', num: ins.num, ...(ins.heading ? { heading: ins.heading } : {}) }], level + 2, insertion);
        }
        sink?.push(entry);
      }
    };
    emit(eId, u.num, 0, text, groupSteps, unitStep, u.heading, undefined);
    walk(children, eId, u.num, [...groupSteps, unitStep], 1);
  }
  // Numbers of quoted sections looked like unit starts out of sequence to find-units: they were not.
  const quotedNums = new Set(out.filter((p) => p.inserted && p.level > 0 && p.num === p.inserted.section).map((p) => p.num));
  for (let k = warnings.length - 1; k >= 0; k--) {
    const m = warnings[k].code === 'LEXALIGN_WARN_START_NOT_TAKEN' ? warnings[k].message.match(/start of unit (\S+) but/) : null;
    if (m && quotedNums.has(m[1])) warnings.splice(k, 1);
  }
  // Internal references ("subsection (2)", "section 4") point at their eIds once every provision exists.
  return resolveCrossRefs(out).map(quotedRefs);
}

/**
 * References inside a quoted inserted section speak of the amended Act ("section 13" of the Criminal Law Code), not
 * of the amending one: they are never resolved against it, and a section reference names the amended Act.
 */
function quotedRefs(p: Provision): Provision {
  if (!p.inserted) return p;
  const into = p.inserted.into;
  return { ...p, refs: p.refs.map(({ target: _t, ...r }) => (r.external || !/^sections?\b/i.test(r.text) ? r : { ...r, external: into })) };
}
