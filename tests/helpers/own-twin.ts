/**
 * A test file that must be alone with its data (a whole-table diff, a recount, killing DynamoDB) starts
 * its OWN twin instead of the shared one: in its own temp folder, seeded, sweeper off, offline
 * transcriber, quick pipeline retries. This worker's config and API helpers then point at it.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { resetConfigForTests } from '../../functions/core/config.ts';
import { startTwin, type Twin, type TwinOptions } from '../../lib/local/twin.ts';
import { useTwin } from './api.ts';

export interface OwnTwin {
  twin: Twin;
  /** Stops the twin and removes its folder. */
  stop(): Promise<void>;
}

export async function startOwnTwin(name: string, options: Partial<TwinOptions> = {}): Promise<OwnTwin> {
  const dataDir = mkdtempSync(join(tmpdir(), `chikitsa-${name}-`));
  const twin = await startTwin({
    dataDir,
    persistent: false,
    seed: true,
    sweeperIntervalMs: 0, // tests drive the sweeper with a controlled clock
    pipelineRetryScale: 0.1,
    env: { TRANSCRIBER: 'offline' },
    ...options,
  });
  resetConfigForTests(); // this worker now talks to its own twin
  useTwin({ url: twin.url, mailboxUrl: twin.mailboxUrl });
  return {
    twin,
    async stop() {
      await twin.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
