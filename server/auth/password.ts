import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

/**
 * Passwords are hashed with scrypt from Node's own crypto (OpenSSL): no native module to build, and the work runs
 * on libuv's thread pool, so a sign-in never blocks other requests. The cost is OWASP's scrypt setting of
 * N=2^15, r=8, p=3 (32 MiB per hash, about 0.1-0.3 s here). The stored form carries its own parameters, so they can
 * be raised later without invalidating older hashes:
 *   scrypt$<N>$<r>$<p>$<salt, base64>$<hash, base64>
 */

interface Cost {
  N: number;
  r: number;
  p: number;
}

const COST: Cost = { N: 2 ** 15, r: 8, p: 3 };
const KEY_BYTES = 32;
const SALT_BYTES = 16;

/** A person's password: long enough to resist guessing, short enough that hashing it costs nothing extra. */
const PASSWORD_MIN = 10;
const PASSWORD_MAX = 200;

/** Why a password cannot be used, in words; null when it can. */
export function passwordProblem(password: string): string | null {
  if (password.length < PASSWORD_MIN) return `a password needs at least ${PASSWORD_MIN} characters`;
  if (password.length > PASSWORD_MAX) return `a password may have at most ${PASSWORD_MAX} characters`;
  if (!password.trim()) return 'a password cannot be only spaces';
  return null;
}

function derive(password: string, salt: Buffer, cost: Cost): Promise<Buffer> {
  // scrypt needs 128·N·r bytes; Node refuses anything over `maxmem` (32 MiB by default), so allow twice that.
  const options: ScryptOptions = { ...cost, maxmem: 256 * cost.N * cost.r };
  return new Promise((resolve, reject) => {
    scrypt(password.normalize('NFC'), salt, KEY_BYTES, options, (error, key) => (error ? reject(error) : resolve(key)));
  });
}

export async function hashPassword(password: string, cost: Cost = COST): Promise<string> {
  const salt = randomBytes(SALT_BYTES);
  const key = await derive(password, salt, cost);
  return ['scrypt', cost.N, cost.r, cost.p, salt.toString('base64'), key.toString('base64')].join('$');
}

/** Parameters of a stored hash, or null for anything not in our form (such an account cannot sign in). */
function parse(stored: string): { cost: Cost; salt: Buffer; key: Buffer } | null {
  const [scheme, n, r, p, salt, key] = stored.split('$');
  const cost = { N: Number(n), r: Number(r), p: Number(p) };
  if (scheme !== 'scrypt' || !salt || !key) return null;
  if (![cost.N, cost.r, cost.p].every((x) => Number.isInteger(x) && x > 0) || cost.N > 2 ** 20 || cost.r > 32 || cost.p > 16) return null;
  return { cost, salt: Buffer.from(salt, 'base64'), key: Buffer.from(key, 'base64') };
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const parsed = parse(stored);
  if (!parsed) return false;
  const key = await derive(password, parsed.salt, parsed.cost);
  return key.length === parsed.key.length && timingSafeEqual(key, parsed.key);
}

/**
 * A hash of no one's password, for a sign-in with an unknown name: checking against it costs what a real check
 * costs, so the answer's timing does not tell which names have accounts.
 */
let decoy: Promise<string> | null = null;
export function decoyHash(): Promise<string> {
  decoy ??= hashPassword(randomBytes(18).toString('base64'));
  return decoy;
}
