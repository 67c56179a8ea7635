#!/usr/bin/env node
// The `lexalign` command. Sources are TypeScript, run through tsx so that `npx lexalign` works right after `npm ci`.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../cli/index.ts');
process.exitCode = await main(process.argv);
