/**
 * Applies the least-privilege table (access.ts) to a function: its IAM statements, the environment
 * variables that name what it was granted (SECRETS_ID, STATE_MACHINE_ARN, WS_MANAGEMENT_ENDPOINT), and
 * its concurrency. Also the one place where wildcard
 * permissions are allowed to live, each acknowledged by its exact cdk-nag finding id.
 */
import { type CfnElement, Stack, Token, Validations } from 'aws-cdk-lib';
import type * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as iam from 'aws-cdk-lib/aws-iam';
import type * as kms from 'aws-cdk-lib/aws-kms';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import type * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import type { Construct, IConstruct } from 'constructs';
import {
  documentObjects,
  type FunctionAccess,
  type FunctionName,
  functionAccess,
  mediaObjects,
  type Provider,
  recordingObjects,
  type TableAction,
} from './access.ts';

/** The key actions CDK's own DynamoDB grants use for a customer-managed key. */
const tableKeyReadActions = ['kms:Decrypt', 'kms:DescribeKey'];
const tableKeyWriteActions = ['kms:Encrypt', 'kms:ReEncrypt*', 'kms:GenerateDataKey*'];
const tableWriteActions: readonly TableAction[] = [
  'PutItem',
  'UpdateItem',
  'DeleteItem',
  'BatchWriteItem',
  'ConditionCheckItem',
];

/** What a function's grants point at; each stack passes what it has (a missing one fails synth). */
export interface AccessResources {
  readonly table: dynamodb.ITable;
  readonly recordings?: {
    readonly bucketName: string;
    /** Encrypts the bucket (SSE-KMS): uploads and downloads use it through S3. */
    readonly key: kms.IKey;
  };
  readonly documents?: { readonly bucketName: string; readonly key: kms.IKey };
  /** The media bucket (SSE-S3: no key to grant). */
  readonly media?: { readonly bucketName: string };
  /** The provider secrets that exist in this stage (see providersInUse). */
  readonly secrets?: Partial<Record<Provider, secretsmanager.ISecret>>;
  readonly senderDomain?: string;
  readonly userPoolArn?: string;
  readonly transcription?: { readonly stateMachineArn: string; readonly encryptionKey: kms.IKey };
  /** arn:…:execute-api:…:<api>/<stage>/* /@connections/* of the WebSocket stage. */
  readonly connectionsArn?: string;
  /** The WebSocket stage's management endpoint (its callback URL), for WS_MANAGEMENT_ENDPOINT. */
  readonly connectionsEndpoint?: string;
  /**
   * Reminder schedules: their group, the reminders worker they invoke and the role Scheduler assumes
   * to invoke it (only that worker).
   */
  readonly reminders?: { readonly groupName: string; readonly targetArn: string; readonly roleArn: string };
}

/**
 * Grants `name`'s row of the table to `fn` (in a policy of its own, so the grants never become a
 * dependency of the function: the Cognito triggers' pool names the function and the function's grant
 * names the pool), sets SECRETS_ID, STATE_MACHINE_ARN and WS_MANAGEMENT_ENDPOINT where it was granted
 * those, and its concurrency.
 */
export function applyFunctionAccess(
  scope: Construct,
  name: FunctionName,
  fn: lambda.Function,
  resources: AccessResources,
): void {
  const access: FunctionAccess = functionAccess[name];
  const role = fn.role;
  if (!role) throw new Error(`${name} has no role`);
  const id = fn.node.id;
  const stack = Stack.of(scope);
  const statements: iam.PolicyStatement[] = [];
  const wildcard = (suffix: string, statement: iam.PolicyStatement[], reason: string) =>
    wildcardPolicy(scope, `${id}${suffix}`, { role, statements: statement, reason });

  if (access.table) {
    const table = tableStatements(stack, resources.table, access.table);
    statements.push(...table.onTable);
    wildcard(
      'TableKeyPolicy',
      [table.key],
      'The key action families DynamoDB uses for a table under a customer-managed key, on that one key and only via DynamoDB.',
    );
  }

  const needs = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`${name} needs ${what}, which its stack did not pass`);
    return value;
  };

  if (access.recordings) {
    const bucket = needs(resources.recordings, 'the recordings bucket');
    const objects = access.recordings.objects.map((pattern) =>
      objectArn(bucket.bucketName, recordingObjects[pattern]),
    );
    const reads = access.recordings.actions.includes('s3:GetObject');
    const writes = access.recordings.actions.includes('s3:PutObject');
    wildcard(
      'RecordingsPolicy',
      [
        new iam.PolicyStatement({ actions: [...access.recordings.actions], resources: objects }),
        ...(access.recordings.list
          ? [
              new iam.PolicyStatement({
                actions: ['s3:ListBucket'],
                resources: [bucketArn(bucket.bucketName)],
                conditions: { StringLike: { 's3:prefix': recordingObjects.everything } },
              }),
            ]
          : []),
        new iam.PolicyStatement({
          actions: [...(reads ? ['kms:Decrypt'] : []), ...(writes ? ['kms:GenerateDataKey'] : [])],
          resources: [bucket.key.keyArn],
          conditions: { StringEquals: { 'kms:ViaService': `s3.${stack.region}.amazonaws.com` } },
        }),
      ],
      `Recording object keys are made per appointment and recording at runtime; the grant stops at ${access.recordings.objects.map((p) => recordingObjects[p]).join(' and ')}.`,
    );
  }

  if (access.documents) {
    const bucket = needs(resources.documents, 'the documents bucket');
    const reads = access.documents.actions.includes('s3:GetObject');
    const writes = access.documents.actions.includes('s3:PutObject');
    wildcard(
      'DocumentsPolicy',
      [
        new iam.PolicyStatement({
          actions: [...access.documents.actions],
          resources: [objectArn(bucket.bucketName, documentObjects)],
        }),
        // Deleting an object needs no key: a function that only deletes gets no KMS statement.
        ...(reads || writes
          ? [
              new iam.PolicyStatement({
                actions: [...(reads ? ['kms:Decrypt'] : []), ...(writes ? ['kms:GenerateDataKey'] : [])],
                resources: [bucket.key.keyArn],
                conditions: { StringEquals: { 'kms:ViaService': `s3.${stack.region}.amazonaws.com` } },
              }),
            ]
          : []),
      ],
      `Document object keys are made per appointment or doctor and document at runtime; the grant stops at ${documentObjects}.`,
    );
  }

  if (access.media) {
    const bucket = needs(resources.media, 'the media bucket');
    wildcard(
      'MediaPolicy',
      [
        new iam.PolicyStatement({
          actions: [...access.media.actions],
          resources: mediaObjects.map((pattern) => objectArn(bucket.bucketName, pattern)),
        }),
      ],
      `Photo keys are made per doctor and upload at runtime; the grant stops at ${mediaObjects.join(' and ')}.`,
    );
  }

  if (access.probesRecordingsBucket) {
    // HeadBucket is authorised as ListBucket; no object in the bucket becomes readable.
    statements.push(
      new iam.PolicyStatement({
        actions: ['s3:ListBucket'],
        resources: [bucketArn(needs(resources.recordings, 'the recordings bucket').bucketName)],
      }),
    );
  }

  if (access.secret) {
    const secret = needs(resources.secrets, 'the provider secrets')[access.secret.provider];
    // No secret in this stage means the provider is not in use here, so neither is the grant.
    if (secret) {
      statements.push(
        new iam.PolicyStatement({
          actions: ['secretsmanager:GetSecretValue'],
          resources: [secret.secretArn],
        }),
      );
      if (secret.encryptionKey) {
        statements.push(
          new iam.PolicyStatement({
            actions: ['kms:Decrypt'],
            resources: [secret.encryptionKey.keyArn],
            conditions: {
              StringEquals: { 'kms:ViaService': `secretsmanager.${stack.region}.amazonaws.com` },
            },
          }),
        );
      }
      fn.addEnvironment('SECRETS_ID', secret.secretArn);
    }
  }

  if (access.sendsEmail) {
    statements.push(
      new iam.PolicyStatement({
        actions: ['ses:SendEmail'],
        resources: [
          stack.formatArn({
            service: 'ses',
            resource: 'identity',
            resourceName: needs(resources.senderDomain, 'the sender domain'),
          }),
        ],
      }),
    );
  }

  if (access.readsSesAccount) {
    wildcard(
      'SesAccountPolicy',
      [new iam.PolicyStatement({ actions: ['ses:GetAccount'], resources: ['*'] })],
      'SES GetAccount (is sending enabled?) is an account-level call with no resource to name.',
    );
  }

  if (access.userPool) {
    const userPoolArn = needs(resources.userPoolArn, 'the user pool');
    statements.push(
      new iam.PolicyStatement({ actions: [...access.userPool.actions], resources: [userPoolArn] }),
    );
  }

  if (access.startsTranscriptions) {
    const { stateMachineArn, encryptionKey } = needs(resources.transcription, 'the state machine');
    statements.push(
      new iam.PolicyStatement({ actions: ['states:StartExecution'], resources: [stateMachineArn] }),
      // The state machine encrypts execution data with its own key: starting one encrypts the input.
      new iam.PolicyStatement({
        actions: ['kms:GenerateDataKey', 'kms:Decrypt'],
        resources: [encryptionKey.keyArn],
        conditions: { StringEquals: { 'kms:EncryptionContext:aws:states:stateMachineArn': stateMachineArn } },
      }),
    );
    fn.addEnvironment('STATE_MACHINE_ARN', stateMachineArn);
  }

  if (access.reminderSchedules) {
    const reminders = needs(resources.reminders, 'the reminder schedule group');
    const creates = access.reminderSchedules.actions.some((a) => a !== 'scheduler:DeleteSchedule');
    wildcard(
      'ReminderSchedulesPolicy',
      [
        new iam.PolicyStatement({
          actions: [...access.reminderSchedules.actions],
          resources: [
            stack.formatArn({
              service: 'scheduler',
              resource: 'schedule',
              resourceName: `${reminders.groupName}/*`,
            }),
          ],
        }),
      ],
      'Schedules are named per appointment and offset at runtime; the grant stops at the reminder group.',
    );
    fn.addEnvironment('REMINDER_SCHEDULE_GROUP', reminders.groupName);
    if (creates) {
      // Scheduler invokes the worker with this role; passing it is what lets a schedule name it.
      statements.push(
        new iam.PolicyStatement({
          actions: ['iam:PassRole'],
          resources: [reminders.roleArn],
          conditions: { StringEquals: { 'iam:PassedToService': 'scheduler.amazonaws.com' } },
        }),
      );
      fn.addEnvironment('REMINDER_TARGET_ARN', reminders.targetArn);
      fn.addEnvironment('REMINDER_ROLE_ARN', reminders.roleArn);
    }
  }

  if (access.sendsSms) {
    wildcard(
      'SmsPolicy',
      [new iam.PolicyStatement({ actions: ['sns:Publish'], resources: ['*'] })],
      'SMS is published straight to a phone number: there is no topic, so IAM has no resource to name.',
    );
  }

  if (access.postsToConnections) {
    const connectionsArn = needs(resources.connectionsArn, 'the WebSocket stage');
    wildcard(
      'ConnectionsPolicy',
      [
        new iam.PolicyStatement({
          actions: ['execute-api:ManageConnections'],
          resources: [connectionsArn],
        }),
      ],
      'Connection ids are created per client at runtime; the grant covers only connections of this API stage.',
    );
    fn.addEnvironment(
      'WS_MANAGEMENT_ENDPOINT',
      needs(resources.connectionsEndpoint, 'the WebSocket stage endpoint'),
    );
  }

  if (statements.length) new iam.Policy(scope, `${id}AccessPolicy`, { roles: [role], statements });

  const cfn = fn.node.defaultChild as lambda.CfnFunction;
  if ('reserved' in access.concurrency) {
    cfn.reservedConcurrentExecutions = access.concurrency.reserved;
  } else {
    Validations.of(fn).acknowledge({
      id: 'HIPAA.Security::HIPAA.Security-LambdaConcurrency',
      reason: access.concurrency.unreserved,
    });
  }
}

/** Reads on the table and the named indexes only; writes on the table; its key only through DynamoDB. */
function tableStatements(
  stack: Stack,
  table: dynamodb.ITable,
  access: NonNullable<FunctionAccess['table']>,
): { onTable: iam.PolicyStatement[]; key: iam.PolicyStatement } {
  const key = table.encryptionKey;
  if (!key) throw new Error('The table is expected to use a customer-managed KMS key');
  const writes = access.actions.some((action) => tableWriteActions.includes(action));
  const onTable = access.actions.map((action) => `dynamodb:${action}`);
  const statements = [new iam.PolicyStatement({ actions: onTable, resources: [table.tableArn] })];
  if (access.indexes.length) {
    statements.push(
      new iam.PolicyStatement({
        actions: ['dynamodb:Query'],
        resources: access.indexes.map((index) => `${table.tableArn}/index/${index}`),
      }),
    );
  }
  const keyStatement = new iam.PolicyStatement({
    actions: [...tableKeyReadActions, ...(writes ? tableKeyWriteActions : [])],
    resources: [key.keyArn],
    conditions: { StringEquals: { 'kms:ViaService': `dynamodb.${stack.region}.amazonaws.com` } },
  });
  return { onTable: statements, key: keyStatement };
}

const bucketArn = (bucketName: string) => `arn:aws:s3:::${bucketName}`;
const objectArn = (bucketName: string, pattern: string) => `${bucketArn(bucketName)}/${pattern}`;

/**
 * Statements that cannot name their resources exactly go into a policy of their own, and each wildcard
 * finding in it is acknowledged by its exact cdk-nag id (computed from the statements themselves), so an
 * accidental wildcard anywhere else in the role still fails synth.
 */
export function wildcardPolicy(
  scope: Construct,
  id: string,
  props: { role: iam.IRole; statements: iam.PolicyStatement[]; reason: string },
): iam.Policy {
  const policy = new iam.Policy(scope, id, { roles: [props.role], statements: props.statements });
  Validations.of(policy).acknowledge(
    ...wildcardFindings(Stack.of(scope), props.statements).map((finding) => ({
      id: finding,
      reason: props.reason,
    })),
  );
  return policy;
}

/** The AwsSolutions-IAM5 finding ids cdk-nag reports for these statements' wildcard actions and resources. */
export function wildcardFindings(stack: Stack, statements: iam.PolicyStatement[]): string[] {
  const findings = new Set<string>();
  for (const statement of statements) {
    const json = stack.resolve(statement.toStatementJson()) as { Action: unknown; Resource: unknown };
    for (const action of [json.Action].flat() as string[]) {
      if (action.includes('*')) findings.add(`AwsSolutions::AwsSolutions-IAM5[Action::${action}]`);
    }
    for (const resource of [json.Resource].flat()) {
      const flat = flattenCfnReference(resource);
      if (flat.includes('*')) findings.add(`AwsSolutions::AwsSolutions-IAM5[Resource::${flat}]`);
    }
  }
  return [...findings];
}

/** The AwsSolutions-IAM5 finding id of a wildcard resource (an ARN string, tokens and all). */
export function wildcardResourceFinding(stack: Stack, resource: string): string {
  return `AwsSolutions::AwsSolutions-IAM5[Resource::${flattenCfnReference(stack.resolve(resource))}]`;
}

/** How cdk-nag prints a resource in a finding id (its utils/flatten-cfn-reference, which it does not export). */
function flattenCfnReference(node: unknown): string {
  if (node === undefined) return '';
  if (typeof node === 'string') return node.replace(/\${/g, '<').replace(/}/g, '>');
  const value = node as Record<string, unknown>;
  if (value['Fn::Join']) {
    const [delimiter, items] = value['Fn::Join'] as [string, unknown[]];
    return items.map(flattenCfnReference).join(delimiter);
  }
  if (value['Fn::Sub']) return flattenCfnReference(value['Fn::Sub']);
  if (value['Fn::GetAtt']) {
    const [resource, attribute] = value['Fn::GetAtt'] as [unknown, unknown];
    return `<${flattenCfnReference(resource)}.${flattenCfnReference(attribute)}>`;
  }
  if (value['Fn::ImportValue']) return flattenCfnReference(value['Fn::ImportValue']);
  if (value.Ref) return `<${flattenCfnReference(value.Ref)}>`;
  return JSON.stringify(node);
}

/** How cdk-nag prints a reference to a resource of the same stack in a finding id: `<LogicalId>`. */
export function nagRef(construct: IConstruct): string {
  const stack = Stack.of(construct);
  return `<${stack.resolve(stack.getLogicalId(construct.node.defaultChild as CfnElement))}>`;
}

/** How cdk-nag prints the account in a finding id. */
export function nagAccount(stack: Stack): string {
  return Token.isUnresolved(stack.account) ? '<AWS::AccountId>' : stack.account;
}
