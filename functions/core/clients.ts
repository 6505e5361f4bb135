/**
 * AWS clients, created once per process on first use (a function that never sends email never pays
 * for the SES client's construction). Only the endpoints differ between the cloud and the local twin.
 *
 * Time limits: a dependency that is down or hanging must cost a request seconds, not minutes (the SDK
 * default has no timeout at all). Every client gets connectionTimeout 2 s (a connect on the same
 * network takes milliseconds; 2 s still allows one lost SYN, whose retransmit comes after 1 s), and
 * each attempt of a DynamoDB, SES, Cognito, Step Functions or management API call must be answered
 * within 5 s (they answer in milliseconds; a loaded local emulator can take a second or two). S3
 * moves large bodies, so there it is 10 s of silence on the socket instead of a total. maxAttempts
 * stays 3, so throttling, 5xx and timeouts are still retried. Attempts alone could outlast the 10 s
 * function timeout, so the HTTP stack also gives each request a deadline (`withDeadline` in
 * http.ts): it answers 503 a second before the function would time out, and no SDK attempt starts
 * after that deadline.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { ApiGatewayManagementApiClient } from '@aws-sdk/client-apigatewaymanagementapi';
import { CognitoIdentityProviderClient } from '@aws-sdk/client-cognito-identity-provider';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { S3Client } from '@aws-sdk/client-s3';
import { SchedulerClient } from '@aws-sdk/client-scheduler';
import { SESv2Client } from '@aws-sdk/client-sesv2';
import { SFNClient } from '@aws-sdk/client-sfn';
import { SNSClient } from '@aws-sdk/client-sns';
import type { DocumentClient } from 'electrodb';
// @ts-expect-error ElectroDB's own client wrapper is not part of its typed API (see electroClient).
import { DocumentClientV3Wrapper } from 'electrodb/src/client.js';
// The same package as '@aws-sdk/lib-dynamodb', under the name the bundles do not alias (see electroClient).
import * as libDynamodb from '#aws-sdk/lib-dynamodb';
import { config } from './config.ts';

// Calls to once() have no side effects, so a bundle drops every client (and its SDK package) that its
// function never uses; without the annotation esbuild keeps all of them in every function.
/* @__NO_SIDE_EFFECTS__ */
function once<T>(make: () => T): () => T {
  let value: T | undefined;
  return () => {
    value ??= make();
    return value;
  };
}

const base = () => ({ region: config().AWS_REGION, maxAttempts: 3 });

/**
 * Per attempt. Without throwOnRequestTimeout the SDK only logs a warning when requestTimeout passes
 * and keeps waiting for ever.
 */
const callTimeouts = { connectionTimeout: 2000, requestTimeout: 5000, throwOnRequestTimeout: true };

/**
 * The instant (ms since the epoch) by which the current HTTP request must be answered. Work that goes
 * on after the 503 was sent (a slow call returning late) must not start new writes: the caller was
 * told it failed. Unset outside HTTP requests (pipeline steps, the sweeper, WebSocket frames).
 */
export const requestDeadline = new AsyncLocalStorage<number>();

type Next = (args: unknown) => Promise<unknown>;
interface WithStack {
  middlewareStack: {
    add(middleware: (next: Next) => Next, options: { step: 'finalizeRequest'; name: string }): void;
  };
}

/** Refuses to start an SDK attempt (the first or a retry) once the request's deadline has passed. */
function guarded<C>(client: C): C {
  (client as unknown as WithStack).middlewareStack.add(
    (next) => async (args) => {
      const deadline = requestDeadline.getStore();
      if (deadline !== undefined && Date.now() >= deadline) {
        // AbortError: the SDK never retries it, and the HTTP stack maps it to 503.
        const error = new Error('Not sent: the request had already run out of time.');
        error.name = 'AbortError';
        throw error;
      }
      return next(args);
    },
    // finalizeRequest runs after the retry middleware, so this checks before every attempt.
    { step: 'finalizeRequest', name: 'requestDeadlineGuard' },
  );
  return client;
}

/**
 * DynamoDB calls made by this process, by operation (GetItem, Query, TransactWriteItems, …): one per
 * `send`, whatever the retries. The benchmarks read it to check calls per request against the targets;
 * the local twin runs the handlers in its own process, so its counter sees every handler's calls.
 *
 * Always on rather than behind an env flag: it is one Map increment beside a network round trip, the
 * map holds at most a dozen keys, and a flag would make the measured code path differ from the deployed
 * one (and need wiring through the twin, the tests and CDK).
 */
const dynamoCalls = new Map<string, number>();

export const dynamoCallCounter = {
  /** Calls so far, by operation name. */
  snapshot: (): Record<string, number> => Object.fromEntries(dynamoCalls),
  total: (): number => [...dynamoCalls.values()].reduce((sum, n) => sum + n, 0),
  reset: (): void => dynamoCalls.clear(),
};

export const dynamo = once(() => {
  const client = new DynamoDBClient({
    ...base(),
    endpoint: config().DYNAMODB_ENDPOINT,
    // A dead endpoint must surface as a 503 quickly, not after the SDK's default minutes. A timed-out
    // TransactWriteItems is retried with the same ClientRequestToken (the SDK fills it in once, before
    // its retry loop), so DynamoDB applies it at most once and answers the retry with that outcome.
    requestHandler: callTimeouts,
  });
  // The document client shares this stack, so ElectroDB's calls pass here too. The initialize step
  // runs once per send (retries happen later, in finalizeRequest).
  client.middlewareStack.add(
    (next, context) => (args) => {
      const name = (context.commandName ?? 'Unknown').replace(/Command$/, '');
      dynamoCalls.set(name, (dynamoCalls.get(name) ?? 0) + 1);
      return next(args);
    },
    { step: 'initialize', name: 'chikitsaDynamoCallCounter' },
  );
  return guarded(client);
});

export const documentClient = once(() =>
  libDynamodb.DynamoDBDocumentClient.from(dynamo(), { marshallOptions: { removeUndefinedValues: true } }),
);

/**
 * The client the ElectroDB entities get: ElectroDB's own wrapper around the document client, exactly
 * what ElectroDB builds when handed `documentClient()` (same class, same lib-dynamodb module), except
 * that the module comes from this import rather than from a `require('@aws-sdk/lib-dynamodb')` inside
 * ElectroDB. That require makes esbuild wrap the whole SDK in lazy initialisers: ~60 KB and ~25 ms of
 * every function's cold start. The bundles alias it to a stub (lib/bundling/electrodb-lib-dynamodb.cjs),
 * and this module imports the package as `#aws-sdk/lib-dynamodb` (package.json "imports"), a name the
 * alias leaves alone.
 */
export const electroClient = once(
  (): DocumentClient => new DocumentClientV3Wrapper(documentClient(), libDynamodb),
);

export const s3 = once(() =>
  guarded(
    new S3Client({
      ...base(),
      endpoint: config().S3_ENDPOINT,
      forcePathStyle: Boolean(config().S3_ENDPOINT),
      // The S3 emulator stores aws-chunked framing verbatim unless checksums are only sent when required.
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
      // Bodies can be large (the assembled recording): limit silence on the socket, not the whole transfer.
      requestHandler: { connectionTimeout: 2000, socketTimeout: 10_000 },
    }),
  ),
);

export const ses = once(() =>
  guarded(
    new SESv2Client({
      ...base(),
      endpoint: config().SES_ENDPOINT,
      requestHandler: callTimeouts,
    }),
  ),
);

export const cognito = once(() =>
  guarded(
    new CognitoIdentityProviderClient({
      ...base(),
      endpoint: config().COGNITO_ENDPOINT,
      requestHandler: callTimeouts,
    }),
  ),
);

export const sfn = once(() =>
  guarded(
    new SFNClient({
      ...base(),
      endpoint: config().SFN_ENDPOINT,
      requestHandler: callTimeouts,
    }),
  ),
);

export const scheduler = once(() =>
  guarded(
    new SchedulerClient({
      ...base(),
      endpoint: config().SCHEDULER_ENDPOINT,
      requestHandler: callTimeouts,
    }),
  ),
);

export const sns = once(() =>
  guarded(
    new SNSClient({
      ...base(),
      endpoint: config().SNS_ENDPOINT,
      requestHandler: callTimeouts,
    }),
  ),
);

export const wsManagement = once(
  () =>
    new ApiGatewayManagementApiClient({
      ...base(),
      endpoint: config().WS_MANAGEMENT_ENDPOINT,
      // One retry on a timeout: a chat message that was stored should still reach the other party.
      // (A GoneException is not retryable, so a dead peer costs one call.)
      maxAttempts: 2,
      requestHandler: callTimeouts,
    }),
);
