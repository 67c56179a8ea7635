// Worker thread entry, in plain JavaScript: a worker does not inherit the parent's tsx hooks (whether the parent
// was started by scripts/bin/lexalign.js, by tsx, or by vitest), so it registers them itself, as
// scripts/bin/lexalign.js does, before loading the TypeScript worker.
import { register } from 'tsx/esm/api';

register();
await import('./worker.ts');
