import { describe, expect, it } from 'vitest';
import { ingestText } from '../../../server/ingest/index.ts';
import { diffVersions, sharedUnits } from '../../../server/versions/diff-versions.ts';
import { wordDiff } from '../../../server/diff/word-diff.ts';

/** A short Act in our own words, section by section: `[number, heading, text]`. */
function act(sections: Array<[string, string, string]>) {
  const text = sections.map(([n, h, t]) => `**${n}. ${h}**\n\n${t}\n`).join('\n');
  const r = ingestText(`# Harbours Act\n\n${text}`, 'harbours-act.md', { id: 'harbours', title: 'Harbours Act' });
  return { id: r.instrument.id, title: r.instrument.title, provisions: r.provisions };
}

const first = act([
  ['1', 'Short title', 'This Act may be cited as the Harbours Act.'],
  ['2', 'Harbour masters', '(1) The Minister shall appoint a harbour master for each port.\n\n(2) A harbour master holds office for three years.'],
  ['3', 'Moorings', 'No vessel shall moor in a port without the leave of the harbour master.'],
  ['4', 'Dues', 'The owner of a vessel shall pay the dues the Minister prescribes.'],
]);

describe('version diff', () => {
  it('finds a renumbered section by its wording, and a new section in its old number', () => {
    const revised = act([
      ['1', 'Short title', 'This Act may be cited as the Harbours Act.'],
      ['2', 'Harbour masters', '(1) The Minister shall appoint a harbour master for each port.\n\n(2) A harbour master holds office for five years.'],
      ['3', 'Pilots', 'No vessel over fifty metres shall enter a port without a licensed pilot on board.'],
      ['4', 'Moorings', 'No vessel shall moor in a port without the leave of the harbour master.'],
      ['5', 'Dues', 'The owner of a vessel shall pay the dues the Minister prescribes.'],
    ]);
    const d = diffVersions(first, revised);
    expect(d.units.map((u) => `${u.status} ${u.from?.unit ?? '-'}→${u.to?.unit ?? '-'}`)).toEqual([
      'unchanged 1→1', 'changed 2→2', 'added -→3', 'renumbered 3→4', 'renumbered 4→5',
    ]);
    const s2 = d.units[1]!;
    expect(s2.subdivisions).toEqual([{ num: '2(2)', status: 'changed' }]);
    expect(s2.segments!.filter((s) => s.op !== 'equal').map((s) => `${s.op}:${s.text}`)).toEqual(['delete:three', 'insert:five']);
    expect(sharedUnits(d)).toEqual({ shared: 4, of: 4, share: 1 });
  });

  it('marks a rewritten section of the same number as changed, not removed and added', () => {
    const rewritten = act([
      ['1', 'Short title', 'This Act may be cited as the Harbours Act.'],
      ['2', 'Harbour masters', '(1) The Minister shall appoint a harbour master for each port.\n\n(2) A harbour master holds office for three years.'],
      ['3', 'Moorings', 'A vessel may moor only at a berth the port authority assigns, and pays for it.'],
      ['4', 'Dues', 'The owner of a vessel shall pay the dues the Minister prescribes.'],
    ]);
    const d = diffVersions(first, rewritten);
    expect(d.units[2]).toMatchObject({ status: 'changed', from: { unit: '3' }, to: { unit: '3' } });
    expect(d.summary).toEqual({ unchanged: 3, changed: 1, renumbered: 0, added: 0, removed: 0 });
  });

  it('finds little in common with another law', () => {
    const other = act([
      ['1', 'Short title', 'This Act may be cited as the Forests Act.'],
      ['2', 'Reserves', 'The Minister may declare any land a forest reserve.'],
      ['3', 'Felling', 'No person shall fell a tree in a forest reserve without a permit.'],
    ]);
    expect(sharedUnits(diffVersions(first, other)).share).toBeLessThan(0.4);
  });

  it('keeps bracketed numbers: a changed cross-reference is a change', () => {
    const d = wordDiff('fails to comply with subsection (1) or (2)', 'fails to comply with subsection (1) or (3)', { keepNumbers: true });
    expect(d.segments.map((s) => `${s.op === 'equal' ? '' : `${s.op}:`}${s.text}`)).toEqual(['fails to comply with subsection (1) or (', 'delete:2', 'insert:3', ')']);
    expect(wordDiff('the “keeper”  of', 'the "keeper" of', { keepNumbers: true }).segments).toEqual([{ op: 'equal', text: 'the "keeper" of' }]);
  });
});
