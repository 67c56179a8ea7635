import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { migrations } from '../../../server/store/migrations.ts';
import { openSqliteStore } from '../../../server/store/sqlite-store.ts';

describe('framework choices in the store (migration 3)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'lexalign-choices-'));
  const path = join(dir, 'db.sqlite');
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('upgrades a database made before frameworks existed, keeping its reviews', () => {
    // A file as the previous release left it: migrations 1 and 2 only, one review in it.
    const old = new Database(path);
    old.exec('CREATE TABLE migrations (id INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
    for (const m of migrations.filter((x) => x.id <= 2)) {
      old.exec(m.sql);
      old.prepare('INSERT INTO migrations VALUES (?, ?, ?)').run(m.id, m.name, '2026-01-01T00:00:00Z');
    }
    old.prepare(`INSERT INTO reviews (instrument, template, article, author, time, status, provisions, note, machine, previous)
      VALUES ('gy-act', 'tpl', '29', 'A. Counsel', '2026-01-02T00:00:00Z', 'covered', '["17"]', 'read with s. 8', '{"status":"partial","provisions":["17"]}', NULL)`).run();
    old.close();

    const store = openSqliteStore(path);
    expect(store.reviewHistory('gy-act', 'tpl', '29')).toMatchObject([{ author: 'A. Counsel', note: 'read with s. 8', status: 'covered' }]);
    expect(store.frameworkChoices().size).toBe(0);
    store.setFrameworkChoice('gy-act', false);
    store.setFrameworkChoice('gy-other-act', true);
    store.setFrameworkChoice('gy-other-act', false);
    store.close();
  });

  it('keeps each choice across a restart, the last one counting', () => {
    const store = openSqliteStore(path);
    expect([...store.frameworkChoices()]).toEqual([['gy-act', false], ['gy-other-act', false]]);
    store.setFrameworkChoice('gy-act', true);
    expect(store.frameworkChoices().get('gy-act')).toBe(true);
    store.close();
  });
});
