import type { Provision } from '../ingest/types.ts';
import type { CoverageStatus } from './types.ts';
import { citeUnit, citeUnits, type CitedUnits } from '../citation/cite.ts';
import type { ArticleDecision } from './decide.ts';
import { shortfallsOf } from './element-roles.ts';
import type { PairFeatures } from './features.ts';
import type { AlignArticle } from './prepare.ts';

function labelOf(article: AlignArticle, id: string): string {
  return (article.elements.find((e) => e.id === id)?.label ?? id).toLowerCase();
}

/**
 * Why the closest provision falls short of an article, in words a reviewer can check and overturn: the article's
 * core (its conduct or object) is not in its words, or too little of the article is.
 */
function shortfallOf(article: AlignArticle, b: PairFeatures): string {
  const label = (id: string): string => labelOf(article, id);
  const core = b.elements.filter((e) => e.core);
  const found = b.elements.filter((e) => e.state === 'present' && e.role !== 'optional').map((e) => label(e.id));
  if (b.saving) return 'it is a saving or exclusion clause ("Nothing in this Act ..."), which implements nothing.';
  if (b.foreignTwin) return 'it serves the other side of a request between States (a domestic power and its co-operation twin are different articles).';
  if (b.coreAbsent) return `its words show none of what makes a provision this article's kind (${core.map((e) => label(e.id)).join('; ')}).`;
  const lacking = shortfallsOf(b.elements);
  const listed = found.slice(0, 4).join(', ') + (found.length > 4 ? ` and ${found.length - 4} more` : '');
  // Every element in its words, yet too weak a fit: say so, rather than call a full list "too little".
  if (found.length && !lacking.length) {
    return `its words mention ${listed}, but only in passing: neither its heading nor its wording shows that it is about this article.`;
  }
  const shown = found.length ? `its words show only ${listed}` : 'its words show none of the article\'s elements';
  return `${shown}; that is too little of the article to read it as implemented.`;
}

/**
 * One or two sentences a lawyer can check against the texts: which provisions, why they were chosen (heading,
 * elements with quoted words, copied wording), what is missing or narrowed, and how sure the tool is.
 */
export function explain(
  article: AlignArticle,
  d: ArticleDecision,
  status: CoverageStatus,
  instrument: CitedUnits,
  /** Pinpoints per chosen unit, primary unit first (see pinpointsByUnit). */
  pinsByUnit: Array<{ unit: string; pins: string[] }>,
  byEId: Map<string, Provision>,
): string {
  if (status === 'missing') {
    const b = d.best;
    if (!b) return `No provision of the statute was compared with Art. ${article.article} (${article.title}).`;
    const head = byEId.get(b.headingAt?.eId ?? '')?.heading;
    return (
      `No provision implements Art. ${article.article} (${article.title}). The closest is ${citeUnit(instrument, b.unit)}` +
      `${head ? ` ("${head}")` : ''}: ${shortfallOf(article, b)}`
    );
  }
  const primary = pinsByUnit[0]?.pins ?? [d.chosen[0].unit];
  const cited = primary.slice(0, 3);
  const where = citeUnits(instrument, cited, { prose: true }) + (primary.length > 3 ? ' (and others)' : '');
  const verb = cited.length > 1 ? (status === 'covered' ? 'implement' : 'partly implement') : status === 'covered' ? 'implements' : 'partly implements';
  const reasons: string[] = [];
  const best = d.chosen[0];
  if (best.headingAt && best.heading >= 0.5) reasons.push(`the heading "${best.headingAt.heading}" matches "${best.headingAt.cue}"`);
  const found = d.elements
    .filter((e) => e.state === 'present' && e.hits.length)
    .map((e) => `${labelOf(article, e.id)} ("${e.hits.find((h) => !h.hit.narrowing)?.hit.quote ?? e.hits[0].hit.quote}")`);
  if (found.length) reasons.push(`found: ${found.slice(0, 4).join(', ')}`);
  if (best.appliedLaw) reasons.push(`it applies or amends the ${best.appliedLaw.title} (implementation through another instrument)`);
  if (best.local >= 18) reasons.push(`wording copied from the template ("${best.localSpan?.quote.slice(0, 80)}")`);
  const shortfalls = d.gaps ?? [];
  const narrowed = shortfalls.filter((e) => e.state === 'narrowed').map((e) => labelOf(article, e.id));
  const absent = shortfalls.filter((e) => e.state !== 'narrowed').map((e) => labelOf(article, e.id));
  const gaps: string[] = [];
  if (narrowed.length) gaps.push(`narrowed: ${narrowed.join(', ')}`);
  if (absent.length) gaps.push(`not found: ${absent.join(', ')}`);
  // Restrictions of the Convention's offence that the national rule does without: it reaches further.
  const wider = d.elements.filter((e) => e.role === 'restricts' && e.state !== 'present').map((e) => labelOf(article, e.id));
  const units = d.chosen.length > 1 ? ` (read with ${citeUnits(instrument, d.chosen.slice(1).map((c) => c.unit), { prose: true })})` : '';
  return (
    `${where}${units} ${verb} Art. ${article.article} (${article.title})` +
    `${reasons.length ? `: ${reasons.join('; ')}` : ''}.` +
    `${gaps.length ? ` Required elements ${gaps.join('; ')}.` : ''}` +
    `${wider.length ? ` Wider than the Convention: the words do not require ${wider.join(', ')}.` : ''}` +
    `${d.throughOtherLaw ? ` The article's elements lie in the ${best.appliedLaw?.title ?? 'other law'}, which was not compared: partial until it is.` : ''}`
  );
}
