/**
 * Every function's bundle, built exactly as CDK builds it (esbuildOptions), stays within its budget in
 * lib/bundling/budgets.ts, and no budget is above the ceiling. The init ratio to the floor belongs to
 * the cold-start bench (npm run bench -- cold), not to a timed test on a shared machine.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as esbuild from 'esbuild';
import { describe, expect, it } from 'vitest';
import { BUNDLE_CEILING, bundleBudgets, ceilingExceptions } from '../../lib/bundling/budgets.ts';
import { contextEntry, contextsWithRoutes, workerEntries } from '../../lib/functions.ts';
import { BUNDLE_FILE, esbuildOptions } from '../../lib/stacks/node-function.ts';

const functions: [string, string][] = [
  ...contextsWithRoutes().map((c): [string, string] => [c, contextEntry(c)]),
  ...Object.entries(workerEntries),
];

describe('bundle budgets', () => {
  it('has one budget per deployed function, and none above the ceiling unless its reason is written down', () => {
    expect(Object.keys(bundleBudgets).sort()).toEqual(functions.map(([name]) => name).sort());
    for (const [name, budget] of Object.entries(bundleBudgets)) {
      const reason = ceilingExceptions[name as keyof typeof ceilingExceptions];
      // A reason without need is a stale excuse: it goes when the budget comes under the ceiling.
      expect(Boolean(reason), name).toBe(budget > BUNDLE_CEILING);
    }
  });

  it.each(functions)('%s stays within its budget', async (name, entry) => {
    const out = mkdtempSync(path.join(tmpdir(), `chikitsa360-budget-${name}-`));
    await esbuild.build({ ...esbuildOptions(entry, out), logLevel: 'error' });
    const bytes = readFileSync(path.join(out, BUNDLE_FILE)).length;
    const budget = bundleBudgets[name as keyof typeof bundleBudgets] ?? 0;
    expect(
      bytes,
      `${name}: ${(bytes / 1024).toFixed(1)} KB, budget ${(budget / 1024).toFixed(0)} KB`,
    ).toBeLessThanOrEqual(budget);
  });
});
