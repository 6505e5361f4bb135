import { defineConfig } from 'vitest/config';

/**
 * Four suites. `npm test` runs unit + integration + infra; `npm run test:e2e` drives Chromium.
 * Integration and e2e start ONE local twin per run in global setup (real DynamoDB Local and emulators)
 * and hand its URL and environment to the tests through `inject`.
 */
// The twin runs the handlers inside the test runner's process; keep their request logs out of the
// test output (TWIN_LOG=1 and POWERTOOLS_LOG_LEVEL=INFO bring them back when debugging).
process.env.POWERTOOLS_LOG_LEVEL ??= 'SILENT';

/**
 * `expect.poll` re-reads until its assertion holds. Its default of 1 s is shorter than a busy 2-core
 * machine sometimes needs for a page script or a background write: wait up to 15 s for the condition.
 */
/** Every suite runs code that reads the compiled message catalog (the server's i18n, the web's labels). */
const MESSAGES = 'tests/helpers/messages-setup.ts';

const expectPoll = { poll: { timeout: 15_000, interval: 50 } };

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          globalSetup: [MESSAGES],
          environment: 'node',
        },
      },
      {
        // The web's components and island logic in a DOM (happy-dom), rendered by Preact.
        oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
        test: {
          name: 'components',
          include: ['tests/components/**/*.test.{ts,tsx}'],
          environment: 'happy-dom',
          globalSetup: [MESSAGES],
        },
      },
      {
        // Every built page through the Nu Html Checker (`npm run check` runs it).
        test: {
          name: 'html',
          include: ['tests/html/**/*.test.ts'],
          testTimeout: 240_000,
          hookTimeout: 240_000,
        },
      },
      {
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          globalSetup: [MESSAGES, 'tests/helpers/global-twin.ts'],
          setupFiles: ['tests/helpers/twin-env.ts'],
          expect: expectPoll,
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'infra',
          include: ['tests/infra/**/*.test.ts'],
          globalSetup: [MESSAGES],
          testTimeout: 240_000,
          hookTimeout: 240_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: [MESSAGES, 'tests/helpers/global-twin.ts'],
          setupFiles: ['tests/helpers/twin-env.ts'],
          fileParallelism: false,
          expect: expectPoll,
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
