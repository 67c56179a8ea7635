import type { ArticleGroup } from '../templates/types.ts';
import type { ProvisionKind } from '../ingest/types.ts';
import type { LegalThesaurus } from '../thesaurus/index.ts';
import { contentStems, groupSpans, type AnalysedText } from './tokenize.ts';
import type { UnitView } from './unit-view.ts';
import { maxOf } from '../large-arrays.ts';

/** What a national unit is about: offences, investigative powers, international co-operation, and so on. */
export type UnitContext = 'definitions' | 'offences' | 'procedural' | 'jurisdiction' | 'cooperation' | 'general';

/** How strongly a unit belongs to each context, the strongest scaled to 1. */
export type ContextProfile = Record<UnitContext, number>;

/**
 * Part and chapter headings of cybercrime statutes follow the Convention's own chapters: "Offences",
 * "Investigation"/"Procedural powers", "International co-operation", "Jurisdiction", "Interpretation".
 * Checked in this order: "Mutual assistance in investigations" is co-operation, not procedure.
 */
const PART_CUES: Array<[UnitContext, string[]]> = [
  // "Requests by Guyana", "Requests by Commonwealth countries": requests pass between States (a domestic power is applied for).
  ['cooperation', ['cooper', 'mutual', 'extradit', 'foreign', 'intern', 'request']],
  ['procedural', ['investig', 'procedur', 'power', 'enforc', 'evid', 'search', 'preserv']],
  ['offences', ['offens', 'crime', 'cybercrim', 'punish', 'prohibit', 'misus']],
  ['jurisdiction', ['jurisdict']],
  // A "Preliminary" Part holds short title, interpretation and application (often the jurisdiction clause): it
  // says nothing of a unit's context, so the unit's own words decide.
  ['definitions', ['interpret', 'definit']],
];

const KIND_CONTEXT: Record<ProvisionKind, UnitContext> = {
  general: 'general',
  definition: 'definitions',
  offence: 'offences',
  penalty: 'offences',
  power: 'procedural',
  procedure: 'procedural',
  jurisdiction: 'jurisdiction',
  cooperation: 'cooperation',
};

/**
 * Vocabulary that marks a provision's context whatever its Part: requests between States belong to
 * co-operation; warrants and orders to investigators belong to procedure; liability on conviction to offences.
 */
const GROUP_CONTEXT: Record<string, UnitContext> = {
  foreign_state: 'cooperation',
  mutual_assistance: 'cooperation',
  extradition: 'cooperation',
  central_authority: 'cooperation',
  spontaneous_information: 'cooperation',
  point_of_contact: 'cooperation',
  judicial_authorisation: 'procedural',
  law_enforcement: 'procedural',
  penalty: 'offences',
  interpretation: 'definitions',
  jurisdiction: 'jurisdiction',
  territory: 'jurisdiction',
};

/** The context a heading names ("Part IV Investigations", "Criminal Procedure and Evidence Act"), if any. */
function headingContext(heading: string): UnitContext | null {
  const stems = contentStems(heading);
  for (const [ctx, cues] of PART_CUES) if (cues.some((c) => stems.some((s) => s.startsWith(c)))) return ctx;
  return null;
}

/** The Part's own context, from its heading alone. */
function partContext(view: UnitView): UnitContext | null {
  return headingContext(view.pathHeadings.join(' '));
}

/** "Jurisdiction", "Territorial scope of offences", "Extra-territorial application": a unit's own heading. */
const JURISDICTION_HEADING = ['jurisdict', 'territori', 'extraterritori'];

/**
 * A jurisdiction clause rarely has a Part of its own: it sits among "Ancillary and general provisions" or in a
 * Preliminary Part, and its words mention the extradition or the offences it bears on. Its own heading names its
 * context, as a Part heading does. (Only jurisdiction: other units' headings name their conduct, not their context,
 * and a heading alone never makes a match; the unit's words must still show territory or nationality.)
 */
function ownJurisdiction(view: UnitView): UnitContext | null {
  const stems = contentStems(view.heading ?? '');
  return stems.some((s) => JURISDICTION_HEADING.some((c) => s.startsWith(c))) ? 'jurisdiction' : null;
}

/**
 * The unit's context profile from its provisions' kinds, its vocabulary and its Part heading. A unit that amends
 * other laws takes their titles' contexts as it takes its Part's: what is inserted into a Criminal Procedure Act is
 * an investigative power, into an Extradition Act co-operation, whatever the amending Act's own Part is called.
 */
export function contextProfile(view: UnitView, texts: AnalysedText[], thesaurus: LegalThesaurus | null, amendedTitles: string[] = []): ContextProfile {
  const p: ContextProfile = { definitions: 0, offences: 0, procedural: 0, jurisdiction: 0, cooperation: 0, general: 0 };
  for (const prov of view.provisions) {
    const c = KIND_CONTEXT[prov.kind];
    // "general" only says the classifier found nothing telling: it never outweighs a positive sign.
    if (c !== 'general') p[c] += prov.level === 0 ? 2 : 1;
  }
  for (const text of texts) {
    for (const g of groupSpans(text, thesaurus)) {
      const c = GROUP_CONTEXT[g.group];
      if (c) p[c] += 0.5;
    }
  }
  const max0 = maxOf(Object.values(p));
  const named = new Set([partContext(view), ownJurisdiction(view), ...amendedTitles.map(headingContext)]);
  for (const c of named) if (c) p[c] += Math.max(2, max0);
  const max = maxOf(Object.values(p));
  if (max === 0) return { ...p, general: 1 };
  for (const k of Object.keys(p) as UnitContext[]) p[k] /= max;
  return p;
}

/** The strongest context of a profile. */
export function mainContext(p: ContextProfile): UnitContext {
  return (Object.keys(p) as UnitContext[]).reduce((a, b) => (p[b] > p[a] ? b : a));
}

/** Which unit contexts suit each group of template articles. */
const FITS: Record<ArticleGroup, UnitContext[]> = {
  definitions: ['definitions'],
  substantive: ['offences'],
  // Attempt, aiding and abetting, corporate liability: general criminal-law provisions next to the offences.
  ancillary: ['offences', 'general'],
  procedural: ['procedural'],
  jurisdiction: ['jurisdiction'],
  cooperation: ['cooperation'],
};

/** Floor of the context factor: a unit from the wrong Part keeps a third of its score (drafting is messy). */
const CONTEXT_FLOOR = 0.3;

/**
 * How well a unit's context suits an article, from CONTEXT_FLOOR (belongs elsewhere) to 1: the contexts its group
 * suits, or the article's own (ArticleProfile.contexts).
 */
export function contextFit(group: ArticleGroup, profile: ContextProfile, own?: UnitContext[]): number {
  let share = 0;
  for (const c of own ?? FITS[group]) share = Math.max(share, profile[c]);
  return CONTEXT_FLOOR + (1 - CONTEXT_FLOOR) * share;
}
