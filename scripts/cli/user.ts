import type { Command } from 'commander';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { isRole, ROLES, type Role } from '../../server/auth/roles.ts';
import { defaultDbPath } from '../../server/config.ts';
import { AccountService } from '../../server/services/accounts.ts';
import { openSqliteStore } from '../../server/store/sqlite-store.ts';
import { readNewPassword } from './read-password.ts';

interface DbOption {
  db?: string;
}

/** Runs `work` on the accounts of the database file, closing it whatever happens. */
async function withAccounts<T>(opts: DbOption, mustExist: boolean, work: (accounts: AccountService, dbPath: string) => Promise<T> | T): Promise<T> {
  const dbPath = opts.db ? resolve(opts.db) : defaultDbPath();
  if (mustExist && !existsSync(dbPath)) throw new Error(`there is no database at ${dbPath} (give the server's with --db)`);
  const store = openSqliteStore(dbPath);
  try {
    return await work(new AccountService(store.accounts, 12), dbPath);
  } finally {
    store.close();
  }
}

function role(value: string): Role {
  if (!isRole(value)) throw new Error(`the role is one of ${ROLES.join(', ')}, not "${value}"`);
  return value;
}

const DB_FLAG = '--db <file>';
const DB_HELP = 'SQLite file of the server (default: .lexalign/lexalign.sqlite under the current folder)';

export function register(program: Command): void {
  const user = program.command('user').description('Manage the accounts of a shared server (they live in its database)');

  user
    .command('add <name>')
    .description('Create an account; the password is asked for (not shown), or read from the first line of standard input')
    .requiredOption('--role <role>', `${ROLES.join(', ')}: readers read, reviewers also review, upload and delete uploads, admins also manage accounts`)
    .option(DB_FLAG, DB_HELP)
    .action(async (name: string, opts: DbOption & { role: string }) => {
      const wanted = role(opts.role);
      await withAccounts(opts, false, async (accounts, dbPath) => {
        // Refuse a taken name before asking for a password.
        if (accounts.list().some((a) => a.name.toLowerCase() === name.toLowerCase())) throw new Error(`an account named "${name}" already exists`);
        const account = await accounts.add(name, wanted, await readNewPassword(name));
        console.log(`Account "${account.name}" created with the ${account.role} role in ${dbPath}.`);
      });
    });

  user
    .command('list')
    .description('List the accounts and their roles')
    .option(DB_FLAG, DB_HELP)
    .action((opts: DbOption) =>
      withAccounts(opts, true, (accounts, dbPath) => {
        const list = accounts.list();
        if (!list.length) return console.log(`No accounts in ${dbPath}.`);
        for (const a of list) console.log(`${a.name.padEnd(24)} ${a.role.padEnd(9)} created ${a.createdAt.slice(0, 10)}`);
      }),
    );

  user
    .command('role <name> <role>')
    .description("Change an account's role")
    .option(DB_FLAG, DB_HELP)
    .action((name: string, newRole: string, opts: DbOption) =>
      withAccounts(opts, true, async (accounts) => {
        const account = await accounts.change(name, { role: role(newRole) });
        console.log(`Account "${account.name}" now has the ${account.role} role.`);
      }),
    );

  user
    .command('password <name>')
    .description("Set a new password (asked for, or read from standard input); the account's sessions end")
    .option(DB_FLAG, DB_HELP)
    .action((name: string, opts: DbOption) =>
      withAccounts(opts, true, async (accounts) => {
        const account = accounts.get(name);
        await accounts.change(account.name, { password: await readNewPassword(account.name) });
        console.log(`Password of "${account.name}" changed; its sessions have ended.`);
      }),
    );

  user
    .command('remove <name>')
    .description('Remove an account and end its sessions; its reviews stay, under its name')
    .option(DB_FLAG, DB_HELP)
    .action((name: string, opts: DbOption) =>
      withAccounts(opts, true, (accounts) => {
        const account = accounts.remove(name);
        console.log(`Account "${account.name}" removed.`);
      }),
    );
}
