import { describe, expect, it } from 'vitest';
import { decideArticle, isEligible, RULES, statusGaps } from '../../../server/align/decide.ts';
import type { ElementFinding, PairFeatures } from '../../../server/align/features.ts';
import { el, pair as basePair } from '../../fixtures/align/pair-features.ts';
import { definedTermSpans, isSavingClause, prepareUnit, runInHeading } from '../../../server/align/prepare.ts';
import { compileElementMatcher } from '../../../server/align/element-matcher.ts';
import { StemIds } from '../../../server/align/local-align.ts';
import { createThesaurus, loadThesaurus } from '../../../server/thesaurus/index.ts';
import { buildsOn, referencedUnits, unitIndex } from '../../../server/align/unit-links.ts';
import type { Provision } from '../../../server/ingest/types.ts';
import { groupUnits } from '../../../server/align/unit-view.ts';
import { ingestText } from '../../../server/ingest/index.ts';

// These rules only look at the offence's own elements: two are enough.
const pair = (unit: string, score: number, o: Partial<PairFeatures> = {}) =>
  basePair(unit, score, { elements: [el('access'), el('intent')], ...o });

describe('secondary units', () => {
  it('joins a unit whose own heading names the article at half the best score, but not a plain one', () => {
    const headed = decideArticle([pair('18', 0.9, { heading: 1 }), pair('19', 0.5, { heading: 0.8 })]);
    expect(headed.chosen.map((c) => c.unit)).toEqual(['18', '19']);
    const plain = decideArticle([pair('18', 0.9, { heading: 1 }), pair('19', 0.5, { heading: 0.2 })]);
    expect(plain.chosen.map((c) => c.unit)).toEqual(['18']);
  });

  it('joins an aggravated form that builds on the primary section', () => {
    const ctx = { buildsOn: (unit: string, primary: string) => unit === '15' && primary === '14' };
    const d = decideArticle([pair('14', 0.8), pair('15', 0.43)], RULES, ctx);
    expect(d.chosen.map((c) => c.unit)).toEqual(['14', '15']);
  });

  it('joins the unit implementing a related article (Art. 5 through the acts of Art. 4) when its words show the whole conduct', () => {
    const ctx = { implementsRelated: (u: string) => u === '7' };
    const d = decideArticle([pair('5', 0.77), pair('7', 0.37, { coreShown: true })], RULES, ctx);
    expect(d.chosen.map((c) => c.unit)).toEqual(['5', '7']);
    // Its words show the object (a computer system) but not the hindering: it stays the related article's alone.
    const part = decideArticle([pair('5', 0.77), pair('7', 0.37, { coreShown: false, coreAbsent: false })], RULES, ctx);
    expect(part.chosen.map((c) => c.unit)).toEqual(['5']);
  });

  it('prefers an unclaimed unit to one another article chose as its primary and fits much better', () => {
    const ranked = [pair('12', 0.52, { heading: 0.64 }), pair('14', 0.43)];
    const ctx = { homeScore: (u: string) => (u === '12' ? 0.9 : undefined) };
    expect(decideArticle(ranked, RULES, ctx).chosen.map((c) => c.unit)).toEqual(['14']);
    // Without a claim the best unit stays primary.
    expect(decideArticle(ranked, RULES, {}).chosen[0].unit).toBe('12');
  });

  it('keeps a claimed unit as primary when nothing else fits nearly as well', () => {
    const ranked = [pair('4', 0.6), pair('9', 0.2)];
    expect(decideArticle(ranked, RULES, { homeScore: () => 0.95 }).chosen[0].unit).toBe('4');
  });

  it('reads an article in the unit implementing the article it is based on when every fitting unit is claimed', () => {
    // Traffic-data disclosure (s. 12 real-time collection, s. 14 production) vs. the preservation section s. 13.
    const ranked = [pair('12', 0.52), pair('14', 0.43), pair('13', 0.4)];
    const homes: Record<string, number> = { '12': 0.9, '14': 0.88, '13': 0.7 };
    const ctx = { homeScore: (u: string) => homes[u], implementsBase: (u: string) => u === '13' };
    expect(decideArticle(ranked, RULES, ctx).chosen[0].unit).toBe('13');
    expect(decideArticle(ranked, RULES, { homeScore: ctx.homeScore }).chosen[0].unit).toBe('12');
  });

  it('adds a unit that restates a chosen one word for word, whatever it scores', () => {
    const ranked = [pair('36', 0.68, { heading: 1 }), pair('16', 0.2), pair('31', 0.1)];
    const restates = (a: string, b: string) => [a, b].sort().join() === '31,36';
    expect(decideArticle(ranked, RULES, { restates }).chosen.map((c) => c.unit)).toEqual(['36', '31']);
    expect(decideArticle(ranked, RULES, {}).chosen.map((c) => c.unit)).toEqual(['36']);
  });
});

describe('status follows the legend', () => {
  const offence = (intent: ElementFinding['state'], penalty: ElementFinding['state'] = 'present') => [
    el('access'), el('computer_system'), el('intent', intent, true, 'restricts'), el('without_right', 'absent', true, 'restricts'),
    el('penalty', penalty, true, 'general-law'),
  ];

  it('is covered when every core and required element is present, even if restrictions are missing (a wider rule)', () => {
    expect(decideArticle([pair('3', 0.8, { elements: offence('absent') })]).status).toBe('covered');
    expect(decideArticle([pair('3', 0.8, { elements: offence('narrowed') })]).status).toBe('covered');
  });

  it('is partial when a core element is absent, and names it', () => {
    const d = decideArticle([pair('3', 0.8, { elements: [el('access'), el('computer_system', 'narrowed'), el('penalty', 'absent', true, 'general-law')] })]);
    expect(d.status).toBe('partial');
    expect(d.gaps?.map((g) => g.id)).toEqual(['computer_system']);
  });

  it('lets the general law supply an absent penalty, but not a narrowed one (a fine only)', () => {
    expect(decideArticle([pair('3', 0.8, { elements: offence('present', 'absent') })]).status).toBe('covered');
    expect(decideArticle([pair('3', 0.8, { elements: offence('present', 'narrowed') })]).status).toBe('partial');
  });

  it('counts an absent reservable paragraph as a gap, and an alternative as meeting an element', () => {
    const ship = el('ship', 'absent', true, 'reservable');
    expect(decideArticle([pair('66', 0.8, { elements: [el('territory'), ship] })]).status).toBe('partial');
    const autDedere = { ...el('aut_dedere', 'absent', true, 'required'), alternatives: ['nationals'] };
    expect(statusGaps([autDedere, el('nationals')])).toEqual([]);
    expect(statusGaps([autDedere, el('nationals', 'absent')]).map((g) => g.id)).toEqual(['aut_dedere', 'nationals']);
  });

  it('never makes an article partial on a low score alone', () => {
    expect(decideArticle([pair('3', 0.36)]).status).toBe('covered');
  });
});

describe('run-in headings', () => {
  it('reads a title-case heading run into the text before a dash, or standing alone', () => {
    expect(runInHeading('Unlawful Entry. — Entering a machine of another without leave.')).toBe('Unlawful Entry');
    expect(runInHeading('Misuse of Tools.')).toBe('Misuse of Tools');
    expect(runInHeading('Data-related Tampering. -- The alteration of data')).toBe('Data-related Tampering');
  });

  it('does not take an ordinary sentence for a heading', () => {
    expect(runInHeading('The Minister may make regulations.')).toBeUndefined();
    expect(runInHeading('A person who enters a computer commits an offence.')).toBeUndefined();
    expect(runInHeading('(1) having knowingly entered a computer')).toBeUndefined();
  });
});

function prov(unit: string, eId: string, level: number, text: string, refs: string[] = [], kind: Provision['kind'] = 'offence'): Provision {
  return { eId, num: unit, unit, level, text, path: [], kind, defines: [], refs: refs.map((t) => ({ text: t })), penalty: [] };
}

describe('unit links', () => {
  const provisions = [
    prov('7', 'sec_7', 0, 'A person who without authority enters a computer commits an offence.'),
    prov('8', 'sec_8', 0, 'A person who commits an offence under section 7 with intent to commit a further offence commits an offence.', ['section 7', 'subsection (2)']),
    prov('9', 'sec_9', 0, 'Where an offence under sections 7, 8, 10 or 11 concerns a protected computer ...', ['section 7', 'section 8', 'section 10', 'section 11']),
  ];
  const views = new Map(groupUnits(provisions).map((v) => [v.unit, v]));
  const index = unitIndex(provisions);

  it('finds the sections a unit names by number, not its own subsections', () => {
    expect([...referencedUnits(views.get('8')!, index)]).toEqual(['7']);
  });

  it('treats a unit building on one section as its aggravated form, and a clause naming many as general', () => {
    expect(buildsOn(views.get('8')!, referencedUnits(views.get('8')!, index), '7')).toBe(true);
    expect(buildsOn(views.get('9')!, referencedUnits(views.get('9')!, index), '7')).toBe(false);
  });
});

describe('pinpoints under a matched sub-heading', () => {
  it('cites the headed paragraph, not its siblings that share element words', async () => {
    const { flattenPinpoints, pinpointsByUnit } = await import('../../../server/align/evidence.ts');
    const ps = [
      prov('4', 'sec_4', 0, 'The following acts are offences:'),
      { ...prov('4', 'sec_4__para_1', 1, 'Unlawful Entry. — Entering a machine of another without leave.'), num: '4(1)', parent: 'sec_4' },
      { ...prov('4', 'sec_4__para_2', 1, 'Tapping. — Listening to a machine of another without leave.'), num: '4(2)', parent: 'sec_4' },
    ];
    const byEId = new Map(ps.map((p) => [p.eId, p]));
    const order = new Map(ps.map((p, k) => [p.eId, k]));
    const hit = (eId: string) => ({ eId, hit: { article: '2', element: 'x', narrowing: false, cue: 'x', start: 0, end: 1, quote: 'E' } });
    const f = pair('4', 0.8, {
      heading: 1,
      headingAt: { eId: 'sec_4__para_1', cue: 'unlawful entry', heading: 'Unlawful Entry' },
      elements: [
        { id: 'access', required: true, role: 'required', core: false, state: 'present', hits: [hit('sec_4__para_1'), hit('sec_4__para_2')] },
        { id: 'without_right', required: true, role: 'required', core: false, state: 'present', hits: [hit('sec_4__para_1'), hit('sec_4__para_2')] },
      ],
    });
    const d = decideArticle([f]);
    expect(flattenPinpoints(pinpointsByUnit(d, byEId, order))).toEqual(['4(1)']);
  });
});

describe('saving clauses', () => {
  it('reads a unit opening "Nothing in this Act ..." as a saving or exclusion clause', () => {
    const unit = (text: string) => groupUnits([prov('5', 'sec_5', 0, text)])[0];
    expect(isSavingClause(unit('Nothing in this Act authorises the extradition of any person.'))).toBe(true);
    expect(isSavingClause(unit('A person who, without authority, enters a computer commits an offence.'))).toBe(false);
  });

  it('never lets a saving clause implement an article', () => {
    expect(isEligible(pair('5', 0.9, { heading: 1, saving: true }), RULES)).toBe(false);
  });
});

describe('the occasion of a section', () => {
  const thesaurus = createThesaurus(loadThesaurus());
  const matcher = compileElementMatcher([], thesaurus);
  const prepared = (heading: string, text: string) => {
    const p = { ...prov('29', 'sec_29', 0, text, [], 'power'), heading };
    return prepareUnit(groupUnits([p])[0], thesaurus, matcher, new StemIds());
  };

  it('reads a search warrant issued on a foreign request as co-operation, whatever its vocabulary', () => {
    const u = prepared('Search warrant', 'Where a requesting State asks for a thing in the country, a magistrate may issue a warrant to search for and seize it.');
    expect(u.foreignRequest).toBe(true);
    expect(u.context).toBe('cooperation');
  });

  it('leaves a domestic warrant procedural', () => {
    const u = prepared('Search warrant', 'A magistrate may, on application by a police officer, issue a warrant to search for and seize a computer.');
    expect(u.foreignRequest).toBe(false);
    expect(u.context).toBe('procedural');
  });
});

describe('defined terms', () => {
  it('finds the term a provision defines, quoted or opening the provision, and not the words it merely uses', () => {
    const quoted = prov('2', 'sec_2__para_a', 1, '“computer data” means any representation of facts suitable for storing in a computer;');
    expect(definedTermSpans(quoted).map(([s, e]) => quoted.text.slice(s, e))).toEqual(['computer data']);
    const open = prov('3', 'sec_3__para_n', 1, 'Service provider refers to: any public or private entity.');
    expect(definedTermSpans(open).map(([s, e]) => open.text.slice(s, e))).toEqual(['Service provider']);
    expect(definedTermSpans(prov('3', 'sec_3__para_a', 1, 'Access by a person to data stored in a lamp is an offence.'))).toEqual([]);
  });
});

describe('companion sections', () => {
  const power = (unit: string, score: number, o: Partial<PairFeatures> = {}) =>
    basePair(unit, score, { article: '19', elements: [el('search'), el('assistance_order', 'absent', true, 'required')], ...o });

  it('lets a section whose heading and words name a missing element of a power join ("Assisting a police officer")', () => {
    const helper = power('24', 0.2, { headingElements: ['assistance_order'], elements: [el('search', 'absent'), el('assistance_order')] });
    const d = decideArticle([power('23', 0.8), helper], RULES, { offence: false });
    expect(d.chosen.map((c) => c.unit)).toEqual(['23', '24']);
    expect(d.status).toBe('covered');
  });

  it('never supplies an element of an offence from another offence', () => {
    const other = power('13', 0.2, { headingElements: ['assistance_order'], elements: [el('search', 'absent'), el('assistance_order')] });
    expect(decideArticle([power('18', 0.8), other], RULES, { offence: true }).chosen.map((c) => c.unit)).toEqual(['18']);
  });
});

describe('an amending clause that inserts several sections', () => {
  const thesaurus = createThesaurus(loadThesaurus());
  const matcher = compileElementMatcher([], thesaurus);
  // A made-up amending Act: its clause amends the principal Act's definitions and inserts two new sections.
  const act = ingestText(
    [
      '12. Amendment of the Lamps Act',
      '',
      '(1) The Lamps Act (Cap. 77) is amended in section 2 by inserting the definition "lamp data" means data held in a lamp.',
      '(2) The Lamps Act is amended by inserting after section 20 the following sections— "20A. Unlawful access to lamps ' +
        '(1) A person who intentionally and without right accesses a lamp commits an offence. ' +
        '20B. Records of access (1) The keeper shall keep a record of every access to a lamp."',
    ].join('\n'),
    'xa-lamps-amendment-act.md',
  );
  const unit = prepareUnit(groupUnits(act.provisions).find((u) => u.unit === '12')!, thesaurus, matcher, new StemIds());

  it('reads each inserted section as a branch of its own, with the clause\'s words above it, and the clause\'s other provisions apart', () => {
    expect(unit.omnibus).toBe(true);
    const nums = (set: Set<string>) => act.provisions.filter((p) => set.has(p.eId)).map((p) => p.num);
    const branches = [...unit.branches.values()].map(nums);
    const a = branches.find((b) => b.includes('20A'))!;
    const b = branches.find((b) => b.includes('20B'))!;
    expect(a).toContain('12(2)');
    expect(a).not.toContain('20B');
    expect(b).not.toContain('20A');
    expect(branches.find((x) => x.includes('12(1)'))).not.toContain('20A');
  });
});
