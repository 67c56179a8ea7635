import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../../server/project-root.ts';
import { workerUrl } from '../../../server/worker-url.ts';

describe('running from the sources or compiled (build/)', () => {
  it('finds the checkout root from server/, where corpus/ and package.json are', () => {
    expect(existsSync(join(projectRoot, 'package.json'))).toBe(true);
    expect(existsSync(join(projectRoot, 'corpus', 'thesaurus.json'))).toBe(true);
  });

  it('starts a worker through the tsx entry from sources, and from the compiled module when compiled', () => {
    expect(workerUrl('file:///app/server/services/upload-workers.ts', './upload-worker-entry.mjs', './upload-worker.js').pathname).toBe(
      '/app/server/services/upload-worker-entry.mjs',
    );
    expect(workerUrl('file:///app/build/server/services/upload-workers.js', './upload-worker-entry.mjs', './upload-worker.js').pathname).toBe(
      '/app/build/server/services/upload-worker.js',
    );
  });
});
