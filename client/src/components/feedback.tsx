import type { ReactNode } from 'react';
import { ApiError, errorExplanation, errorHeadline, isRequestError } from '../api/api-error.ts';
import { Link } from '../router.tsx';

export function Loading({ what }: { what: string }) {
  return (
    <p className="loading" role="status">
      Loading {what}…
    </p>
  );
}

/** Where to go instead, for errors whose fix is a place in the app (an unknown statute or article in a link). */
function defaultFix(error: Error): ReactNode {
  if (!(error instanceof ApiError)) return null;
  if (error.code === 'LEXALIGN_ERR_UNKNOWN_INSTRUMENT') return <Link to="/instruments">See the statutes in the library</Link>;
  if (error.code === 'LEXALIGN_ERR_UNKNOWN_ARTICLE' || error.code === 'LEXALIGN_ERR_UNKNOWN_TEMPLATE') return <Link to="/">Choose an article in the matrix</Link>;
  return null;
}

/**
 * An error in words that blame the right party. A request the server refused (4xx: a typo in a query, a link to an
 * article that does not exist) says what to change, and offers no "Try again" (the same request cannot succeed);
 * a server or network failure offers it. The error code is a detail for a report, never the headline.
 */
export function ErrorPanel({ error, onRetry, fix, explain }: { error: Error; onRetry?: () => void; fix?: ReactNode; explain?: (message: string) => string }) {
  const requestError = isRequestError(error);
  const said = errorExplanation(error);
  const explanation = explain ? explain(said) : said;
  // The server's own words go in the details only when they add something to the explanation.
  const detail = error instanceof ApiError && error.detail && !error.detail.includes(said) && error.detail !== error.message ? error.detail : '';
  const code = error instanceof ApiError ? error.code : null;
  const remedy = fix ?? defaultFix(error);
  const details = [detail, code ? `error code ${code}${error instanceof ApiError && error.statusCode ? ` (HTTP ${error.statusCode})` : ''}` : ''].filter(Boolean);
  return (
    <div className={`error-panel${requestError ? ' request-error' : ''}`} role="alert">
      <p className="error-headline">
        <strong>{errorHeadline(error)}.</strong> {explanation}
      </p>
      {remedy ? <p className="error-fix">{remedy}</p> : null}
      {details.length ? <p className="error-detail">Details: {details.join(' · ')}</p> : null}
      {onRetry && !requestError ? (
        <button type="button" onClick={onRetry}>
          Try again
        </button>
      ) : null}
    </div>
  );
}

export function Empty({ children }: { children: ReactNode }) {
  return <p className="empty">{children}</p>;
}
