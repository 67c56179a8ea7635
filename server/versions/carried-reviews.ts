import type { ReviewRecord } from '../store/types.ts';
import type { UnitDiff, VersionDiff } from './types.ts';

/**
 * Whether a review made on an earlier version of a law still applies to a later one: each unit it cites is looked
 * up in the version diff (units matched by number and wording, server/versions/diff-versions.ts). The review
 * itself is never copied or changed; this only says what became of the text it was made on.
 */

/** What became of one cited unit: the same words (perhaps under a new number), other words, or gone. */
type CitedStatus = 'unchanged' | 'renumbered' | 'changed' | 'removed';

export interface CitedUnit {
  /** The unit as the review cites it, in the earlier version. */
  unit: string;
  status: CitedStatus;
  /** Its number in the later version (absent when removed). */
  now?: string;
}

export interface ReviewCarried {
  /** `unchanged`: every unit the review cites has the same text (and heading) in the later version. */
  text: 'unchanged' | 'changed';
  cited: CitedUnit[];
}

const key = (unit: string) => unit.toUpperCase();

function citedUnit(unit: string, byFrom: Map<string, UnitDiff>): CitedUnit {
  const d = byFrom.get(key(unit));
  if (!d?.to) return { unit, status: 'removed' };
  // pairDiff gives segments only when the words differ, and heading only when the heading differs.
  const sameWords = !d.segments && !d.heading;
  const renumbered = key(d.to.unit) !== key(unit);
  const status: CitedStatus = !sameWords ? 'changed' : renumbered ? 'renumbered' : 'unchanged';
  return { unit, status, now: d.to.unit };
}

/**
 * Reviews carried to a later version, through one version diff (indexed once for all the reviews made on the
 * earlier text). A review that cites no provision (a "missing" finding) still applies only while the law is
 * unchanged as a whole: a section added or changed since may implement the article.
 */
export function reviewCarrier(diff: VersionDiff): (review: Pick<ReviewRecord, 'provisions'>) => ReviewCarried {
  const byFrom = new Map(diff.units.filter((u) => u.from).map((u) => [key(u.from!.unit), u]));
  const lawUnchanged = diff.units.every((u) => u.status === 'unchanged');
  return (review) => {
    const cited = review.provisions.map((unit) => citedUnit(unit, byFrom));
    const same = cited.length ? cited.every((c) => c.status === 'unchanged' || c.status === 'renumbered') : lawUnchanged;
    return { text: same ? 'unchanged' : 'changed', cited };
  };
}
