import { defineConfig } from 'vitest/config';
import SummaryReporter from './tests/helpers/summary-reporter.ts';

/**
 * The second pass of `npm test`: files whose assertions bound wall-clock latency (`*.timing.test.ts`). They run one at
 * a time after the main pass (vitest.config.ts), so that a bound measures the server and not the other test files
 * sharing two cores.
 */
export default defineConfig({
  test: {
    include: ['tests/**/*.timing.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    fileParallelism: false,
    reporters: ['default', new SummaryReporter('latency-bound tests, run alone')],
  },
});
