import './review-extras.css';
import type { ArticleAlignment, Instrument, Provision } from '../../api/types.ts';
import { citeUnit } from '../../../../server/citation/cite.ts';
import { href, Link } from '../../router.tsx';
import { indentOf, unitProvisions } from './unit-provisions.ts';

/**
 * A "missing" finding with the provision that came closest, in full: the reviewer reads it and, if it does
 * implement the article, overturns the finding in the review form below by citing it.
 */
export function ClosestCandidate({ alignment, instrument, provisions }: { alignment: ArticleAlignment; instrument: Instrument; provisions: Provision[] }) {
  const unit = alignment.closest?.unit;
  if (!unit || alignment.status !== 'missing') return null;
  const parts = unitProvisions(provisions, unit);
  const cite = citeUnit(instrument, unit);
  return (
    <section className="closest-candidate" aria-labelledby="closest-heading">
      <h2 id="closest-heading">
        Closest candidate: <Link to={href(`/instruments/${encodeURIComponent(instrument.id)}`, { unit })}>{cite}</Link>
        {parts[0]?.heading ? <span className="unit-heading"> {parts[0].heading}</span> : null}
      </h2>
      <p className="hint">
        The tool found no provision implementing the article; this one came closest. If it does implement it, record a review citing {cite} (or a
        pinpoint in it) below.
      </p>
      {parts.length === 0 ? <p className="muted">The text of this unit was not found in the parsed statute.</p> : null}
      {parts.map((p) => (
        <p key={p.eId} className={`provision-line indent-${indentOf(p)}`}>
          {p.level > 0 ? <span className="prov-num">{/\([^)]*\)$/.exec(p.num)?.[0] ?? p.num} </span> : null}
          {p.text}
        </p>
      ))}
    </section>
  );
}
