/**
 * Statutes sometimes enact the same words twice: a section re-enacted under a second number, or a revision that
 * left an old copy in place. Two units with the same operative words have the same legal effect, so both
 * implement whatever one of them implements, whatever their headings say.
 */

/** Below this many content words, equal texts are boilerplate ("Repealed.", a citation clause), not a restatement. */
export const RESTATED_MIN_WORDS = 20;
/** Share of content words (counted with repeats) the two texts must have in common. */
const RESTATED_OVERLAP = 0.9;

/** True when two units' content-word sequences (ids as in PreparedUnit.ids) restate each other. */
export function restates(a: Int32Array, b: Int32Array): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.length < RESTATED_MIN_WORDS || short.length < RESTATED_OVERLAP * long.length) return false;
  const counts = new Map<number, number>();
  for (const id of long) counts.set(id, (counts.get(id) ?? 0) + 1);
  let shared = 0;
  for (const id of short) {
    const n = counts.get(id) ?? 0;
    if (n > 0) {
      shared++;
      counts.set(id, n - 1);
    }
  }
  return shared >= RESTATED_OVERLAP * long.length;
}
