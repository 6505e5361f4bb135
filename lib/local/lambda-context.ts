import { randomUUID } from 'node:crypto';
import type { Context } from 'aws-lambda';

/** The functions' timeout, as lib/stacks/node-function.ts deploys them. */
export const FUNCTION_TIMEOUT_MS = 10_000;

/** Enough of the Lambda context object for our handlers (and middy) to run in-process. */
export function lambdaContext(functionName: string, timeoutMs = FUNCTION_TIMEOUT_MS): Context {
  const deadline = Date.now() + timeoutMs;
  return {
    awsRequestId: randomUUID(),
    functionName,
    functionVersion: '$LATEST',
    invokedFunctionArn: `arn:aws:lambda:ap-south-1:000000000000:function:${functionName}`,
    memoryLimitInMB: '512',
    logGroupName: `/aws/lambda/${functionName}`,
    logStreamName: 'local',
    callbackWaitsForEmptyEventLoop: false,
    getRemainingTimeInMillis: () => Math.max(0, deadline - Date.now()),
    done: () => undefined,
    fail: () => undefined,
    succeed: () => undefined,
  };
}
