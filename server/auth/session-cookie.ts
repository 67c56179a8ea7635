import type { CookieSerializeOptions } from '@fastify/cookie';
import type { FastifyReply, FastifyRequest } from 'fastify';

/** The one cookie of a shared server: an opaque session token (its hash is what the database keeps). */
const SESSION_COOKIE = 'lexalign_session';

/**
 * HTTP-only (no script reads it), SameSite=Strict (no other site's page or link sends it), path `/`, and Secure
 * whenever the page came over HTTPS (`auto`: directly, or through a proxy the server trusts), or always (`true`).
 */
function cookieOptions(request: FastifyRequest, secure: boolean | 'auto', maxAgeSeconds?: number): CookieSerializeOptions {
  return {
    httpOnly: true,
    sameSite: 'strict',
    path: '/',
    secure: secure === 'auto' ? request.protocol === 'https' : secure,
    ...(maxAgeSeconds !== undefined ? { maxAge: maxAgeSeconds } : {}),
  };
}

export function sessionToken(request: FastifyRequest): string | undefined {
  return request.cookies?.[SESSION_COOKIE];
}

export function setSessionCookie(request: FastifyRequest, reply: FastifyReply, token: string, expiresAt: Date, secure: boolean | 'auto'): void {
  const seconds = Math.max(0, Math.floor((expiresAt.getTime() - Date.now()) / 1000));
  reply.setCookie(SESSION_COOKIE, token, cookieOptions(request, secure, seconds));
}

export function clearSessionCookie(request: FastifyRequest, reply: FastifyReply, secure: boolean | 'auto'): void {
  reply.clearCookie(SESSION_COOKIE, cookieOptions(request, secure));
}
