import { describe, expect, it } from 'vitest';
import { openSqliteStore } from '../../../server/store/sqlite-store.ts';

describe('the account store (migration 3)', () => {
  it('keeps names unique whatever their case, and sessions only until they expire', () => {
    const store = openSqliteStore(':memory:');
    try {
      const a = store.accounts;
      expect(a.add('JSmith', 'reviewer', 'scrypt$hash')).toBe(true);
      expect(a.add('jsmith', 'reader', 'scrypt$other')).toBe(false);
      const account = a.get('jsmith');
      expect(account).toMatchObject({ name: 'JSmith', role: 'reviewer' });
      const now = new Date('2026-03-02T09:00:00Z');
      a.openSession('h1', account!.id, new Date('2026-03-02T21:00:00Z'));
      a.openSession('h2', account!.id, new Date('2026-03-02T08:00:00Z'));
      expect(a.sessionAccount('h1', now)?.name).toBe('JSmith');
      expect(a.sessionAccount('h2', now)).toBeNull();
      expect(a.sessionAccount('h1', new Date('2026-03-02T21:00:01Z'))).toBeNull();
      expect(a.sweepSessions(now)).toBe(1);
      a.setPassword('jsmith', 'scrypt$new');
      expect(a.sessionAccount('h1', now)).toBeNull();
      expect(a.passwordHash('JSMITH')).toBe('scrypt$new');
      a.openSession('h3', account!.id, new Date('2026-03-02T21:00:00Z'));
      a.remove('jsmith');
      expect(a.sessionAccount('h3', now)).toBeNull();
      expect(a.count()).toBe(0);
    } finally {
      store.close();
    }
  });

  it('refuses a role outside reader, reviewer and admin at the database itself', () => {
    const store = openSqliteStore(':memory:');
    try {
      expect(() => store.accounts.add('x', 'owner' as never, 'h')).toThrow(/CHECK constraint/);
    } finally {
      store.close();
    }
  });
});
