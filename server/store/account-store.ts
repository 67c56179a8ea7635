import type Database from 'better-sqlite3';
import type { Role } from '../auth/roles.ts';

export interface Account {
  id: number;
  name: string;
  role: Role;
  createdAt: string;
  updatedAt: string;
}

/** Accounts and their sessions, in the same SQLite file as reviews (migration 3). */
export interface AccountStore {
  count(): number;
  list(): Account[];
  /** By name, whatever its case. */
  get(name: string): Account | null;
  /** The stored password hash, for sign-in only. */
  passwordHash(name: string): string | null;
  /** Adds an account; false when the name is taken. */
  add(name: string, role: Role, passwordHash: string): boolean;
  setRole(name: string, role: Role): void;
  /** A new password ends every session of the account. */
  setPassword(name: string, passwordHash: string): void;
  /** Removes the account and its sessions; its reviews stay, under its name. */
  remove(name: string): void;
  countAdmins(): number;

  openSession(tokenHash: string, account: number, expiresAt: Date): void;
  /** The account a live session belongs to, or null (unknown, expired, or its account removed). */
  sessionAccount(tokenHash: string, now: Date): Account | null;
  closeSession(tokenHash: string): void;
  /** Deletes expired sessions; returns how many. */
  sweepSessions(now: Date): number;
}

interface AccountRow {
  id: number;
  name: string;
  role: string;
  created_at: string;
  updated_at: string;
}

const toAccount = (row: AccountRow): Account => ({
  id: row.id,
  name: row.name,
  role: row.role as Role,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

export function openAccountStore(db: Database.Database): AccountStore {
  const columns = 'id, name, role, created_at, updated_at';
  const q = {
    count: db.prepare('SELECT COUNT(*) AS n FROM accounts'),
    admins: db.prepare("SELECT COUNT(*) AS n FROM accounts WHERE role = 'admin'"),
    list: db.prepare(`SELECT ${columns} FROM accounts ORDER BY name`),
    get: db.prepare(`SELECT ${columns} FROM accounts WHERE name = ?`),
    hash: db.prepare('SELECT password FROM accounts WHERE name = ?'),
    add: db.prepare(`INSERT INTO accounts (name, role, password, created_at, updated_at) VALUES (?, ?, ?, ?, ?)
      ON CONFLICT(name) DO NOTHING`),
    setRole: db.prepare('UPDATE accounts SET role = ?, updated_at = ? WHERE name = ?'),
    setPassword: db.prepare('UPDATE accounts SET password = ?, updated_at = ? WHERE name = ?'),
    endSessionsOf: db.prepare('DELETE FROM sessions WHERE account = (SELECT id FROM accounts WHERE name = ?)'),
    remove: db.prepare('DELETE FROM accounts WHERE name = ?'),
    openSession: db.prepare('INSERT INTO sessions (token_hash, account, created_at, expires_at) VALUES (?, ?, ?, ?)'),
    sessionAccount: db.prepare(`SELECT a.id, a.name, a.role, a.created_at, a.updated_at FROM sessions s
      JOIN accounts a ON a.id = s.account WHERE s.token_hash = ? AND s.expires_at > ?`),
    closeSession: db.prepare('DELETE FROM sessions WHERE token_hash = ?'),
    sweep: db.prepare('DELETE FROM sessions WHERE expires_at <= ?'),
  };
  const setPassword = db.transaction((name: string, hash: string) => {
    q.setPassword.run(hash, new Date().toISOString(), name);
    q.endSessionsOf.run(name);
  });

  return {
    count: () => (q.count.get() as { n: number }).n,
    countAdmins: () => (q.admins.get() as { n: number }).n,
    list: () => (q.list.all() as AccountRow[]).map(toAccount),
    get: (name) => {
      const row = q.get.get(name) as AccountRow | undefined;
      return row ? toAccount(row) : null;
    },
    passwordHash: (name) => (q.hash.get(name) as { password: string } | undefined)?.password ?? null,
    add: (name, role, hash) => {
      const now = new Date().toISOString();
      return q.add.run(name, role, hash, now, now).changes === 1;
    },
    setRole: (name, role) => {
      q.setRole.run(role, new Date().toISOString(), name);
    },
    setPassword: (name, hash) => setPassword(name, hash),
    remove: (name) => {
      q.remove.run(name);
    },
    openSession: (tokenHash, account, expiresAt) => {
      q.openSession.run(tokenHash, account, new Date().toISOString(), expiresAt.toISOString());
    },
    sessionAccount: (tokenHash, now) => {
      const row = q.sessionAccount.get(tokenHash, now.toISOString()) as AccountRow | undefined;
      return row ? toAccount(row) : null;
    },
    closeSession: (tokenHash) => {
      q.closeSession.run(tokenHash);
    },
    sweepSessions: (now) => q.sweep.run(now.toISOString()).changes,
  };
}
