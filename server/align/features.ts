import type { ElementState, EvidenceSpan } from './types.ts';
import { phraseSimilarity } from './concepts.ts';
import { contextFit, type UnitContext } from './context.ts';
import type { ElementHit } from './element-matcher.ts';
import { cosine, type TermVector } from './lexical.ts';
import { sharesSeed, smithWaterman } from './local-align.ts';
import type { PreparedArticle, PreparedUnit } from './prepare.ts';
import { appliesLawOf, type AppliedLaw } from './applied-laws.ts';
import { designatesAuthority } from './designation.ts';
import { elementRole, type ElementRole } from './element-roles.ts';
import type { Provision } from '../ingest/types.ts';

/** Weights of the combined score; fixed a priori from what each feature can tell, then checked on dev tables. */
const WEIGHTS = { heading: 0.4, lexical: 0.2, elements: 0.25, local: 0.15 } as const;
/** Cosine similarity at which lexical evidence counts as full (legal texts share much boilerplate). */
const LEXICAL_FULL = 0.35;
/** A local alignment of 15 words copied in a row (15 x +3) counts as full evidence of copied wording. */
const LOCAL_FULL = 45;
/**
 * Alignment stops following a copy once it scores this much (the feature is full; the quoted evidence is then about
 * fifteen words): following a copied page to its end is what made alignment slow.
 */
const LOCAL_CAP = LOCAL_FULL;

export interface ElementFinding {
  id: string;
  required: boolean;
  /** What the element is to the article (see ElementProfile): the parts of the profile that decide the status. */
  role: ElementRole;
  /** A core element (the conduct or object; see ElementProfile.core), whatever its role for the status. */
  core: boolean;
  /** Elements of the same article that satisfy this one in its place (see ElementProfile.alternatives). */
  alternatives?: string[];
  state: ElementState;
  /** Cue hits in the unit's provisions (eId of each), narrowing hits flagged. */
  hits: Array<{ eId: string; hit: ElementHit }>;
}

export interface PairFeatures {
  article: string;
  unit: string;
  /** Best heading match in [0, 1], with the provision and cue it came from. */
  heading: number;
  headingAt?: { eId: string; cue: string; heading: string };
  /** TF-IDF cosine of the article (text, summary, cues) and the unit. */
  lexical: number;
  elements: ElementFinding[];
  /** Distinctiveness-weighted share of the article's elements found in the unit, in [0, 1]. */
  elementScore: number;
  /** Share of required elements present (narrowed counts half). */
  requiredCoverage: number;
  /** How many of the article's specific elements (see genericElements) were found. */
  specificFound: number;
  /** Share of the article's specific required elements found (present or narrowed). */
  specificCoverage: number;
  /** True when the article has core elements and the unit's words show none of them (see coreShown). */
  coreAbsent: boolean;
  /** True when the unit's words show every core element of the article (see coreShown). */
  coreShown: boolean;
  /** True when the article and the unit are on different sides of a request between States (see pairFeatures). */
  foreignTwin: boolean;
  /** True when the unit is a saving or exclusion clause, which implements nothing (see isSavingClause). */
  saving: boolean;
  /** The article's elements the unit's own heading names ("Assisting a police officer": the order to assist). */
  headingElements: string[];
  /** The general law the unit applies to the statute's offences, when it is the kind the article names (appliedBy). */
  appliedLaw?: AppliedLaw;
  /** True when the unit's words designate the authority the article requires (see ArticleProfile.designates). */
  designates?: boolean;
  /** True when the unit is a penalty provision: it sets the punishment for offences it does not itself create. */
  penalty?: boolean;
  /** Smith-Waterman score (+3/-1/-2) and the copied wording it found. */
  local: number;
  localSpan?: EvidenceSpan;
  context: UnitContext;
  contextFit: number;
  score: number;
}

/** How rare each element's cues are across the statute's units: rarer elements say more about which unit fits. */
export type ElementWeights = Map<string, number>;

/**
 * Element ids the template uses in many articles (intent, without right, a penalty, a foreign State, a competent
 * authority): the frame of every offence or request, not what distinguishes one article from another.
 */
const GENERIC_ELEMENT_MIN_ARTICLES = 5;

export function genericElements(articles: Array<{ elements: Array<{ id: string }> }>): Set<string> {
  const count = new Map<string, number>();
  for (const a of articles) for (const id of new Set(a.elements.map((e) => e.id))) count.set(id, (count.get(id) ?? 0) + 1);
  return new Set([...count].filter(([, n]) => n >= GENERIC_ELEMENT_MIN_ARTICLES).map(([id]) => id));
}

export function elementKey(article: string, element: string): string {
  return `${article}#${element}`;
}

/**
 * Share of its heading evidence a unit keeps when its text shows none of the article's core elements (see
 * ElementProfile.core): headings and marginal notes are aids to reading, not part of the enactment, so a section
 * headed "Interception of electronic messages" whose words punish destroying them is read by its words.
 */
export const CORE_ABSENT_HEADING = 0.5;

/**
 * How the unit's words show the article's core elements (see ElementProfile.core): `none` of them (its heading
 * then counts half, and it cannot implement the article), `all` of them (it implements the article whatever else it
 * is about), or `some`; `unmarked` when the article marks no core element.
 */
function coreShown(elements: ElementFinding[]): 'none' | 'some' | 'all' | 'unmarked' {
  let core = 0;
  let shown = 0;
  for (const f of elements) {
    if (!f.core) continue;
    core++;
    if (f.state === 'present' || f.state === 'narrowed') shown++;
  }
  if (core === 0) return 'unmarked';
  return shown === 0 ? 'none' : shown === core ? 'all' : 'some';
}

/** Heading evidence at or above this names the article's conduct (the eligibility bar of decide.ts too). */
const HEADING_NAMES_ARTICLE = 0.5;

function headingMatch(a: PreparedArticle, u: PreparedUnit): Pick<PairFeatures, 'heading' | 'headingAt'> & { named: string[] } {
  let best = 0;
  let at: PairFeatures['headingAt'];
  const named: string[] = [];
  for (const p of u.provisions) {
    if (!p.heading) continue;
    let own = 0;
    for (const cue of a.headingCues) {
      const s = phraseSimilarity(cue.concepts, p.heading);
      if (s > own) own = s;
      if (s > best) {
        best = s;
        at = { eId: p.provision.eId, cue: cue.cue, heading: p.headingText ?? '' };
      }
    }
    if (own >= HEADING_NAMES_ARTICLE) named.push(p.provision.eId);
  }
  return { heading: best, headingAt: at, named };
}

/**
 * The penalty is judged from the parsed penalties (mode of trial, maximum term), not from a phrase: "liable to a
 * fine not exceeding ... or to imprisonment for ..." is not a fine-only penalty. Imprisonment (or life) is the
 * deprivation of liberty Art. 13 asks for; a fine alone narrows it. Null when nothing was parsed.
 */
function penaltyState(provisions: Provision[], within: Set<string> | null): ElementState | null {
  let parsed = false;
  for (const p of provisions) {
    if (within && !within.has(p.eId)) continue;
    for (const x of p.penalty) {
      parsed = true;
      if (x.life || (x.imprisonmentMonths ?? 0) > 0) return 'present';
    }
  }
  return parsed ? 'narrowed' : null;
}

const PENALTY_CUE = '@penalty';

function insideDefinedTerm(u: PreparedUnit, h: { eId: string; hit: ElementHit }): boolean {
  return (u.definedTerms.get(h.eId) ?? []).some(([start, end]) => h.hit.start >= start && h.hit.end <= end);
}

function findElements(a: PreparedArticle, u: PreparedUnit, within: Set<string> | null): ElementFinding[] {
  return a.article.elements.map((el) => {
    const all = u.hitsByElement.get(elementKey(a.article.article, el.id)) ?? [];
    let hits = within ? all.filter((h) => within.has(h.eId)) : all;
    // A definitions article is implemented by defining its terms, not by using them (see definedTermSpans).
    if (a.article.group === 'definitions') hits = hits.filter((h) => insideDefinedTerm(u, h));
    const required = el.status === 'required';
    // Narrowed only where no provision states the element plainly: an aggravated form for critical infrastructure
    // (a higher penalty in its own paragraph) does not narrow the basic offence against any computer.
    const narrowedIn = new Set(hits.filter((h) => h.hit.narrowing).map((h) => h.eId));
    const present = hits.some((h) => !h.hit.narrowing && !narrowedIn.has(h.eId));
    const narrowed = narrowedIn.size > 0 && !present;
    let state: ElementState = present ? 'present' : narrowed ? 'narrowed' : required ? 'absent' : 'optional-absent';
    if (el.cues.includes(PENALTY_CUE)) state = penaltyState(u.view.provisions, within) ?? state;
    const finding: ElementFinding = { id: el.id, required, role: elementRole(el), core: el.core === true, state, hits };
    if (el.alternatives) finding.alternatives = el.alternatives;
    return finding;
  });
}

/** Weighted share of elements found, and the count of specific ones, for one set of findings. */
function elementMeasures(a: PreparedArticle, elements: ElementFinding[], weights: ElementWeights, generic: Set<string>) {
  let got = 0;
  let total = 0;
  let reqGot = 0;
  let reqTotal = 0;
  for (const f of elements) {
    // Optional elements are options the treaty leaves to parties: they help recognise the article, half as much.
    const w = (weights.get(elementKey(a.article.article, f.id)) ?? 1) * (f.required ? 1 : 0.5);
    const found = f.state === 'present' ? 1 : f.state === 'narrowed' ? 0.5 : 0;
    total += w;
    got += w * found;
    if (f.required) {
      reqTotal += 1;
      reqGot += found;
    }
  }
  const found = (f: ElementFinding): boolean => f.state === 'present' || f.state === 'narrowed';
  const specificFound = elements.filter((f) => !generic.has(f.id) && found(f)).length;
  // What every Party must enact: a paragraph a Party may reserve is not part of the article's irreducible core
  // (Art. 6(3) lets a Party reserve all of 6(1) but the dealing in passwords and access codes).
  const specificRequired = elements.filter((f) => !generic.has(f.id) && f.required && f.role !== 'reservable');
  // A reservable element found is still evidence of the article (an attempt provision for Art. 11).
  const reservableFound = elements.filter((f) => !generic.has(f.id) && f.role === 'reservable' && found(f)).length;
  const specificCoverage = specificRequired.length
    ? Math.min(1, (specificRequired.filter(found).length + reservableFound) / specificRequired.length)
    : specificFound > 0 ? 1 : 0;
  return { elementScore: total ? got / total : 0, requiredCoverage: reqTotal ? reqGot / reqTotal : 1, specificFound, specificCoverage };
}

/**
 * Which provisions of the unit to read the elements in. A section that lists several offences in its paragraphs
 * (an omnibus section: "The following acts constitute ...: (1) Illegal Access ... (2) Illegal Interception") is
 * read paragraph by paragraph, each with the words above it, so that recklessness in one paragraph does not taint
 * the offence in the next. Null: read the whole unit.
 */
function focusSets(u: PreparedUnit, named: string[]): Array<Set<string>> | null {
  // The branches whose own headings name the article, read together ("Aiding or abetting" and "Attempt" for
  // Art. 11); a heading on the unit itself names the whole unit.
  const topLevel = new Set(u.view.provisions.filter((p) => p.level === 0).map((p) => p.eId));
  if (named.length > 0 && !named.some((e) => topLevel.has(e))) {
    const union = new Set<string>();
    for (const eId of named) {
      const own = u.branches.get(eId) ?? [...u.branches.values()].find((set) => set.has(eId));
      if (own) for (const e of own) union.add(e);
    }
    if (union.size > 0) return [union];
  }
  return u.omnibus ? [...u.branches.values()] : null;
}

function localMatch(a: PreparedArticle, u: PreparedUnit, seeded: boolean): Pick<PairFeatures, 'local' | 'localSpan'> {
  if (a.ids.length === 0 || u.ids.length === 0 || !seeded) return { local: 0 };
  const sw = smithWaterman(a.ids, u.ids, { cap: LOCAL_CAP });
  if (sw.score < 9) return { local: sw.score };
  const first = u.origin[sw.b[0]];
  // Clip to the provision the copied run starts in: evidence offsets are into one provision's text.
  let lastIdx = sw.b[1] - 1;
  while (lastIdx > sw.b[0] && u.origin[lastIdx].p !== first.p) lastIdx--;
  const last = u.origin[lastIdx];
  const provision = u.view.provisions[first.p];
  const ta = a.tokens[sw.a[0]];
  const tb = a.tokens[sw.a[1] - 1];
  return {
    local: sw.score,
    localSpan: {
      element: 'text',
      unit: u.view.unit,
      eId: provision.eId,
      start: first.token.start,
      end: last.token.end,
      quote: provision.text.slice(first.token.start, last.token.end),
      template: { start: ta.start, end: tb.end, quote: a.source.slice(ta.start, tb.end) },
    },
  };
}

/** Every feature of one (article, unit) pair and their combination into one score in [0, 1]. */
export function pairFeatures(
  a: PreparedArticle,
  u: PreparedUnit,
  /** The two TF-IDF vectors, or their cosine when the caller computed it in bulk. */
  vectors: { article: TermVector; unit: TermVector } | { lexical: number },
  weights: ElementWeights,
  generic: Set<string> = new Set(),
  /** Whether the pair shares a run of content words (see SEED_LENGTH); computed here when not given. */
  seeded: boolean = sharesSeed(a.seeds, u.ids),
): PairFeatures {
  const { named, ...heading } = headingMatch(a, u);
  // An interpretation section's paragraphs are one list of definitions, read together (Art. 1 needs all four).
  const focus = a.article.group === 'definitions' ? null : focusSets(u, named);
  let elements = findElements(a, u, null);
  let measures = elementMeasures(a, elements, weights, generic);
  if (focus) {
    let bestKey = -1;
    for (const set of focus) {
      const els = findElements(a, u, set);
      const m = elementMeasures(a, els, weights, generic);
      const key = m.specificCoverage * 10 + m.elementScore;
      if (key > bestKey) [bestKey, elements, measures] = [key, els, m];
    }
  }
  const { elementScore, requiredCoverage, specificFound, specificCoverage } = measures;
  const core = coreShown(elements);
  if (core === 'none') heading.heading *= CORE_ABSENT_HEADING;
  const lexical = 'lexical' in vectors ? vectors.lexical : cosine(vectors.article, vectors.unit);
  const local = localMatch(a, u, seeded);
  const fit = contextFit(a.article.group, u.contextProfile, a.article.contexts);
  // A domestic power is not implemented by a provision whose operative words serve a foreign request (Arts 16-21
  // against their co-operation twins 29-34), nor the reverse: the unit's main context tells them apart (its
  // opening words, its Part, its vocabulary), not its heading.
  const applied = appliesLawOf(u.appliedLaws, a.article.appliedBy);
  const foreignTwin =
    (a.article.group === 'procedural' && u.context === 'cooperation') ||
    (a.article.domesticTwins !== undefined && u.context !== 'cooperation');
  const rest =
    WEIGHTS.lexical * Math.min(1, lexical / LEXICAL_FULL) +
    WEIGHTS.elements * elementScore +
    WEIGHTS.local * Math.min(1, local.local / LOCAL_FULL);
  // A unit without any heading (a US Code subsection) cannot show heading evidence: the other features carry
  // the whole score rather than being capped at 1 - WEIGHTS.heading.
  const raw = u.headless ? rest / (1 - WEIGHTS.heading) : WEIGHTS.heading * heading.heading + rest;
  return {
    article: a.article.article,
    unit: u.view.unit,
    ...heading,
    lexical,
    elements,
    elementScore,
    requiredCoverage,
    specificFound,
    specificCoverage,
    coreAbsent: core === 'none',
    coreShown: core === 'all',
    foreignTwin,
    saving: u.saving,
    headingElements: a.article.elements.filter((el) => u.headingElements.has(elementKey(a.article.article, el.id))).map((el) => el.id),
    ...(applied ? { appliedLaw: applied } : {}),
    ...(u.view.provisions[0]?.kind === 'penalty' ? { penalty: true } : {}),
    ...(a.article.designates && designatesAuthority(u.view.text, a.article.designates) ? { designates: true } : {}),
    ...local,
    context: u.context,
    contextFit: fit,
    score: Math.min(1, raw * fit),
  };
}
