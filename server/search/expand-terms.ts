/**
 * Wildcard and fuzzy terms expanded over a sorted vocabulary, with lunr's semantics (`*` matches any run of
 * characters; fuzzy allows insertions, deletions, substitutions and transpositions of adjacent characters, as
 * lunr.TokenSet.fromFuzzyString does) but without building lunr's token-set automaton per shard: that took
 * seconds on the first wildcard query over the bulk corpus. Sorted order lets a literal prefix narrow the range
 * by binary search, and the fuzzy walk shares edit-distance rows between terms with a common prefix.
 */

/** First index in `terms` (sorted) at or after `key`. */
function lowerBound(terms: readonly string[], key: string, from = 0): number {
  let lo = from;
  let hi = terms.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (terms[mid] < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** First index at or after `from` whose term does not start with `prefix` (galloping: runs are usually short). */
function prefixEnd(terms: readonly string[], prefix: string, from: number): number {
  let lo = from;
  let hi = from;
  let step = 1;
  while (hi < terms.length && terms[hi].startsWith(prefix)) {
    lo = hi + 1;
    hi += step;
    step *= 2;
  }
  if (hi > terms.length) hi = terms.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (terms[mid].startsWith(prefix)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Terms matching a wildcard pattern (letters, digits and `*`), in sorted order, at most `limit`. */
export function expandWildcard(terms: readonly string[], pattern: string, limit: number): string[] {
  const star = pattern.indexOf('*');
  const prefix = star < 0 ? pattern : pattern.slice(0, star);
  const from = lowerBound(terms, prefix);
  const to = prefix === '' ? terms.length : prefixEnd(terms, prefix, from);
  const out: string[] = [];
  if (star < 0) {
    if (from < terms.length && terms[from] === pattern) out.push(pattern);
    return out;
  }
  const onlyTrailing = star === pattern.length - 1;
  // The pattern holds only letters, digits and `*` (plan-query strips the rest), so it is safe in a RegExp.
  const re = onlyTrailing ? null : new RegExp(`^${pattern.split('*').join('.*')}$`, 'u');
  for (let i = from; i < to && out.length < limit; i++) {
    if (!re || re.test(terms[i])) out.push(terms[i]);
  }
  return out;
}

/** The characters (UTF-16 code units) of a vocabulary, computed once per vocabulary array. */
const alphabets = new WeakMap<readonly string[], string[]>();
function alphabetOf(terms: readonly string[]): string[] {
  let alphabet = alphabets.get(terms);
  if (!alphabet) {
    const chars = new Set<string>();
    for (const t of terms) for (let i = 0; i < t.length; i++) chars.add(t[i]);
    alphabet = [...chars];
    alphabets.set(terms, alphabet);
  }
  return alphabet;
}

/**
 * One edit away, the usual fuzzy query (`magistrte~1`): every string one deletion, transposition, substitution or
 * insertion away is looked up by binary search (about 2 x length x alphabet look-ups), instead of walking a
 * vocabulary of hundreds of thousands of terms.
 */
function withinOneEdit(terms: readonly string[], word: string, limit: number): string[] {
  const found = new Set<string>();
  const m = word.length;
  const candidates = [word];
  for (let i = 0; i < m; i++) candidates.push(word.slice(0, i) + word.slice(i + 1));
  for (let i = 0; i + 1 < m; i++) candidates.push(word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2));
  for (const c of alphabetOf(terms)) {
    for (let i = 0; i <= m; i++) {
      candidates.push(word.slice(0, i) + c + word.slice(i));
      if (i < m && word[i] !== c) candidates.push(word.slice(0, i) + c + word.slice(i + 1));
    }
  }
  for (const key of candidates) {
    const at = lowerBound(terms, key);
    if (at < terms.length && terms[at] === key) found.add(key);
  }
  return [...found].sort().slice(0, limit);
}

/**
 * Terms within `distance` edits of `word` (optimal string alignment distance), in sorted order, at most `limit`.
 * One edit: by look-up (withinOneEdit). More: a depth-first walk over the sorted list, where rows of the distance
 * table are kept per prefix length and reused by the next term sharing that prefix, and a prefix that cannot come
 * back within the distance skips every term under it.
 */
export function expandFuzzy(terms: readonly string[], word: string, distance: number, limit: number): string[] {
  if (distance === 1) return withinOneEdit(terms, word, limit);
  const m = word.length;
  const out: string[] = [];
  const rows: Int32Array[] = [Int32Array.from({ length: m + 1 }, (_, j) => j)];
  const rowMin: number[] = [0];
  let prev = '';
  let valid = 0; // rows[0..valid] hold the table for prev.slice(0, valid)
  let k = 0;
  while (k < terms.length && out.length < limit) {
    const t = terms[k];
    let depth = 0;
    const maxDepth = Math.min(valid, prev.length, t.length);
    while (depth < maxDepth && prev.charCodeAt(depth) === t.charCodeAt(depth)) depth++;
    let pruned = -1;
    for (let i = depth + 1; i <= t.length; i++) {
      const row = rows[i] ?? (rows[i] = new Int32Array(m + 1));
      const up = rows[i - 1];
      const c = t.charCodeAt(i - 1);
      row[0] = i;
      let min = i;
      for (let j = 1; j <= m; j++) {
        const cost = word.charCodeAt(j - 1) === c ? 0 : 1;
        let v = Math.min(up[j] + 1, row[j - 1] + 1, up[j - 1] + cost);
        if (i > 1 && j > 1 && c === word.charCodeAt(j - 2) && t.charCodeAt(i - 2) === word.charCodeAt(j - 1)) {
          v = Math.min(v, rows[i - 2][j - 2] + 1);
        }
        row[j] = v;
        if (v < min) min = v;
      }
      rowMin[i] = min;
      valid = i;
      // A transposition can reach back one row, so both this row and the one before must be out of reach.
      if (min > distance && rowMin[i - 1] >= distance) {
        pruned = i;
        break;
      }
    }
    prev = t;
    if (pruned < 0) {
      if (rows[t.length][m] <= distance) out.push(t);
      k++;
    } else {
      k = prefixEnd(terms, t.slice(0, pruned), k + 1);
    }
  }
  return out;
}

/** The sorted union of sorted, duplicate-free lists (the shards' vocabularies), merged pairwise. */
export function mergeSorted(lists: ReadonlyArray<readonly string[]>): string[] {
  let level: Array<readonly string[]> = [...lists];
  if (level.length === 0) return [];
  while (level.length > 1) {
    const next: Array<readonly string[]> = [];
    for (let i = 0; i < level.length; i += 2) {
      const a = level[i];
      const b = level[i + 1];
      if (!b) {
        next.push(a);
        continue;
      }
      const out: string[] = [];
      let x = 0;
      let y = 0;
      while (x < a.length && y < b.length) {
        if (a[x] < b[y]) out.push(a[x++]);
        else if (a[x] > b[y]) out.push(b[y++]);
        else {
          out.push(a[x++]);
          y++;
        }
      }
      while (x < a.length) out.push(a[x++]);
      while (y < b.length) out.push(b[y++]);
      next.push(out);
    }
    level = next;
  }
  return level[0] as string[];
}

/** Word forms share at least this many leading letters with the typed word's stem, so short words have none. */
const FORM_PREFIX = 7;
/** ... and differ after that only in an ending of up to this many letters (on either side). */
const FORM_ENDING = 3;
const MAX_FORMS = 8;

/**
 * Other forms of a word in the vocabulary, as legal databases search "plurals and equivalents": the stemmer maps
 * "interfere" and "interferes" to one stem but "interference" to another, and "interfering" to a third. A form
 * shares the stem's first FORM_PREFIX letters and differs only in a short ending: "interferens" finds "interfer"
 * and "interf", "authoris" (authorised) never meets "author" (too short to have forms). Binary search over the
 * sorted vocabulary: the cost is the few terms that share the prefix.
 */
export function wordForms(terms: readonly string[], stem: string): string[] {
  if (stem.length < FORM_PREFIX || !/^\p{L}+$/u.test(stem)) return [];
  const prefix = stem.slice(0, FORM_PREFIX);
  const from = lowerBound(terms, prefix);
  const to = prefixEnd(terms, prefix, from);
  const out: string[] = [];
  for (let i = from; i < to && out.length < MAX_FORMS; i++) {
    const t = terms[i];
    if (t === stem) continue;
    let shared = FORM_PREFIX;
    while (shared < t.length && shared < stem.length && t[shared] === stem[shared]) shared++;
    if (t.length - shared <= FORM_ENDING && stem.length - shared <= FORM_ENDING) out.push(t);
  }
  return out;
}
