import type { Command } from 'commander';
import Database from 'better-sqlite3';
import { existsSync, renameSync, rmSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { defaultDbPath } from '../../server/config.ts';
import { openSqliteStore } from '../../server/store/sqlite-store.ts';

/** True when the copy is a sound database (quick_check reads every page once). */
function sound(file: string): boolean {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const rows = db.pragma('quick_check(1)') as Array<{ quick_check: string }>;
    return rows.length === 1 && rows[0]?.quick_check === 'ok';
  } finally {
    db.close();
  }
}

/**
 * Copies the database, reviews, uploads and accounts included, while the server keeps running: SQLite's online
 * backup (better-sqlite3's `db.backup`) copies a consistent state, which copying the file by hand during a write
 * does not. The copy is written beside its target, checked, then renamed into place: an interrupted backup never
 * leaves a file that looks whole.
 */
export async function runBackup(target: string, opts: { db?: string; force?: boolean }): Promise<void> {
  const dbPath = opts.db ? resolve(opts.db) : defaultDbPath();
  const file = resolve(target);
  if (!existsSync(dbPath)) throw new Error(`there is no database at ${dbPath} (give the server's with --db)`);
  if (file === dbPath) throw new Error('the backup must go to another file than the database itself');
  if (existsSync(file) && !opts.force) throw new Error(`${file} exists; choose another name, or add --force to replace it`);
  const partial = `${file}.partial`;
  rmSync(partial, { force: true });
  const started = performance.now();
  const store = openSqliteStore(dbPath);
  try {
    await store.backup(partial);
  } finally {
    store.close();
  }
  if (!sound(partial)) {
    rmSync(partial, { force: true });
    throw new Error(`the copy of ${dbPath} failed its integrity check; nothing was written`);
  }
  renameSync(partial, file);
  const mb = (statSync(file).size / 1_048_576).toFixed(1);
  console.log(`Backed up ${dbPath} to ${file} (${mb} MB, checked) in ${Math.round(performance.now() - started)} ms.`);
}

export function register(program: Command): void {
  program
    .command('backup <file>')
    .description('Copy the database (reviews, uploads, accounts) to <file> while the server runs; see docs/deploy.md to restore')
    .option('--db <file>', 'SQLite file of the server (default: .lexalign/lexalign.sqlite under the current folder)')
    .option('--force', 'replace <file> if it exists')
    .action((file: string, opts: { db?: string; force?: boolean }) => runBackup(file, opts));
}
