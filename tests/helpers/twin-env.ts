/**
 * Points this test worker's AWS clients at the twin's emulators, so tests can inspect the real table
 * and mailbox (and call domain functions directly where a test needs a controlled clock).
 */
import { inject } from 'vitest';

const { env } = inject('twin');
process.env.POWERTOOLS_LOG_LEVEL ??= 'SILENT';
Object.assign(process.env, env);
