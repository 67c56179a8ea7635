import type { CoverageStatus, ElementState } from './types.ts';
import type { ElementFinding, PairFeatures } from './features.ts';
import { shortfallsOf } from './element-roles.ts';

/**
 * Decision rules, documented in docs/alignment.md with their legal basis. The numbers are checked by
 * leave-one-statute-out (scripts/eval/loso.ts); the switches let scripts/eval/ablation.ts measure each mechanism.
 * - only eligible units count (see isEligible);
 * - an article is implemented when its best eligible unit scores at least MATCH_THRESHOLD;
 * - another eligible unit joins it when it scores at least SECONDARY_RATIO of the best and at least SECONDARY_MIN
 *   (an implementing provision and its near-equal companion, such as an aggravated form), at most MAX_UNITS;
 * - the status follows the legend (see statusGaps): covered when nothing the article needs is absent or narrowed,
 *   partial otherwise, naming what is.
 */
export const RULES = {
  MATCH_THRESHOLD: 0.35,
  SECONDARY_RATIO: 0.9,
  SECONDARY_MIN: 0.3,
  /** A secondary unit whose own heading names the article's conduct needs only this share of the best score. */
  HEADED_SECONDARY_RATIO: 0.5,
  /**
   * A unit another article chose as its primary unit, scoring under this share of its score there, gives way to
   * an unclaimed unit scoring at least this share of it here: each section is read first as what it is mainly about.
   */
  HOME_RATIO: 0.75,
  HEADING_EVIDENCE: 0.5,
  /** A unit whose words show all the article's core elements is eligible without heading or other evidence. */
  CORE_ELIGIBLE: true,
  /** Words over headings: a unit whose words show none of the article's core elements is not eligible. */
  WORDS_OVER_HEADINGS: true,
  /** A domestic power and its co-operation twin are told apart by the unit's occasion (see PairFeatures.foreignTwin). */
  TWINS: true,
  /**
   * Elements count for the status by their role (core, required, restricts, general law, reservable, optional).
   * Off: every required element counts alike, as before the profile spoke the Convention's logic.
   */
  ROLES: true,
  SPECIFIC_COVERAGE: 0.6,
  MAX_UNITS: 3,
  /**
   * Related articles (relatedArticles), aggravated forms (buildsOn), restated units and the article a procedure
   * operates on (basedOn) may join or carry a match.
   */
  RELATED: true,
  BUILDS_ON: true,
  RESTATED: true,
  BASED_ON: true,
  /** Companion sections that supply, by their own heading and words, an element the chosen units lack. */
  COMPANIONS: true,
  /** The least score a companion section needs: its heading and words carry it, not its overall fit. */
  COMPANION_MIN: 0.15,
  /**
   * A statute's interpretation provision is the counterpart of a definitions article: defining any of its terms
   * implements it, the terms it leaves undefined making it partial (US Code subsection (e), "As used in this
   * section", has no heading and scores low on the other features).
   */
  INTERPRETATION: true,
  /** A provision applying the general law that governs an article (appliedBy) implements it (see appliedLaws). */
  APPLIED_LAWS: true,
  /**
   * A provision designating the authority an article requires (a central authority, a 24/7 point of contact)
   * implements that paragraph of it, partly, however little else of the article it carries (see designation.ts).
   */
  DESIGNATION: true,
  /** A penalty provision does not join an offence article's implementing units (see joins). */
  PENALTY_APART: true,
};

export type Rules = typeof RULES;

export interface ArticleDecision {
  status: CoverageStatus;
  chosen: PairFeatures[];
  /** Element states over the chosen units together. */
  elements: ElementFinding[];
  best: PairFeatures | undefined;
  /** What keeps the article from being covered (see statusGaps); empty when covered or missing. */
  gaps?: ElementFinding[];
  /** True when the match rests on another law the statute applies or amends (see appliedLaws): partial at most. */
  throughOtherLaw?: boolean;
}

/**
 * A unit can implement an article only if it shows what sets the article apart: a matching heading, or most of
 * the article's specific required elements (the conduct: interception by technical means of non-public
 * transmissions). Elements shared by many articles (intent, without right, a penalty, a foreign State) are the
 * frame of every offence or request and cannot carry a match alone.
 */
export function isEligible(f: PairFeatures, rules: Rules): boolean {
  if (f.saving) return false;
  // Applying the general law that governs the article implements it through another instrument (see appliedLaws).
  if (rules.APPLIED_LAWS && f.appliedLaw) return true;
  if ((rules.WORDS_OVER_HEADINGS && f.coreAbsent) || (rules.TWINS && f.foreignTwin)) return false;
  // A section's own words showing every core element of an article implement it, whatever else the section is
  // mainly about: one section may implement several articles (interception inside an access section).
  if (f.coreShown && rules.CORE_ELIGIBLE) return true;
  return f.heading >= rules.HEADING_EVIDENCE || f.specificCoverage >= rules.SPECIFIC_COVERAGE;
}

/** What keeps the article from being covered (see shortfallsOf); with ROLES off, every required element alike. */
export function statusGaps(elements: ElementFinding[], rules: Pick<Rules, 'ROLES'> = RULES): ElementFinding[] {
  if (!rules.ROLES) return elements.filter((e) => e.required && (e.state === 'absent' || e.state === 'narrowed'));
  return shortfallsOf(elements);
}

/** Ranks an article's candidates: score first, then unit order for ties (deterministic output). */
export function rankCandidates(pairs: PairFeatures[], order: Map<string, number>): PairFeatures[] {
  return [...pairs].sort((a, b) => b.score - a.score || (order.get(a.unit) ?? 0) - (order.get(b.unit) ?? 0));
}

const RANK: Record<ElementState, number> = { present: 3, narrowed: 2, 'optional-absent': 1, absent: 0 };

/** The element states of several units read together: each element takes its best state in any unit. */
export function mergeElements(chosen: PairFeatures[]): ElementFinding[] {
  if (chosen.length === 0) return [];
  return chosen[0].elements.map((first) => {
    const all = chosen.map((c) => c.elements.find((e) => e.id === first.id) ?? first);
    const best = all.reduce((a, b) => (RANK[b.state] > RANK[a.state] ? b : a));
    return { ...best, hits: all.flatMap((e) => e.hits) };
  });
}

/** What the other articles' decisions say about the units (second pass; absent on the first). */
export interface DecisionContext {
  /** The best score of a unit for another article that chose it as its primary unit. */
  homeScore?: (unit: string) => number | undefined;
  /** True when `unit` creates an aggravated or qualified form of the offence in `primary` (see unit-links.ts). */
  buildsOn?: (unit: string, primary: string) => boolean;
  /** True when `unit` is the primary unit of an article the template relates to this one (relatedArticles). */
  implementsRelated?: (unit: string) => boolean;
  /** True when `unit` is the primary unit of an article this one is based on (basedOn). */
  implementsBase?: (unit: string) => boolean;
  /** True for an offence article (substantive or ancillary): companions never supply an offence's elements. */
  offence?: boolean;
  /** True for a definitions article: a unit defining a missing term is a companion by its words alone. */
  definitions?: boolean;
  /** True when two units enact the same words (see restated-units.ts). */
  restates?: (unit: string, other: string) => boolean;
}

/** True when a unit is mainly another article's implementation and fits this one markedly worse. */
function claimedElsewhere(f: PairFeatures, ctx: DecisionContext, rules: Rules): boolean {
  const home = ctx.homeScore?.(f.unit);
  return home !== undefined && f.score < rules.HOME_RATIO * home;
}

/**
 * The primary unit: the best eligible one, unless another article claims it and an unclaimed unit fits this
 * article nearly as well (a "Real-time collection of traffic data" section is not the best reading of traffic-data
 * preservation when the statute has a preservation section).
 */
function pickPrimary(eligible: PairFeatures[], ctx: DecisionContext, rules: Rules): PairFeatures | undefined {
  const first = eligible[0];
  if (!first || !claimedElsewhere(first, ctx, rules)) return first;
  const floor = Math.max(rules.MATCH_THRESHOLD, rules.HOME_RATIO * first.score);
  const near = eligible.filter((f) => f.score >= floor);
  // Failing an unclaimed unit, the one implementing the article this one builds on: partial disclosure of traffic
  // data (Art. 17) is read in the preservation section (Art. 16) rather than in the real-time collection one.
  return near.find((f) => !claimedElsewhere(f, ctx, rules)) ?? near.find((f) => rules.BASED_ON && ctx.implementsBase?.(f.unit)) ?? first;
}

/**
 * Whether an eligible unit joins the primary one: it scores nearly as well; or its own heading names the article's
 * conduct and it scores at least half as well (a second offence section for the same conduct, such as a disclosure
 * of access codes next to the devices offence); or it implements a related article (see relatedArticles); or it
 * builds on the primary section's offence. A unit that is mainly another article's implementation joins only on
 * the first two grounds.
 */
function joins(f: PairFeatures, best: PairFeatures, ctx: DecisionContext, rules: Rules): boolean {
  if (f.score < rules.SECONDARY_MIN) return false;
  // A penalty provision punishes offences created elsewhere (Art. 13's counterpart): the words "an attempt to
  // commit an offense punishable under" presuppose the attempt offence, they do not create it.
  if (rules.PENALTY_APART && ctx.offence && f.penalty) return false;
  if (f.score >= rules.SECONDARY_RATIO * best.score) return true;
  // A related article's unit joins only when its own words show this article's conduct: a data-interference
  // section that also speaks of hindering a system implements Art. 5 too; one that does not is Art. 4's alone.
  if (rules.RELATED && f.coreShown && ctx.implementsRelated?.(f.unit)) return true;
  if (claimedElsewhere(f, ctx, rules)) return false;
  if (f.heading >= rules.HEADING_EVIDENCE && f.score >= rules.HEADED_SECONDARY_RATIO * best.score) return true;
  return (rules.BUILDS_ON && ctx.buildsOn?.(f.unit, best.unit)) ?? false;
}

/**
 * A companion section whose own heading names an element the chosen units lack (an order to assist beside the
 * search warrant section, a provider's duty to assist beside the interception warrant, a disclosure section beside
 * the preservation one) supplies that element: the article is implemented by the sections read together. Offences
 * never take companions: each offence is complete in itself, and a modification offence does not supply the data
 * manipulation a fraud offence lacks.
 */
function addCompanions(chosen: PairFeatures[], ranked: PairFeatures[], ctx: DecisionContext, rules: Rules): void {
  for (const f of ranked) {
    if (chosen.length >= rules.MAX_UNITS) break;
    if (chosen.includes(f) || f.saving || f.foreignTwin || f.score < rules.COMPANION_MIN) continue;
    if (f.contextFit < 1 && !ctx.definitions) continue;
    // A section that is mainly another article's implementation lends only a core element (the disclosure that
    // Art. 17 adds to preservation), not an incidental one.
    const claimed = claimedElsewhere(f, ctx, rules);
    const gaps = statusGaps(mergeElements(chosen), rules).filter((g) => g.state === 'absent' && (!claimed || g.core));
    // A heading names the element; for definitions the words themselves do (a term counts only where defined).
    const named = (id: string): boolean => ctx.definitions === true || f.headingElements.includes(id);
    if (gaps.some((g) => named(g.id) && f.elements.some((e) => e.id === g.id && e.state === 'present'))) chosen.push(f);
  }
}

/**
 * A unit whose words define at least one of the article's terms (a term counts only where defined, see
 * definedTermSpans): the interpretation section, or a definition local to a section ("In this section
 * 'traffic data' means ..."), which is as much the statute's definition of that term.
 */
function definesTerms(f: PairFeatures): boolean {
  return !f.saving && f.elements.some((e) => e.core && e.state === 'present');
}

/** A unit designating the authority the article requires (see designation.ts), on the article's own side. */
function designating(f: PairFeatures): boolean {
  return f.designates === true && !f.saving && !f.foreignTwin;
}

export function decideArticle(ranked: PairFeatures[], rules: Rules = RULES, ctx: DecisionContext = {}): ArticleDecision {
  const eligible = ranked.filter((f) => isEligible(f, rules));
  let best = pickPrimary(eligible, ctx, rules) ?? ranked[0];
  // Failing a unit that implements the article by its own words, one applying the law that governs it does.
  if (rules.APPLIED_LAWS && best && best.score < rules.MATCH_THRESHOLD && !best.appliedLaw) best = eligible.find((f) => f.appliedLaw) ?? best;
  if (rules.INTERPRETATION && ctx.definitions && !(best && best.score >= rules.MATCH_THRESHOLD && isEligible(best, rules))) {
    best = ranked.find(definesTerms) ?? best;
  }
  // A unit designating the authority the article requires implements that paragraph of it, and is the article's
  // first reading: a "point of contact" heading over a reporting desk for the public is not the 24/7 network.
  if (rules.DESIGNATION) best = ranked.find(designating) ?? best;
  const applies = rules.APPLIED_LAWS && best?.appliedLaw !== undefined;
  const interprets = rules.INTERPRETATION && ctx.definitions === true && best !== undefined && definesTerms(best);
  const designates = rules.DESIGNATION && best !== undefined && designating(best);
  if (!best || (!interprets && !designates && ((best.score < rules.MATCH_THRESHOLD && !applies) || !isEligible(best, rules)))) {
    return { status: 'missing', chosen: [], elements: best?.elements ?? [], best };
  }
  const chosen = [best];
  // Units passed over for the primary because another article claims them do not come back as secondaries.
  const passedOver = new Set(eligible.slice(0, Math.max(0, eligible.indexOf(best))));
  for (const f of eligible) {
    if (chosen.length >= rules.MAX_UNITS) break;
    if (f !== best && !passedOver.has(f) && joins(f, best, ctx, rules)) chosen.push(f);
  }
  if (rules.COMPANIONS && ctx.offence !== true) addCompanions(chosen, ranked, ctx, rules);
  // A unit restating a chosen one word for word implements the article as much, whatever its heading says.
  for (const f of ranked) {
    if (chosen.length >= rules.MAX_UNITS) break;
    if (rules.RESTATED && !chosen.includes(f) && chosen.some((c) => ctx.restates?.(f.unit, c.unit))) chosen.push(f);
  }
  const elements = mergeElements(chosen);
  const gaps = statusGaps(elements, rules);
  // Status follows the legend: covered when nothing the article needs is absent or narrowed; partial always names
  // what is (the gaps), never a low score alone.
  // A match that rests on another law (its own words too thin to carry it) is partial until that law is read: the
  // Convention's elements lie in a text the tool has not compared.
  const throughOtherLaw = applies && best.score < rules.MATCH_THRESHOLD;
  return { status: gaps.length === 0 && !throughOtherLaw ? 'covered' : 'partial', chosen, elements, best, gaps, throughOtherLaw };
}
