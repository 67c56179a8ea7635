import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { maxOf } from '../../../server/large-arrays.ts';

export const repoRoot = resolve(import.meta.dirname, '..', '..', '..');
const clientDir = join(repoRoot, 'client');
const builtIndex = join(clientDir, 'dist', 'index.html');

function newestMtime(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

/** Builds client/dist when it is missing or older than any client source, so the e2e run tests the current code. */
export function ensureClientBuilt(): { built: boolean } {
  const sources = [join(clientDir, 'src'), join(clientDir, 'index.html'), join(clientDir, 'vite.config.ts')];
  const newestSource = maxOf(sources.filter(existsSync).map(newestMtime));
  if (existsSync(builtIndex) && statSync(builtIndex).mtimeMs >= newestSource) return { built: false };
  execFileSync(process.execPath, [join(repoRoot, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--config', 'client/vite.config.ts'], {
    cwd: repoRoot,
    stdio: 'pipe',
  });
  return { built: true };
}
