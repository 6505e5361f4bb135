/**
 * Provider secrets (Razorpay key secret and webhook secret, Deepgram and Daily keys). In the cloud they
 * live in ONE Secrets Manager secret (JSON), named by SECRETS_ID, read once per cold start and cached;
 * locally they come from the environment (.env). They are never logged.
 */
import { GetSecretValueCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { config } from './config.ts';

export type SecretName =
  | 'RAZORPAY_KEY_SECRET'
  | 'RAZORPAY_WEBHOOK_SECRET'
  | 'DEEPGRAM_API_KEY'
  | 'DAILY_API_KEY';

let loaded: Promise<Record<string, string>> | undefined;

async function load(): Promise<Record<string, string>> {
  const secretId = process.env.SECRETS_ID;
  if (!secretId) return {};
  const client = new SecretsManagerClient({ region: config().AWS_REGION });
  try {
    const { SecretString } = await client.send(new GetSecretValueCommand({ SecretId: secretId }));
    return JSON.parse(SecretString ?? '{}') as Record<string, string>;
  } finally {
    client.destroy();
  }
}

/** The secret's value, or undefined when it is not configured. */
export async function secret(name: SecretName): Promise<string | undefined> {
  if (process.env[name]) return process.env[name];
  loaded ??= load().catch((error) => {
    loaded = undefined; // retry on the next call rather than caching a failure
    throw error;
  });
  return (await loaded)[name] || undefined;
}

export async function requireSecret(name: SecretName): Promise<string> {
  const value = await secret(name);
  if (!value) throw new Error(`${name} is not configured`);
  return value;
}
