import type { IngestResult } from '../ingest/types.ts';
import { PhraseMatcher, prepareText } from '../thesaurus/index.ts';

/**
 * Cue lint: a cue phrase that occurs in exactly one statute of the corpus and not in the Convention was most likely
 * written by reading that statute, and may be fitted to it rather than to the law. Each such phrase must be
 * generalised or justified (corpus/cue-notes.json: why it holds for statutes never seen). Phrases are matched as the
 * aligner matches them (server/thesaurus PhraseMatcher: case-folded, spelling-folded stems, whole words, `*` prefixes).
 */
/** `search`: the search-only synonym groups (server/search/search-synonyms.ts), held to the same rule. */
type CueOrigin = 'profile' | 'thesaurus' | 'search';

export interface CueSource {
  phrase: string;
  origin: CueOrigin;
  /** Where the phrase is written: `art. 2 headingCues`, `art. 2 access cues`, `group without_right`. */
  where: string;
}

export interface CueFinding {
  phrase: string;
  sources: CueSource[];
  /** Ids of the statutes the phrase occurs in. */
  statutes: string[];
  inConvention: boolean;
}

/** A statute as the texts the aligner reads, each matched on its own: a phrase never runs across two of them. */
export interface LintText {
  id: string;
  texts: string[];
}

const isCue = (x: unknown): x is string => typeof x === 'string' && x.trim() !== '' && !x.startsWith('@');
/** The key a phrase is justified under: case and spacing do not make a different phrase. */
export const phraseKey = (phrase: string): string => phrase.trim().replace(/\s+/g, ' ').toLowerCase();

/**
 * Heading cues, element cues, narrowing cues and designated authorities of a profile, `@group` references left out (their terms are the
 * thesaurus's). Read leniently: the profile's shape is being extended, and a lint must not break on a new field.
 */
export function profileCues(profile: unknown): CueSource[] {
  const out: CueSource[] = [];
  const articles = (profile as { articles?: unknown })?.articles;
  for (const a of Array.isArray(articles) ? articles : []) {
    const art = `art. ${String(a?.article)}`;
    for (const c of Array.isArray(a?.headingCues) ? a.headingCues : []) if (isCue(c)) out.push({ phrase: c, origin: 'profile', where: `${art} headingCues` });
    for (const field of ['authority', 'for'] as const) {
      const list: unknown = a?.designates?.[field];
      for (const c of Array.isArray(list) ? list : []) if (isCue(c)) out.push({ phrase: c, origin: 'profile', where: `${art} designates ${field}` });
    }
    for (const el of Array.isArray(a?.elements) ? a.elements : []) {
      for (const field of ['cues', 'narrowing'] as const) {
        const list: unknown = el?.[field];
        for (const c of Array.isArray(list) ? list : []) if (isCue(c)) out.push({ phrase: c, origin: 'profile', where: `${art} ${String(el.id)} ${field}` });
      }
    }
  }
  return out;
}

/** Every term of every thesaurus group (`search`: of the search-only groups, which expand queries the same way). */
export function thesaurusCues(thesaurus: unknown, origin: 'thesaurus' | 'search' = 'thesaurus'): CueSource[] {
  const groups = (thesaurus as { groups?: unknown })?.groups;
  const where = origin === 'search' ? 'search group' : 'group';
  return (Array.isArray(groups) ? groups : []).flatMap((g) =>
    (Array.isArray(g?.terms) ? g.terms : []).filter(isCue).map((t: string) => ({ phrase: t, origin, where: `${where} ${String(g.id)}` })),
  );
}

/** What the aligner reads of an ingested statute: headings (of provisions and of Parts) and texts. */
export function statuteTexts(ingest: IngestResult): LintText {
  const parts = new Set<string>();
  const texts: string[] = [];
  for (const p of ingest.provisions) {
    for (const step of p.path) {
      if (step.heading && !parts.has(step.heading)) {
        parts.add(step.heading);
        texts.push(step.heading);
      }
    }
    if (p.heading) texts.push(p.heading);
    texts.push(p.text);
  }
  return { id: ingest.instrument.id, texts };
}

/** Where each distinct phrase occurs: which statutes, and whether the Convention itself uses it. */
export function findCues(cues: CueSource[], statutes: LintText[], convention: string): CueFinding[] {
  const byKey = new Map<string, CueFinding>();
  const matcher = new PhraseMatcher<string>();
  for (const c of cues) {
    const key = phraseKey(c.phrase);
    let f = byKey.get(key);
    if (!f) {
      byKey.set(key, (f = { phrase: c.phrase.trim().replace(/\s+/g, ' '), sources: [], statutes: [], inConvention: false }));
      matcher.add(f.phrase, key);
    }
    f.sources.push(c);
  }
  const found = (texts: string[]): Set<string> => {
    const keys = new Set<string>();
    for (const text of texts) {
      const { tokens, words } = prepareText(text);
      for (const h of matcher.findAll(tokens, words)) keys.add(h.payload);
    }
    return keys;
  };
  for (const key of found([convention])) byKey.get(key)!.inConvention = true;
  for (const s of statutes) for (const key of found(s.texts)) byKey.get(key)!.statutes.push(s.id);
  return [...byKey.values()];
}

/** The lint's candidates: in exactly one statute and not in the Convention. */
export function singleStatuteCues(findings: CueFinding[]): CueFinding[] {
  return findings.filter((f) => f.statutes.length === 1 && !f.inConvention);
}

/** Candidates with no justification in the notes (keys compared case- and spacing-insensitively). */
export function unjustifiedCues(findings: CueFinding[], notes: Record<string, string>): CueFinding[] {
  const justified = new Set(Object.entries(notes).filter(([, why]) => typeof why === 'string' && why.trim() !== '').map(([k]) => phraseKey(k)));
  return singleStatuteCues(findings).filter((f) => !justified.has(phraseKey(f.phrase)));
}

/** Notes whose phrase is no longer a candidate (generalised, removed, or now used more widely): safe to delete. */
export function staleNotes(findings: CueFinding[], notes: Record<string, string>): string[] {
  const candidates = new Set(singleStatuteCues(findings).map((f) => phraseKey(f.phrase)));
  return Object.keys(notes).filter((k) => !candidates.has(phraseKey(k)));
}

interface CueSummary {
  origin: CueOrigin;
  phrases: number;
  inConvention: number;
  inNoStatute: number;
  inOneStatute: number;
  justified: number;
  unjustified: number;
}

/** Counts per origin (a phrase written in both the profile and the thesaurus counts in both). */
export function summariseCues(findings: CueFinding[], notes: Record<string, string>): CueSummary[] {
  const open = new Set(unjustifiedCues(findings, notes));
  return (['profile', 'thesaurus', 'search'] as const).map((origin) => {
    const own = findings.filter((f) => f.sources.some((s) => s.origin === origin));
    const single = singleStatuteCues(own);
    return {
      origin,
      phrases: own.length,
      inConvention: own.filter((f) => f.inConvention).length,
      inNoStatute: own.filter((f) => f.statutes.length === 0 && !f.inConvention).length,
      inOneStatute: single.length,
      justified: single.filter((f) => !open.has(f)).length,
      unjustified: single.filter((f) => open.has(f)).length,
    };
  });
}
