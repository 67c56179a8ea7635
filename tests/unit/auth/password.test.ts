import { describe, expect, it } from 'vitest';
import { hashPassword, passwordProblem, verifyPassword } from '../../../server/auth/password.ts';
import { allows, defaultAccess } from '../../../server/auth/roles.ts';

/** A cheap cost for tests of the format; the real cost is checked once. */
const CHEAP = { N: 2 ** 10, r: 8, p: 1 };

describe('passwords (scrypt)', () => {
  it('hashes with the stored cost and a fresh salt, and verifies only the same password', async () => {
    const a = await hashPassword('tribunal of first instance');
    expect(a).toMatch(/^scrypt\$32768\$8\$3\$[A-Za-z0-9+/]{22}==\$[A-Za-z0-9+/]{43}=$/);
    expect(await verifyPassword('tribunal of first instance', a)).toBe(true);
    expect(await verifyPassword('tribunal of first instance ', a)).toBe(false);
    const b = await hashPassword('tribunal of first instance', CHEAP);
    expect(b.split('$')[4]).not.toBe(a.split('$')[4]);
    // The cost travels with the hash: an older, cheaper hash still verifies after the default is raised.
    expect(await verifyPassword('tribunal of first instance', b)).toBe(true);
  });

  it('treats a composed and a decomposed accent as the same password', async () => {
    const hash = await hashPassword('procès-verbal signé', CHEAP);
    expect(await verifyPassword('proce\u0300s-verbal signe\u0301', hash)).toBe(true);
  });

  it('refuses hashes not in its form or with an absurd cost, without throwing', async () => {
    for (const stored of ['', 'plain', 'bcrypt$10$abc', 'scrypt$0$8$1$c2FsdA==$a2V5', `scrypt$${2 ** 30}$8$1$c2FsdA==$a2V5`, 'scrypt$1024$8$1$$']) {
      expect(await verifyPassword('anything at all', stored), stored).toBe(false);
    }
  });

  it('says in words why a password cannot be used', () => {
    expect(passwordProblem('short')).toMatch(/at least 10 characters/);
    expect(passwordProblem(' '.repeat(12))).toMatch(/only spaces/);
    expect(passwordProblem('x'.repeat(201))).toMatch(/at most 200/);
    expect(passwordProblem('a sound passphrase')).toBeNull();
  });
});

describe('roles', () => {
  it('orders reader < reviewer < admin, and asks an account for reads and a reviewer for changes by default', () => {
    expect(allows('reader', 'reviewer')).toBe(false);
    expect(allows('reviewer', 'reviewer')).toBe(true);
    expect(allows('reviewer', 'admin')).toBe(false);
    expect(allows('admin', 'reviewer')).toBe(true);
    expect(allows('reader', 'public')).toBe(true);
    expect(defaultAccess('GET', '/api/matrix')).toBe('reader');
    expect(defaultAccess('DELETE', '/api/instruments/:id')).toBe('reviewer');
    expect(defaultAccess('GET', '/compare')).toBe('public');
  });
});
