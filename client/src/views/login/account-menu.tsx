import { signOut, useSession } from '../../auth/session.ts';
import { ROLE_WORDS } from './role-words.ts';

/**
 * The header's corner on a shared server: who is signed in, and signing out. Nothing on a single-user server, nor
 * while signed out (every page is then the sign-in page).
 */
export function AccountMenu() {
  const session = useSession();
  if (session.state !== 'ready' || !session.accounts || !session.account) return null;
  return (
    <div className="account-menu">
      <span>
        Signed in as <strong>{session.account.name}</strong> <span className="account-role">({ROLE_WORDS[session.account.role]})</span>
      </span>
      <button type="button" onClick={() => void signOut()}>
        Sign out
      </button>
    </div>
  );
}
