import { useEffect, useState } from 'react';

export type Resource<T> =
  | { state: 'loading'; data?: undefined; error?: undefined }
  | { state: 'ready'; data: T; error?: undefined; refreshing?: boolean }
  | { state: 'error'; data?: undefined; error: Error };

/**
 * Loads data for a view and re-loads when `key` changes; earlier requests are aborted so that a slow answer
 * for an old selection never overwrites the current one.
 */
export function useResource<T>(key: string | null, load: (signal: AbortSignal) => Promise<T>): Resource<T> & { reload: () => void } {
  const [resource, setResource] = useState<Resource<T>>({ state: 'loading' });
  const [nonce, setNonce] = useState(0);
  const [loadedKey, setLoadedKey] = useState<string | null>(null);
  useEffect(() => {
    if (key === null) return;
    const controller = new AbortController();
    // A reload of the same data (after a review is saved) keeps showing the old data: no flash, no lost focus.
    setResource((previous) =>
      previous.state === 'ready' && loadedKey === key ? { ...previous, refreshing: true } : { state: 'loading' },
    );
    load(controller.signal).then(
      (data) => {
        if (controller.signal.aborted) return;
        setLoadedKey(key);
        setResource({ state: 'ready', data });
      },
      (error: unknown) => {
        if (controller.signal.aborted) return;
        setResource({ state: 'error', error: error instanceof Error ? error : new Error(String(error)) });
      },
    );
    return () => controller.abort();
    // `load` is a fresh closure each render; `key` names everything it depends on.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, nonce]);
  return { ...resource, reload: () => setNonce((n) => n + 1) };
}
