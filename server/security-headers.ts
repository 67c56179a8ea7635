import helmet, { type HelmetOptions } from 'helmet';

/**
 * Helmet's response headers for a policy, computed once. None of them depends on the request, so every response
 * gets the same record: running Helmet's middleware per request (as @fastify/helmet does) cost about 100 µs of CPU
 * per request here, more than the rest of a cached read (see docs/api.md, Performance).
 */
export function securityHeaders(options: HelmetOptions): Record<string, string> {
  const headers: Record<string, string> = {};
  const response = {
    setHeader(name: string, value: string | number | readonly string[]) {
      headers[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : String(value);
    },
    removeHeader(name: string) {
      delete headers[name.toLowerCase()];
    },
  };
  let done = false;
  // Helmet's middleware is synchronous: it sets every header, then calls next.
  helmet(options)({ method: 'GET', headers: {} } as never, response as never, (error?: unknown) => {
    if (error) throw error;
    done = true;
  });
  if (!done) throw new Error('helmet did not finish synchronously: its headers cannot be precomputed');
  return headers;
}

/**
 * The headers for API answers (JSON, CSV, Markdown and the printable report under /api/): what protects a response
 * that is data, not a page, after the OWASP REST Security Cheat Sheet. A document policy's other headers (script,
 * style and image sources, cross-origin isolation, DNS prefetch, legacy IE switches) govern pages; on every JSON
 * answer they cost about a fifth of a cached read's throughput (header validation, writing and parsing 800 bytes).
 * `default-src 'none'` forbids everything should an answer ever be opened as a page.
 */
export function apiSecurityHeaders(document: Record<string, string>): Record<string, string> {
  const pick = (name: string): Record<string, string> => (document[name] ? { [name]: document[name] } : {});
  return {
    'content-security-policy': "default-src 'none'; frame-ancestors 'none'",
    'x-content-type-options': 'nosniff',
    'x-frame-options': 'DENY',
    'referrer-policy': 'no-referrer',
    ...pick('cross-origin-resource-policy'),
    ...pick('strict-transport-security'),
  };
}
