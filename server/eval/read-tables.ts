import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { CorrelationTable } from '../align/types.ts';
import { Errors } from '../errors.ts';

/** Checks the parts of the correlation-table contract that scoring relies on. */
export function checkTable(value: unknown, where: string): CorrelationTable {
  const t = value as Partial<CorrelationTable> | null;
  if (!t || typeof t !== 'object') throw new Errors.BAD_TABLE(`${where}: not a correlation table (expected an object)`);
  if (typeof t.instrument !== 'string') throw new Errors.BAD_TABLE(`${where}: "instrument" must be a string`);
  if (!t.articles || typeof t.articles !== 'object') throw new Errors.BAD_TABLE(`${where}: "articles" must be an object`);
  for (const [art, a] of Object.entries(t.articles)) {
    if (!Array.isArray(a?.provisions) || !['covered', 'partial', 'missing'].includes(a?.status)) {
      throw new Errors.BAD_TABLE(`${where}: article ${art} needs "provisions" (array) and "status" (covered|partial|missing)`);
    }
  }
  return t as CorrelationTable;
}

/** Every correlation table (*.json) in a folder, keyed by instrument id. */
export function readTables(dir: string): Map<string, CorrelationTable> {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new Errors.NO_DIR(`${dir}: no such folder`);
  const out = new Map<string, CorrelationTable>();
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.json')).sort()) {
    const path = join(dir, name);
    let parsed: unknown;
    try {
      parsed = JSON.parse(readFileSync(path, 'utf8'));
    } catch (err) {
      throw new Errors.BAD_TABLE(`${path}: not valid JSON (${(err as Error).message})`);
    }
    const t = checkTable(parsed, path);
    out.set(t.instrument, t);
  }
  if (out.size === 0) throw new Errors.NO_TABLES(`${dir}: no correlation tables (*.json) found`);
  return out;
}

/** The tables of several folders together; one instrument in two folders is an error, not a silent overwrite. */
export function readTablesFrom(dirs: string[]): Map<string, CorrelationTable> {
  const out = new Map<string, CorrelationTable>();
  for (const dir of dirs) {
    for (const [id, table] of readTables(dir)) {
      if (out.has(id)) throw new Errors.BAD_TABLE(`${dir}: instrument ${id} already has a table in another --gold folder`);
      out.set(id, table);
    }
  }
  return out;
}
