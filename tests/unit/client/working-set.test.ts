import { describe, expect, it } from 'vitest';
import {
  addPin,
  parseWorkingSet,
  pinKey,
  pinLabel,
  pinPath,
  removePin,
  setPinNote,
  workingSetCsv,
  workingSetMarkdown,
  type PinnedItem,
} from '../../../client/src/components/working-set.ts';

// Made-up pins: an article compared across two fictional states, a finding, and a provision of a fictional Bill.
const article: PinnedItem = { kind: 'article', template: 'xx-model', article: '3', title: 'Art. 3 Illegal interception', instruments: ['xa-act', 'xb-bill'] };
const finding: PinnedItem = {
  kind: 'finding', template: 'xx-model', article: '2', title: 'Art. 2 Illegal access', instrument: 'xa-act', instrumentTitle: 'Computer Act 2030', citation: 'Computer Act 2030 (XA), s. 3(1)',
};
const provision: PinnedItem = {
  kind: 'provision', instrument: 'xb-bill', instrumentTitle: 'Cyber Bill, 2031', eId: 'sec_4__subsec_1', citation: 'Cyber Bill, 2031 (XB), cl. 4(1)', excerpt: '=A person who [intercepts] *data*',
};
const now = new Date('2031-05-01T10:00:00Z');

describe('working set', () => {
  it('pins once per thing, unpins, and keeps a note', () => {
    let set = addPin([], article, now);
    set = addPin(set, article, now);
    set = addPin(set, provision, now);
    expect(set.map(pinKey)).toEqual(['article:xx-model:3', 'provision:xb-bill:sec_4__subsec_1']);
    set = setPinNote(set, pinKey(provision), 'Compare with s. 8 of the model');
    expect(set[1]!.note).toBe('Compare with s. 8 of the model');
    expect(removePin(set, pinKey(article)).map(pinKey)).toEqual(['provision:xb-bill:sec_4__subsec_1']);
    expect(set[0]!.added).toBe('2031-05-01T10:00:00.000Z');
  });

  it('links each pin to where it opens and says what it is', () => {
    expect(pinPath(article)).toBe('/compare?article=3&template=xx-model&instruments=xa-act,xb-bill');
    expect(pinPath(finding)).toBe('/align/xa-act/2?template=xx-model');
    expect(pinPath(provision)).toBe('/instruments/xb-bill?p=sec_4__subsec_1');
    expect(pinLabel(finding)).toBe('Art. 2 Illegal access: Computer Act 2030 (XA), s. 3(1)');
  });

  it('exports CSV safe for spreadsheets and Markdown with statute text escaped', () => {
    const set = [article, finding, provision].reduce((s, p) => addPin(s, p, now), [] as ReturnType<typeof addPin>);
    const csv = workingSetCsv(set, 'http://localhost:3000');
    const lines = csv.replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines[0]).toBe('Kind,Item,Text,Note,Link,Pinned');
    expect(lines[3]).toBe("Provision,\"Cyber Bill, 2031 (XB), cl. 4(1)\",\"'=A person who [intercepts] *data*\",,http://localhost:3000/instruments/xb-bill?p=sec_4__subsec_1,2031-05-01T10:00:00.000Z");
    const md = workingSetMarkdown(set, 'http://localhost:3000');
    expect(md).toContain('## Articles\n\n- [Art\\. 3 Illegal interception](http://localhost:3000/compare?article=3&template=xx-model&instruments=xa-act,xb-bill)');
    expect(md).toContain('  > =A person who \\[intercepts\\] \\*data\\*');
  });

  it('reads a damaged or foreign stored value as an empty set', () => {
    expect(parseWorkingSet('not json')).toEqual([]);
    expect(parseWorkingSet('{"a":1}')).toEqual([]);
    expect(parseWorkingSet(JSON.stringify([{ kind: 'article' }, { ...article, added: 'x' }])).map(pinKey)).toEqual(['article:xx-model:3']);
  });
});
