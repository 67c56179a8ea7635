import type { DiffSegment } from '../diff/word-diff.ts';

/** Two texts of one law compared unit by unit (server/versions/diff-versions.ts). */

export type UnitStatus = 'unchanged' | 'changed' | 'renumbered' | 'added' | 'removed';

export interface UnitSide {
  unit: string;
  eId: string;
  heading?: string;
}

export interface SubdivisionChange {
  /** As cited in the later version (the earlier one for a removed subdivision): `4(2)(a)`. */
  num: string;
  status: 'added' | 'removed' | 'changed';
}

export interface UnitDiff {
  status: UnitStatus;
  /** The unit in the earlier version (absent when added). */
  from?: UnitSide;
  /** The unit in the later version (absent when removed). */
  to?: UnitSide;
  /** Share of words the two texts have in common, 0..1 (0 for an added or removed unit). */
  similarity: number;
  /** Word differences from the earlier text to the later one, for a changed or renumbered unit. */
  segments?: DiffSegment[];
  /** The heading as printed in each version, when it changed. */
  heading?: { from?: string; to?: string };
  subdivisions?: SubdivisionChange[];
}

export interface VersionDiff {
  from: { id: string; title: string };
  to: { id: string; title: string };
  units: UnitDiff[];
  summary: Record<UnitStatus, number>;
}
