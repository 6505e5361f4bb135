/**
 * Grants written out by hand where CDK's helpers grant more than we need, and the one place where
 * wildcard permissions are allowed to live.
 */
import { type CfnElement, Stack, Token, Validations } from 'aws-cdk-lib';
import type * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as iam from 'aws-cdk-lib/aws-iam';
import type * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import type { Construct, IConstruct } from 'constructs';
import { tableShape } from '../table.ts';

/** Every access pattern is a Query or GetItem (DESIGN §3), so nobody gets Scan. */
const tableReadActions = [
  'dynamodb:GetItem',
  'dynamodb:BatchGetItem',
  'dynamodb:Query',
  'dynamodb:ConditionCheckItem',
  'dynamodb:DescribeTable',
];
/** TransactWriteItems is authorised per item against these. */
const tableWriteActions = [
  'dynamodb:PutItem',
  'dynamodb:UpdateItem',
  'dynamodb:DeleteItem',
  'dynamodb:BatchWriteItem',
];
/** The key actions CDK's own DynamoDB grants use for a customer-managed key. */
const keyReadActions = ['kms:Decrypt', 'kms:DescribeKey'];
const keyWriteActions = ['kms:Encrypt', 'kms:ReEncrypt*', 'kms:GenerateDataKey*'];

export type TableAccess = 'read' | 'write' | 'readWrite';

/**
 * Like `table.grantReadWriteData`, but with the indexes named instead of `index/*`, without Scan, and
 * with the table's key usable only through DynamoDB (the same key also encrypts the recordings).
 */
export function grantTableAccess(role: iam.IRole, table: dynamodb.ITable, access: TableAccess): void {
  const key = table.encryptionKey;
  if (!key) throw new Error('The table is expected to use a customer-managed KMS key');
  const reads = access !== 'write';
  const writes = access !== 'read';

  if (reads) {
    role.addToPrincipalPolicy(
      new iam.PolicyStatement({
        actions: tableReadActions,
        resources: [
          table.tableArn,
          ...tableShape.globalSecondaryIndexes.map((index) => `${table.tableArn}/index/${index.indexName}`),
        ],
      }),
    );
  }
  if (writes) {
    role.addToPrincipalPolicy(
      new iam.PolicyStatement({ actions: tableWriteActions, resources: [table.tableArn] }),
    );
  }
  role.addToPrincipalPolicy(
    new iam.PolicyStatement({
      actions: [...keyReadActions, ...(writes ? keyWriteActions : [])],
      resources: [key.keyArn],
      conditions: { StringEquals: { 'kms:ViaService': `dynamodb.${Stack.of(role).region}.amazonaws.com` } },
    }),
  );
  if (writes) {
    Validations.of(role).acknowledge(
      ...[
        'AwsSolutions::AwsSolutions-IAM5[Action::kms:ReEncrypt*]',
        'AwsSolutions::AwsSolutions-IAM5[Action::kms:GenerateDataKey*]',
      ].map((id) => ({
        id,
        reason:
          'The action families DynamoDB needs to write a table under a customer-managed key, on that one key and only via DynamoDB.',
      })),
    );
  }
}

/** Reading the provider secrets; their key may decrypt only through Secrets Manager. */
export function grantSecretRead(role: iam.IRole, secret: secretsmanager.ISecret): void {
  role.addToPrincipalPolicy(
    new iam.PolicyStatement({ actions: ['secretsmanager:GetSecretValue'], resources: [secret.secretArn] }),
  );
  if (!secret.encryptionKey) return;
  role.addToPrincipalPolicy(
    new iam.PolicyStatement({
      actions: ['kms:Decrypt'],
      resources: [secret.encryptionKey.keyArn],
      conditions: {
        StringEquals: { 'kms:ViaService': `secretsmanager.${Stack.of(role).region}.amazonaws.com` },
      },
    }),
  );
}

/** SES v2 SendEmail, only from the stage's sender domain identity. */
export function grantSendEmail(role: iam.IRole, senderDomain: string): void {
  role.addToPrincipalPolicy(
    new iam.PolicyStatement({
      actions: ['ses:SendEmail'],
      resources: [
        Stack.of(role).formatArn({ service: 'ses', resource: 'identity', resourceName: senderDomain }),
      ],
    }),
  );
}

/**
 * Statements that cannot name their resources exactly go into their own policy, and each of its
 * wildcard findings is acknowledged by its exact cdk-nag id, so an accidental wildcard anywhere else in the
 * role still fails synth.
 */
export function wildcardPolicy(
  scope: Construct,
  id: string,
  props: { role: iam.IRole; statements: iam.PolicyStatement[]; findings: string[]; reason: string },
): iam.Policy {
  const policy = new iam.Policy(scope, id, { roles: [props.role], statements: props.statements });
  Validations.of(policy).acknowledge(
    ...props.findings.map((finding) => ({ id: finding, reason: props.reason })),
  );
  return policy;
}

/** How cdk-nag prints the account in a resource of a finding id. */
export function nagAccount(stack: Stack): string {
  return Token.isUnresolved(stack.account) ? '<AWS::AccountId>' : stack.account;
}

/** How cdk-nag prints a reference to a resource of the same stack in a finding id: `<LogicalId>`. */
export function nagRef(construct: IConstruct): string {
  const stack = Stack.of(construct);
  return `<${stack.resolve(stack.getLogicalId(construct.node.defaultChild as CfnElement))}>`;
}
