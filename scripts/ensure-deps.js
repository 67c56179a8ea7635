#!/usr/bin/env node
// Runs before `npm start` and `npm test`: on a fresh clone, install the locked dependencies first,
// so that the README's two commands work on their own.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

if (!existsSync(new URL('../node_modules/.package-lock.json', import.meta.url))) {
  console.error('lexalign: dependencies are not installed; running `npm ci` first…');
  const result = spawnSync('npm', ['ci', '--no-audit', '--no-fund'], { stdio: 'inherit' });
  process.exit(result.status ?? 1);
}
