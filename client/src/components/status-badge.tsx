import type { CoverageStatus } from '../api/types.ts';
import { STATUS_INFO } from './status.ts';

export function StatusBadge({ status, reviewed }: { status: CoverageStatus; reviewed?: boolean }) {
  const info = STATUS_INFO[status];
  return (
    <span className={`status-badge status-${status}`}>
      <span aria-hidden="true" className="status-symbol">
        {info.symbol}
      </span>{' '}
      {info.label}
      {reviewed ? <span className="reviewed-tag"> · reviewed</span> : null}
    </span>
  );
}
