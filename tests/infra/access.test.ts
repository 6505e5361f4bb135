/**
 * The least-privilege table (lib/stacks/access.ts) against the code: every AWS call a function's bundle
 * can make is granted, and every grant has a caller. A new call without a grant, or a grant whose caller
 * is gone, fails here with the function's name, before production finds it. The synthesized policies
 * are checked against the same table in app.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { chunkKey, markerKey } from '../../functions/recordings/keys.ts';
import { contextEntry, contextsWithRoutes, workerEntries } from '../../lib/functions.ts';
import {
  type FunctionAccess,
  type FunctionName,
  functionAccess,
  providerSecretKeys,
  providers,
  recordingObjects,
} from '../../lib/stacks/access.ts';
import { type CodeAccess, codeAccess } from './code-access.ts';

const entries: [FunctionName, string][] = [
  ...contextsWithRoutes().map((context): [FunctionName, string] => [context, contextEntry(context)]),
  ...(Object.entries(workerEntries) as [FunctionName, string][]),
];

/** Cognito's public APIs (the caller proves who it is with a password, a code or a token): no IAM grant. */
const publicCognitoOperations = new Set([
  'SignUp',
  'ConfirmSignUp',
  'ResendConfirmationCode',
  'InitiateAuth',
  'RevokeToken',
  'ForgotPassword',
  'ConfirmForgotPassword',
  // Two-step sign-in: the challenge answer (with Cognito's session) and the own-account TOTP set-up
  // (with the user's access token).
  'RespondToAuthChallenge',
  'AssociateSoftwareToken',
  'VerifySoftwareToken',
  'SetUserMFAPreference',
]);

/**
 * DynamoDB commands sent through the document client itself rather than ElectroDB (one range Query of
 * an appointment's partition, functions/appointments/papers.ts): table actions, so the table's grant
 * must hold them.
 */
const rawTableOperations = new Set(['Query']);

const buckets = ['recordings', 'documents', 'media'] as const;
/** The configuration each bucket's name comes from (`config().DOCUMENTS_BUCKET`). */
const bucketVariables = { recordings: 'RECORDINGS', documents: 'DOCUMENTS', media: 'MEDIA' } as const;

/**
 * The buckets an S3 action of this function goes to: its one bucket, or, for a function granted several,
 * those whose grant holds the action and whose name its code reads (an action granted on two buckets
 * whose names the code both reads is taken as going to both: each grant then has a caller).
 */
function bucketsOf(access: FunctionAccess, code: CodeAccess, action: string): string[] {
  const granted = buckets.filter((b) => access[b]);
  if (granted.length === 1) return [granted[0]!];
  const holding = granted.filter(
    (b) =>
      ((access[b]?.actions ?? []) as readonly string[]).includes(action) &&
      code.bucketVariables.has(bucketVariables[b]),
  );
  return holding.length ? holding : [`no bucket for ${action}`];
}

/** The grants each AWS SDK operation needs, in the table's terms. */
function requiredGrants(code: CodeAccess, access: FunctionAccess): { known: Set<string>; unknown: string[] } {
  const known = new Set<string>();
  const unknown: string[] = [];
  const s3 = (action: string) => {
    for (const bucket of bucketsOf(access, code, action)) known.add(`${bucket}:${action}`);
  };
  for (const operation of code.sdkOperations) {
    if (publicCognitoOperations.has(operation)) continue;
    if (/^Admin/.test(operation)) known.add(`userPool:cognito-idp:${operation}`);
    else if (operation === 'SendEmail') known.add('sendsEmail');
    else if (operation === 'Publish') known.add('sendsSms');
    else if (/^(Create|Update|Delete)Schedule$/.test(operation))
      known.add(`reminderSchedules:scheduler:${operation}`);
    else if (operation === 'GetAccount') known.add('readsSesAccount');
    else if (operation === 'HeadBucket') known.add('probesRecordingsBucket');
    else if (operation === 'StartExecution') known.add('startsTranscriptions');
    else if (operation === 'PostToConnection' || operation === 'DeleteConnection')
      known.add('postsToConnections');
    else if (operation === 'PutObject' || operation === 'GetObject' || operation === 'DeleteObject')
      s3(`s3:${operation}`);
    else if (operation === 'HeadObject') s3('s3:GetObject');
    else if (operation === 'CopyObject') {
      // Reads the source and writes the copy, both in the function's bucket.
      s3('s3:GetObject');
      s3('s3:PutObject');
    } else if (operation === 'ListObjectsV2') known.add('recordings:list');
    else if (operation === 'GetSecretValue')
      continue; // by the secret names it reads, below
    else if (rawTableOperations.has(operation))
      continue; // a table action: the table's own test
    else unknown.push(operation);
  }
  if (code.presignedPost) s3('s3:PutObject');
  for (const name of code.secretNames) {
    const provider = providers.find((p) => providerSecretKeys[p].includes(name));
    known.add(provider ? `secret:${provider}` : `unknown secret ${name}`);
  }
  return { known, unknown };
}

function grantsOf(access: FunctionAccess): Set<string> {
  const grants = new Set<string>();
  for (const action of access.userPool?.actions ?? []) grants.add(`userPool:${action}`);
  if (access.sendsEmail) grants.add('sendsEmail');
  if (access.sendsSms) grants.add('sendsSms');
  for (const action of access.reminderSchedules?.actions ?? []) grants.add(`reminderSchedules:${action}`);
  if (access.readsSesAccount) grants.add('readsSesAccount');
  if (access.probesRecordingsBucket) grants.add('probesRecordingsBucket');
  if (access.startsTranscriptions) grants.add('startsTranscriptions');
  if (access.postsToConnections) grants.add('postsToConnections');
  for (const action of access.recordings?.actions ?? []) grants.add(`recordings:${action}`);
  if (access.recordings?.list) grants.add('recordings:list');
  for (const action of access.documents?.actions ?? []) grants.add(`documents:${action}`);
  for (const action of access.media?.actions ?? []) grants.add(`media:${action}`);
  if (access.secret) grants.add(`secret:${access.secret.provider}`);
  return grants;
}

describe.each(entries)('%s (%s)', (name, entry) => {
  const access = functionAccess[name] as FunctionAccess;
  let code: CodeAccess;
  const analysed = async () => {
    code ??= await codeAccess(entry);
    return code;
  };

  it('is granted exactly the DynamoDB actions its code uses, never Scan', async () => {
    const { tableActions } = await analysed();
    expect(tableActions.has('Scan')).toBe(false);
    expect([...tableActions].sort()).toEqual([...(access.table?.actions ?? [])].sort());
  });

  it('is granted exactly the indexes its queries use', async () => {
    const { indexes, ambiguousQueries } = await analysed();
    const granted = new Set<string>(access.table?.indexes ?? []);
    const used = new Set([...indexes].filter((index) => index !== 'table'));
    for (const query of ambiguousQueries) {
      const candidates = [...query.candidates].filter((index) => index !== 'table');
      // A query through a variable: one of the indexes its pattern could mean must be granted.
      if (candidates.length && !query.candidates.has('table')) {
        expect(
          candidates.some((index) => granted.has(index)),
          `${query.pattern} → ${candidates}`,
        ).toBe(true);
      }
      for (const index of candidates) if (granted.has(index)) used.add(index);
    }
    expect([...used].sort()).toEqual([...granted].sort());
  });

  it('is granted exactly the other AWS calls and the provider secret its code makes', async () => {
    const code = await analysed();
    const { known, unknown } = requiredGrants(code, access);
    expect(unknown, 'AWS calls the access test does not know yet: map them in requiredGrants').toEqual([]);
    expect([...known].sort()).toEqual([...grantsOf(access)].sort());
    for (const operation of code.sdkOperations)
      if (rawTableOperations.has(operation)) expect(access.table?.actions ?? []).toContain(operation);
  });

  it('says why for every grant', () => {
    const reasons = [
      access.table?.why,
      access.recordings?.why,
      access.documents?.why,
      access.media?.why,
      access.probesRecordingsBucket,
      access.secret?.why,
      access.sendsEmail,
      access.sendsSms,
      access.reminderSchedules?.why,
      access.readsSesAccount,
      access.userPool?.why,
      access.startsTranscriptions,
      access.postsToConnections,
      'reserved' in access.concurrency ? access.concurrency.why : access.concurrency.unreserved,
    ].filter((reason) => reason !== undefined);
    for (const reason of reasons) expect(reason!.length).toBeGreaterThan(30);
  });
});

describe('recording object patterns', () => {
  /** IAM wildcards: `*` any run of characters (slashes too), `?` exactly one. */
  const matches = (pattern: string, key: string) =>
    new RegExp(
      `^${pattern
        .replace(/[.+^${}()|[\]\\]/g, '\\$&')
        .replace(/\*/g, '.*')
        .replace(/\?/g, '.')}$`,
    ).test(key);
  const appointmentId = '3f6c1a2e-8b7d-4c1e-9a2b-1234567890ab';
  const recordingId = '01J9ZQ3K8V6T2M4N5P7R8S9T0V';

  it('match the keys functions/recordings/keys.ts makes, and nothing outside recordings/', () => {
    expect(matches(recordingObjects.chunks, chunkKey(appointmentId, recordingId, 0))).toBe(true);
    expect(matches(recordingObjects.chunks, chunkKey(appointmentId, recordingId, 499))).toBe(true);
    expect(matches(recordingObjects.chunks, markerKey(appointmentId, recordingId))).toBe(false);
    expect(
      matches(recordingObjects.chunks, `recordings/${appointmentId}/${recordingId}/assembled.webm`),
    ).toBe(false);
    expect(matches(recordingObjects.finalMarkers, markerKey(appointmentId, recordingId))).toBe(true);
    expect(matches(recordingObjects.finalMarkers, chunkKey(appointmentId, recordingId, 1))).toBe(false);
    for (const pattern of Object.values(recordingObjects))
      expect(matches(pattern, 'site/index.html')).toBe(false);
  });
});
