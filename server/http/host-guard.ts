import type { FastifyRequest } from 'fastify';
import { lexError } from '../errors.ts';

/**
 * Two guards for a server on a person's own machine. A web page elsewhere can point its own host name at
 * 127.0.0.1 (DNS rebinding) and read our answers as same-origin: so only configured host names are answered. And a
 * page on any site can POST a form or a `fetch` to localhost: so a state-changing request must come from a page of
 * this server (its `Origin`), or from no browser at all (no `Origin`, no `Sec-Fetch-Site`: curl, the CLI, tests).
 */

const unsafeMethods = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** `name` or `name:port`, lower-cased; IPv6 keeps its brackets (`[::1]:3000`). */
function splitHost(host: string): { name: string; port: string } {
  const h = host.trim().toLowerCase();
  const m = /^(\[[^\]]*\]|[^:]*)(?::(\d*))?$/.exec(h);
  return m ? { name: m[1], port: m[2] ?? '' } : { name: h, port: '' };
}

/** True when `host` (a Host header, or an origin's host) names one of `allowed` (`name` matches any port). */
export function hostAllowed(host: string | undefined, allowed: readonly string[]): boolean {
  if (allowed.includes('*')) return true;
  if (!host) return false;
  const { name, port } = splitHost(host);
  return allowed.some((entry) => {
    const a = splitHost(entry);
    return a.name === name && (!a.port || a.port === port);
  });
}

/** The host of an Origin header (`http://localhost:3000` → `localhost:3000`), or null for `null` or garbage. */
function originHost(origin: string): string | null {
  try {
    const url = new URL(origin);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.host.toLowerCase() : null;
  } catch {
    return null;
  }
}

/** Throws the coded 403 when a request must not be answered; the onRequest hook of every route. */
export function guardRequest(request: FastifyRequest, allowed: readonly string[]): void {
  const host = request.headers.host;
  if (!hostAllowed(host, allowed)) throw lexError('HOST_NOT_ALLOWED', String(host ?? '').slice(0, 100));
  if (!unsafeMethods.has(request.method)) return;
  const site = request.headers['sec-fetch-site'];
  if (site === 'cross-site') throw lexError('CROSS_SITE', 'a cross-site request');
  const origin = request.headers.origin;
  if (origin === undefined) return;
  const from = originHost(String(origin));
  // Same origin; or another allowed host (the client's dev server on another port). `*` trusts no other origin.
  if (from && (from === String(host).toLowerCase() || (!allowed.includes('*') && hostAllowed(from, allowed)))) return;
  throw lexError('CROSS_SITE', `origin ${String(origin).slice(0, 100)}`);
}
