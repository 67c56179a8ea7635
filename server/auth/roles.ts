/**
 * Who may do what on a shared server. Each role includes the ones before it: a reviewer reads, an admin reviews.
 * - reader: reads everything (matrix, tables, texts, search, exports, review history);
 * - reviewer: also records reviews, uploads statutes and deletes uploads;
 * - admin: also manages accounts.
 */
export const ROLES = ['reader', 'reviewer', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/** What a route needs: `public` is open to anyone who reaches the server (health, sign-in, the client's pages). */
export type Access = 'public' | Role;

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

/** True when an account of role `have` may use a route that needs `need`. */
export function allows(have: Role, need: Access): boolean {
  return need === 'public' || ROLES.indexOf(have) >= ROLES.indexOf(need);
}

/** What a route needs unless it says otherwise: reading the API takes an account, changing anything a reviewer. */
export function defaultAccess(method: string, url: string): Access {
  if (!url.startsWith('/api/')) return 'public';
  return method === 'GET' || method === 'HEAD' ? 'reader' : 'reviewer';
}
