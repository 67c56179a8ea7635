/**
 * A tiny router over the History API: every view and selection lives in the URL (path + search params), so that a
 * lawyer can bookmark or send a link to "Kenya, Art. 2, element view" and back/forward work.
 */
import { useSyncExternalStore, type AnchorHTMLAttributes, type MouseEvent, type ReactNode } from 'react';

const listeners = new Set<() => void>();

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  window.addEventListener('popstate', listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('popstate', listener);
  };
}

function snapshot(): string {
  return window.location.pathname + window.location.search;
}

export function navigate(to: string, options: { replace?: boolean } = {}): void {
  if (to === snapshot()) return;
  if (options.replace) window.history.replaceState(null, '', to);
  else window.history.pushState(null, '', to);
  for (const listener of listeners) listener();
}

interface Location {
  path: string;
  params: URLSearchParams;
  href: string;
}

export function useLocation(): Location {
  const href = useSyncExternalStore(subscribe, snapshot, snapshot);
  const url = new URL(href, 'http://local');
  return { path: decodeURIComponent(url.pathname), params: url.searchParams, href };
}

/** Builds `path?params`, dropping empty values. */
export function href(path: string, params: Record<string, string | undefined | null> = {}): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value) search.set(key, value);
  const qs = search.toString();
  return qs ? `${path}?${qs}` : path;
}

/** Replaces some search params of the current URL (a filter change is not a new page: replace by default). */
/** Sets or clears query parameters of the current URL; a list repeats the key (`?part=A&part=B`). */
export function setParams(changes: Record<string, string | string[] | undefined | null>, options: { replace?: boolean } = { replace: true }): void {
  const url = new URL(window.location.href);
  for (const [key, value] of Object.entries(changes)) {
    url.searchParams.delete(key);
    if (Array.isArray(value)) for (const v of value) url.searchParams.append(key, v);
    else if (value) url.searchParams.set(key, value);
  }
  navigate(url.pathname + url.search, options);
}

/** Matches `/align/:instrument/:article` against a path; returns the named segments or null. */
export function matchPath(pattern: string, path: string): Record<string, string> | null {
  const want = pattern.split('/').filter(Boolean);
  const have = path.split('/').filter(Boolean);
  if (want.length !== have.length) return null;
  const params: Record<string, string> = {};
  for (let i = 0; i < want.length; i += 1) {
    const w = want[i]!;
    const h = have[i]!;
    if (w.startsWith(':')) params[w.slice(1)] = h;
    else if (w !== h) return null;
  }
  return params;
}

type LinkProps = AnchorHTMLAttributes<HTMLAnchorElement> & { to: string; children: ReactNode };

export function Link({ to, onClick, children, ...rest }: LinkProps) {
  function handle(event: MouseEvent<HTMLAnchorElement>) {
    onClick?.(event);
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    navigate(to);
    window.scrollTo(0, 0);
  }
  return (
    <a href={to} onClick={handle} {...rest}>
      {children}
    </a>
  );
}
