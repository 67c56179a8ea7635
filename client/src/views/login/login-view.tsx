import { useState, type FormEvent } from 'react';
import { ApiError } from '../../api/api-error.ts';
import { Link, useLocation } from '../../router.tsx';
import { signIn, useSession } from '../../auth/session.ts';
import { usePageTitle } from '../../use-page-title.ts';
import { ROLE_WORDS } from './role-words.ts';

/** Where to go after signing in: the page that asked (same site only), else the matrix. */
function returnTarget(path: string, next: string | null): string {
  if (path !== '/login') return window.location.pathname + window.location.search;
  return next && next.startsWith('/') && !next.startsWith('//') ? next : '/';
}

export default function LoginView() {
  usePageTitle('Sign in');
  const session = useSession();
  const location = useLocation();
  const [name, setName] = useState('');
  const [password, setPassword] = useState('');
  const [state, setState] = useState<{ kind: 'idle' | 'busy' } | { kind: 'error'; error: Error }>({ kind: 'idle' });

  if (session.state === 'ready' && !session.accounts) {
    return (
      <section className="login">
        <h1>No sign-in needed</h1>
        <p>This LexAlign runs on this computer for one person, without accounts. Everything is open to you.</p>
        <p>
          <Link to="/">Go to the matrix</Link>
        </p>
      </section>
    );
  }
  if (session.state === 'ready' && session.account) {
    return (
      <section className="login">
        <h1>You are signed in</h1>
        <p>
          as <strong>{session.account.name}</strong> ({ROLE_WORDS[session.account.role]}). <Link to="/">Go to the matrix</Link>.
        </p>
      </section>
    );
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setState({ kind: 'busy' });
    try {
      await signIn(name.trim(), password, returnTarget(location.path, location.params.get('next')));
    } catch (error) {
      setPassword('');
      setState({ kind: 'error', error: error instanceof Error ? error : new Error(String(error)) });
    }
  }

  return (
    <section className="login">
      <h1>Sign in</h1>
      <p className="lede">
        This LexAlign server is shared. Sign in with the account its administrator created for you: your reviews are
        recorded under your account name.
      </p>
      <form onSubmit={(e) => void submit(e)} className="login-form">
        <label>
          Account name
          <input value={name} onChange={(e) => setName(e.target.value)} autoComplete="username" autoCapitalize="none" spellCheck={false} required />
        </label>
        <label>
          Password
          <input type="password" value={password} onChange={(e) => setPassword(e.target.value)} autoComplete="current-password" required />
        </label>
        <button type="submit" className="primary" disabled={state.kind === 'busy'}>
          {state.kind === 'busy' ? 'Signing in…' : 'Sign in'}
        </button>
      </form>
      {state.kind === 'error' ? <SignInError error={state.error} /> : null}
      <p className="hint">
        Forgotten your password, or no account yet? Ask the administrator of this server: they can set a new password
        or create an account for you.
      </p>
    </section>
  );
}

/** A failed sign-in in one or two sentences: a wrong password is not "something went wrong". */
function SignInError({ error }: { error: Error }) {
  // The server's own words say when to try again after too many attempts.
  const when = error instanceof ApiError && error.code === 'LEXALIGN_ERR_TOO_MANY_SIGN_INS' ? error.detail.replace(/^.*?;\s*/, '') : '';
  return (
    <p className="error-panel" role="alert">
      {error.message}
      {when ? ` (${when.charAt(0).toUpperCase()}${when.slice(1)}.)` : ''}
    </p>
  );
}
