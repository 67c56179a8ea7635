import { defineConfig } from 'vitest/config';
import SummaryReporter from './tests/helpers/summary-reporter.ts';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Latency-bound files run afterwards, alone: see vitest.timing.config.ts.
    exclude: ['**/node_modules/**', 'tests/**/*.timing.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    reporters: ['default', new SummaryReporter()],
  },
});
