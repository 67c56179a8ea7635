import { api } from '../api/client.ts';
import { useResource } from '../api/use-resource.ts';
import { stageWords } from './instrument-stage.tsx';

function asAtWords(asAt: string, from: string | undefined): string {
  const date = /^\d{4}-\d{2}-\d{2}$/.test(asAt) ? new Date(`${asAt}T00:00:00Z`).toLocaleDateString('en-GB', { dateStyle: 'long', timeZone: 'UTC' }) : asAt;
  return from === 'notes' ? `consolidated to ${date}` : `as at ${date}`;
}

/**
 * Which text this is: its stage (Bill, Act, revised edition), the date it is stated as at, where it officially
 * comes from, and any suspended provisions. Shown wherever a drafter reads or cites the instrument.
 */
export function EditionLine({ instrument, kind }: { instrument: string; kind?: string }) {
  const edition = useResource(`edition:${instrument}`, (signal) => api.edition(instrument, signal));
  const e = edition.data;
  const stage = stageWords(e?.kind ?? kind);
  return (
    <div className="edition-line">
      <p>
        <span className={`stage stage-${e?.kind ?? kind ?? 'unknown'}`}>{stage}</span>
        {e?.parliamentStage ? <> · stage in Parliament: {e.parliamentStage}</> : null}
        {e?.asAt ? <> · text {asAtWords(e.asAt, e.asAtFrom)}</> : e ? <> · as-at date not known</> : null}
        {e?.sourceUrl ? (
          <>
            {' '}
            ·{' '}
            <a href={e.sourceUrl} rel="noopener noreferrer" target="_blank">
              Official source<span className="visually-hidden"> (opens in a new tab)</span>
            </a>
          </>
        ) : null}
      </p>
      {e?.suspended ? (
        <p className="notice suspended">
          <strong>Suspended provisions:</strong> {e.suspended}
        </p>
      ) : null}
    </div>
  );
}
