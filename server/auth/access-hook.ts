import type { FastifyRequest, onRequestHookHandler } from 'fastify';
import { lexError } from '../errors.ts';
import type { AccountService } from '../services/accounts.ts';
import type { Account } from '../store/account-store.ts';
import { allows, defaultAccess, type Access } from './roles.ts';
import { sessionToken } from './session-cookie.ts';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** What the route needs when accounts are on; unset: reading /api/ needs an account, a change a reviewer. */
    access?: Access;
  }
  interface FastifyRequest {
    /** The signed-in account; always null when accounts are off (one person, on this machine). */
    account: Account | null;
  }
}

const NEEDS: Record<Access, string> = {
  public: '',
  reader: 'reading',
  reviewer: 'changes (reviews, uploads, deletions) need the reviewer or admin role',
  admin: 'managing accounts needs the admin role',
};

/** What a matched route needs; an unmatched one (answered 404) needs nothing. */
function routeAccess(request: FastifyRequest): Access {
  const url = request.routeOptions.url;
  if (url === undefined) return 'public';
  return request.routeOptions.config.access ?? defaultAccess(request.method, url);
}

/**
 * The onRequest hook of a server with accounts: finds the session's account and refuses, before any body is read,
 * a request its role does not allow: 401 with no live session, 403 with too low a role.
 */
export function accessHook(accounts: () => AccountService): onRequestHookHandler {
  return (request, _reply, done) => {
    const need = routeAccess(request);
    // Pages and scripts of the client need no account (the sign-in page is one of them); every API answer knows who asks.
    const account = request.url.startsWith('/api/') ? accounts().session(sessionToken(request)) : null;
    request.account = account;
    if (need === 'public') return done();
    if (!account) return done(lexError('SIGN_IN_REQUIRED', need === 'reader' ? 'reading' : 'every change'));
    if (!allows(account.role, need)) {
      return done(lexError('ROLE_REQUIRED', `Your account "${account.name}" has the ${account.role} role: ${NEEDS[need]}; ask an admin of this server`));
    }
    done();
  };
}
