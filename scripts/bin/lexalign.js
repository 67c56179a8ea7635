#!/usr/bin/env node
// The `lexalign` command. Sources are TypeScript, run through tsx so that `npx lexalign` works right after `npm ci`
// and always runs the code as it is now; `npm start` runs the compiled copy instead (build/, `npm run build:server`).
import { register } from 'tsx/esm/api';

register();
await import('../cli/run.ts');
