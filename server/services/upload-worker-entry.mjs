// Upload worker entry, in plain JavaScript: a worker does not inherit the parent's tsx hooks, so it registers them
// itself (as server/ingest/bulk/worker-entry.mjs does) before loading the TypeScript worker.
import { register } from 'tsx/esm/api';

register();
await import('./upload-worker.ts');
