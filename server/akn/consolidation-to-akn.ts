import type { Instrument, Provision } from '../ingest/types.ts';
import type { Consolidation, ConsolidatedProvision } from '../consolidate/types.ts';
import { subtreeText } from '../consolidate/draft-text.ts';
import { instrumentToAkn } from './instrument-to-akn.ts';
import { el, type XmlElement } from './xml.ts';

/** AKN's textual modification types for our change actions. */
const MOD_TYPE: Record<string, string> = {
  inserted: 'insertion',
  substituted: 'substitution',
  repealed: 'repeal',
  amended: 'substitution',
  renumbered: 'renumbering',
};

function asProvision(p: ConsolidatedProvision): Provision {
  return {
    eId: p.eId,
    num: p.num,
    unit: p.unit,
    level: p.level,
    ...(p.heading ? { heading: p.heading } : {}),
    text: p.text,
    path: [{ type: p.type === 'schedule' ? 'schedule' : p.type, num: p.num }],
    kind: 'general',
    defines: [],
    refs: [],
    penalty: [],
    ...(p.parent ? { parent: p.parent } : {}),
    ...(p.repealed ? { repealed: true } : {}),
  };
}

/**
 * The consolidated text as an Akoma Ntoso document of the principal work, a new expression of it: each change is a
 * passive modification (`textualMod`) whose source is the amending provision (in the amending work) and whose
 * destination is the changed provision; repealed provisions carry `status="removed"`.
 */
export function consolidationToAkn(principal: Instrument, amending: Instrument, consolidation: Consolidation, generated = new Date()): string {
  const top = consolidation.provisions.filter((p) => p.change && !(p.parent && consolidation.provisions.find((q) => q.eId === p.parent)?.change === p.change));
  const mods: XmlElement[] = top.map((p, i) => {
    const c = p.change!;
    const kids: XmlElement[] = [
      el('source', { href: `${amending.work}/!main#${c.by.eId}` }),
      el('destination', { href: `#${p.eId}` }),
    ];
    if (c.previous) kids.push(el('old', undefined, [c.previous]));
    // The new text of the whole changed provision, its subdivisions included (an inserted section has no text of its own).
    const whole = subtreeText(consolidation.provisions, consolidation.provisions.indexOf(p));
    if (c.action !== 'repealed' && whole) kids.push(el('new', undefined, [whole]));
    return el('textualMod', { eId: `pmod_${i + 1}`, type: MOD_TYPE[c.action] }, kids);
  });
  const analysis = el('analysis', { source: '#lexalign' }, mods.length ? [el('passiveModifications', undefined, mods)] : [el('otherAnalysis', { source: '#lexalign' })]);
  const byEId = new Map(consolidation.provisions.map((p) => [p.eId, p]));
  return instrumentToAkn(principal, consolidation.provisions.map(asProvision), generated, {
    meta: [analysis],
    expression: { date: generated.toISOString().slice(0, 10), name: `as amended by ${amending.title}` },
    attrs: (p) => (byEId.get(p.eId)?.repealed ? { status: 'removed' } : {}),
  });
}
