import type { IngestResult, Provision } from '../ingest/types.ts';
import { createThesaurus, type LegalThesaurus } from '../thesaurus/index.ts';
import type { Thesaurus } from '../thesaurus/types.ts';
import type { ArticleAlignment, CorrelationTable } from './types.ts';
import { amendedLaws } from './applied-laws.ts';
import { articleConfidence } from './confidence.ts';
import { decideArticle, rankCandidates, RULES, type DecisionContext, type Rules } from './decide.ts';
import { restates } from './restated-units.ts';
import { buildsOn, referencedUnits, unitIndex } from './unit-links.ts';
import { compileElementMatcher } from './element-matcher.ts';
import { buildEvidence, flattenPinpoints, pinpointsByUnit } from './evidence.ts';
import { divergenceFlags } from './flags.ts';
import { elementKey, genericElements, pairFeatures, type ElementWeights, type PairFeatures } from './features.ts';
import { cosineSparseDense, documentFrequencies, tfidfVector, VectorSpace } from './lexical.ts';
import { SeedTable, StemIds } from './local-align.ts';
import { prepareArticle, prepareUnit, type AlignTemplate, type PreparedArticle, type PreparedUnit } from './prepare.ts';
import { groupUnits } from './unit-view.ts';
import { findUnmatched } from './unmatched.ts';
import { explain } from './why.ts';
import { maxOf } from '../large-arrays.ts';

interface AlignOptions {
  rules?: Partial<Rules>;
  /** Keep every pair's features in the result (for explanations and tuning). */
  keepFeatures?: boolean;
}

interface FeatureMatrix {
  articles: PreparedArticle[];
  units: PreparedUnit[];
  /** pairs[i][j]: article i against unit j. */
  pairs: PairFeatures[][];
}

function asThesaurus(t: LegalThesaurus | Thesaurus | null | undefined): LegalThesaurus | null {
  if (!t) return null;
  return 'termGroups' in t ? t : createThesaurus(t);
}

interface PreparedTemplate {
  matcher: ReturnType<typeof compileElementMatcher>;
  stemIds: StemIds;
  articles: PreparedArticle[];
  seeds: SeedTable;
}

// The template side is the same for every statute: compiled once per (template, thesaurus) and reused.
const preparedTemplates = new WeakMap<AlignTemplate, Map<LegalThesaurus | null, PreparedTemplate>>();

function prepareTemplate(template: AlignTemplate, thesaurus: LegalThesaurus | null): PreparedTemplate {
  let byThesaurus = preparedTemplates.get(template);
  if (!byThesaurus) preparedTemplates.set(template, (byThesaurus = new Map()));
  let prepared = byThesaurus.get(thesaurus);
  if (!prepared) {
    const matcher = compileElementMatcher(template.articles, thesaurus);
    const stemIds = new StemIds();
    const articles = template.articles.map((a) => prepareArticle(a, thesaurus, matcher, stemIds));
    prepared = { matcher, stemIds, articles, seeds: new SeedTable(articles.map((a) => a.ids)) };
    byThesaurus.set(thesaurus, prepared);
  }
  return prepared;
}

/** Every feature for every (article, unit) pair: the corpus is small, so nothing is pruned. */
export function featureMatrix(template: AlignTemplate, ingest: IngestResult, thesaurusIn: LegalThesaurus | Thesaurus | null): FeatureMatrix {
  const thesaurus = asThesaurus(thesaurusIn);
  const { matcher, stemIds, articles, seeds } = prepareTemplate(template, thesaurus);
  // Laws an amending instrument changes (its amendment records) count as applied by the amending unit.
  const amended = amendedLaws(ingest.instrument.amendments ?? [], unitIndex(ingest.provisions));
  const units = groupUnits(ingest.provisions).map((v) => prepareUnit(v, thesaurus, matcher, stemIds, amended.get(v.unit)));
  // IDF from the statute's own units and the template's articles: what is common in this statute says little.
  const idf = documentFrequencies([...units.map((u) => u.terms), ...articles.map((a) => a.terms)]);
  const space = new VectorSpace(idf);
  const unitVectors = units.map((u) => space.sparse(tfidfVector(u.terms, idf)));
  const weights: ElementWeights = new Map();
  for (const a of articles) {
    for (const el of a.article.elements) {
      const key = elementKey(a.article.article, el.id);
      const df = units.filter((u) => u.hitsByElement.get(key)?.some((h) => !h.hit.narrowing)).length;
      weights.set(elementKey(a.article.article, el.id), Math.log(1 + (units.length + 1) / (df + 1)));
    }
  }
  const generic = genericElements(template.articles);
  const seeded = units.map((u) => seeds.sharing(u.ids));
  const pairs = articles.map((a, i) => {
    const av = space.dense(tfidfVector(a.terms, idf));
    return units.map((u, j) => pairFeatures(a, u, { lexical: cosineSparseDense(unitVectors[j], av) }, weights, generic, seeded[j].has(i)));
  });
  return { articles, units, pairs };
}

/**
 * The second reading: which article chose each unit as its primary unit on a first pass (and with what score), and
 * which units build on which, so that each article's decision can take the others into account.
 */
function decisionContext(matrix: FeatureMatrix, ranked: PairFeatures[][], rules: Rules, provisions: Provision[]) {
  const homes = new Map<string, Array<{ article: string; score: number }>>();
  const primaryOf = new Map<string, string>();
  ranked.forEach((row, i) => {
    const d = decideArticle(row, rules);
    if (d.status === 'missing' || !d.best) return;
    primaryOf.set(matrix.articles[i].article.article, d.best.unit);
    const list = homes.get(d.best.unit) ?? [];
    list.push({ article: matrix.articles[i].article.article, score: d.best.score });
    homes.set(d.best.unit, list);
  });
  const unitOf = unitIndex(provisions);
  const views = new Map(matrix.units.map((u) => [u.view.unit, u.view]));
  const refs = new Map(matrix.units.map((u) => [u.view.unit, referencedUnits(u.view, unitOf)]));
  const substantive = new Set(matrix.articles.filter((a) => a.article.group === 'substantive').map((a) => a.article.article));
  const offences = new Set(matrix.articles.filter((a) => a.article.group === 'substantive' || a.article.group === 'ancillary').map((a) => a.article.article));
  const definitionsArticles = new Set(matrix.articles.filter((a) => a.article.group === 'definitions').map((a) => a.article.article));
  const relatedOf = new Map(matrix.articles.map((a) => [a.article.article, a.article.relatedArticles ?? []]));
  const baseOf = new Map(matrix.articles.map((a) => [a.article.article, a.article.basedOn ?? []]));
  const idsOf = new Map(matrix.units.map((u) => [u.view.unit, u.ids]));
  const restated = new Map<string, boolean>();
  return (article: string): DecisionContext => ({
    offence: offences.has(article),
    definitions: definitionsArticles.has(article),
    implementsRelated: (unit) => (relatedOf.get(article) ?? []).some((r) => primaryOf.get(r) === unit),
    implementsBase: (unit) => (baseOf.get(article) ?? []).some((r) => primaryOf.get(r) === unit),
    restates: (unit, other) => {
      const key = unit < other ? `${unit}\u0000${other}` : `${other}\u0000${unit}`;
      let same = restated.get(key);
      if (same === undefined) restated.set(key, (same = restates(idsOf.get(unit) ?? new Int32Array(), idsOf.get(other) ?? new Int32Array())));
      return same;
    },
    homeScore: (unit) => {
      const others = (homes.get(unit) ?? []).filter((h) => h.article !== article);
      return others.length ? maxOf(others.map((h) => h.score)) : undefined;
    },
    // Aggravated forms exist for offences: a procedural section citing another is a different mechanism.
    buildsOn: substantive.has(article)
      ? (unit, primary) => {
          const view = views.get(unit);
          return view ? buildsOn(view, refs.get(unit) ?? new Set(), primary) : false;
        }
      : undefined,
  });
}

/** Aligns one ingested statute with a template, article by article: the correlation table (contract shape). */
export function alignInstrument(
  template: AlignTemplate,
  ingest: IngestResult,
  thesaurusIn: LegalThesaurus | Thesaurus | null,
  options: AlignOptions = {},
): CorrelationTable & { features?: FeatureMatrix } {
  if (!ingest || !Array.isArray(ingest.provisions) || !ingest.instrument?.id) {
    throw new TypeError('alignInstrument: expected an ingestion result { instrument, provisions }');
  }
  if (!template || !Array.isArray(template.articles)) throw new TypeError('alignInstrument: expected a template with articles');
  const thesaurus = asThesaurus(thesaurusIn);
  const rules = { ...RULES, ...options.rules };
  const matrix = featureMatrix(template, ingest, thesaurus);
  const byEId = new Map<string, Provision>(ingest.provisions.map((p) => [p.eId, p]));
  const order = new Map<string, number>(ingest.provisions.map((p, k) => [p.eId, k]));
  const unitOrder = new Map<string, number>(matrix.units.map((u, k) => [u.view.unit, k]));
  const articles: Record<string, ArticleAlignment> = {};
  const chosenUnits = new Set<string>();
  const ranked = matrix.pairs.map((row) => rankCandidates(row, unitOrder));
  const ctx = decisionContext(matrix, ranked, rules, ingest.provisions);
  matrix.articles.forEach((a, i) => {
    const d = decideArticle(ranked[i], rules, ctx(a.article.article));
    const provisions = d.chosen.map((c) => c.unit);
    provisions.forEach((u) => chosenUnits.add(u));
    const byUnit = d.status === 'missing' ? [] : pinpointsByUnit(d, byEId, order);
    const pins = flattenPinpoints(byUnit);
    const unitProvisions = ingest.provisions.filter((p) => provisions.includes(p.unit));
    const score = d.best ? Math.round(d.best.score * 1000) / 1000 : 0;
    const entry: ArticleAlignment = { provisions, status: d.status, score, confidence: articleConfidence(d.status, score, template.calibration) };
    if (pins.length) entry.pinpoints = pins;
    if (d.status !== 'missing') {
      entry.elements = Object.fromEntries(d.elements.map((e) => [e.id, e.state]));
      entry.flags = divergenceFlags({ article: a.article, elements: d.elements, gaps: d.gaps ?? [], provisions: unitProvisions, thesaurus });
      entry.evidence = buildEvidence(a, d, byEId);
    } else if (d.best) {
      // The unit `why` names as closest: a reviewer reads its text to overturn the finding.
      entry.closest = { unit: d.best.unit, score };
    }
    // Reasons cite as a drafter would: "cl. 8" in a Bill (its provisions are clauses until enacted), "s. 8" in an Act.
    entry.why = explain(a.article, d, d.status, ingest.instrument, byUnit, byEId);
    articles[a.article.article] = entry;
  });
  const bestByUnit = new Map<string, PairFeatures>();
  for (const row of matrix.pairs) for (const f of row) if ((bestByUnit.get(f.unit)?.score ?? -1) < f.score) bestByUnit.set(f.unit, f);
  const table: CorrelationTable & { features?: FeatureMatrix } = {
    instrument: ingest.instrument.id,
    template: template.id,
    units: ingest.instrument.units === 'subsections' ? 'subsections' : 'sections',
    articles,
    unmatched: findUnmatched(matrix.units, chosenUnits, bestByUnit, ingest.instrument),
  };
  if (options.keepFeatures) Object.defineProperty(table, 'features', { value: matrix, enumerable: false });
  return table;
}
