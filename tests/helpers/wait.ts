/**
 * Waiting in tests: for a condition, never for a length of time. A test that sleeps "long enough"
 * passes on a quiet laptop and fails on a busy 2-core CI machine; a test that waits for the state it
 * needs passes on both (tests/unit/test-hygiene.test.ts keeps sleeps out of every other file).
 */

type Truthy<T> = Exclude<T, false | null | undefined | 0 | ''>;

/**
 * Re-checks until `check` returns a truthy value, and returns it; throws after `timeoutMs` saying
 * what it waited for (and the last error the check threw, if any).
 */
export async function until<T>(
  check: () => T | Promise<T>,
  { what = 'the condition', timeoutMs = 30_000, intervalMs = 50 } = {},
): Promise<Truthy<T>> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  for (;;) {
    try {
      const value = await check();
      if (value) return value as Truthy<T>;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() > deadline) {
      const cause = lastError ? ` (last error: ${(lastError as Error).message})` : '';
      throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}${cause}`);
    }
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}

/**
 * Starts work later, to shape a load test's traffic (requests staggered, not all at once). Never a
 * way to let something finish: nothing after it may assume that time has made anything true.
 */
export const staggered = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
