/**
 * Global setup for the integration and browser suites: one local twin per run, in memory, seeded,
 * on a free port. Its URL and environment reach the tests through `inject('twin')`.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { startTwin } from '../../lib/local/twin.ts';
import { FAKE_DEEPGRAM_KEY, startFakeDeepgram } from './fake-deepgram.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    twin: {
      url: string;
      mailboxUrl: string;
      env: Record<string, string>;
      dynamoPid: number;
      /** The process the twin runs in (its emulators are this process and its children). */
      pid: number;
      deepgramUrl: string | null;
    };
  }
}

export default async function setup(project: TestProject) {
  const dataDir = mkdtempSync(join(tmpdir(), 'chikitsa-twin-'));
  // The integration suite talks to Deepgram's format through a local fake (the only faked provider
  // besides Razorpay and Daily); the browser suite runs the offline transcriber, as `npm run dev` does.
  const deepgram = project.name === 'integration' ? await startFakeDeepgram() : null;
  const twin = await startTwin({
    env: deepgram
      ? { TRANSCRIBER: 'deepgram', DEEPGRAM_API_KEY: FAKE_DEEPGRAM_KEY, DEEPGRAM_API_BASE: deepgram.url }
      : { TRANSCRIBER: 'offline' },
    // Retries wait a tenth of the definition's backoff, so failure-injection tests stay quick.
    pipelineRetryScale: 0.1,
    dataDir,
    persistent: false,
    seed: true,
    // Tests drive the sweeper with a controlled clock instead.
    sweeperIntervalMs: 0,
    // …and the reminder scheduler's clock (POST {SCHEDULER_ENDPOINT}/_twin/advance).
    schedulerTickMs: 0,
    log: (line) => {
      if (process.env.TWIN_LOG) console.log(line);
    },
  });
  project.provide('twin', {
    url: twin.url,
    mailboxUrl: twin.mailboxUrl,
    env: twin.env,
    dynamoPid: twin.dynamoPid,
    pid: process.pid,
    deepgramUrl: deepgram?.url ?? null,
  });
  return async () => {
    await twin.stop();
    await deepgram?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  };
}
