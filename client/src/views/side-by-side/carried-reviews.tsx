import { api } from '../../api/client.ts';
import type { CarriedReview, CarriedReviewsResponse, Instrument } from '../../api/types.ts';
import { useResource } from '../../api/use-resource.ts';
import { citeUnit, citeUnits } from '../../../../server/citation/cite.ts';
import { when } from '../../components/when.ts';
import { STATUS_INFO } from '../../components/status.ts';
import { href, Link } from '../../router.tsx';


type CarriedCell = CarriedReviewsResponse['cells'][number];

/** The reviews of earlier versions of this law for one article (none on a first version). */
export function useCarriedCell(instrument: string, article: string, templateId: string | undefined): CarriedCell | undefined {
  const carried = useResource(`carried:${instrument}:${templateId ?? ''}`, (signal) => api.carriedReviews(instrument, templateId, signal));
  return carried.data?.cells.find((c) => c.article === article);
}

/** One line under the finding, so that a review of an earlier text is not missed: what it says, and where. */
export function CarriedNotice({ cell }: { cell: CarriedCell | undefined }) {
  if (!cell) return null;
  const latest = cell.reviews[0]!;
  const n = cell.reviews.length;
  return (
    <p className="carried-notice">
      {n === 1 ? 'One review' : `${n} reviews`} of an earlier version: the latest, on version {latest.version.number}, set it to{' '}
      <strong>{STATUS_INFO[latest.review.status]?.label ?? latest.review.status}</strong>;{' '}
      {latest.text === 'unchanged' ? 'the text it cites is unchanged in this version' : 'the text it cites has changed since'}.{' '}
      <button type="button" className="link-button" onClick={() => document.getElementById('carried-reviews')?.focus()}>
        Read {n === 1 ? 'it' : 'them'}
      </button>
    </p>
  );
}

/** What became of one cited section, in words: "s. 6 is s. 7 now, same words". */
function citedWords(c: CarriedReview['cited'][number], cite: (n: string) => string): string {
  if (c.status === 'removed') return `${cite(c.unit)} is not in this version`;
  if (c.status === 'changed') return `${cite(c.unit)} has other words now`;
  if (c.status === 'renumbered') return `${cite(c.unit)} is ${cite(c.now!)} now, same words`;
  return `${cite(c.unit)}: same words`;
}

/**
 * On a later version of a law, the reviews made on its earlier versions for this article: read-only, each labelled
 * with the version and date it was made on, and whether the text it cites is unchanged here (server/versions/
 * carried-reviews.ts). They are never copied: recording a review here makes a new one for this version.
 */
export function CarriedReviews({ instrument, cell, machineUnits }: { instrument: Instrument; cell: CarriedCell | undefined; machineUnits: string[] }) {
  if (!cell) return null;
  // The sections this version's machine finding cites that a review does not: an unchanged text is not the whole story.
  const notCited = (r: CarriedReview) => machineUnits.filter((u) => !r.cited.some((c) => c.now === u));
  const cite = (n: string) => citeUnit(instrument, n);
  return (
    <section className="carried-reviews" aria-label="Reviews of earlier versions">
      <h2 id="carried-reviews" tabIndex={-1}>
        Reviews of earlier versions
      </h2>
      <p className="muted">Made on an earlier text of this law and kept with it; shown here as they were made, to read, not to change.</p>
      <ol className="history">
        {cell.reviews.map((r) => (
          <li key={`${r.version.id}:${r.review.id}`} className={`carried carried-${r.text}`}>
            <p>
              <span className={`carried-badge carried-badge-${r.text}`}>{r.text === 'unchanged' ? 'Still applies: text unchanged' : 'Text changed since this review'}</span>
            </p>
            <p>
              Made on <strong>version {r.version.number}</strong> ({r.version.title}, in the library from {when(r.version.date, false)}) by <strong>{r.review.author}</strong>
              {' · '}
              <time dateTime={r.review.time}>{when(r.review.time)}</time>
            </p>
            <p>
              Set to <strong>{STATUS_INFO[r.review.status]?.label ?? r.review.status}</strong>
              {r.review.provisions.length ? `, ${citeUnits(instrument, r.review.pinpoints?.length ? r.review.pinpoints : r.review.provisions)}` : ', citing no provision'}
              {r.cited.length ? <span className="muted"> ({r.cited.map((c) => citedWords(c, cite)).join('; ')})</span> : null}
            </p>
            {r.review.note ? <p className="note">“{r.review.note}”</p> : null}
            {notCited(r).length ? (
              <p className="muted">
                In this version the machine also finds {citeUnits(instrument, notCited(r), { prose: true })}, which this review does not cite.
              </p>
            ) : null}
            {r.text === 'changed' ? (
              <p>
                <Link to={href(`/instruments/${encodeURIComponent(instrument.id)}`, { tab: 'versions', from: r.version.id, to: instrument.id })}>
                  What changed between version {r.version.number} and this one
                </Link>
              </p>
            ) : null}
          </li>
        ))}
      </ol>
    </section>
  );
}
