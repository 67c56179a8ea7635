import { K1 } from './bm25.ts';
import type { TermLookup } from './corpus-stats.ts';
import { phraseKey } from './phrase-postings.ts';
import { SYNONYM_WEIGHT, type Alternative, type QueryUnit } from './plan-query.ts';
import type { Shard } from './shard.ts';
import type { SynonymIndex, SynonymTerm } from './synonym-index.ts';
import { FIELD_BOOSTS, FIELD_NAMES } from './types.ts';
import { pushAll } from '../large-arrays.ts';

/*
 * A unit with thesaurus synonyms scores max(typed word, SYNONYM_WEIGHT x boost x best synonym). Walking every
 * synonym's posting lists per query (15-20 terms and phrases, over four fields, folded one by one) was most of the
 * time of the slowest queries over the bulk corpus. The best synonym's score does not depend on the query beyond
 * the unit's weight, so it is merged once per shard and thesaurus group:
 *   G(p) = max over the group's terms t of sum over fields f of boost_f x idf_t,f x (k1 + 1) x weight_t,f(p)
 * (a multi-word term is a phrase: the idf of its words summed, times its `share` 1/words). The typed term is in
 * its group too: 0.6 x T < T, so it never wins over the typed alternative, and one list serves every member.
 * G depends on idf (the TermLookup: replaced with any change of shards or statistics) and on the shard's posting
 * weights (Shard.revision): lists made for another lookup or revision are never served.
 */

const K1_PLUS_1 = K1 + 1;

/** One thesaurus group's merged postings in one shard. */
interface GroupList {
  /** Ascending; dead provisions included (the query loops skip them, as for any posting list). */
  locals: Uint32Array;
  /** G per posting, before the unit's weight. */
  scores: Float64Array;
  /** Term ids of the group with a live match in the shard: highlighted, as the synonym alternatives were. */
  used: Int32Array;
}

interface ShardLists {
  revision: number;
  byGroup: Map<string, GroupList>;
}

export class SynonymPostings {
  readonly groupIds: readonly string[];
  private readonly terms = new Map<string, SynonymTerm[]>();
  /**
   * Groups whose list gives exactly what the planner's alternatives would: every term of the group is spelt as in
   * every other group (same stems, same stop words between). The planner lists each stems key once, with one
   * spelling; a merge of two spellings ("aiding abetting" and "aiding or abetting") would find more.
   */
  private readonly mergeable = new Set<string>();
  private lookup: TermLookup | null = null;
  private readonly shards = new Map<Shard, ShardLists>();
  /** Per-local scratch sums, reused between builds (a shard has a few thousand to tens of thousands of provisions). */
  private termSum = new Float64Array(0);
  private best = new Float64Array(0);

  constructor(
    synonyms: SynonymIndex,
    /** The text of field f of a shard's provision: phrases a shard lacks are found on first use. */
    private readonly text: (shard: Shard, local: number, f: number) => string,
  ) {
    this.groupIds = synonyms.groupIds();
    const spelling = new Map<string, string>();
    const speltTwice = new Set<string>();
    for (const id of this.groupIds) {
      const terms = synonyms.synonymsOf([id], '');
      this.terms.set(id, terms);
      for (const t of terms) {
        const written = phraseKey(t.stems, t.gaps);
        const before = spelling.get(t.key);
        if (before === undefined) spelling.set(t.key, written);
        else if (before !== written) speltTwice.add(t.key);
      }
    }
    for (const [id, terms] of this.terms) if (terms.every((t) => !speltTwice.has(t.key))) this.mergeable.add(id);
  }

  /** Whether max over `groups` of G equals the planner's synonym alternatives for them (see `mergeable`). */
  covers(groups: readonly string[]): boolean {
    return groups.every((g) => this.mergeable.has(g));
  }

  /** The merged list of `group` in the shard at position `s` of the lookup's shards; built on first use. */
  get(lookup: TermLookup, shard: Shard, s: number, group: string): GroupList {
    if (lookup !== this.lookup) {
      // New statistics or shards: every list is stale.
      this.shards.clear();
      this.lookup = lookup;
    }
    let lists = this.shards.get(shard);
    if (!lists || lists.revision !== shard.revision) {
      lists = { revision: shard.revision, byGroup: new Map() };
      this.shards.set(shard, lists);
    }
    let list = lists.byGroup.get(group);
    if (!list) {
      list = this.build(lookup, shard, s, this.terms.get(group) ?? []);
      lists.byGroup.set(group, list);
    }
    return list;
  }

  /** Every group's list in every shard, so that no query pays for them (at build and load). */
  buildAll(lookup: TermLookup, shards: readonly Shard[]): void {
    shards.forEach((shard, s) => {
      for (const g of this.groupIds) this.get(lookup, shard, s, g);
    });
  }

  private build(lookup: TermLookup, shard: Shard, s: number, terms: readonly SynonymTerm[]): GroupList {
    const n = shard.size;
    if (this.termSum.length < n) {
      this.termSum = new Float64Array(n);
      this.best = new Float64Array(n);
    }
    const sum = this.termSum;
    const best = this.best;
    const termTouched: number[] = [];
    const touched: number[] = [];
    const used: number[] = [];
    const seg = shard.segment;
    const live = shard.live;
    for (const t of terms) {
      const infos = t.stems.map((stem) => lookup.get(stem));
      const ids = infos.map((info) => info.ids[s]);
      if (ids.some((id) => id < 0)) continue;
      let anyLive = false;
      const add = (locals: Uint32Array, weights: Float64Array, from: number, to: number, c: number): void => {
        for (let p = from; p < to; p++) {
          const local = locals[p];
          if (sum[local] === 0) termTouched.push(local);
          sum[local] += c * weights[p];
          if (live[local] !== 0) anyLive = true;
        }
      };
      if (ids.length === 1) {
        const id = ids[0];
        const idf = infos[0].idf;
        for (let f = 0; f < FIELD_NAMES.length; f++) {
          const { termStart, locals } = seg.fields[f];
          add(locals, shard.weights[f], termStart[id], termStart[id + 1], FIELD_BOOSTS[FIELD_NAMES[f]] * idf[f] * K1_PLUS_1);
        }
      } else {
        // Stored when the shard was built or loaded; a shard attached since may lack it (found and kept here).
        const key = phraseKey(t.stems, t.gaps);
        if (!shard.phrases.has(key)) shard.findPhrases([t], (local, f) => this.text(shard, local, f));
        const lists = shard.phrases.get(key);
        if (!lists) continue;
        const share = 1 / t.stems.length;
        lists.forEach((list, f) => {
          let idfSum = 0;
          for (const info of infos) idfSum += info.idf[f];
          add(list.locals, list.weights!, 0, list.locals.length, FIELD_BOOSTS[FIELD_NAMES[f]] * idfSum * K1_PLUS_1 * share);
        });
      }
      if (anyLive) pushAll(used, ids);
      for (const local of termTouched) {
        const v = sum[local];
        sum[local] = 0;
        if (best[local] === 0) touched.push(local);
        if (v > best[local]) best[local] = v;
      }
      termTouched.length = 0;
    }
    const locals = Uint32Array.from(touched).sort();
    const scores = new Float64Array(locals.length);
    for (let i = 0; i < locals.length; i++) {
      scores[i] = best[locals[i]];
      best[locals[i]] = 0;
    }
    return { locals, scores, used: Int32Array.from(new Set(used)) };
  }
}

const plainTerms = (alt: Alternative): boolean => alt.terms.every((t) => t.fuzzy === 0 && !t.patterns);

/**
 * The unit's thesaurus groups when their merged lists give exactly its synonym alternatives' best score, else null
 * (the alternatives are walked): all fields, the typed words first and plain (no wildcard or fuzzy term), every
 * other alternative a thesaurus synonym, and groups without a term spelt two ways. The planner gives a unit its
 * groups' terms, less the typed one, as its synonyms (plan-query.ts, synonymAlts). Excluded words are never merged.
 */
export function mergedGroups(lists: SynonymPostings | null | undefined, unit: QueryUnit): readonly string[] | null {
  const groups = unit.synonymGroups;
  if (!lists || !groups || groups.length === 0 || unit.presence === 'prohibited') return null;
  if (unit.fields.length !== FIELD_NAMES.length) return null;
  const alts = unit.alts;
  if (alts.length === 0 || alts[0].weight !== 1 || !plainTerms(alts[0])) return null;
  for (let i = 1; i < alts.length; i++) if (alts[i].weight !== SYNONYM_WEIGHT || !plainTerms(alts[i])) return null;
  return lists.covers(groups) ? groups : null;
}
