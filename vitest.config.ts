import { defineConfig } from 'vitest/config';

/**
 * Four suites. `npm test` runs unit + integration + infra; `npm run test:e2e` drives Chromium.
 * Integration and e2e start ONE local twin per run in global setup (real DynamoDB Local and emulators)
 * and hand its URL and environment to the tests through `inject`.
 */
// The twin runs the handlers inside the test runner's process; keep their request logs out of the
// test output (TWIN_LOG=1 and POWERTOOLS_LOG_LEVEL=INFO bring them back when debugging).
process.env.POWERTOOLS_LOG_LEVEL ??= 'SILENT';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          globalSetup: ['tests/helpers/global-twin.ts'],
          setupFiles: ['tests/helpers/twin-env.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'infra',
          include: ['tests/infra/**/*.test.ts'],
          testTimeout: 240_000,
          hookTimeout: 240_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/helpers/global-twin.ts'],
          setupFiles: ['tests/helpers/twin-env.ts'],
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
