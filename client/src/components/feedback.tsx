import type { ReactNode } from 'react';
import { ApiError } from '../api/api-error.ts';

export function Loading({ what }: { what: string }) {
  return (
    <p className="loading" role="status">
      Loading {what}…
    </p>
  );
}

export function ErrorPanel({ error, onRetry }: { error: Error; onRetry?: () => void }) {
  const code = error instanceof ApiError ? error.code : null;
  const detail = error instanceof ApiError ? error.detail : '';
  return (
    <div className="error-panel" role="alert">
      <p>
        <strong>Something went wrong.</strong> {error.message}
      </p>
      {detail && detail !== error.message ? <p className="error-detail">Details: {detail}</p> : null}
      {code ? <p className="error-code">Error code: {code}</p> : null}
      {onRetry ? (
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
