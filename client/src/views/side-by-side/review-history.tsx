import type { ReviewEntry } from '../../api/types.ts';
import { when } from '../../components/when.ts';
import { STATUS_INFO } from '../../components/status.ts';
import { citeUnits, type CitedUnits } from '../../../../server/citation/cite.ts';


export function ReviewHistory({ entries, instrument, labels }: { entries: ReviewEntry[]; instrument: CitedUnits; labels?: Map<string, string> }) {
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
            {citeUnits(instrument, entry.provisions)}
            {entry.machine ? (
              <span className="muted">
                {' '}
                (machine said {STATUS_INFO[entry.machine.status]?.label ?? entry.machine.status},{' '}
                {citeUnits(instrument, entry.machine.provisions)})
              </span>
            ) : null}
          </p>
          {entry.pinpoints?.length ? <p className="muted">Cited as {citeUnits(instrument, entry.pinpoints)}.</p> : null}
          {entry.note ? <p className="note">“{entry.note}”</p> : null}
          {entry.elementNotes && Object.keys(entry.elementNotes).length ? (
            <ul className="history-element-notes">
              {Object.entries(entry.elementNotes).map(([id, text]) => (
                <li key={id}>
                  <strong>{labels?.get(id) ?? id.replace(/_/g, ' ')}</strong>: “{text}”
                </li>
              ))}
            </ul>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
