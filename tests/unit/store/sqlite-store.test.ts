import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openSqliteStore } from '../../../server/store/sqlite-store.ts';
import { fakeIngest } from '../../fixtures/api/fake-pipeline.ts';

const text = '## Part 1 – Offences\n1. Illegal access\nA person who intentionally accesses a computer commits an offence.\n(1) First.\n';
const result = () => fakeIngest({ bytes: new TextEncoder().encode(text), fileName: 'xq-act.md', meta: { id: 'xq-act' } });
const review = { instrument: 'xq-act', template: 'tpl', article: '2', author: 'A', status: 'covered' as const, provisions: ['1'], machine: { status: 'missing' as const, provisions: [] } };

describe('SQLite store', () => {
  const dir = mkdtempSync(join(tmpdir(), 'lexalign-store-'));
  const path = join(dir, 'db.sqlite');
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('stores an instrument with its provisions in order and finds one by eId', () => {
    const store = openSqliteStore(path);
    store.putInstrument({ id: 'xq-act', hash: 'h1', collection: 'upload', sourceKey: 'upload:xq-act.md', parser: 'p1' }, result(), new Uint8Array([1, 2]));
    expect(store.getProvisions('xq-act').map((p) => p.eId)).toEqual(['part_1__sec_1', 'part_1__sec_1__subsec_1']);
    expect(store.getProvision('xq-act', 'part_1__sec_1__subsec_1')?.num).toBe('1(1)');
    expect(store.getProvision('xq-act', 'nope')).toBeNull();
    expect(store.getSourceBytes('xq-act')).toEqual(new Uint8Array([1, 2]));
    expect(store.getInstrumentRow('xq-act')).toMatchObject({ hash: 'h1', collection: 'upload', parser: 'p1' });
    store.close();
  });

  it('keys cached tables by their cache key and drops them when the text changes', () => {
    const store = openSqliteStore(path);
    store.putCorrelation('xq-act', 'tpl', 'k1', '{"a":1}');
    expect(store.getCorrelation('xq-act', 'tpl', 'k1')).toBe('{"a":1}');
    expect(store.getCorrelation('xq-act', 'tpl', 'k2')).toBeNull();
    store.putInstrument({ id: 'xq-act', hash: 'h2', collection: 'upload', sourceKey: 'upload:xq-act.md', parser: 'p1' }, result());
    expect(store.getCorrelation('xq-act', 'tpl', 'k1')).toBeNull();
    store.close();
  });

  it('keeps every review with the value it replaced, and never deletes them with the instrument', () => {
    const store = openSqliteStore(path);
    const first = store.addReview(review);
    expect(first.previous).toBeNull();
    const second = store.addReview({ ...review, author: 'B', status: 'partial', note: 'narrower' });
    expect(second.previous).toMatchObject({ status: 'covered', provisions: ['1'], author: 'A' });
    store.deleteInstrument('xq-act');
    expect(store.getInstrumentRow('xq-act')).toBeNull();
    expect(store.getProvisions('xq-act')).toEqual([]);
    expect(store.reviewHistory('xq-act', 'tpl', '2').map((r) => r.author)).toEqual(['B', 'A']);
    expect(store.currentReviews('xq-act', 'tpl').get('2')).toMatchObject({ author: 'B', note: 'narrower' });
    store.close();
  });

  it('reopens an existing file without re-running migrations, with data intact', () => {
    const store = openSqliteStore(path);
    expect(store.reviewHistory('xq-act', 'tpl', '2')).toHaveLength(2);
    store.putBlob('k', 'v1');
    store.putBlob('k', 'v2');
    expect(store.getBlob('k')).toBe('v2');
    store.close();
  });
});
