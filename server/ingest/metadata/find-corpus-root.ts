import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/**
 * The corpus folder a file sits in: the nearest ancestor holding a curated manifest.json (`{ instruments: [...] }`).
 * Lets `lexalign ingest some/corpus/bulk/gy-laws` use the manifests without a --corpus flag.
 */
export function findCorpusRoot(path: string): string | null {
  let dir = resolve(path);
  for (let depth = 0; depth < 12; depth++) {
    const manifest = join(dir, 'manifest.json');
    if (existsSync(manifest)) {
      try {
        const data = JSON.parse(readFileSync(manifest, 'utf8')) as unknown;
        if (data && typeof data === 'object' && Array.isArray((data as { instruments?: unknown }).instruments)) return dir;
      } catch {
        // Not a manifest we understand: keep looking upwards.
      }
    }
    const parent = dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  return null;
}
