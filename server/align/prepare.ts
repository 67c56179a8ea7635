import type { Provision } from '../ingest/types.ts';
import type { ArticleProfile, Calibration } from '../templates/types.ts';
import type { LegalThesaurus } from '../thesaurus/index.ts';
import { conceptsOf, type Concept } from './concepts.ts';
import { contextProfile, mainContext, type ContextProfile, type UnitContext } from './context.ts';
import type { ElementHit, ElementMatcher } from './element-matcher.ts';
import { indexTerms } from './lexical.ts';
import { seedIndex, type SeedIndex, type StemIds } from './local-align.ts';
import { appliedLaws, type AppliedLaw } from './applied-laws.ts';
import { analyse, groupSpans, type AnalysedText, type Token } from './tokenize.ts';
import type { UnitView } from './unit-view.ts';
import { pushAll } from '../large-arrays.ts';

/** A template article as alignment takes it: its profile, plus its official text when the corpus has it. */
export interface AlignArticle extends ArticleProfile {
  text?: string;
  /**
   * Articles whose conduct the template defines through this one's, so that one national offence commonly
   * implements both (Budapest Art. 5 defines hindering a system through acts on computer data, the acts of
   * Art. 4). The unit implementing a related article may join this one.
   */
  relatedArticles?: string[];
  /** Articles this one operates on (see ArticleProfile.basedOn). */
  basedOn?: string[];
}

export interface AlignTemplate {
  id: string;
  articles: AlignArticle[];
  /** Maps raw scores to observed probabilities (see articleConfidence); absent: confidences are raw. */
  calibration?: Calibration;
}

export interface PreparedArticle {
  article: AlignArticle;
  /** The article title and its heading cues, as concept lists. */
  headingCues: Array<{ cue: string; concepts: Concept[] }>;
  /** What lexical similarity compares with: title, our summary, the official text, the cues. */
  terms: string[];
  /** Content tokens of the official text (or of the summary) for local alignment and template-side spans. */
  source: string;
  tokens: Token[];
  ids: Int32Array;
  /** Runs of content words (see SEED_LENGTH): a pair is aligned word by word only when the unit shares one. */
  seeds: SeedIndex;
  /** Element cues found in the template's own text: the template side of evidence spans. */
  hits: ElementHit[];
}

export interface PreparedProvision {
  provision: Provision;
  /** Its marginal note, or else its run-in heading (see runInHeading). */
  headingText?: string;
  heading: Concept[] | null;
  hits: ElementHit[];
}

export interface PreparedUnit {
  view: UnitView;
  context: UnitContext;
  contextProfile: ContextProfile;
  /** True when no provision of the unit has a heading (US Code subsections): heading evidence cannot exist. */
  headless: boolean;
  provisions: PreparedProvision[];
  terms: string[];
  /** Content-word ids of all its provisions' texts, in order, and where each came from. */
  ids: Int32Array;
  origin: Array<{ p: number; token: Token }>;
  /**
   * Each first-level provision's branch: its eId -> itself, its descendants and the unit's own words above it.
   * `omnibus` when the unit is a list of several offences or powers, one per branch.
   */
  branches: Map<string, Set<string>>;
  omnibus: boolean;
  /** Element hits of all its provisions, keyed `article#element`. */
  hitsByElement: Map<string, Array<{ eId: string; hit: ElementHit }>>;
  /** True when the unit's opening words are about a foreign State's request (see servesForeignRequest). */
  foreignRequest: boolean;
  /** True when the whole unit is a saving or exclusion clause (see isSavingClause). */
  saving: boolean;
  /** General laws its provisions apply to the statute's offences, or that it amends (see applied-laws.ts). */
  appliedLaws: AppliedLaw[];
  /** Elements (`article#element`) whose cues occur in the unit's own headings: what the section says it is about. */
  headingElements: Set<string>;
  /** Per provision eId, the character spans of the terms it defines (see definedTermSpans). */
  definedTerms: Map<string, Array<[number, number]>>;
}

/**
 * Where a provision names the terms it defines: "“computer data” means ...", "Computer data refers to ...", or a term
 * the definitions stage extracted (Provision.defines). A definitions article is implemented by defining a term, not
 * by using it: "storing data in" inside the definition of "access" defines nothing about data.
 */
export function definedTermSpans(p: Provision): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  for (const m of p.text.matchAll(/["“”']([^"“”']{2,80})["“”']\s*,?\s*(?:means|includes|refers to|has the meaning|shall mean|in relation to)/g)) {
    const start = (m.index ?? 0) + 1;
    spans.push([start, start + m[1].length]);
  }
  // "Service provider refers to:" (Philippine drafting): the term opens the provision, unquoted.
  const open = /^([A-Z][\w’'-]*(?:\s+[\w’'-]+){0,5}?)\s+(?:means|refers to|includes|shall mean)\b/.exec(p.text);
  if (open) spans.push([0, open[1].length]);
  const lower = p.text.toLowerCase();
  for (const d of p.defines) {
    const at = lower.indexOf(d.term.toLowerCase());
    if (at >= 0) spans.push([at, at + d.term.length]);
  }
  return spans;
}

/**
 * A unit that opens "Nothing in this Act ..." is a saving or exclusion clause ("Nothing in this Act authorises the
 * extradition ...", "... derogates from existing forms of co-operation", "... prohibits a police officer from ..."):
 * it preserves or excludes other law, and confers no power, creates no offence and imposes no duty of its own.
 */
export function isSavingClause(view: UnitView): boolean {
  const first = view.provisions.find((p) => p.text.trim().length > 0);
  return first !== undefined && /^nothing in this (?:act|part|chapter|bill)\b/i.test(first.text.trim());
}

/** Thesaurus groups whose words mark a request between States. */
const FOREIGN_GROUPS = new Set(['foreign_state', 'mutual_assistance']);
/** How much of a unit's opening states its occasion ("This section applies where a request ... is accepted"). */
const OPENING_CHARS = 400;

/**
 * Whether a unit serves a foreign request: its heading or its opening words (the first OPENING_CHARS characters of
 * its provisions in order) name a foreign State or mutual assistance. A section's opening states its occasion, so a
 * search warrant "on a request by a foreign State" is the co-operation twin (Art. 31) of the domestic power
 * (Art. 19), whatever Part it sits in and whatever a scraper did to the Part headings.
 */
function servesForeignRequest(provisions: PreparedProvision[], texts: AnalysedText[], thesaurus: LegalThesaurus | null): boolean {
  const heading = provisions.find((p) => p.headingText)?.headingText;
  if (heading && groupSpans(analyse(heading), thesaurus).some((g) => FOREIGN_GROUPS.has(g.group))) return true;
  let seen = 0;
  for (const text of texts) {
    const left = OPENING_CHARS - seen;
    if (left <= 0) break;
    if (groupSpans(text, thesaurus).some((g) => FOREIGN_GROUPS.has(g.group) && g.start < left)) return true;
    seen += text.text.length + 1;
  }
  return false;
}

export function prepareArticle(
  article: AlignArticle,
  thesaurus: LegalThesaurus | null,
  matcher: ElementMatcher,
  stemIds: StemIds,
): PreparedArticle {
  const headingCues = [article.title, ...article.headingCues].map((cue) => ({ cue, concepts: conceptsOf(cue, thesaurus) }));
  const source = article.text && article.text.trim() ? article.text : article.summary;
  const cueText = article.elements.flatMap((e) => e.cues.filter((c) => !c.startsWith('@'))).join('. ');
  const all = analyse([article.title, article.title, article.summary, source, article.headingCues.join('. '), cueText].join('\n'));
  const terms = indexTerms(all, thesaurus);
  const read = analyse(source);
  const tokens = read.tokens.filter((t) => !t.stop);
  const hits = matcher.match(read).filter((h) => h.article === article.article);
  const ids = stemIds.idsOf(tokens.map((t) => t.stem));
  return { article, headingCues, terms, source, tokens, ids, seeds: seedIndex(ids), hits };
}

// Title-case words, with the short words a title leaves in lower case ("Misuse of Devices").
const TITLE_WORD = String.raw`(?:\p{Lu}[\p{L}'’-]*|of|and|or|the|to|in|for|on|with|by|a|an|from|against|under)`;
const RUN_IN = new RegExp(String.raw`^(\p{Lu}[\p{L}'’-]*(?:\s+${TITLE_WORD}){0,9})\.\s*(?:[—–]|-{1,2}|$)`, 'u');

/**
 * A heading run into the text rather than set as a marginal note: "Illegal Access. — The access to ..." or a
 * paragraph that is only a title ("Misuse of Devices."), as Philippine and some Commonwealth statutes draft the
 * offences of an omnibus section. Title case followed by a full stop and a dash (or nothing) marks it.
 */
export function runInHeading(text: string): string | undefined {
  const m = RUN_IN.exec(text.trim());
  return m ? m[1] : undefined;
}

export function prepareUnit(
  view: UnitView,
  thesaurus: LegalThesaurus | null,
  matcher: ElementMatcher,
  stemIds: StemIds,
  /** Laws the unit amends, from the instrument's amendment records (see amendedLaws). */
  amends: AppliedLaw[] = [],
): PreparedUnit {
  const texts = view.provisions.map((p) => analyse(p.text));
  const provisions: PreparedProvision[] = view.provisions.map((provision, k) => {
    const headingText = provision.heading || runInHeading(provision.text);
    return { provision, headingText, heading: headingText ? conceptsOf(headingText, thesaurus) : null, hits: matcher.match(texts[k]) };
  });
  const origin: PreparedUnit['origin'] = [];
  texts.forEach((t, k) => {
    for (const token of t.tokens) if (!token.stop) origin.push({ p: k, token });
  });
  const headings = provisions.map((p) => p.headingText ?? '').filter(Boolean).join('. ');
  const terms = indexTerms(analyse(headings), thesaurus);
  for (const t of texts) pushAll(terms, indexTerms(t, thesaurus));
  const profile = contextProfile(view, texts, thesaurus, amends.map((law) => law.title));
  const foreignRequest = servesForeignRequest(provisions, texts, thesaurus);
  // The occasion a section's opening states governs what it is about: a search warrant issued on a foreign
  // request is co-operation, whatever its powers' vocabulary says.
  if (foreignRequest) profile.cooperation = 1;
  const hitsByElement: PreparedUnit['hitsByElement'] = new Map();
  for (const p of provisions) {
    for (const hit of p.hits) {
      const key = `${hit.article}#${hit.element}`;
      const list = hitsByElement.get(key) ?? [];
      list.push({ eId: p.provision.eId, hit });
      hitsByElement.set(key, list);
    }
  }
  const { branches, omnibus } = branchesOf(view, new Set(provisions.filter((p) => p.headingText).map((p) => p.provision.eId)));
  const ids = stemIds.idsOf(origin.map((o) => o.token.stem));
  return {
    view,
    branches,
    omnibus,
    context: foreignRequest ? 'cooperation' : mainContext(profile),
    contextProfile: profile,
    headless: provisions.every((p) => !p.headingText),
    provisions,
    terms,
    hitsByElement,
    foreignRequest,
    saving: isSavingClause(view),
    appliedLaws: [...appliedLaws(view.provisions), ...amends],
    headingElements: new Set(
      provisions.flatMap((p) => (p.headingText ? matcher.match(analyse(p.headingText)).filter((h) => !h.narrowing).map((h) => `${h.article}#${h.element}`) : [])),
    ),
    definedTerms: new Map(view.provisions.map((p) => [p.eId, definedTermSpans(p)])),
    ids,
    origin,
  };
}

/**
 * An amending clause that inserts several sections into another Act ("the following sections are inserted: 4A ...
 * 4B ...") enacts each as a section of that Act: each inserted section is a branch of its own, with the clause's
 * words above it, so that an article is read in one inserted section and not in the sum of them; the clause's other
 * provisions are branches as in any section. Null when the unit inserts fewer than two.
 */
function insertedBranches(view: UnitView): Map<string, Set<string>> | null {
  const ids = new Set(view.provisions.filter((p) => p.inserted).map((p) => p.eId));
  const roots = view.provisions.filter((p) => p.inserted && !(p.parent && ids.has(p.parent)));
  if (roots.length < 2) return null;
  const parentOf = new Map(view.provisions.map((p) => [p.eId, p.parent]));
  const rootIds = new Set(roots.map((r) => r.eId));
  const rootOf = (eId: string): string | undefined => {
    for (let cur: string | undefined = eId; cur; cur = parentOf.get(cur)) if (rootIds.has(cur)) return cur;
    return undefined;
  };
  const branches = new Map<string, Set<string>>();
  for (const root of roots) {
    const set = new Set<string>();
    // The amending clause's own words above the inserted section (not its other quotations).
    for (let cur = root.parent; cur; cur = parentOf.get(cur)) set.add(cur);
    branches.set(root.eId, set);
  }
  const carriers = new Set([...branches.values()].flatMap((set) => [...set]));
  for (const p of view.provisions) {
    const root = p.inserted ? rootOf(p.eId) : undefined;
    if (root) branches.get(root)!.add(p.eId);
    else if (p.level > 0 && !carriers.has(p.eId)) {
      // The clause's other provisions (an amendment of the definitions beside the insertions) are read as in any
      // section: each first-level provision with what lies under it.
      // Its first-level ancestor: the one whose parent is the unit itself (level 0, no parent).
      let head = p.eId;
      for (let cur = p.parent; cur && parentOf.get(cur); cur = parentOf.get(cur)) head = cur;
      const set = branches.get(head) ?? new Set<string>();
      set.add(p.eId);
      branches.set(head, set);
    }
  }
  return branches;
}

/**
 * Branches of a unit below its first level. A branch holds a first-level provision, everything under it and the
 * unit-level text above it (the chapeau "The following acts constitute ..." or "Whoever—"). A unit is an omnibus
 * section when it has at least three branches that carry their own headings or that its chapeau lists.
 */
function branchesOf(view: UnitView, headed: Set<string> = new Set()): { branches: Map<string, Set<string>>; omnibus: boolean } {
  const inserted = insertedBranches(view);
  if (inserted) return { branches: inserted, omnibus: true };
  const branches = new Map<string, Set<string>>();
  const top = view.provisions.filter((p) => p.level === 0).map((p) => p.eId);
  const parentOf = new Map(view.provisions.map((p) => [p.eId, p.parent]));
  const levelOf = new Map(view.provisions.map((p) => [p.eId, p.level]));
  let minLevel = Infinity;
  for (const p of view.provisions) if (p.level > 0 && p.level < minLevel) minLevel = p.level;
  for (const p of view.provisions) {
    if (p.level === 0) continue;
    let cur: string | undefined = p.eId;
    const chain: string[] = [];
    // Only ancestors inside the unit count (a parent outside it ends the chain).
    while (cur && levelOf.has(cur)) {
      chain.push(cur);
      cur = parentOf.get(cur);
    }
    // The outermost listed ancestor below the unit's own text is the branch head.
    let head = p.eId;
    for (let k = chain.length - 1; k >= 0; k--) {
      if (levelOf.get(chain[k])! > 0) {
        head = chain[k];
        break;
      }
    }
    if (levelOf.get(head) !== minLevel) continue;
    let set = branches.get(head);
    if (!set) branches.set(head, (set = new Set(top)));
    for (const e of chain) set.add(e);
  }
  const heads = view.provisions.filter((p) => branches.has(p.eId));
  const headedHeads = heads.filter((p) => p.heading || headed.has(p.eId)).length;
  // "The following acts constitute ...:" or "Whoever—": the unit's own words introduce a list of offences.
  const chapeau = view.provisions.filter((p) => p.level === 0).map((p) => p.text.trim()).join(' ');
  const introducesList = /([:—–-]|\bfollowing\b.*)$/.test(chapeau) && chapeau.length < 400;
  return { branches, omnibus: heads.length >= 3 && (headedHeads >= 3 || introducesList) };
}
