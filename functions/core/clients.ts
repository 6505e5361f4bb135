/**
 * AWS clients, created once per process on first use (a function that never sends email never pays
 * for the SES client's construction). Only the endpoints differ between the cloud and the local twin.
 */
import { ApiGatewayManagementApiClient } from '@aws-sdk/client-apigatewaymanagementapi';
import { CognitoIdentityProviderClient } from '@aws-sdk/client-cognito-identity-provider';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { S3Client } from '@aws-sdk/client-s3';
import { SESv2Client } from '@aws-sdk/client-sesv2';
import { SFNClient } from '@aws-sdk/client-sfn';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
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

export const dynamo = once(
  () =>
    new DynamoDBClient({
      ...base(),
      endpoint: config().DYNAMODB_ENDPOINT,
      // A dead endpoint must surface as a 503 quickly, not after the SDK's default minutes.
      requestHandler: { connectionTimeout: 2000, requestTimeout: 5000 },
    }),
);

export const documentClient = once(() =>
  DynamoDBDocumentClient.from(dynamo(), { marshallOptions: { removeUndefinedValues: true } }),
);

export const s3 = once(
  () =>
    new S3Client({
      ...base(),
      endpoint: config().S3_ENDPOINT,
      forcePathStyle: Boolean(config().S3_ENDPOINT),
      // The S3 emulator stores aws-chunked framing verbatim unless checksums are only sent when required.
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
      requestHandler: { connectionTimeout: 2000, requestTimeout: 10000 },
    }),
);

export const ses = once(
  () =>
    new SESv2Client({
      ...base(),
      endpoint: config().SES_ENDPOINT,
      requestHandler: { connectionTimeout: 2000, requestTimeout: 5000 },
    }),
);

export const cognito = once(
  () =>
    new CognitoIdentityProviderClient({
      ...base(),
      endpoint: config().COGNITO_ENDPOINT,
      requestHandler: { connectionTimeout: 2000, requestTimeout: 5000 },
    }),
);

export const sfn = once(() => new SFNClient({ ...base(), endpoint: config().SFN_ENDPOINT }));

export const wsManagement = once(
  () =>
    new ApiGatewayManagementApiClient({
      ...base(),
      endpoint: config().WS_MANAGEMENT_ENDPOINT,
      // One retry on a timeout: a chat message that was stored should still reach the other party.
      // (A GoneException is not retryable, so a dead peer costs one call.)
      maxAttempts: 2,
      requestHandler: { connectionTimeout: 2000, requestTimeout: 5000 },
    }),
);
