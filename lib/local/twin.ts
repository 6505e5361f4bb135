/**
 * The local twin: every AWS service Chikitsa360 uses, emulated on this machine, with the real handlers
 * behind one port. Used by `npm run dev`, the integration and browser tests, and the benchmarks.
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import type { Server } from 'node:http';
import { join, resolve } from 'node:path';
import { type ContextName, documentsPrefix, recordingTrigger } from '../../functions/contract/routes.ts';
import { contextEntry, workerEntries } from '../functions.ts';
import { tableName } from '../table.ts';
import { startCognito } from './cognito.ts';
import { type DynamoDbLocal, ensureTable, startDynamoDbLocal } from './dynamodb.ts';
import { type Failure, type FaultProxy, type Slowdown, startFaultProxy } from './fault-proxy.ts';
import { type LoadContextHandler, startGateway } from './gateway.ts';
import { lambdaContext } from './lambda-context.ts';
import { freePort } from './ports.ts';
import { type RazorpaySimulator, startRazorpaySimulator } from './razorpay-sim.ts';
import { type S3Emulator, startS3 } from './s3.ts';
import { type LocalScheduler, startScheduler } from './scheduler.ts';
import { demoAdminTotpSecret, seedDemoData } from './seed.ts';
import { type SesEmulator, startSes } from './ses.ts';
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
  /**
   * How often the local scheduler fires due reminder schedules on the real clock; 0 turns that off
   * (tests move its clock instead: POST {SCHEDULER_ENDPOINT}/_twin/advance).
   */
  schedulerTickMs?: number;
  /** Route the handlers' DynamoDB traffic through a proxy that `faults.slowDynamo` can slow down. */
  faultProxy?: boolean;
  log?: (line: string) => void;
}

/**
 * Fault injection for resilience tests: take one dependency away (or slow it down) while the gateway
 * and the handlers, with their cached clients, keep running. Each restart reuses the same port (and
 * data directory), as a restarted service behind the same endpoint would.
 */
export interface TwinFaults {
  /** SIGKILLs DynamoDB Local's JVM, as a crash would. Its data survives only when `persistent`. */
  killDynamo(): Promise<void>;
  startDynamo(): Promise<void>;
  /**
   * Delays DynamoDB's responses by `ms` (0 restores): all of them, or those `which` selects (one
   * operation, the next N times). Needs the twin started with `faultProxy`.
   */
  slowDynamo(ms: number, which?: Slowdown): void;
  /** Responses the slowed proxy is still holding back (0 once every late answer has arrived). */
  heldDynamoResponses(): number;
  /** DynamoDB operations the handlers sent at or after `at` (epoch ms), through the proxy. */
  dynamoRequestsSince(at: number): string[];
  /**
   * Fails the DynamoDB requests `which` selects (an operation whose body names, e.g., an entity) with a
   * 500 that never reaches DynamoDB, until called with null. Needs the twin started with `faultProxy`.
   */
  failDynamo(which: Failure | null): void;
  stopS3(): Promise<void>;
  startS3(): Promise<void>;
  stopSes(): Promise<void>;
  startSes(): Promise<void>;
  /**
   * Cuts a room connection at the gateway and never delivers its $disconnect (API Gateway only
   * promises $disconnect on a best-effort basis), so the room still lists a peer that is gone.
   */
  vanishConnection(connectionId: string): void;
}

export interface Twin {
  url: string;
  mailboxUrl: string;
  /** The environment the handlers run with; tests reuse it to reach the same emulators. */
  env: Record<string, string>;
  dynamoPid: number;
  razorpay: RazorpaySimulator;
  stepFunctions: LocalStepFunctions;
  scheduler: LocalScheduler;
  faults: TwinFaults;
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
  const [
    port,
    managementPort,
    dynamoPort,
    s3Port,
    sesPort,
    cognitoPort,
    razorpayPort,
    sfnPort,
    proxyPort,
    schedulerPort,
  ] = await Promise.all([
    options.port ? Promise.resolve(options.port) : freePort(),
    freePort(),
    freePort(),
    freePort(),
    freePort(),
    freePort(),
    freePort(),
    freePort(),
    options.faultProxy ? freePort() : Promise.resolve(0),
    freePort(),
  ]);
  const url = `http://127.0.0.1:${port}`;
  mkdirSync(options.dataDir, { recursive: true });
  const stage = 'local';
  const table = tableName(stage);
  const bucket = `chikitsa360-${stage}-recordings`;
  const documentsBucket = `chikitsa360-${stage}-documents`;
  const mediaBucket = `chikitsa360-${stage}-media`;
  const emailFrom = 'Chikitsa360 <care@chikitsa360.local>';

  const stops: (() => Promise<void>)[] = [];
  const stopAll = async () => {
    for (const stop of stops.reverse()) await stop().catch((e) => log(`[twin] stop failed: ${e}`));
    stops.length = 0;
  };

  try {
    // SES first (Cognito delivers its codes through it); then everything else at once. The emulators
    // that fault tests restart are held in variables and stopped through them.
    let ses: SesEmulator | null = await startSes({ port: sesPort });
    const sesEndpoint = ses.endpoint;
    stops.push(async () => ses?.stop());
    const dynamoOptions = {
      port: dynamoPort,
      dataDir: options.persistent ? join(options.dataDir, 'dynamodb') : undefined,
    };
    const s3Options = {
      port: s3Port,
      dir: join(options.dataDir, 's3'),
      buckets: [bucket, documentsBucket, mediaBucket],
      siteOrigin: url,
    };
    const [firstDynamo, firstS3, cognito] = await Promise.all([
      startDynamoDbLocal(dynamoOptions),
      startS3(s3Options),
      startCognito({
        port: cognitoPort,
        dir: join(options.dataDir, 'cognito'),
        sesEndpoint: ses.endpoint,
        emailFrom,
        log,
        loadTriggerHandler: async () => {
          const handler = await importHandler(workerEntries.cognitoTriggers);
          return (event: unknown) => handler(event, {});
        },
      }),
    ]);
    let dynamo: DynamoDbLocal | null = firstDynamo;
    let s3: S3Emulator | null = firstS3;
    stops.push(
      async () => dynamo?.stop(),
      async () => s3?.stop(),
      cognito.stop,
    );
    let proxy: FaultProxy | null = null;
    if (options.faultProxy) {
      proxy = await startFaultProxy({ port: proxyPort, target: dynamoPort });
      stops.push(proxy.stop);
    }
    const razorpay = await startRazorpaySimulator({ port: razorpayPort, appOrigin: url });
    stops.push(razorpay.stop);
    const stepFunctions = await startStepFunctions({
      port: sfnPort,
      root: ROOT,
      loadSteps: () => importHandler(workerEntries.transcriptionSteps) as never,
      retryScale: options.pipelineRetryScale,
    });
    stops.push(stepFunctions.stop);
    // EventBridge Scheduler: reminder schedules invoke the reminders worker, by its ARN as in the cloud.
    const reminderGroup = `chikitsa360-${stage}-reminders`;
    const remindersArn = 'arn:aws:lambda:ap-south-1:000000000000:function:chikitsa360-local-reminders';
    const scheduler = await startScheduler({
      port: schedulerPort,
      groups: [reminderGroup],
      targets: {
        [remindersArn]: async () => {
          const run = await importHandler(workerEntries.reminders);
          return (event: unknown) => run(event, lambdaContext('chikitsa360-local-reminders'));
        },
      },
      tickMs: options.schedulerTickMs ?? 1000,
      log,
    });
    stops.push(scheduler.stop);

    // What CloudFront adds to every API request in the cloud; this twin's gateway plays CloudFront.
    const originVerify = options.env?.ORIGIN_VERIFY ?? randomBytes(24).toString('base64url');
    const env: Record<string, string> = {
      STAGE: stage,
      AWS_REGION: 'ap-south-1',
      // s3rver only accepts its own key pair; the other emulators accept anything.
      AWS_ACCESS_KEY_ID: 'S3RVER',
      AWS_SECRET_ACCESS_KEY: 'S3RVER',
      APP_ORIGIN: url,
      TABLE_NAME: table,
      RECORDINGS_BUCKET: bucket,
      DOCUMENTS_BUCKET: documentsBucket,
      MEDIA_BUCKET: mediaBucket,
      EMAIL_FROM: emailFrom,
      USER_POOL_ID: cognito.userPoolId,
      USER_POOL_CLIENT_ID: cognito.clientId,
      JWT_ISSUER: cognito.issuer,
      JWKS_URI: cognito.jwksUri,
      DYNAMODB_ENDPOINT: proxy?.endpoint ?? firstDynamo.endpoint,
      S3_ENDPOINT: firstS3.endpoint,
      SES_ENDPOINT: sesEndpoint,
      COGNITO_ENDPOINT: cognito.endpoint,
      WS_MANAGEMENT_ENDPOINT: `http://127.0.0.1:${managementPort}`,
      SFN_ENDPOINT: stepFunctions.endpoint,
      STATE_MACHINE_ARN: stepFunctions.stateMachineArn,
      SCHEDULER_ENDPOINT: scheduler.endpoint,
      REMINDER_SCHEDULE_GROUP: reminderGroup,
      REMINDER_TARGET_ARN: remindersArn,
      REMINDER_ROLE_ARN: 'arn:aws:iam::000000000000:role/chikitsa360-local-reminders-scheduler',
      PAYMENT_PROVIDER: 'simulated',
      RAZORPAY_API_BASE: razorpay.url,
      RAZORPAY_KEY_ID: razorpay.keyId,
      RAZORPAY_KEY_SECRET: razorpay.keySecret,
      RAZORPAY_WEBHOOK_SECRET: razorpay.webhookSecret,
      VIDEO_PROVIDER: 'p2p',
      TRANSCRIBER: process.env.DEEPGRAM_API_KEY ? 'deepgram' : 'offline',
      // What CloudFront adds in the cloud; the gateway adds it here (functions/core/origin-verify.ts).
      ORIGIN_VERIFY: originVerify,
      ...options.env,
    };
    // The handlers run in this process and read their configuration from the environment.
    Object.assign(process.env, env);
    await ensureTable(firstDynamo.endpoint, table);

    // S3 → the recording starter and the document checker, exactly as the bucket notifications are
    // filtered in the cloud.
    type S3Notice = {
      Records: { eventName: string; s3: { bucket: { name: string }; object: { key: string } } }[];
    };
    const notifyStarter = (emulator: S3Emulator) =>
      emulator.server.on('event', (event: S3Notice) => {
        const record = event.Records[0];
        if (!record?.eventName.startsWith('ObjectCreated')) return;
        const key = decodeURIComponent(record.s3.object.key);
        const [worker, name] =
          record.s3.bucket.name === documentsBucket
            ? key.startsWith(documentsPrefix)
              ? (['documentChecker', 'chikitsa360-document-checker'] as const)
              : []
            : key.startsWith(recordingTrigger.prefix) && key.endsWith(recordingTrigger.suffix)
              ? (['recordingStarter', 'chikitsa360-recording-starter'] as const)
              : [];
        if (!worker) return;
        importHandler(workerEntries[worker])
          .then((run) => run(event, lambdaContext(name)))
          .catch((error) => log(`[twin] ${worker} failed: ${(error as Error).message}`));
      });
    notifyStarter(firstS3);

    const loadHandler: LoadContextHandler = (context: ContextName) => importHandler(contextEntry(context));
    const gateway = await startGateway({
      port,
      managementPort,
      // CHIKITSA_WEB_DIST lets a benchmark serve its own build while another build rewrites web/dist.
      webDist: process.env.CHIKITSA_WEB_DIST ?? join(ROOT, 'web/dist'),
      loadHandler,
      log,
      originVerify,
      mediaBucketUrl: `${firstS3.endpoint}/${mediaBucket}`,
    });
    stops.push(gateway.stop);

    if (options.seed) {
      const seeded = await seedDemoData();
      // Tests compute the demo admin's sign-in codes from it; `npm run dev` prints it.
      const secret = await demoAdminTotpSecret();
      if (secret) {
        env.DEMO_ADMIN_TOTP_SECRET = secret;
        process.env.DEMO_ADMIN_TOTP_SECRET = secret;
      }
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

    const faults: TwinFaults = {
      killDynamo: async () => {
        await dynamo?.kill();
        dynamo = null;
      },
      startDynamo: async () => {
        dynamo ??= await startDynamoDbLocal(dynamoOptions);
      },
      slowDynamo: (ms, which) => {
        if (!proxy) throw new Error('Start the twin with faultProxy: true to slow DynamoDB down');
        proxy.setDelay(ms, which);
      },
      heldDynamoResponses: () => proxy?.held() ?? 0,
      dynamoRequestsSince: (at) => proxy?.requestsSince(at) ?? [],
      failDynamo: (which) => {
        if (!proxy) throw new Error('Start the twin with faultProxy: true to fail DynamoDB requests');
        proxy.setFailure(which);
      },
      stopS3: async () => {
        // Down means down: drop the SDK's kept-alive connections too instead of waiting for them.
        (s3?.server as unknown as { httpServer?: Server } | undefined)?.httpServer?.closeAllConnections();
        await s3?.stop();
        s3 = null;
      },
      startS3: async () => {
        if (s3) return;
        s3 = await startS3(s3Options);
        notifyStarter(s3);
      },
      stopSes: async () => {
        await ses?.stop();
        ses = null;
      },
      startSes: async () => {
        ses ??= await startSes({ port: sesPort });
      },
      vanishConnection: (connectionId) => gateway.vanish(connectionId),
    };

    return {
      url,
      mailboxUrl: sesEndpoint,
      env,
      dynamoPid: firstDynamo.pid,
      razorpay,
      stepFunctions,
      scheduler,
      faults,
      stop: stopAll,
    };
  } catch (error) {
    await stopAll();
    throw error;
  }
}
