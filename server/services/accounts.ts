import { createHash, randomBytes } from 'node:crypto';
import { decoyHash, hashPassword, passwordProblem, verifyPassword } from '../auth/password.ts';
import { isRole, type Role } from '../auth/roles.ts';
import { lexError } from '../errors.ts';
import type { Account, AccountStore } from '../store/account-store.ts';

/** Letters, digits and `. _ @ -`, starting with a letter or digit: a name that reads the same in a review and a log. */
const NAME = /^[A-Za-z0-9][A-Za-z0-9._@-]{0,59}$/;

function nameProblem(name: string): string | null {
  return NAME.test(name) ? null : 'an account name has 1 to 60 letters, digits, dots, dashes, underscores or @, and starts with a letter or digit';
}

/** The session token is random; only its hash is stored (a stolen database signs no one in). */
const tokenHash = (token: string) => createHash('sha256').update(token).digest('hex');

interface SignIn {
  account: Account;
  token: string;
  expiresAt: Date;
}

/** Accounts, passwords and sessions of a shared server; the rules, over the store. */
export class AccountService {
  constructor(
    private readonly store: AccountStore,
    private readonly sessionHours: number,
  ) {}

  count(): number {
    return this.store.count();
  }

  list(): Account[] {
    return this.store.list();
  }

  get(name: string): Account {
    const account = this.store.get(name);
    if (!account) throw lexError('UNKNOWN_ACCOUNT', name);
    return account;
  }

  async add(name: string, role: string, password: string): Promise<Account> {
    const problem = nameProblem(name) ?? (isRole(role) ? null : `the role is one of reader, reviewer, admin, not "${role}"`) ?? passwordProblem(password);
    if (problem) throw lexError('BAD_REQUEST', problem);
    const hash = await hashPassword(password);
    if (!this.store.add(name, role as Role, hash)) throw lexError('DUPLICATE_ACCOUNT', name);
    return this.get(name);
  }

  /** A new role and/or password, checked whole before anything changes. A new password ends the account's sessions. */
  async change(name: string, change: { role?: Role; password?: string }): Promise<Account> {
    const account = this.get(name);
    const problem = change.password === undefined ? null : passwordProblem(change.password);
    if (problem) throw lexError('BAD_REQUEST', problem);
    const { role } = change;
    if (role && account.role === 'admin' && role !== 'admin' && this.store.countAdmins() === 1) {
      throw lexError('LAST_ADMIN', `make it a ${role}`, account.name);
    }
    if (change.password !== undefined) this.store.setPassword(account.name, await hashPassword(change.password));
    if (role) this.store.setRole(account.name, role);
    return this.get(account.name);
  }

  remove(name: string): Account {
    const account = this.get(name);
    if (account.role === 'admin' && this.store.countAdmins() === 1) throw lexError('LAST_ADMIN', 'remove it', account.name);
    this.store.remove(account.name);
    return account;
  }

  async signIn(name: string, password: string): Promise<SignIn> {
    const stored = this.store.passwordHash(name);
    // An unknown name costs a full check too: the time of the answer does not tell which names exist.
    const ok = await verifyPassword(password, stored ?? (await decoyHash()));
    const account = stored && ok ? this.store.get(name) : null;
    if (!account) throw lexError('BAD_SIGN_IN');
    const now = new Date();
    this.store.sweepSessions(now);
    const token = randomBytes(32).toString('base64url');
    const expiresAt = new Date(now.getTime() + this.sessionHours * 3_600_000);
    this.store.openSession(tokenHash(token), account.id, expiresAt);
    return { account, token, expiresAt };
  }

  /** The account of a live session, or null. */
  session(token: string | undefined): Account | null {
    if (!token || token.length > 100) return null;
    return this.store.sessionAccount(tokenHash(token), new Date());
  }

  signOut(token: string | undefined): void {
    if (token && token.length <= 100) this.store.closeSession(tokenHash(token));
  }
}
