import Database from 'better-sqlite3';
import { mkdtempSync, openSync, rmSync, writeSync, closeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildTestApp } from './helper.ts';

const XA = 'xa-computer-misuse-act-2019';

/** Overwrites the first page of a table's b-tree with noise, as a disk error or a torn copy would. */
function damageTable(dbPath: string, table: string): void {
  const db = new Database(dbPath);
  const { rootpage } = db.prepare('SELECT rootpage FROM sqlite_master WHERE name = ?').get(table) as { rootpage: number };
  const pageSize = db.pragma('page_size', { simple: true }) as number;
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
  const fd = openSync(dbPath, 'r+');
  writeSync(fd, Buffer.alloc(pageSize, 0xa5), 0, pageSize, (rootpage - 1) * pageSize);
  closeSync(fd);
}

describe('store integrity', () => {
  const dir = mkdtempSync(join(tmpdir(), 'lexalign-integrity-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reports the store state in health', async () => {
    const t = await buildTestApp({}, dir);
    const health = (await t.app.inject({ url: '/api/health' })).json();
    expect(health.status).toBe('ok');
    expect(health.store).toMatchObject({ integrity: 'ok' });
    expect(health.store.checkMs).toBeGreaterThanOrEqual(0);
    for (let i = 0; i < 40; i++) {
      const r = await t.app.inject({ method: 'PUT', url: `/api/reviews/${XA}/2`, payload: { author: `Reviewer ${i}`, status: 'missing', provisions: [], note: 'n'.repeat(200) } });
      expect(r.statusCode).toBe(200);
    }
    await t.close();
  });

  it('refuses to start on a database whose review pages are damaged, in one line naming the file', async () => {
    const dbPath = join(dir, 'test.sqlite');
    damageTable(dbPath, 'reviews');
    const failed = await buildTestApp({}, dir).then(
      async (t) => {
        await t.close();
        return null;
      },
      (error: Error & { code?: string }) => error,
    );
    expect(failed).not.toBeNull();
    expect(failed!.code).toBe('LEXALIGN_ERR_STORE_DAMAGED');
    expect(failed!.message).toContain(dbPath);
    expect(failed!.message).not.toContain('\n');
  });
});
