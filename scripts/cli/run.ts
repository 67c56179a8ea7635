import { main } from './index.ts';

// The `lexalign` command's body: scripts/bin/lexalign.js runs it from the sources through tsx; `npm start` runs
// the compiled copy (build/scripts/cli/run.js).
process.exitCode = await main(process.argv);
