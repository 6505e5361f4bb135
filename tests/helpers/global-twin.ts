/**
 * Global setup for the integration and browser suites: one local twin per run, in memory, seeded,
 * on a free port. Its URL and environment reach the tests through `inject('twin')`.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { startTwin } from '../../lib/local/twin.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    twin: { url: string; mailboxUrl: string; env: Record<string, string>; dynamoPid: number };
  }
}

export default async function setup(project: TestProject) {
  const dataDir = mkdtempSync(join(tmpdir(), 'chikitsa-twin-'));
  const twin = await startTwin({
    dataDir,
    persistent: false,
    seed: true,
    // Tests drive the sweeper with a controlled clock instead.
    sweeperIntervalMs: 0,
    log: (line) => {
      if (process.env.TWIN_LOG) console.log(line);
    },
  });
  project.provide('twin', {
    url: twin.url,
    mailboxUrl: twin.mailboxUrl,
    env: twin.env,
    dynamoPid: twin.dynamoPid,
  });
  return async () => {
    await twin.stop();
    rmSync(dataDir, { recursive: true, force: true });
  };
}
