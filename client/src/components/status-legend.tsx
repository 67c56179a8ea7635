import { STATUS_INFO } from './status.ts';
import type { CoverageStatus } from '../api/types.ts';

const ORDER: CoverageStatus[] = ['covered', 'partial', 'missing'];

/** What the cells mean, in words, next to every matrix. */
export function StatusLegend() {
  return (
    <section className="legend" aria-label="Legend">
      <h2 className="visually-hidden">Legend</h2>
      <dl>
        {ORDER.map((status) => (
          <div key={status} className="legend-item">
            <dt>
              <span className={`cell-chip status-${status}`} aria-hidden="true">
                {STATUS_INFO[status].symbol}
              </span>{' '}
              {STATUS_INFO[status].label}
            </dt>
            <dd>{STATUS_INFO[status].explain}</dd>
          </div>
        ))}
        <div className="legend-item">
          <dt>
            <span className="cell-chip status-covered reviewed" aria-hidden="true">
              ✓
            </span>{' '}
            reviewed
          </dt>
          <dd>A corner mark: a person has confirmed or changed the machine's finding.</dd>
        </div>
      </dl>
    </section>
  );
}
