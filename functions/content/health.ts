/** GET /api/health: is every dependency reachable? Each probe is cheap, read-only and time-boxed. */
import { HeadBucketCommand } from '@aws-sdk/client-s3';
import { GetAccountCommand } from '@aws-sdk/client-sesv2';
import type { HealthReport } from '../contract/api.ts';
import { s3, ses } from '../core/clients.ts';
import { config } from '../core/config.ts';
import { entities } from '../core/db/index.ts';

type Status = 'ok' | 'down';

async function probe(check: () => Promise<unknown>): Promise<{ status: Status; ms: number }> {
  const started = Date.now();
  try {
    await Promise.race([
      check(),
      new Promise((_, reject) => setTimeout(() => reject(new Error('timeout')), 3000).unref()),
    ]);
    return { status: 'ok', ms: Date.now() - started };
  } catch {
    return { status: 'down', ms: Date.now() - started };
  }
}

export async function checkHealth(): Promise<{ healthy: boolean; body: HealthReport }> {
  const c = config();
  const [table, bucket, mailbox, identity] = await Promise.all([
    probe(() => entities().counter.get({ name: 'health', bucket: 'probe' }).go()),
    probe(() => s3().send(new HeadBucketCommand({ Bucket: c.RECORDINGS_BUCKET }))),
    probe(async () => {
      const account = await ses().send(new GetAccountCommand({}));
      if (!account.SendingEnabled) throw new Error('SES sending is disabled');
    }),
    probe(async () => {
      const response = await fetch(c.jwksUri, { signal: AbortSignal.timeout(3000) });
      if (!response.ok) throw new Error(`JWKS ${response.status}`);
    }),
  ]);
  const dependencies = { table, bucket, mailbox, identity };
  const healthy = Object.values(dependencies).every((d) => d.status === 'ok');
  return { healthy, body: { status: healthy ? 'ok' : 'degraded', stage: c.STAGE, dependencies } };
}
