/**
 * The stateful core: the single DynamoDB table, the recordings bucket, the access-logs bucket and the KMS
 * keys that protect them. Nothing here depends on another stack, so data survives any redeploy of the
 * stacks that use it.
 */
import {
  ArnFormat,
  Aws,
  CfnOutput,
  Duration,
  SecretValue,
  Stack,
  type StackProps,
  Validations,
} from 'aws-cdk-lib';
import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as s3 from 'aws-cdk-lib/aws-s3';
import * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import type { Construct } from 'constructs';
import type { StageConfig } from '../stage-config.ts';
import { tableName, tableShape } from '../table.ts';
import { type Provider, providerSecretKeys, providersInUse } from './access.ts';
import type { LogSettings } from './node-function.ts';

/** Every recording object lives under this prefix (`recordings/<appointmentId>/…`). */
export const RECORDINGS_PREFIX = 'recordings/';

/**
 * A predictable name (bucket names are global, hence the account), so the pipeline stack can address the
 * bucket without a cross-stack reference and its IAM statements read plainly.
 */
export const recordingsBucketName = (stage: string, account: string = Aws.ACCOUNT_ID) =>
  `chikitsa360-${stage}-recordings-${account}`;

/** The documents bucket (reports, verification evidence), named like the recordings bucket. */
export const documentsBucketName = (stage: string, account: string = Aws.ACCOUNT_ID) =>
  `chikitsa360-${stage}-documents-${account}`;

/**
 * The media bucket (doctors' photos; web-stack.ts creates it beside the distribution that serves it),
 * named like the others so the API functions are granted it without a reference to the web stack.
 */
export const mediaBucketName = (stage: string, account: string = Aws.ACCOUNT_ID) =>
  `chikitsa360-${stage}-media-${account}`;

/** `chikitsa360/<stage>/<provider>`, e.g. chikitsa360/prod/razorpay. */
export const providerSecretName = (stage: string, provider: Provider) => `chikitsa360/${stage}/${provider}`;

/**
 * The value CloudFront adds to every API request and the API functions require
 * (functions/core/origin-verify.ts). Both read it by this name through a CloudFormation dynamic
 * reference, resolved at deploy time: no cross-stack export, no Secrets Manager call at run time.
 */
export const originVerifySecretName = (stage: string) => `chikitsa360/${stage}/origin-verify`;
export const originVerifyValue = (stage: string) =>
  SecretValue.secretsManager(originVerifySecretName(stage)).unsafeUnwrap();

export interface DataStackProps extends StackProps {
  readonly config: StageConfig;
}

export class DataStack extends Stack {
  readonly table: dynamodb.Table;
  readonly recordingsBucket: s3.Bucket;
  /** Reports and verification evidence (functions/documents): private, KMS-encrypted, TLS only. */
  readonly documentsBucket: s3.Bucket;
  readonly accessLogsBucket: s3.Bucket;
  /** Encrypts patient data at rest: the table and the recordings. */
  readonly dataKey: kms.Key;
  /** Settings for every log group of the stage, all encrypted with one key that CloudWatch Logs may use. */
  readonly logSettings: LogSettings;
  /**
   * One secret per third-party provider the stage uses (a JSON object of that provider's keys; see
   * functions/core/secrets.ts), so each function can be granted exactly its own provider's keys.
   */
  readonly providerSecrets: Partial<Record<Provider, secretsmanager.Secret>>;

  constructor(scope: Construct, id: string, props: DataStackProps) {
    super(scope, id, props);
    const { config } = props;

    this.dataKey = new kms.Key(this, 'DataKey', {
      description: `Chikitsa360 ${config.stage}: table, recordings and documents`,
      enableKeyRotation: true,
      removalPolicy: config.removalPolicy,
    });

    const logsKey = new kms.Key(this, 'LogsKey', {
      description: `Chikitsa360 ${config.stage}: CloudWatch log groups and the alarm topic`,
      enableKeyRotation: true,
      removalPolicy: config.removalPolicy,
    });
    // CloudWatch Logs encrypts with the key itself, so the key policy (not an IAM role) must allow it,
    // and only for log groups of this account and region.
    logsKey.addToResourcePolicy(
      new iam.PolicyStatement({
        principals: [new iam.ServicePrincipal(`logs.${this.region}.amazonaws.com`)],
        actions: ['kms:Encrypt*', 'kms:Decrypt*', 'kms:ReEncrypt*', 'kms:GenerateDataKey*', 'kms:Describe*'],
        resources: ['*'],
        conditions: {
          ArnLike: {
            'kms:EncryptionContext:aws:logs:arn': this.formatArn({
              service: 'logs',
              resource: 'log-group',
              resourceName: '*',
              arnFormat: ArnFormat.COLON_RESOURCE_NAME,
            }),
          },
        },
      }),
    );
    // CloudWatch alarms publish to the alarm topic (monitoring stack), which this key encrypts too.
    logsKey.addToResourcePolicy(
      new iam.PolicyStatement({
        principals: [new iam.ServicePrincipal('cloudwatch.amazonaws.com')],
        actions: ['kms:Decrypt', 'kms:GenerateDataKey*'],
        resources: ['*'],
        conditions: { StringEquals: { 'aws:SourceAccount': this.account } },
      }),
    );
    this.logSettings = {
      encryptionKey: logsKey,
      retention: config.logRetention,
      removalPolicy: config.removalPolicy,
    };

    this.table = this.createTable(config);
    this.accessLogsBucket = this.createAccessLogsBucket(config);
    this.recordingsBucket = this.createRecordingsBucket(config);
    this.documentsBucket = this.createDocumentsBucket(config);

    // Created empty; operators put the values (aws secretsmanager put-secret-value, docs/deploying.md),
    // which later deploys leave alone because the template's value never changes.
    const secrets: Partial<Record<Provider, secretsmanager.Secret>> = {};
    for (const provider of providersInUse(config)) {
      const secret = new secretsmanager.Secret(
        this,
        `${provider.charAt(0).toUpperCase()}${provider.slice(1)}Secret`,
        {
          secretName: providerSecretName(config.stage, provider),
          description: `${provider} API keys, as JSON with ${providerSecretKeys[provider].join(', ')}`,
          secretStringValue: SecretValue.unsafePlainText('{}'),
          encryptionKey: this.dataKey,
          removalPolicy: config.removalPolicy,
        },
      );
      Validations.of(secret).acknowledge(
        ...[
          'AwsSolutions::AwsSolutions-SMG4',
          'HIPAA.Security::HIPAA.Security-SecretsManagerRotationEnabled',
        ].map((id) => ({
          id,
          reason: `The ${provider} API keys are issued and rotated in ${provider}'s dashboard; there is nothing a rotation Lambda could call. Rotating is manual: a new key there, put-secret-value here (docs/deploying.md); functions read it at their next cold start.`,
        })),
      );
      secrets[provider] = secret;
    }
    this.providerSecrets = secrets;

    const originVerify = new secretsmanager.Secret(this, 'OriginVerifySecret', {
      secretName: originVerifySecretName(config.stage),
      description: 'The header value CloudFront adds to API requests; the API refuses requests without it',
      generateSecretString: { passwordLength: 48, excludePunctuation: true, includeSpace: false },
      encryptionKey: this.dataKey,
      removalPolicy: config.removalPolicy,
    });
    Validations.of(originVerify).acknowledge(
      ...[
        'AwsSolutions::AwsSolutions-SMG4',
        'HIPAA.Security::HIPAA.Security-SecretsManagerRotationEnabled',
      ].map((id) => ({
        id,
        reason:
          'CloudFront and the API functions take the value at deploy time (a dynamic reference), so a rotation Lambda would break every request until the next deploy. Rotate by deploying a new value (docs/deploying.md); it only keeps requests from bypassing the WAF and guards no data.',
      })),
    );

    // What operators need (docs/deploying.md: secrets, the first admin).
    new CfnOutput(this, 'TableName', { value: this.table.tableName });
    new CfnOutput(this, 'RecordingsBucketName', { value: this.recordingsBucket.bucketName });
    new CfnOutput(this, 'DocumentsBucketName', { value: this.documentsBucket.bucketName });
    for (const provider of Object.keys(secrets)) {
      new CfnOutput(this, `${provider.charAt(0).toUpperCase()}${provider.slice(1)}SecretName`, {
        description: `put-secret-value --secret-id <this> with ${providerSecretKeys[provider as Provider].join(', ')}`,
        value: providerSecretName(config.stage, provider as Provider),
      });
    }
  }

  private createTable(config: StageConfig): dynamodb.Table {
    const table = new dynamodb.Table(this, 'Table', {
      tableName: tableName(config.stage),
      partitionKey: { name: tableShape.partitionKey, type: dynamodb.AttributeType.STRING },
      sortKey: { name: tableShape.sortKey, type: dynamodb.AttributeType.STRING },
      billingMode: dynamodb.BillingMode.PAY_PER_REQUEST,
      encryption: dynamodb.TableEncryption.CUSTOMER_MANAGED,
      encryptionKey: this.dataKey,
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      timeToLiveAttribute: tableShape.timeToLiveAttribute,
      deletionProtection: config.deletionProtection,
      removalPolicy: config.removalPolicy,
    });
    for (const index of tableShape.globalSecondaryIndexes) {
      table.addGlobalSecondaryIndex({
        indexName: index.indexName,
        partitionKey: { name: index.partitionKey, type: dynamodb.AttributeType.STRING },
        sortKey: { name: index.sortKey, type: dynamodb.AttributeType.STRING },
        projectionType: dynamodb.ProjectionType.ALL,
      });
    }
    Validations.of(table).acknowledge({
      id: 'HIPAA.Security::HIPAA.Security-DynamoDBInBackupPlan',
      reason:
        'Point-in-time recovery (35 days of continuous backups) is on; an AWS Backup plan would add a second copy of the same data without a restore need PITR does not already meet.',
    });
    return table;
  }

  private createAccessLogsBucket(config: StageConfig): s3.Bucket {
    const bucket = new s3.Bucket(this, 'AccessLogsBucket', {
      // S3 server access logging delivers only to SSE-S3 buckets, and CloudFront standard logging needs
      // ACLs, hence S3-managed encryption and BUCKET_OWNER_PREFERRED here (and only here).
      encryption: s3.BucketEncryption.S3_MANAGED,
      objectOwnership: s3.ObjectOwnership.BUCKET_OWNER_PREFERRED,
      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
      enforceSSL: true,
      versioned: true,
      lifecycleRules: [
        {
          expiration: Duration.days(config.logRetention),
          noncurrentVersionExpiration: Duration.days(1),
        },
      ],
      removalPolicy: config.removalPolicy,
    });
    Validations.of(bucket).acknowledge(
      {
        id: 'HIPAA.Security::HIPAA.Security-S3DefaultEncryptionKMS',
        reason: 'S3 server access logging can deliver only to buckets encrypted with SSE-S3, not SSE-KMS.',
      },
      {
        id: 'HIPAA.Security::HIPAA.Security-S3BucketReplicationEnabled',
        reason:
          'Access logs are operational data with a fixed retention; a replica would not serve any recovery need.',
      },
    );
    return bucket;
  }

  /**
   * What every bucket of patient data is: private, KMS-encrypted with the data key (one bucket key
   * instead of one KMS call per object), TLS only, versioned, its access logged.
   */
  /**
   * What both patient-data buckets share. The browser uploads to either straight from the page, with a
   * presigned POST the API issues: CORS allows POST from the site only (a presigned GET of a document is
   * opened as a page and needs none).
   */
  private patientDataBucket(bucketName: string, logPrefix: string, appOrigin: string) {
    return {
      cors: [
        {
          allowedMethods: [s3.HttpMethods.POST],
          allowedOrigins: [appOrigin],
          allowedHeaders: ['*'],
          maxAge: 3000,
        },
      ],
      bucketName,
      encryption: s3.BucketEncryption.KMS,
      encryptionKey: this.dataKey,
      bucketKeyEnabled: true,
      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
      enforceSSL: true,
      versioned: true,
      serverAccessLogsBucket: this.accessLogsBucket,
      serverAccessLogsPrefix: logPrefix,
    } satisfies s3.BucketProps;
  }

  private createRecordingsBucket(config: StageConfig): s3.Bucket {
    const bucket = new s3.Bucket(this, 'RecordingsBucket', {
      ...this.patientDataBucket(recordingsBucketName(config.stage), 'recordings-bucket/', config.appOrigin),
      lifecycleRules: [
        {
          // The pipeline deletes the audio once transcribed; this catches abandoned or failed recordings.
          prefix: RECORDINGS_PREFIX,
          expiration: Duration.days(config.recordingsRetentionDays),
          noncurrentVersionExpiration: Duration.days(1),
          abortIncompleteMultipartUploadAfter: Duration.days(1),
        },
      ],
      removalPolicy: config.removalPolicy,
    });
    Validations.of(bucket).acknowledge({
      id: 'HIPAA.Security::HIPAA.Security-S3BucketReplicationEnabled',
      reason:
        'Recordings are transient: deleted right after transcription and expired by lifecycle within days. Replicating them would only multiply copies of patient audio that we intend to destroy.',
    });
    return bucket;
  }

  private createDocumentsBucket(config: StageConfig): s3.Bucket {
    const bucket = new s3.Bucket(this, 'DocumentsBucket', {
      ...this.patientDataBucket(documentsBucketName(config.stage), 'documents-bucket/', config.appOrigin),
      lifecycleRules: [
        {
          // A removed or refused file's old version goes after a day; a current file stays with its record.
          noncurrentVersionExpiration: Duration.days(1),
          abortIncompleteMultipartUploadAfter: Duration.days(1),
        },
      ],
      removalPolicy: config.removalPolicy,
    });
    Validations.of(bucket).acknowledge({
      id: 'HIPAA.Security::HIPAA.Security-S3BucketReplicationEnabled',
      reason:
        'Versioning and the stage removal policy keep the files; a cross-region replica would copy patient reports out of India, which the DPDP Act 2023 leaves to notified countries only.',
    });
    return bucket;
  }
}
