import { ApiError, toApiError } from './api-error.ts';

/** Query values: undefined, null and '' are left out so that URLs stay short and cacheable; a list repeats its key. */
type Query = Record<string, string | number | boolean | null | undefined | string[]>;

export function withQuery(path: string, query: Query = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    if (Array.isArray(value)) for (const v of value) params.append(key, v);
    else params.set(key, String(value));
  }
  const qs = params.toString();
  return qs ? `${path}?${qs}` : path;
}

async function readBody(response: Response): Promise<unknown> {
  const text = await response.text();
  if (!text) return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

/** Sent on the window when the server answers 401: the session ended (expired, signed out elsewhere). */
export const SESSION_ENDED = 'lexalign:session-ended';

export async function requestJson<T>(path: string, init: RequestInit = {}, signal?: AbortSignal): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, {
      ...init,
      signal,
      headers: { accept: 'application/json', ...(init.body ? { 'content-type': 'application/json' } : {}), ...init.headers },
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError('NETWORK', 0, error instanceof Error ? error.message : String(error));
  }
  const body = await readBody(response);
  // A 401 means the session ended (expired, signed out elsewhere): the client shows the sign-in page.
  if (response.status === 401 && !path.startsWith('/api/auth/')) window.dispatchEvent(new Event(SESSION_ENDED));
  if (!response.ok) throw toApiError(response.status, body);
  return body as T;
}
