import rateLimit from '@fastify/rate-limit';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyRequest } from 'fastify';
import { lexError } from '../../errors.ts';
import { clearSessionCookie, sessionToken, setSessionCookie } from '../../auth/session-cookie.ts';
import { sessionSchema, signInSchema, signOutSchema } from '../../schemas/auth.ts';

/** Attempts are counted per client address and account name: guessing one account's password is slow, and a busy
 * office behind one address does not lock its own colleagues out. */
function attemptKey(request: FastifyRequest): string {
  const name = (request.body as { name?: unknown } | undefined)?.name;
  return `${request.ip}\u0000${typeof name === 'string' ? name.toLowerCase() : ''}`;
}

const auth: FastifyPluginAsyncTypebox = async (app) => {
  const { accounts, config } = app.services;
  await app.register(rateLimit, { global: false });

  app.get('/api/auth/session', { schema: sessionSchema, config: { access: 'public' } }, async (req) => ({
    accounts: config.accounts,
    account: req.account ? { name: req.account.name, role: req.account.role } : null,
  }));

  app.post(
    '/api/auth/login',
    {
      schema: signInSchema,
      config: {
        access: 'public',
        rateLimit: {
          max: config.loginAttempts,
          timeWindow: config.loginWindowMs,
          // After validation, so the account name in the body is part of the key.
          hook: 'preHandler',
          keyGenerator: attemptKey,
          errorResponseBuilder: (_req, context) => lexError('TOO_MANY_SIGN_INS', context.after),
        },
      },
    },
    async (req, reply) => {
      if (!config.accounts) throw lexError('ACCOUNTS_OFF');
      const { account, token, expiresAt } = await accounts.signIn(req.body.name, req.body.password);
      setSessionCookie(req, reply, token, expiresAt, config.secureCookies);
      return { account: { name: account.name, role: account.role }, expiresAt: expiresAt.toISOString() };
    },
  );

  app.post('/api/auth/logout', { schema: signOutSchema, config: { access: 'public' } }, async (req, reply) => {
    accounts.signOut(sessionToken(req));
    clearSessionCookie(req, reply, config.secureCookies);
    return { signedOut: true };
  });
};

export default auth;
