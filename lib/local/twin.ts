/**
 * The local twin: every AWS service Chikitsa360 uses, emulated on this machine, with the real handlers
 * behind one port. Used by `npm run dev`, the integration and browser tests, and the benchmarks.
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { ContextName } from '../routes.ts';
import { contextEntry, recordingTrigger, workerEntries } from '../routes.ts';
import { tableName } from '../table.ts';
import { startCognito } from './cognito.ts';
import { ensureTable, startDynamoDbLocal } from './dynamodb.ts';
import { type LoadContextHandler, startGateway } from './gateway.ts';
import { lambdaContext } from './lambda-context.ts';
import { freePort } from './ports.ts';
import { type RazorpaySimulator, startRazorpaySimulator } from './razorpay-sim.ts';
import { startS3 } from './s3.ts';
import { seedDemoData } from './seed.ts';
import { startSes } from './ses.ts';
import { type LocalStepFunctions, startStepFunctions } from './stepfunctions.ts';

export const ROOT = resolve(import.meta.dirname, '../..');

export interface TwinOptions {
  /** Public port; 0 picks a free one. */
  port?: number;
  /** Where DynamoDB, S3 and Cognito keep their data. */
  dataDir: string;
  /** Keep DynamoDB on disk (dev) or in memory (tests). */
  persistent: boolean;
  seed: boolean;
  /** Extra environment for the handlers (provider choices, test endpoints). */
  env?: Record<string, string>;
  /** Scales the pipeline's retry waits (1 = as in the definition; tests use less). */
  pipelineRetryScale?: number;
  /** How often the sweeper runs (the cloud runs it every minute); 0 turns it off. */
  sweeperIntervalMs?: number;
  log?: (line: string) => void;
}

export interface Twin {
  url: string;
  mailboxUrl: string;
  /** The environment the handlers run with; tests reuse it to reach the same emulators. */
  env: Record<string, string>;
  dynamoPid: number;
  razorpay: RazorpaySimulator;
  stepFunctions: LocalStepFunctions;
  stop(): Promise<void>;
}

const handlerCache = new Map<string, Promise<(event: unknown, context: unknown) => Promise<never>>>();
const importHandler = (entry: string) => {
  let loaded = handlerCache.get(entry);
  if (!loaded) {
    loaded = import(join(ROOT, entry)).then((m) => m.handler);
    handlerCache.set(entry, loaded);
  }
  return loaded;
};

export async function startTwin(options: TwinOptions): Promise<Twin> {
  const log = options.log ?? (() => undefined);
  const [port, managementPort, dynamoPort, s3Port, sesPort, cognitoPort, razorpayPort, sfnPort] =
    await Promise.all([
      options.port ? Promise.resolve(options.port) : freePort(),
      freePort(),
      freePort(),
      freePort(),
      freePort(),
      freePort(),
      freePort(),
      freePort(),
    ]);
  const url = `http://127.0.0.1:${port}`;
  mkdirSync(options.dataDir, { recursive: true });
  const stage = 'local';
  const table = tableName(stage);
  const bucket = `chikitsa360-${stage}-recordings`;
  const emailFrom = 'Chikitsa360 <care@chikitsa360.local>';

  const stops: (() => Promise<void>)[] = [];
  const stopAll = async () => {
    for (const stop of stops.reverse()) await stop().catch((e) => log(`[twin] stop failed: ${e}`));
    stops.length = 0;
  };

  try {
    // SES first (Cognito delivers its codes through it); then everything else at once.
    const ses = await startSes({ port: sesPort });
    stops.push(ses.stop);
    const [dynamo, s3, cognito] = await Promise.all([
      startDynamoDbLocal({
        port: dynamoPort,
        dataDir: options.persistent ? join(options.dataDir, 'dynamodb') : undefined,
      }),
      startS3({ port: s3Port, dir: join(options.dataDir, 's3'), bucket, siteOrigin: url }),
      startCognito({
        port: cognitoPort,
        dir: join(options.dataDir, 'cognito'),
        sesEndpoint: ses.endpoint,
        emailFrom,
        loadTriggerHandler: async () => {
          const handler = await importHandler(workerEntries.cognitoTriggers);
          return (event: unknown) => handler(event, {});
        },
      }),
    ]);
    stops.push(dynamo.stop, s3.stop, cognito.stop);
    const razorpay = await startRazorpaySimulator({ port: razorpayPort, appOrigin: url });
    stops.push(razorpay.stop);
    const stepFunctions = await startStepFunctions({
      port: sfnPort,
      root: ROOT,
      loadSteps: () => importHandler(workerEntries.transcriptionSteps) as never,
      retryScale: options.pipelineRetryScale,
    });
    stops.push(stepFunctions.stop);

    const env: Record<string, string> = {
      STAGE: stage,
      AWS_REGION: 'ap-south-1',
      // s3rver only accepts its own key pair; the other emulators accept anything.
      AWS_ACCESS_KEY_ID: 'S3RVER',
      AWS_SECRET_ACCESS_KEY: 'S3RVER',
      APP_ORIGIN: url,
      TABLE_NAME: table,
      RECORDINGS_BUCKET: bucket,
      EMAIL_FROM: emailFrom,
      USER_POOL_ID: cognito.userPoolId,
      USER_POOL_CLIENT_ID: cognito.clientId,
      JWT_ISSUER: cognito.issuer,
      JWKS_URI: cognito.jwksUri,
      DYNAMODB_ENDPOINT: dynamo.endpoint,
      S3_ENDPOINT: s3.endpoint,
      SES_ENDPOINT: ses.endpoint,
      COGNITO_ENDPOINT: cognito.endpoint,
      WS_MANAGEMENT_ENDPOINT: `http://127.0.0.1:${managementPort}`,
      SFN_ENDPOINT: stepFunctions.endpoint,
      STATE_MACHINE_ARN: stepFunctions.stateMachineArn,
      PAYMENT_PROVIDER: 'simulated',
      RAZORPAY_API_BASE: razorpay.url,
      RAZORPAY_KEY_ID: razorpay.keyId,
      RAZORPAY_KEY_SECRET: razorpay.keySecret,
      RAZORPAY_WEBHOOK_SECRET: razorpay.webhookSecret,
      VIDEO_PROVIDER: 'p2p',
      TRANSCRIBER: process.env.DEEPGRAM_API_KEY ? 'deepgram' : 'offline',
      ...options.env,
    };
    // The handlers run in this process and read their configuration from the environment.
    Object.assign(process.env, env);
    await ensureTable(dynamo.endpoint, table);

    // S3 → the starter, exactly as the bucket notification is filtered in the cloud.
    s3.server.on('event', (event: { Records: { eventName: string; s3: { object: { key: string } } }[] }) => {
      const record = event.Records[0];
      if (!record?.eventName.startsWith('ObjectCreated')) return;
      const key = decodeURIComponent(record.s3.object.key);
      if (!key.startsWith(recordingTrigger.prefix) || !key.endsWith(recordingTrigger.suffix)) return;
      importHandler(workerEntries.recordingStarter)
        .then((start) => start(event, lambdaContext('chikitsa360-recording-starter')))
        .catch((error) => log(`[twin] recording starter failed: ${(error as Error).message}`));
    });

    const loadHandler: LoadContextHandler = (context: ContextName) => importHandler(contextEntry(context));
    const gateway = await startGateway({
      port,
      managementPort,
      webDist: join(ROOT, 'web/dist'),
      loadHandler,
      log,
    });
    stops.push(gateway.stop);

    if (options.seed) {
      const seeded = await seedDemoData();
      log(
        `[twin] seed: ${seeded.seededPeople ? 'people and content created' : 'people and content already there'}, ${seeded.slotsCreated} slots added`,
      );
    }

    const sweepEvery = options.sweeperIntervalMs ?? 60_000;
    if (sweepEvery > 0) {
      const timer = setInterval(() => {
        importHandler(workerEntries.sweeper)
          .then((sweep) => sweep({}, lambdaContext('chikitsa360-sweeper')))
          .catch((error) => log(`[twin] sweeper failed: ${(error as Error).message}`));
      }, sweepEvery);
      timer.unref();
      stops.push(async () => clearInterval(timer));
    }

    return {
      url,
      mailboxUrl: ses.endpoint,
      env,
      dynamoPid: dynamo.pid,
      razorpay,
      stepFunctions,
      stop: stopAll,
    };
  } catch (error) {
    await stopAll();
    throw error;
  }
}
