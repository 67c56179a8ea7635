import type { ReviewEntry } from '../../api/types.ts';
import { STATUS_INFO } from '../../components/status.ts';
import { citeMany, type UnitKind } from '../../components/cite.ts';

function when(time: string): string {
  const date = new Date(time);
  return Number.isNaN(date.getTime()) ? time : date.toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' });
}

export function ReviewHistory({ entries, units, title }: { entries: ReviewEntry[]; units: UnitKind; title?: string }) {
  if (entries.length === 0) return <p className="empty">No review yet: the finding shown is the machine's.</p>;
  return (
    <ol className="history">
      {entries.map((entry, i) => (
        <li key={entry.id ?? `${entry.time}-${i}`}>
          <p>
            <strong>{entry.author}</strong> · <time dateTime={entry.time}>{when(entry.time)}</time>
          </p>
          <p>
            Set to <strong>{STATUS_INFO[entry.status]?.label ?? entry.status}</strong>,{' '}
            {citeMany(entry.provisions, units, title)}
            {entry.machine ? (
              <span className="muted">
                {' '}
                (machine said {STATUS_INFO[entry.machine.status]?.label ?? entry.machine.status},{' '}
                {citeMany(entry.machine.provisions, units, title)})
              </span>
            ) : null}
          </p>
          {entry.note ? <p className="note">“{entry.note}”</p> : null}
        </li>
      ))}
    </ol>
  );
}
