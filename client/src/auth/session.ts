/**
 * Who is signed in, for the whole client. On a single-user server (accounts off, the default on 127.0.0.1) there is
 * nothing to sign in to and every control works as before; on a shared server the client shows the sign-in page
 * until the server knows the person, and the header says who they are.
 */
import { useSyncExternalStore } from 'react';
import { requestJson, SESSION_ENDED } from '../api/http.ts';
import type { sessionSchema } from '../../../server/schemas/auth.ts';
import type { Static } from 'typebox';

export type SessionInfo = Static<(typeof sessionSchema.response)[200]>;
export type SignedInAccount = NonNullable<SessionInfo['account']>;

type Session = { state: 'loading' } | ({ state: 'ready' } & SessionInfo);

let session: Session = { state: 'loading' };
const listeners = new Set<() => void>();

function set(next: Session): void {
  session = next;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

let loading: Promise<void> | null = null;

/** Asks the server once; a failure leaves the client as it was before accounts existed (the views show their errors). */
export function loadSession(): Promise<void> {
  loading ??= requestJson<SessionInfo>('/api/auth/session').then(
    (info) => set({ state: 'ready', ...info }),
    () => set({ state: 'ready', accounts: false, account: null }),
  );
  return loading;
}

if (typeof window !== 'undefined') {
  window.addEventListener(SESSION_ENDED, () => {
    if (session.state === 'ready' && session.accounts && session.account) set({ ...session, account: null });
  });
}

export function useSession(): Session {
  return useSyncExternalStore(subscribe, () => session, () => session);
}

/**
 * Signs in, then reloads the page at `returnTo`: nothing fetched for the previous person (or for no one) survives
 * in memory.
 */
export async function signIn(name: string, password: string, returnTo: string): Promise<void> {
  await requestJson<unknown>('/api/auth/login', { method: 'POST', body: JSON.stringify({ name, password }) });
  window.location.assign(returnTo);
}

export async function signOut(): Promise<void> {
  await requestJson<unknown>('/api/auth/logout', { method: 'POST' }).catch(() => undefined);
  window.location.assign('/login');
}
