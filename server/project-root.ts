import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * The checkout's root: the nearest folder above this module holding package.json. The same answer whether the
 * server runs from its TypeScript sources (server/) or compiled (build/server/), so that corpus/, client/dist and
 * the docs are found from either.
 */
function findRoot(from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    if (dirname(dir) === dir) return from;
  }
}

export const projectRoot = findRoot(import.meta.dirname);
