/**
 * The synthesized stacks, as `npm run synth` builds them: every item of the production-infrastructure
 * issue (#9) is asserted here against the templates. Bundling every function takes a while, so each app
 * is built once for the whole file: dev (bundled, with a stand-in site, so the site deployment, its
 * cdk-nag acknowledgements and the bundles themselves are exercised) and prod (without bundling and
 * without a site, with every provider switched on: Razorpay, Daily and Deepgram).
 */

import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Validations } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import * as s3 from 'aws-cdk-lib/aws-s3';
import * as esbuild from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  type ContextName,
  type HttpRoute,
  httpRoutes,
  routeKey,
  wsRoutes,
} from '../../functions/contract/routes.ts';
import { LOCALE_COOKIE } from '../../functions/contract/site-locale.ts';
import { config, resetConfigForTests } from '../../functions/core/config.ts';
import { ORIGIN_VERIFY_HEADER } from '../../functions/core/origin-verify.ts';
import { PDF_ENGINE, PDF_FONT_DIR, pdfFontFiles } from '../../functions/core/pdf-assets.ts';
import { buildInvoice } from '../../functions/payments/invoice.ts';
import { contextDataFiles, contextsWithRoutes, pdfContexts, workerEntries } from '../../lib/functions.ts';
import { type FunctionName, functionAccess, type Provider, providersInUse } from '../../lib/stacks/access.ts';
import { buildApp, type ChikitsaApp, unusedAcknowledgements } from '../../lib/stacks/app.ts';
import { dailyOrigins, razorpayOrigins } from '../../lib/stacks/csp.ts';
import { originVerifySecretName } from '../../lib/stacks/data-stack.ts';
import { BUNDLE_FILE, bundlingOptions, esbuildOptions, projectRoot } from '../../lib/stacks/node-function.ts';
import { TRANSCRIPTION_ASL_PATH } from '../../lib/stacks/pipeline-stack.ts';
import { AUTH_PATH_PREFIX, managedRuleGroups, WAF_REGION } from '../../lib/stacks/waf-stack.ts';
import { PERMISSIONS_POLICY } from '../../lib/stacks/web-stack.ts';
import { tableShape } from '../../lib/table.ts';
import { readPdf } from '../helpers/pdf.ts';

type Templates = Record<keyof ChikitsaApp['stacks'], Template>;

/** CloudFront's managed policies, by their fixed ids. */
const CACHING_DISABLED = '4135ea2d-6df8-44a3-9df3-4b5a84be39ad';
const CACHING_OPTIMIZED = '658327ea-f89d-4fab-a63d-7e88639e58f6';
const ALL_VIEWER_EXCEPT_HOST_HEADER = 'b689b0a8-53d0-40ab-baf2-68738e2966ac';

const taskStates = [
  'MarkProcessing',
  'Assemble',
  'Transcribe',
  'SaveTranscript',
  'EmailBoth',
  'MarkCompleted',
  'DeleteAudio',
] as const;

const prodContext = {
  stage: 'prod',
  certificateArn: 'arn:aws:acm:us-east-1:111111111111:certificate/test',
  razorpayKeyId: 'rzp_live_test',
  videoProvider: 'daily',
};

let dev: ChikitsaApp;
let devTemplates: Templates;
let prod: ChikitsaApp;
let prodTemplates: Templates;

function templatesOf(built: ChikitsaApp): Templates {
  const entries = Object.entries(built.stacks).map(([name, stack]) => [name, Template.fromStack(stack)]);
  return Object.fromEntries(entries) as Templates;
}

beforeAll(() => {
  const site = mkdtempSync(path.join(tmpdir(), 'chikitsa360-site-'));
  writeFileSync(path.join(site, 'index.html'), '<!doctype html><title>Chikitsa360</title>');
  dev = buildApp({ context: { stage: 'dev' }, siteDirectory: site });
  devTemplates = templatesOf(dev);

  prod = buildApp({
    context: {
      ...prodContext,
      // Structure only: prod bundles the same entry files dev just bundled.
      'aws:cdk:bundling-stacks': [],
    },
    siteDirectory: path.join(tmpdir(), 'chikitsa360-no-site-here'),
  });
  prodTemplates = templatesOf(prod);
});

/** Logical ids of the resources of a type whose logical id starts with the construct id. */
function logicalIds(template: Template, type: string, constructId: string): string[] {
  return Object.keys(template.findResources(type)).filter((id) =>
    new RegExp(`^${constructId}[0-9A-F]{8}$`).test(id),
  );
}

function functionProps(template: Template, constructId: string): Record<string, any> {
  const [id] = logicalIds(template, 'AWS::Lambda::Function', constructId);
  if (!id) throw new Error(`No function ${constructId}`);
  return template.findResources('AWS::Lambda::Function')[id]!.Properties;
}

const pascal = (name: string) => name.charAt(0).toUpperCase() + name.slice(1);

/** Where each function of the least-privilege table lives. */
const functionNames = [
  ...contextsWithRoutes(),
  ...(Object.keys(workerEntries) as (keyof typeof workerEntries)[]),
];
const workerLocation = {
  cognitoTriggers: { stack: 'auth', id: 'CognitoTriggers' },
  sweeper: { stack: 'api', id: 'Sweeper' },
  reminders: { stack: 'api', id: 'RemindersWorker' },
  recordingStarter: { stack: 'pipeline', id: 'RecordingStarter' },
  documentChecker: { stack: 'pipeline', id: 'DocumentChecker' },
  transcriptionSteps: { stack: 'pipeline', id: 'TranscriptionSteps' },
} as const;
function locate(name: FunctionName): { stack: keyof Templates; id: string } {
  return name in workerLocation
    ? workerLocation[name as keyof typeof workerLocation]
    : { stack: 'api', id: `${pascal(name)}Function` };
}

interface Statement {
  Action: string[];
  Resource: unknown[];
  Condition?: Record<string, unknown>;
}

/** Every statement of every policy attached to the function's role. */
function statementsOf(templates: Templates, name: FunctionName): Statement[] {
  const { stack, id } = locate(name);
  const template = templates[stack];
  const roleId = functionProps(template, id).Role['Fn::GetAtt'][0] as string;
  return Object.values(template.findResources('AWS::IAM::Policy'))
    .filter((policy) => policy.Properties.Roles.some((role: { Ref?: string }) => role.Ref === roleId))
    .flatMap((policy) => policy.Properties.PolicyDocument.Statement as Record<string, unknown>[])
    .map((statement) => ({
      Action: [statement.Action].flat() as string[],
      Resource: [statement.Resource].flat(),
      Condition: statement.Condition as Record<string, unknown> | undefined,
    }));
}

const actionsOf = (statements: Statement[], service: string) =>
  [...new Set(statements.flatMap((s) => s.Action).filter((a) => a.startsWith(`${service}:`)))].sort();

/** A Fn::GetStackOutput reference to an output of another stack whose name contains `fragment`. */
const stackOutput = (value: unknown, fragment: string) =>
  JSON.stringify(value).includes('Fn::GetStackOutput') && JSON.stringify(value).includes(fragment);

describe('cdk-nag (AwsSolutions + HIPAA.Security on every synth)', () => {
  it('passes with every acknowledgement matching a finding (none stale)', () => {
    expect(unusedAcknowledgements(dev.app)).toEqual([]);
    expect(unusedAcknowledgements(prod.app)).toEqual([]);
  });

  it('fails synth on an unacknowledged finding, and reports a stale acknowledgement', () => {
    const outdir = mkdtempSync(path.join(tmpdir(), 'chikitsa360-nag-'));
    const bad = buildApp({ context: { ...prodContext, 'aws:cdk:bundling-stacks': [] }, outdir });
    // A bucket without access logs or TLS-only policy: AwsSolutions-S1 and -S10 at least.
    new s3.Bucket(bad.stacks.data, 'CarelessBucket');
    Validations.of(bad.stacks.data.table).acknowledge({
      id: 'AwsSolutions::AwsSolutions-DDB3',
      reason: 'stale',
    });
    expect(() => bad.app.synth()).toThrow(/The S3 Bucket has server access logs disabled/);
    const report = readFileSync(path.join(outdir, 'validation-report.json'), 'utf8');
    expect(report).toMatch(/AwsSolutions-S1\b/);
    expect(report).toContain('CarelessBucket');
    expect(unusedAcknowledgements(bad.app)).toContain(
      `AwsSolutions::AwsSolutions-DDB3 @ ${bad.stacks.data.table.node.path}`,
    );
  });

  it('acknowledges every finding with a specific reason, and never CloudFront without WAF (CFR2)', () => {
    const report = JSON.parse(readFileSync(path.join(dev.app.outdir, 'validation-report.json'), 'utf8'));
    const acknowledged = report.pluginReports.flatMap(
      (plugin: { suppressedViolations?: { ruleName: string; acknowledgedReason?: string }[] }) =>
        plugin.suppressedViolations ?? [],
    );
    expect(acknowledged.length).toBeGreaterThan(0);
    for (const finding of acknowledged) expect(finding.ruleName).not.toMatch(/CFR2/);
    const reasons = dev.app.node
      .findAll()
      .flatMap((construct) =>
        construct.node.metadata
          .filter((entry) => entry.type === Validations.ACKNOWLEDGED_RULES_METADATA_KEY)
          .flatMap((entry) => Object.values(entry.data as Record<string, string>)),
      );
    for (const reason of reasons) expect(reason.length, reason).toBeGreaterThan(40);
  });
});

describe('stages', () => {
  it('names every stack after its stage; all in the stage region except the WAF, pinned to us-east-1', () => {
    for (const [concern, stack] of Object.entries(prod.stacks)) {
      expect(stack.stackName).toMatch(/^Chikitsa360-prod-/);
      expect(stack.region, concern).toBe(concern === 'waf' ? WAF_REGION : prod.config.region);
    }
  });
});

describe('data protection', () => {
  it('has the single table of lib/table.ts: keys, 3 GSIs, TTL, PITR, KMS, on demand; deletion-protected in prod', () => {
    const data = devTemplates.data;
    data.resourceCountIs('AWS::DynamoDB::Table', 1);
    data.hasResourceProperties('AWS::DynamoDB::Table', {
      TableName: 'chikitsa360-dev',
      KeySchema: [
        { AttributeName: tableShape.partitionKey, KeyType: 'HASH' },
        { AttributeName: tableShape.sortKey, KeyType: 'RANGE' },
      ],
      BillingMode: 'PAY_PER_REQUEST',
      GlobalSecondaryIndexes: tableShape.globalSecondaryIndexes.map((index) => ({
        IndexName: index.indexName,
        KeySchema: [
          { AttributeName: index.partitionKey, KeyType: 'HASH' },
          { AttributeName: index.sortKey, KeyType: 'RANGE' },
        ],
        Projection: { ProjectionType: 'ALL' },
      })),
      TimeToLiveSpecification: { AttributeName: tableShape.timeToLiveAttribute, Enabled: true },
      PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
      SSESpecification: { SSEEnabled: true, SSEType: 'KMS', KMSMasterKeyId: Match.anyValue() },
      DeletionProtectionEnabled: false,
    });
    prodTemplates.data.hasResourceProperties('AWS::DynamoDB::Table', {
      DeletionProtectionEnabled: true,
      PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
    });
    prodTemplates.data.hasResource('AWS::DynamoDB::Table', { DeletionPolicy: 'Retain' });
  });

  it('uses customer-managed KMS keys with rotation for the table, recordings, secrets, logs, state machine and alarms', () => {
    // Three keys: data (table, recordings, the state machine's ids and keys), logs (log groups and the
    // alarm topic, both read by operators), and the WAF's logs in us-east-1. More keys cost a dollar a
    // month each (three once rotated twice) and separated nobody.
    const keys = (templates: Templates) =>
      Object.values(templates).reduce((n, t) => n + Object.keys(t.findResources('AWS::KMS::Key')).length, 0);
    expect(keys(prodTemplates)).toBe(3);
    for (const templates of [devTemplates, prodTemplates]) {
      for (const template of Object.values(templates)) {
        for (const key of Object.values(template.findResources('AWS::KMS::Key'))) {
          expect(key.Properties.EnableKeyRotation).toBe(true);
        }
        for (const group of Object.values(template.findResources('AWS::Logs::LogGroup'))) {
          expect(group.Properties.KmsKeyId, JSON.stringify(group)).toBeDefined();
          expect(group.Properties.RetentionInDays, JSON.stringify(group)).toBeGreaterThan(0);
        }
        for (const secret of Object.values(template.findResources('AWS::SecretsManager::Secret'))) {
          expect(secret.Properties.KmsKeyId).toBeDefined();
        }
      }
    }
    const [machine] = Object.values(devTemplates.pipeline.findResources('AWS::StepFunctions::StateMachine'));
    expect(machine!.Properties.EncryptionConfiguration).toMatchObject({
      Type: 'CUSTOMER_MANAGED_KMS_KEY',
    });
    expect(stackOutput(machine!.Properties.EncryptionConfiguration.KmsKeyId, 'DataKey')).toBe(true);
    const [topic] = Object.values(devTemplates.monitoring.findResources('AWS::SNS::Topic'));
    expect(stackOutput(topic!.Properties.KmsMasterKeyId, 'LogsKey')).toBe(true);
    devTemplates.pipeline.hasResourceProperties('AWS::SQS::Queue', { KmsMasterKeyId: 'alias/aws/sqs' });
  });

  it('sets retention on every log group: a year in prod, a month in dev', () => {
    const retention = (templates: Templates) =>
      new Set(
        Object.values(templates).flatMap((template) =>
          Object.values(template.findResources('AWS::Logs::LogGroup')).map(
            (g) => g.Properties.RetentionInDays,
          ),
        ),
      );
    expect([...retention(devTemplates)]).toEqual([30]);
    expect([...retention(prodTemplates)]).toEqual([365]);
    // Every function, CDK's own custom-resource handlers included, logs to one of those groups.
    for (const templates of [devTemplates, prodTemplates]) {
      for (const template of Object.values(templates)) {
        for (const [id, fn] of Object.entries(template.findResources('AWS::Lambda::Function'))) {
          expect(fn.Properties.LoggingConfig?.LogGroup, id).toBeDefined();
        }
      }
    }
  });

  it('keeps recordings private, KMS-encrypted, versioned, TLS-only, logged and short-lived', () => {
    const data = devTemplates.data;
    data.hasResourceProperties('AWS::S3::Bucket', {
      BucketName: { 'Fn::Join': ['', ['chikitsa360-dev-recordings-', { Ref: 'AWS::AccountId' }]] },
      BucketEncryption: {
        ServerSideEncryptionConfiguration: [
          {
            ServerSideEncryptionByDefault: { SSEAlgorithm: 'aws:kms', KMSMasterKeyID: Match.anyValue() },
            BucketKeyEnabled: true,
          },
        ],
      },
      VersioningConfiguration: { Status: 'Enabled' },
      LoggingConfiguration: { DestinationBucketName: Match.anyValue(), LogFilePrefix: 'recordings-bucket/' },
      LifecycleConfiguration: {
        Rules: [
          Match.objectLike({
            Prefix: 'recordings/',
            ExpirationInDays: 3,
            NoncurrentVersionExpiration: { NoncurrentDays: 1 },
            AbortIncompleteMultipartUpload: { DaysAfterInitiation: 1 },
            Status: 'Enabled',
          }),
        ],
      },
      CorsConfiguration: {
        CorsRules: [Match.objectLike({ AllowedMethods: ['POST'], AllowedOrigins: [dev.config.appOrigin] })],
      },
    });
    prodTemplates.data.hasResourceProperties('AWS::S3::Bucket', {
      LifecycleConfiguration: { Rules: [Match.objectLike({ ExpirationInDays: 7 })] },
      CorsConfiguration: { CorsRules: [Match.objectLike({ AllowedOrigins: ['https://chikitsa360.in'] })] },
    });
  });

  it('keeps documents private, KMS-encrypted, versioned, TLS-only and logged, under documents/ for the checker', () => {
    const data = devTemplates.data;
    const bucket = Match.objectLike({
      BucketName: { 'Fn::Join': ['', ['chikitsa360-dev-documents-', { Ref: 'AWS::AccountId' }]] },
      BucketEncryption: {
        ServerSideEncryptionConfiguration: [
          {
            ServerSideEncryptionByDefault: { SSEAlgorithm: 'aws:kms', KMSMasterKeyID: Match.anyValue() },
            BucketKeyEnabled: true,
          },
        ],
      },
      PublicAccessBlockConfiguration: {
        BlockPublicAcls: true,
        BlockPublicPolicy: true,
        IgnorePublicAcls: true,
        RestrictPublicBuckets: true,
      },
      VersioningConfiguration: { Status: 'Enabled' },
      LoggingConfiguration: { DestinationBucketName: Match.anyValue(), LogFilePrefix: 'documents-bucket/' },
      CorsConfiguration: {
        CorsRules: [Match.objectLike({ AllowedMethods: ['POST'], AllowedOrigins: [dev.config.appOrigin] })],
      },
    });
    data.hasResourceProperties('AWS::S3::Bucket', bucket);
    const documents = logicalIds(data, 'AWS::S3::Bucket', 'DocumentsBucket')[0];
    // TLS only: the bucket policy denies any request without it.
    data.hasResourceProperties('AWS::S3::BucketPolicy', {
      Bucket: { Ref: documents },
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({
            Effect: 'Deny',
            Action: 's3:*',
            Condition: { Bool: { 'aws:SecureTransport': 'false' } },
          }),
        ]),
      },
    });
    // The checker: every object created under documents/, failed events parked in a dead-letter queue.
    const pipeline = devTemplates.pipeline;
    const checker = logicalIds(pipeline, 'AWS::Lambda::Function', 'DocumentChecker')[0];
    pipeline.hasResourceProperties('Custom::S3BucketNotifications', {
      BucketName: { 'Fn::Join': ['', ['chikitsa360-dev-documents-', { Ref: 'AWS::AccountId' }]] },
      NotificationConfiguration: {
        LambdaFunctionConfigurations: [
          {
            Events: ['s3:ObjectCreated:*'],
            Filter: { Key: { FilterRules: [{ Name: 'prefix', Value: 'documents/' }] } },
            LambdaFunctionArn: { 'Fn::GetAtt': [checker, 'Arn'] },
          },
        ],
      },
    });
    expect(functionProps(pipeline, 'DocumentChecker').DeadLetterConfig).toEqual({
      TargetArn: { 'Fn::GetAtt': [expect.stringMatching(/^DocumentCheckerDeadLetters/), 'Arn'] },
    });
  });

  it('blocks public access, versions, and refuses plain HTTP on every bucket; SSE-S3 only where AWS requires it', () => {
    for (const templates of [devTemplates, prodTemplates]) {
      for (const template of Object.values(templates)) {
        const policies = Object.values(template.findResources('AWS::S3::BucketPolicy'));
        for (const [id, bucket] of Object.entries(template.findResources('AWS::S3::Bucket'))) {
          expect(bucket.Properties.PublicAccessBlockConfiguration, id).toEqual({
            BlockPublicAcls: true,
            BlockPublicPolicy: true,
            IgnorePublicAcls: true,
            RestrictPublicBuckets: true,
          });
          expect(bucket.Properties.VersioningConfiguration, id).toEqual({ Status: 'Enabled' });
          const policy = policies.find((p) => p.Properties.Bucket.Ref === id);
          expect(policy?.Properties.PolicyDocument.Statement, id).toEqual(
            expect.arrayContaining([
              expect.objectContaining({
                Effect: 'Deny',
                Action: 's3:*',
                Condition: { Bool: { 'aws:SecureTransport': 'false' } },
              }),
            ]),
          );
          const sse = bucket.Properties.BucketEncryption.ServerSideEncryptionConfiguration[0];
          // The access-log target (S3 server access logs deliver to SSE-S3 only), the public site and
          // the doctors' photos (public once published, read by CloudFront).
          if (sse.ServerSideEncryptionByDefault.SSEAlgorithm === 'AES256') {
            expect(id).toMatch(/^(AccessLogsBucket|SiteBucket|MediaBucket)/);
          }
          if (!id.startsWith('AccessLogsBucket')) {
            expect(bucket.Properties.LoggingConfiguration, id).toBeDefined();
          }
        }
      }
    }
  });

  it('keeps each provider in its own secret, only for the providers the stage uses', () => {
    // Besides the edge's generated header value (see edge: CloudFront).
    const secretNames = (templates: Templates) =>
      Object.values(templates.data.findResources('AWS::SecretsManager::Secret'))
        .map((secret) => secret.Properties.Name)
        .filter((name) => !name.endsWith('/origin-verify'))
        .sort();
    expect(secretNames(devTemplates)).toEqual(['chikitsa360/dev/razorpay']);
    expect(secretNames(prodTemplates)).toEqual([
      'chikitsa360/prod/daily',
      'chikitsa360/prod/deepgram',
      'chikitsa360/prod/razorpay',
    ]);
    devTemplates.data.hasResourceProperties('AWS::SecretsManager::Secret', { SecretString: '{}' });
  });
});

describe('auth stack', () => {
  it('has the user pool with the API password rules, email sign-in and email-only recovery', () => {
    const auth = devTemplates.auth;
    auth.hasResourceProperties('AWS::Cognito::UserPool', {
      UsernameAttributes: ['email'],
      AutoVerifiedAttributes: ['email'],
      // Two-step sign-in with an authenticator app, for whoever turns it on (the API requires it of admins).
      MfaConfiguration: 'OPTIONAL',
      EnabledMfas: ['SOFTWARE_TOKEN_MFA'],
      AdminCreateUserConfig: { AllowAdminCreateUserOnly: false },
      VerificationMessageTemplate: Match.objectLike({ DefaultEmailOption: 'CONFIRM_WITH_CODE' }),
      Policies: {
        PasswordPolicy: Match.objectLike({
          MinimumLength: 8,
          RequireLowercase: true,
          RequireUppercase: true,
          RequireNumbers: true,
          RequireSymbols: true,
        }),
      },
      AccountRecoverySetting: { RecoveryMechanisms: [{ Name: 'verified_email', Priority: 1 }] },
      Schema: Match.arrayWith([
        Match.objectLike({ Name: 'role', Mutable: false, AttributeDataType: 'String' }),
        Match.objectLike({ Name: 'locale', Mutable: true, AttributeDataType: 'String' }),
      ]),
      DeletionProtection: 'INACTIVE',
    });
    prodTemplates.auth.hasResourceProperties('AWS::Cognito::UserPool', {
      DeletionProtection: 'ACTIVE',
      EmailConfiguration: Match.objectLike({ EmailSendingAccount: 'DEVELOPER' }),
    });
  });

  it('wires PreSignUp, PostConfirmation and CustomMessage to the triggers function', () => {
    const triggers = {
      'Fn::GetAtt': [logicalIds(devTemplates.auth, 'AWS::Lambda::Function', 'CognitoTriggers')[0], 'Arn'],
    };
    devTemplates.auth.hasResourceProperties('AWS::Cognito::UserPool', {
      LambdaConfig: { PreSignUp: triggers, PostConfirmation: triggers, CustomMessage: triggers },
    });
    devTemplates.auth.hasResourceProperties('AWS::IAM::Policy', {
      PolicyDocument: {
        Statement: Match.arrayWith([
          {
            Effect: 'Allow',
            Action: 'cognito-idp:AdminAddUserToGroup',
            Resource: { 'Fn::GetAtt': [Match.stringLikeRegexp('^UserPool'), 'Arn'] },
          },
        ]),
      },
    });
  });

  it('has the three role groups', () => {
    const groups = Object.values(devTemplates.auth.findResources('AWS::Cognito::UserPoolGroup'));
    expect(groups.map((group) => group.Properties.GroupName).sort()).toEqual([
      'admins',
      'doctors',
      'patients',
    ]);
  });

  it('has a public app client: password and refresh auth, 15-minute tokens, 30-day refresh', () => {
    devTemplates.auth.hasResourceProperties('AWS::Cognito::UserPoolClient', {
      ExplicitAuthFlows: ['ALLOW_USER_PASSWORD_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'],
      GenerateSecret: false,
      IdTokenValidity: 15,
      AccessTokenValidity: 15,
      RefreshTokenValidity: 43200,
      TokenValidityUnits: { IdToken: 'minutes', AccessToken: 'minutes', RefreshToken: 'minutes' },
      PreventUserExistenceErrors: 'ENABLED',
    });
  });
});

describe('functions', () => {
  it('has one nodejs24.x arm64 function per context with routes, traced, with its own log group', () => {
    for (const context of contextsWithRoutes()) {
      const props = functionProps(devTemplates.api, `${pascal(context)}Function`);
      expect(props).toMatchObject({
        Runtime: 'nodejs24.x',
        Architectures: ['arm64'],
        MemorySize: 512,
        Timeout: 10,
        Handler: 'index.handler',
        TracingConfig: { Mode: 'Active' },
        LoggingConfig: {
          LogGroup: { Ref: expect.stringMatching(new RegExp(`^${pascal(context)}FunctionLogs`)) },
        },
      });
    }
    const contextFunctions = Object.values(devTemplates.api.findResources('AWS::Lambda::Function')).filter(
      (fn) => String(fn.Properties.Description).startsWith('The '),
    );
    expect(contextFunctions).toHaveLength(contextsWithRoutes().length);
  });

  it('traces every function of ours with X-Ray (active tracing)', () => {
    for (const name of functionNames) {
      const { stack, id } = locate(name);
      expect(functionProps(devTemplates[stack], id).TracingConfig, name).toEqual({ Mode: 'Active' });
    }
  });

  it('gives every function an environment that functions/core/config.ts accepts, and no local-only endpoints', () => {
    const functions = Object.values(devTemplates).flatMap((template) =>
      Object.values(template.findResources('AWS::Lambda::Function')).filter(
        (fn) => fn.Properties.Runtime === 'nodejs24.x',
      ),
    );
    expect(functions).toHaveLength(functionNames.length);
    const saved = { ...process.env };
    try {
      for (const fn of functions) {
        // Deploy-time values (references) stand in as a URL, which satisfies every field's schema.
        const variables = Object.entries(fn.Properties.Environment.Variables as Record<string, unknown>);
        for (const [name] of variables) {
          // Emulator endpoints, test servers and secrets never reach a cloud function's environment.
          expect(name).not.toMatch(
            /_API_BASE$|^(DYNAMODB|S3|SES|COGNITO|SFN|SCHEDULER|SNS)_ENDPOINT$|^(JWT_ISSUER|JWKS_URI|KEEP_AUDIO)$|_SECRET$|_API_KEY$/,
          );
        }
        for (const [name, value] of variables) {
          process.env[name] = typeof value === 'string' ? value : 'https://resolved-at-deploy.example';
        }
        resetConfigForTests();
        expect(() => config(), fn.Properties.Description).not.toThrow();
        for (const [name] of variables) delete process.env[name];
      }
    } finally {
      process.env = saved;
      resetConfigForTests();
    }
  });

  it('names a secret or the state machine only to the functions that may use them', () => {
    for (const [templates, built] of [
      [devTemplates, dev],
      [prodTemplates, prod],
    ] as const) {
      const inUse = providersInUse(built.config);
      for (const name of functionNames) {
        const access = functionAccess[name] as (typeof functionAccess)[FunctionName];
        const { stack, id } = locate(name);
        const variables = functionProps(templates[stack], id).Environment.Variables;
        const provider = 'secret' in access ? (access.secret.provider as Provider) : undefined;
        if (provider && inUse.includes(provider)) {
          expect(stackOutput(variables.SECRETS_ID, `${pascal(provider)}Secret`), `${name} SECRETS_ID`).toBe(
            true,
          );
        } else {
          expect(variables.SECRETS_ID, `${name} SECRETS_ID`).toBeUndefined();
        }
        expect(variables.STATE_MACHINE_ARN !== undefined, `${name} STATE_MACHINE_ARN`).toBe(
          'startsTranscriptions' in access,
        );
      }
    }
  });

  it('reserves concurrency where a runaway would hurt, and acknowledges why not elsewhere', () => {
    for (const name of functionNames) {
      const access = functionAccess[name] as (typeof functionAccess)[FunctionName];
      const { stack, id } = locate(name);
      const reserved = functionProps(devTemplates[stack], id).ReservedConcurrentExecutions;
      expect(reserved, name).toBe('reserved' in access.concurrency ? access.concurrency.reserved : undefined);
    }
    expect(functionProps(devTemplates.api, 'Sweeper').ReservedConcurrentExecutions).toBe(1);
    expect(functionProps(devTemplates.pipeline, 'RecordingStarter').ReservedConcurrentExecutions).toBe(5);
  });

  it('parks failed asynchronous events: S3 → starter in a dead-letter queue; the sweeper never retries', () => {
    const pipeline = devTemplates.pipeline;
    const starter = logicalIds(pipeline, 'AWS::Lambda::Function', 'RecordingStarter')[0];
    expect(functionProps(pipeline, 'RecordingStarter').DeadLetterConfig).toEqual({
      TargetArn: { 'Fn::GetAtt': [expect.stringMatching(/^RecordingStarterDeadLetters/), 'Arn'] },
    });
    pipeline.hasResourceProperties('AWS::Lambda::EventInvokeConfig', {
      FunctionName: { Ref: starter },
      MaximumRetryAttempts: 2,
    });
    const sweeper = logicalIds(devTemplates.api, 'AWS::Lambda::Function', 'Sweeper')[0];
    devTemplates.api.hasResourceProperties('AWS::Lambda::EventInvokeConfig', {
      FunctionName: { Ref: sweeper },
      MaximumRetryAttempts: 0,
    });
    devTemplates.api.hasResourceProperties('AWS::Events::Rule', {
      ScheduleExpression: 'rate(1 minute)',
      Targets: [
        Match.objectLike({
          Arn: { 'Fn::GetAtt': [sweeper, 'Arn'] },
          RetryPolicy: { MaximumRetryAttempts: 0 },
        }),
      ],
    });
  });
});

describe('bundles', () => {
  /** The staged asset directory of a function's code in the dev app's cloud assembly. */
  function assetOf(template: Template, constructId: string): string {
    const key = functionProps(template, constructId).Code.S3Key as string;
    return path.join(dev.app.outdir, `asset.${key.replace(/\.zip$/, '')}`);
  }

  it('bundles exactly what esbuildOptions (node-function.ts) builds, so the bench measures what deploys', async () => {
    const out = mkdtempSync(path.join(tmpdir(), 'chikitsa360-bundle-'));
    await esbuild.build(esbuildOptions(workerEntries.recordingStarter, out));
    const deployed = readFileSync(
      path.join(assetOf(devTemplates.pipeline, 'RecordingStarter'), BUNDLE_FILE),
      'utf8',
    );
    expect(readFileSync(path.join(out, BUNDLE_FILE), 'utf8')).toBe(deployed);
  });

  it('is ESM, minified, with the createRequire banner, a source map of our own code beside it, the SDK inside and no node:http facade', () => {
    expect(bundlingOptions).toMatchObject({
      format: 'esm',
      minify: true,
      sourceMap: true,
      mainFields: ['module', 'main'],
    });
    for (const name of functionNames) {
      const { stack, id } = locate(name);
      const asset = assetOf(devTemplates[stack], id);
      const pdf = pdfContexts.has(name as ContextName) ? [PDF_FONT_DIR, PDF_ENGINE.file] : [];
      const data = (contextDataFiles[name as ContextName] ?? []).map((f) => path.basename(f));
      expect(readdirSync(asset).sort(), name).toEqual(
        [BUNDLE_FILE, `${BUNDLE_FILE}.map`, ...pdf, ...data].sort(),
      );
      const code = readFileSync(path.join(asset, BUNDLE_FILE), 'utf8');
      expect(code.startsWith(bundlingOptions.banner), name).toBe(true);
      expect(code, name).not.toMatch(/from\s*"@aws-sdk\//);
      expect(code, name).not.toMatch(/from\s*"node:http"/);
      // The map keeps our own code only (lib/bundling/trim-source-map.mjs, run after esbuild).
      const map = JSON.parse(readFileSync(path.join(asset, `${BUNDLE_FILE}.map`), 'utf8')) as {
        sources: string[];
      };
      expect(map.sources.length, name).toBeGreaterThan(0);
      expect(
        map.sources.filter((s) => s.includes('node_modules/')),
        name,
      ).toEqual([]);
    }
  });
  it('puts the PDF engine and every font file beside the bundles that render PDFs, and keeps pdf-lib out of the bundle', async () => {
    expect([...pdfContexts]).toEqual(['payments', 'prescriptions', 'privacy']);
    for (const context of pdfContexts) {
      const asset = assetOf(devTemplates.api, `${pascal(context)}Function`);
      expect(readdirSync(path.join(asset, PDF_FONT_DIR)).sort()).toEqual(
        pdfFontFiles.map((f) => path.basename(f.to)).sort(),
      );
      for (const f of pdfFontFiles)
        expect(
          readFileSync(path.join(asset, f.to)).equals(readFileSync(path.join(projectRoot, f.from))),
        ).toBe(true);
      // pdf-lib's encoding tables are in the engine, loaded by the first PDF, not in the cold-start bundle.
      expect(readFileSync(path.join(asset, BUNDLE_FILE), 'utf8')).not.toContain('WinAnsiEncoding');
      const engine = readFileSync(path.join(asset, PDF_ENGINE.file), 'utf8');
      expect(engine).toContain('WinAnsiEncoding');
      expect(engine.startsWith(bundlingOptions.banner)).toBe(true);
    }
  });

  /**
   * A PDF module bundled as CDK bundles, beside the deployed asset's engine and fonts, run in a fresh
   * Node: the path a Lambda takes (no node_modules, no TypeScript sources).
   */
  async function renderFromBundle(
    entry: string,
    functionId: string,
    exported: string,
    view: unknown,
    locale?: 'en' | 'hi',
  ) {
    const out = mkdtempSync(path.join(tmpdir(), 'chikitsa360-pdf-'));
    await esbuild.build(esbuildOptions(entry, out));
    const asset = assetOf(devTemplates.api, functionId);
    cpSync(path.join(asset, PDF_ENGINE.file), path.join(out, PDF_ENGINE.file));
    cpSync(path.join(asset, PDF_FONT_DIR), path.join(out, PDF_FONT_DIR), { recursive: true });
    const probe = `const { ${exported} } = await import(process.argv[1]); const bytes = await ${exported}(JSON.parse(process.argv[2]), process.argv[3]); process.stdout.write(Buffer.from(bytes).toString('base64'));`;
    const args = ['--input-type=module', '-e', probe, path.join(out, BUNDLE_FILE), JSON.stringify(view)];
    if (locale) args.push(locale);
    return readPdf(Buffer.from(execFileSync(process.execPath, args, { cwd: tmpdir() }).toString(), 'base64'));
  }

  it('renders a Hindi receipt from a bundle, with the engine and fonts as deployed beside it', async () => {
    const view = {
      receiptNumber: 'R20261203-0000ABCD',
      patientName: 'प्रिया शर्मा',
      doctorName: 'Dr. அனிதா',
      doctorRegistrationNumber: 'DMC/R/04512',
      appointmentStartAt: '2026-12-03T05:30:00.000Z',
      timeZone: 'Asia/Kolkata',
      basePaise: 100_000,
      gstPaise: 18_000,
      totalPaise: 118_000,
      providerPaymentId: 'pay_1',
      paidAt: '2026-12-03T05:00:00.000Z',
      refund: null,
      issuer: {
        name: 'Chikitsa360 Health Services Private Limited',
        address: ['Bengaluru'],
        email: 'care@chikitsa360.in',
      },
      invoice: buildInvoice(
        [
          {
            kind: 'consultation',
            sac: '999312',
            valuePaise: 100_000,
            exempt: false,
            ratePercent: 18,
            taxPaise: 18_000,
          },
        ],
        { stateCode: '07', address: null },
        {
          legalName: 'Chikitsa360 Health Services Private Limited',
          address: ['Bengaluru'],
          stateCode: '29',
          gstin: '29AAGCC4321K1ZL',
        },
      ),
    };
    const facts = await renderFromBundle(
      'functions/payments/receipts.ts',
      'PaymentsFunction',
      'receiptPdf',
      view,
      'hi',
    );
    expect(facts.fonts.map((f) => f.baseFont.replace(/-\d+$/, '')).sort()).toEqual([
      'NotoSans-Bold',
      'NotoSans-Bold', // the ₹ of the bold "कुल पेमेंट (₹)": Noto Sans keeps it in its latin-ext file
      'NotoSans-Regular',
      'NotoSansDevanagari-Bold',
      'NotoSansDevanagari-Regular',
      'NotoSansTamil-Regular',
    ]);
    expect(facts.texts).toContain('प्रिया शर्मा');
    // The labels from the bundled catalog, in Hindi.
    expect(facts.texts).toContain('पेमेंट की रसीद');
    expect(facts.texts).toContain('IGST @ 18%');
    expect(facts.texts).toContain('GSTIN 29AAGCC4321K1ZL');
    expect(facts.texts).toContain('डॉ. அனிதா से ऑनलाइन वीडियो कंसल्टेशन');
  });

  it('renders a Devanagari prescription from the prescriptions bundle, with its own engine and fonts', async () => {
    const view = {
      appointmentId: '00000000-0000-4000-8000-000000000000',
      version: 1,
      number: 'RX-2026-000001',
      status: 'ISSUED',
      issuedAt: '2026-12-03T06:00:00.000Z',
      supersedes: null,
      supersededBy: null,
      consultation: 'first',
      chiefComplaints: 'बुखार, तीन दिन से',
      relevantFindings: '',
      provisionalDiagnosis: 'Viral fever',
      investigationsAdvised: '',
      medicines: [
        {
          name: 'Paracetamol',
          generic: 'Paracetamol',
          catalogueId: 'paracetamol',
          strength: '500 mg',
          form: 'tablet',
          dose: '1 tablet',
          frequency: 'three times a day',
          duration: '3 days',
          instructions: 'खाने के बाद',
          inCatalogue: true,
          tpgList: 'O',
        },
      ],
      advice: '',
      followUpDate: null,
      doctor: {
        name: 'Dr. अनीता Sharma',
        qualification: 'MBBS',
        registrationNumber: 'DMC/R/04512',
        council: 'Delhi Medical Council',
      },
      patient: { name: 'प्रिया शर्मा', ageMonths: 34 * 12 + 3, sex: 'female' },
      consultedAt: '2026-12-03T05:30:00.000Z',
      timeZone: 'Asia/Kolkata',
      updatedAt: '2026-12-03T06:00:00.000Z',
    };
    const facts = await renderFromBundle(
      'functions/prescriptions/pdf.ts',
      'PrescriptionsFunction',
      'prescriptionPdf',
      view,
      'hi',
    );
    expect(facts.fonts.some((f) => f.baseFont.includes('NotoSansDevanagari'))).toBe(true);
    expect(facts.texts).toContain('प्रिया शर्मा');
    // In the reader's language: the labels and the age are Hindi.
    expect(facts.texts).toContain('34 साल');
    expect(facts.texts).toContain('Dr. अनीता Sharma');
  });

  it('puts the data files of contextDataFiles beside their bundle: the prescriptions bundle finds the medicine catalogue CDK copies beside it, and carries none of it', async () => {
    expect(contextDataFiles).toEqual({ prescriptions: ['functions/prescriptions/catalogue.json'] });
    const asset = assetOf(devTemplates.api, 'PrescriptionsFunction');
    expect(
      readFileSync(path.join(asset, 'catalogue.json')).equals(
        readFileSync(path.join(projectRoot, 'functions/prescriptions/catalogue.json')),
      ),
    ).toBe(true);
    expect(readFileSync(path.join(asset, BUNDLE_FILE), 'utf8')).not.toContain('clavulanic');
    // The rules module bundled as CDK bundles, beside the deployed copy, in a fresh Node: as in Lambda.
    const out = mkdtempSync(path.join(tmpdir(), 'chikitsa360-catalogue-'));
    await esbuild.build(esbuildOptions('functions/prescriptions/rules.ts', out));
    cpSync(path.join(asset, 'catalogue.json'), path.join(out, 'catalogue.json'));
    const probe =
      "const { searchMedicines } = await import(process.argv[1]); process.stdout.write(JSON.stringify(searchMedicines('clav').map((m) => m.entry.id)));";
    const found = JSON.parse(
      execFileSync(process.execPath, ['--input-type=module', '-e', probe, path.join(out, BUNDLE_FILE)], {
        cwd: tmpdir(),
      }).toString(),
    ) as string[];
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((id) => id.includes('clavulan'))).toBe(true);
  });
});

describe('least privilege (lib/stacks/access.ts applied)', () => {
  const services = (name: FunctionName, inUse: Provider[]) => {
    const access = functionAccess[name] as (typeof functionAccess)[FunctionName];
    const expected = new Set(['logs', 'xray', 'dynamodb', 'kms']);
    if (
      'recordings' in access ||
      'documents' in access ||
      'media' in access ||
      'probesRecordingsBucket' in access
    )
      expected.add('s3');
    if ('secret' in access && inUse.includes(access.secret.provider)) expected.add('secretsmanager');
    if ('sendsEmail' in access || 'readsSesAccount' in access) expected.add('ses');
    if ('userPool' in access) expected.add('cognito-idp');
    if ('startsTranscriptions' in access) expected.add('states');
    if ('postsToConnections' in access) expected.add('execute-api');
    if ('reminderSchedules' in access) expected.add('scheduler');
    if (
      'reminderSchedules' in access &&
      access.reminderSchedules.actions.some((a: string) => a !== 'scheduler:DeleteSchedule')
    )
      expected.add('iam');
    if ('sendsSms' in access) expected.add('sns');
    // Lambda sends an event that failed for good to the dead-letter queue with the function's own role.
    if (name === 'recordingStarter' || name === 'documentChecker') expected.add('sqs');
    return [...expected].sort();
  };

  it.each([
    ['dev', () => [devTemplates, dev] as const],
    ['prod', () => [prodTemplates, prod] as const],
  ])('grants each function exactly its row of the table (%s)', (_, built) => {
    const [templates, app] = built();
    const inUse = providersInUse(app.config);
    for (const name of functionNames) {
      const access = functionAccess[name] as (typeof functionAccess)[FunctionName];
      const statements = statementsOf(templates, name);
      const granted = [...new Set(statements.flatMap((s) => s.Action).map((a) => a.split(':')[0]))].sort();
      expect(granted, name).toEqual(services(name, inUse));

      const onIndexes = statements.filter((s) => JSON.stringify(s.Resource).includes('/index/'));
      const onTable = statements.filter(
        (s) => s.Action.some((a) => a.startsWith('dynamodb:')) && !onIndexes.includes(s),
      );
      expect(actionsOf(onTable, 'dynamodb'), name).toEqual(
        access.table.actions.map((a) => `dynamodb:${a}`).sort(),
      );
      expect(actionsOf(onIndexes, 'dynamodb'), name).toEqual(
        access.table.indexes.length ? ['dynamodb:Query'] : [],
      );
      const indexes = onIndexes.flatMap((s) =>
        s.Resource.map((r) => /\/index\/(\w+)/.exec(JSON.stringify(r))![1]),
      );
      expect(indexes.sort(), name).toEqual([...access.table.indexes].sort());

      const s3Actions = [
        ...('recordings' in access ? access.recordings.actions : []),
        ...('documents' in access ? access.documents.actions : []),
        ...('media' in access ? access.media.actions : []),
        ...(('recordings' in access && 'list' in access.recordings) || 'probesRecordingsBucket' in access
          ? ['s3:ListBucket']
          : []),
      ];
      expect(actionsOf(statements, 's3'), name).toEqual([...new Set(s3Actions)].sort());
      expect(actionsOf(statements, 'cognito-idp'), name).toEqual(
        'userPool' in access ? [...access.userPool.actions].sort() : [],
      );
      expect(actionsOf(statements, 'ses'), name).toEqual(
        [
          ...('sendsEmail' in access ? ['ses:SendEmail'] : []),
          ...('readsSesAccount' in access ? ['ses:GetAccount'] : []),
        ].sort(),
      );
      const secretStatements = statements.filter((s) => s.Action.includes('secretsmanager:GetSecretValue'));
      if ('secret' in access && inUse.includes(access.secret.provider)) {
        expect(secretStatements, name).toHaveLength(1);
        expect(
          stackOutput(secretStatements[0]!.Resource, `${pascal(access.secret.provider)}Secret`),
          name,
        ).toBe(true);
      } else {
        expect(secretStatements, name).toEqual([]);
      }

      for (const statement of statements) {
        const text = JSON.stringify(statement);
        // Never Scan, never a service-wide action.
        expect(text, name).not.toMatch(/dynamodb:Scan|"[a-z-]+:\*"/);
        // '*' only where AWS has no resource to name: X-Ray segments, SES GetAccount, SMS to a number.
        if (statement.Resource.includes('*')) {
          expect(
            statement.Action.every(
              (a) => a.startsWith('xray:') || a === 'ses:GetAccount' || a === 'sns:Publish',
            ),
            text,
          ).toBe(true);
        }
        // KMS only through the service that owns the data, or for this state machine's executions.
        if (statement.Action.some((a) => a.startsWith('kms:'))) {
          expect(text, name).toMatch(/kms:ViaService|kms:EncryptionContext:aws:states:stateMachineArn/);
        }
      }
    }
  });

  it('lets recordings sign chunk uploads and write final markers only; the sweeper final markers only', () => {
    const resources = (name: FunctionName) =>
      statementsOf(devTemplates, name)
        .filter((s) => s.Action.includes('s3:PutObject'))
        .flatMap((s) =>
          s.Resource.map((r) =>
            JSON.stringify(r)
              .replace(/.*recordings-[^/]*/, '')
              .replace(/"\]\]\}$/, ''),
          ),
        );
    expect(resources('recordings').sort()).toEqual(['/recordings/*/?????.webm', '/recordings/*/final.json']);
    expect(resources('sweeper')).toEqual(['/recordings/*/final.json']);
    expect(resources('transcriptionSteps')).toEqual(['/recordings/*']);
    const kms = (name: FunctionName) =>
      statementsOf(devTemplates, name).filter((s) =>
        JSON.stringify(s.Condition ?? {}).includes('s3.ap-south-1'),
      );
    expect(kms('recordings').flatMap((s) => s.Action)).toEqual(['kms:GenerateDataKey']);
    expect(kms('sweeper').flatMap((s) => s.Action)).toEqual(['kms:GenerateDataKey']);
    expect(
      kms('transcriptionSteps')
        .flatMap((s) => s.Action)
        .sort(),
    ).toEqual(['kms:Decrypt', 'kms:GenerateDataKey']);
  });

  it('lets admins disable users on the pool and retry transcriptions on the state machine', () => {
    const admin = statementsOf(devTemplates, 'admin');
    const cognito = admin.find((s) => s.Action.includes('cognito-idp:AdminDisableUser'))!;
    expect(stackOutput(cognito.Resource, 'UserPool')).toBe(true);
    const start = admin.find((s) => s.Action.includes('states:StartExecution'))!;
    expect(stackOutput(start.Resource, 'Transcription')).toBe(true);
    const key = admin.find((s) => JSON.stringify(s.Condition ?? {}).includes('aws:states:stateMachineArn'))!;
    expect(key.Action.sort()).toEqual(['kms:Decrypt', 'kms:GenerateDataKey']);
    expect(stackOutput(key.Resource, 'DataKey')).toBe(true);
    const triggers = statementsOf(devTemplates, 'cognitoTriggers').find((s) =>
      s.Action.includes('cognito-idp:AdminAddUserToGroup'),
    )!;
    expect(triggers.Resource).toEqual([{ 'Fn::GetAtt': [expect.stringMatching(/^UserPool/), 'Arn'] }]);
  });

  it('sends mail from the stage sender domain only', () => {
    for (const name of functionNames) {
      for (const statement of statementsOf(devTemplates, name).filter((s) =>
        s.Action.includes('ses:SendEmail'),
      )) {
        expect(JSON.stringify(statement.Resource), name).toContain(':identity/dev.chikitsa360.in');
      }
    }
  });
});

describe('HTTP API', () => {
  it('has exactly one route per route table entry, with the exact route key, to its context function', () => {
    const api = devTemplates.api;
    const routes = Object.values(api.findResources('AWS::ApiGatewayV2::Route')).filter(
      (route) => !String(route.Properties.RouteKey).startsWith('$'),
    );
    expect(routes.map((route) => route.Properties.RouteKey).sort()).toEqual(
      (httpRoutes as readonly HttpRoute[]).map(routeKey).sort(),
    );
    const integrations = api.findResources('AWS::ApiGatewayV2::Integration');
    for (const route of httpRoutes as readonly HttpRoute[]) {
      const resource = routes.find((candidate) => candidate.Properties.RouteKey === routeKey(route))!;
      const integrationId = resource.Properties.Target['Fn::Join'][1][1].Ref as string;
      const uri = integrations[integrationId]!.Properties.IntegrationUri;
      expect(uri['Fn::GetAtt'][0], routeKey(route)).toMatch(
        new RegExp(`^${pascal(route.context)}Function[0-9A-F]{8}$`),
      );
    }
  });

  it('serves the $default stage with throttling and access logs', () => {
    devTemplates.api.hasResourceProperties('AWS::ApiGatewayV2::Stage', {
      StageName: '$default',
      AutoDeploy: true,
      DefaultRouteSettings: { ThrottlingRateLimit: 20, ThrottlingBurstLimit: 40 },
      AccessLogSettings: { DestinationArn: Match.anyValue(), Format: Match.stringLikeRegexp('requestId') },
    });
    prodTemplates.api.hasResourceProperties('AWS::ApiGatewayV2::Stage', {
      StageName: '$default',
      DefaultRouteSettings: { ThrottlingRateLimit: 200, ThrottlingBurstLimit: 400 },
    });
  });
});

describe('WebSocket API', () => {
  it('routes $connect, $disconnect and $default to the chat function on the auto-deployed live stage', () => {
    const api = devTemplates.api;
    const routes = Object.values(api.findResources('AWS::ApiGatewayV2::Route')).filter((route) =>
      String(route.Properties.RouteKey).startsWith('$'),
    );
    expect(routes.map((route) => route.Properties.RouteKey).sort()).toEqual([...wsRoutes].sort());
    const chat = logicalIds(api, 'AWS::Lambda::Function', 'ChatFunction')[0];
    api.hasResourceProperties('AWS::ApiGatewayV2::Integration', {
      ApiId: { Ref: Match.stringLikeRegexp('^WebSocketApi') },
      IntegrationUri: Match.objectLike({
        'Fn::Join': ['', Match.arrayWith([{ 'Fn::GetAtt': [chat, 'Arn'] }])],
      }),
    });
    api.hasResourceProperties('AWS::ApiGatewayV2::Stage', { StageName: 'live', AutoDeploy: true });
  });

  it('throttles the live stage like the HTTP API', () => {
    devTemplates.api.hasResourceProperties('AWS::ApiGatewayV2::Stage', {
      StageName: 'live',
      DefaultRouteSettings: { ThrottlingRateLimit: 20, ThrottlingBurstLimit: 40 },
    });
  });

  it('lets only the functions that push to or close sockets manage connections, of this API stage only', () => {
    // chat pushes frames; appointments and admin close a room when its appointment is cancelled or a
    // party is disabled.
    const managers = ['Chat', 'Appointments', 'Admin'];
    const grants = Object.values(devTemplates.api.findResources('AWS::IAM::Policy')).filter((policy) =>
      JSON.stringify(policy).includes('execute-api:ManageConnections'),
    );
    expect(grants).toHaveLength(managers.length);
    for (const name of managers) {
      const fn = functionProps(devTemplates.api, `${name}Function`);
      expect(JSON.stringify(fn.Environment.Variables.WS_MANAGEMENT_ENDPOINT)).toMatch(/WebSocketApi.*\/live/);
      const grant = grants.find((g) => JSON.stringify(g.Properties.Roles).includes(`${name}FunctionRole`));
      expect(JSON.stringify(grant)).toContain('/live/*/@connections/*');
    }
    const others = ['Accounts', 'Discovery', 'Payments', 'Recordings', 'Content'];
    for (const name of others)
      expect(functionProps(devTemplates.api, `${name}Function`).Environment.Variables).not.toHaveProperty(
        'WS_MANAGEMENT_ENDPOINT',
      );
  });
});

describe('transcription pipeline', () => {
  function definition(template: Template) {
    const [machine] = Object.values(template.findResources('AWS::StepFunctions::StateMachine'));
    return { machine: machine!.Properties, asl: JSON.parse(machine!.Properties.DefinitionString) };
  }

  it('deploys lib/pipeline/transcription.asl.json as it is', () => {
    const { asl } = definition(devTemplates.pipeline);
    expect(asl).toEqual(JSON.parse(readFileSync(TRANSCRIPTION_ASL_PATH, 'utf8')));
    expect(asl.QueryLanguage ?? 'JSONPath').toBe('JSONPath');
  });

  it('chains the task states in order, each invoking the steps function with its own name', () => {
    const { machine, asl } = definition(devTemplates.pipeline);
    expect(asl.StartAt).toBe(taskStates[0]);
    taskStates.forEach((name, index) => {
      const state = asl.States[name];
      expect(state, name).toMatchObject({
        Type: 'Task',
        // biome-ignore lint/suspicious/noTemplateCurlyInString: the ASL placeholder DefinitionSubstitutions fills
        Resource: '${TranscriptionStepsArn}',
        Parameters: { step: name, 'input.$': '$' },
        ResultPath: `$.${name}`,
      });
      if (index < taskStates.length - 1) expect(state.Next).toBe(taskStates[index + 1]);
      else expect(state.End).toBe(true);
    });
    const steps = logicalIds(devTemplates.pipeline, 'AWS::Lambda::Function', 'TranscriptionSteps')[0];
    expect(machine.DefinitionSubstitutions).toEqual({
      TranscriptionStepsArn: { 'Fn::GetAtt': [steps, 'Arn'] },
    });
  });

  it('retries transient errors with backoff and catches everything into MarkFailed', () => {
    const { asl } = definition(devTemplates.pipeline);
    for (const name of [...taskStates, 'MarkFailed']) {
      expect(asl.States[name].Retry, name).toEqual([
        {
          ErrorEquals: expect.arrayContaining([
            'States.Timeout',
            'Lambda.ServiceException',
            'Lambda.TooManyRequestsException',
            'TransientError',
            'ThrottlingError',
          ]),
          IntervalSeconds: 2,
          BackoffRate: 2,
          MaxAttempts: 4,
        },
      ]);
    }
    for (const name of taskStates.filter((state) => state !== 'DeleteAudio')) {
      expect(asl.States[name].Catch, name).toEqual([
        { ErrorEquals: ['States.ALL'], ResultPath: '$.error', Next: 'MarkFailed' },
      ]);
    }
    // The transcript is delivered by then; a failed deletion must not mark it FAILED.
    expect(asl.States.DeleteAudio.Catch).toEqual([
      { ErrorEquals: ['States.ALL'], ResultPath: '$.error', Next: 'AudioNotDeleted' },
    ]);
    expect(asl.States.MarkFailed).toMatchObject({ Type: 'Task', Next: 'TranscriptionFailed' });
    expect(asl.States.TranscriptionFailed.Type).toBe('Fail');
    expect(asl.States.AudioNotDeleted.Type).toBe('Fail');
  });

  it('logs everything to a KMS-encrypted log group and traces with X-Ray', () => {
    const { machine } = definition(devTemplates.pipeline);
    expect(machine.LoggingConfiguration).toMatchObject({ Level: 'ALL', IncludeExecutionData: true });
    expect(machine.TracingConfiguration).toEqual({ Enabled: true });
    const logGroupId =
      machine.LoggingConfiguration.Destinations[0].CloudWatchLogsLogGroup.LogGroupArn['Fn::GetAtt'][0];
    expect(
      devTemplates.pipeline.findResources('AWS::Logs::LogGroup')[logGroupId]!.Properties.KmsKeyId,
    ).toBeDefined();
  });

  it('starts a transcription when a recording final marker lands in recordings/', () => {
    const pipeline = devTemplates.pipeline;
    const starter = logicalIds(pipeline, 'AWS::Lambda::Function', 'RecordingStarter')[0];
    pipeline.hasResourceProperties('Custom::S3BucketNotifications', {
      BucketName: { 'Fn::Join': ['', ['chikitsa360-dev-recordings-', { Ref: 'AWS::AccountId' }]] },
      NotificationConfiguration: {
        LambdaFunctionConfigurations: [
          {
            Events: ['s3:ObjectCreated:*'],
            Filter: {
              Key: {
                FilterRules: Match.arrayWith([
                  { Name: 'suffix', Value: '/final.json' },
                  { Name: 'prefix', Value: 'recordings/' },
                ]),
              },
            },
            LambdaFunctionArn: { 'Fn::GetAtt': [starter, 'Arn'] },
          },
        ],
      },
    });
    const props = functionProps(pipeline, 'RecordingStarter');
    const [stateMachine] = Object.keys(pipeline.findResources('AWS::StepFunctions::StateMachine'));
    expect(props.Environment.Variables.STATE_MACHINE_ARN).toEqual({ Ref: stateMachine });
    const start = statementsOf(devTemplates, 'recordingStarter').find((s) =>
      s.Action.includes('states:StartExecution'),
    );
    expect(start?.Resource).toEqual([{ Ref: stateMachine }]);
  });
});

describe('edge: CloudFront', () => {
  function distributionConfig(template: Template) {
    const [distribution] = Object.values(template.findResources('AWS::CloudFront::Distribution'));
    return distribution!.Properties.DistributionConfig;
  }
  function headersPolicy(template: Template) {
    const [policy] = Object.values(template.findResources('AWS::CloudFront::ResponseHeadersPolicy'));
    return policy!.Properties.ResponseHeadersPolicyConfig;
  }
  /** The CSP with its deploy-time tokens (the bucket's account id) flattened. */
  function csp(template: Template): Map<string, string[]> {
    const value = headersPolicy(template).SecurityHeadersConfig.ContentSecurityPolicy.ContentSecurityPolicy;
    const text =
      typeof value === 'string'
        ? value
        : (value['Fn::Join'][1] as unknown[])
            .map((part) => (typeof part === 'string' ? part : `<${JSON.stringify(part)}>`))
            .join('');
    return new Map(
      text.split('; ').map((directive) => {
        const [name, ...values] = directive.split(' ');
        return [name!, values];
      }),
    );
  }

  it('serves the private site bucket through Origin Access Control, over https, compressed and cached', () => {
    const web = devTemplates.web;
    // The site's bucket and the media bucket (photos), each through its own OAC.
    web.resourceCountIs('AWS::CloudFront::OriginAccessControl', 2);
    const config = distributionConfig(web);
    const siteOrigin = config.Origins.find((origin: { S3OriginConfig?: unknown }) => origin.S3OriginConfig);
    expect(siteOrigin.OriginAccessControlId).toBeDefined();
    expect(config.DefaultCacheBehavior).toMatchObject({
      TargetOriginId: siteOrigin.Id,
      ViewerProtocolPolicy: 'redirect-to-https',
      Compress: true,
      CachePolicyId: CACHING_OPTIMIZED,
    });
    web.hasResourceProperties('AWS::S3::BucketPolicy', {
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({ Principal: { Service: 'cloudfront.amazonaws.com' }, Action: 's3:GetObject' }),
        ]),
      },
    });
    expect(web.findResources('AWS::S3::Bucket')).not.toHaveProperty('WebsiteConfiguration');
  });

  it('sends /api/* and /ws uncached, with every viewer header, cookie and query string but Host, to the two APIs', () => {
    const config = distributionConfig(devTemplates.web);
    const behaviour = (pattern: string) =>
      config.CacheBehaviors.find((candidate: { PathPattern: string }) => candidate.PathPattern === pattern);
    for (const pattern of ['/api/*', '/ws']) {
      expect(behaviour(pattern), pattern).toMatchObject({
        CachePolicyId: CACHING_DISABLED,
        OriginRequestPolicyId: ALL_VIEWER_EXCEPT_HOST_HEADER,
        AllowedMethods: expect.arrayContaining(['GET', 'POST', 'PUT', 'PATCH', 'DELETE']),
        ViewerProtocolPolicy: 'https-only',
        ResponseHeadersPolicyId: { Ref: expect.stringMatching(/^SecurityHeaders/) },
      });
    }
    const originDomain = (pattern: string) =>
      JSON.stringify(
        config.Origins.find((origin: { Id: string }) => origin.Id === behaviour(pattern).TargetOriginId)
          .DomainName,
      );
    expect(originDomain('/api/*')).toMatch(/HttpApi.*execute-api/);
    expect(originDomain('/ws')).toMatch(/WebSocketApi.*execute-api/);
    for (const origin of config.Origins.filter(
      (o: { CustomOriginConfig?: unknown }) => o.CustomOriginConfig,
    )) {
      expect(origin.CustomOriginConfig).toMatchObject({
        OriginProtocolPolicy: 'https-only',
        OriginSSLProtocols: ['TLSv1.2'],
      });
    }
    // Distribution-wide error pages would replace the API's JSON 403/404 with HTML.
    expect(config.CustomErrorResponses).toBeUndefined();
  });

  it("serves doctors' photos at /media/* from the private media bucket through OAC, cached, GET and HEAD only", () => {
    const web = devTemplates.web;
    const config = distributionConfig(web);
    const media = config.CacheBehaviors.find((b: { PathPattern: string }) => b.PathPattern === '/media/*');
    expect(media).toMatchObject({
      CachePolicyId: CACHING_OPTIMIZED,
      AllowedMethods: ['GET', 'HEAD'],
      ViewerProtocolPolicy: 'redirect-to-https',
    });
    const origin = config.Origins.find((o: { Id: string }) => o.Id === media.TargetOriginId);
    expect(origin.OriginAccessControlId).toBeDefined();
    expect(JSON.stringify(origin.DomainName)).toMatch(/MediaBucket/);
    web.hasResourceProperties('AWS::S3::Bucket', {
      BucketName: { 'Fn::Join': ['', ['chikitsa360-dev-media-', { Ref: 'AWS::AccountId' }]] },
      PublicAccessBlockConfiguration: {
        BlockPublicAcls: true,
        BlockPublicPolicy: true,
        IgnorePublicAcls: true,
        RestrictPublicBuckets: true,
      },
      // Uploads never published go after a day.
      LifecycleConfiguration: {
        Rules: Match.arrayWith([Match.objectLike({ Prefix: 'uploads/photos/', ExpirationInDays: 1 })]),
      },
    });
  });

  it('sends a generated secret header to both APIs, and only the API functions require it (no way around the WAF)', () => {
    for (const [stage, templates] of [
      ['dev', devTemplates],
      ['prod', prodTemplates],
    ] as const) {
      const reference = `{{resolve:secretsmanager:${originVerifySecretName(stage)}:SecretString:::}}`;
      templates.data.hasResourceProperties('AWS::SecretsManager::Secret', {
        Name: originVerifySecretName(stage),
        GenerateSecretString: Match.objectLike({ PasswordLength: 48, ExcludePunctuation: true }),
        KmsKeyId: Match.anyValue(),
      });
      const config = distributionConfig(templates.web);
      const originOf = (pattern: string) => {
        const target = config.CacheBehaviors.find(
          (b: { PathPattern: string }) => b.PathPattern === pattern,
        ).TargetOriginId;
        return config.Origins.find((o: { Id: string }) => o.Id === target);
      };
      for (const pattern of ['/api/*', '/ws'])
        expect(originOf(pattern).OriginCustomHeaders, `${stage} ${pattern}`).toEqual([
          { HeaderName: ORIGIN_VERIFY_HEADER, HeaderValue: reference },
        ]);
      const site = config.Origins.find((o: { S3OriginConfig?: unknown }) => o.S3OriginConfig);
      expect(site.OriginCustomHeaders).toBeUndefined();

      for (const name of functionNames) {
        const { stack, id } = locate(name);
        const variables = functionProps(templates[stack], id).Environment.Variables;
        if ((contextsWithRoutes() as string[]).includes(name))
          expect(variables.ORIGIN_VERIFY, `${stage} ${name}`).toBe(reference);
        else expect(variables, `${stage} ${name}`).not.toHaveProperty('ORIGIN_VERIFY');
      }
    }
  });

  it('rewrites /ws to the WebSocket stage path, keeping the query string', () => {
    const functions = devTemplates.web.findResources('AWS::CloudFront::Function');
    const [, wsFunction] = Object.entries(functions).find(([id]) => id.startsWith('WebSocketPath'))!;
    const handler = new Function(`${wsFunction.Properties.FunctionCode}; return handler;`)();
    const request = { uri: '/ws', querystring: { appointmentId: { value: 'a1' } } };
    expect(handler({ request })).toEqual({ uri: '/live', querystring: { appointmentId: { value: 'a1' } } });
  });

  it('maps site directory URLs to index.html and missing pages to /404.html', () => {
    const functions = Object.entries(devTemplates.web.findResources('AWS::CloudFront::Function'));
    const code = (prefix: string) =>
      functions.find(([id]) => id.startsWith(prefix))![1].Properties.FunctionCode;
    const sitePaths = new Function(`${code('SitePaths')}; return handler;`)();
    const uri = (path: string) => sitePaths({ request: { uri: path } }).uri;
    expect([uri('/'), uri('/doctors/'), uri('/doctors'), uri('/_astro/app.js')]).toEqual([
      '/index.html',
      '/doctors/index.html',
      '/doctors/index.html',
      '/_astro/app.js',
    ]);
    const notFound = new Function(`${code('SiteNotFound')}; return handler;`)();
    const respond = (path: string, statusCode: number) =>
      notFound({ request: { uri: path }, response: { statusCode, headers: {} } });
    expect(respond('/nope/index.html', 403)).toMatchObject({
      statusCode: 302,
      headers: { location: { value: '/404.html' } },
    });
    expect(respond('/404.html', 200).statusCode).toBe(404);
    expect(respond('/index.html', 200).statusCode).toBe(200);
  });

  it("sends a reader to their language's page before the cache: the site's viewer-request function runs localeRedirect", () => {
    const functions = Object.entries(devTemplates.web.findResources('AWS::CloudFront::Function'));
    const [sitePathsId, sitePathsFn] = functions.find(([id]) => id.startsWith('SitePaths'))!;
    const distribution = Object.values(devTemplates.web.findResources('AWS::CloudFront::Distribution'))[0]!;
    expect(
      distribution.Properties.DistributionConfig.DefaultCacheBehavior.FunctionAssociations,
    ).toContainEqual({
      EventType: 'viewer-request',
      FunctionARN: { 'Fn::GetAtt': [sitePathsId, 'FunctionARN'] },
    });
    const handler = new Function(`${sitePathsFn.Properties.FunctionCode}; return handler;`)();
    const visit = (uri: string, acceptLanguage?: string, choice?: string) =>
      handler({
        request: {
          uri,
          headers: acceptLanguage ? { 'accept-language': { value: acceptLanguage } } : {},
          cookies: choice ? { [LOCALE_COOKIE]: { value: choice } } : {},
          querystring: { specialty: { value: 'cardiology' } },
        },
      });
    expect(visit('/doctors/', 'hi-IN,hi;q=0.9,en;q=0.8')).toEqual({
      statusCode: 302,
      statusDescription: 'Found',
      headers: {
        location: { value: '/hi/doctors/?specialty=cardiology' },
        'cache-control': { value: 'no-store' },
      },
    });
    expect(visit('/', 'en', 'hi').headers.location.value).toBe('/hi/?specialty=cardiology');
    // An English reader, a reader who chose English, the API, assets and pages already in Hindi stay.
    expect(visit('/doctors/', 'en-IN,hi;q=0.5').uri).toBe('/doctors/index.html');
    expect(visit('/doctors/', 'hi', 'en').uri).toBe('/doctors/index.html');
    expect(visit('/_astro/app.js', 'hi').uri).toBe('/_astro/app.js');
    expect(visit('/hi/doctors/', 'hi').uri).toBe('/hi/doctors/index.html');
    const notFound = new Function(
      `${functions.find(([id]) => id.startsWith('SiteNotFound'))![1].Properties.FunctionCode}; return handler;`,
    )();
    expect(
      notFound({ request: { uri: '/hi/nope/index.html' }, response: { statusCode: 403, headers: {} } })
        .headers.location.value,
    ).toBe('/hi/404.html');
    expect(
      notFound({ request: { uri: '/hi/404.html' }, response: { statusCode: 200, headers: {} } }).statusCode,
    ).toBe(404);
  });

  it('sets HSTS (2 years, preload), X-Frame-Options DENY, nosniff, strict referrer and the Permissions-Policy', () => {
    devTemplates.web.hasResourceProperties('AWS::CloudFront::ResponseHeadersPolicy', {
      ResponseHeadersPolicyConfig: {
        SecurityHeadersConfig: {
          StrictTransportSecurity: {
            AccessControlMaxAgeSec: 63072000,
            IncludeSubdomains: true,
            Preload: true,
            Override: true,
          },
          FrameOptions: { FrameOption: 'DENY', Override: true },
          ContentTypeOptions: { Override: true },
          ReferrerPolicy: { ReferrerPolicy: 'strict-origin-when-cross-origin', Override: true },
          ContentSecurityPolicy: { ContentSecurityPolicy: Match.anyValue(), Override: true },
        },
        CustomHeadersConfig: {
          Items: [{ Header: 'Permissions-Policy', Value: PERMISSIONS_POLICY, Override: true }],
        },
      },
    });
    expect(PERMISSIONS_POLICY).toBe('camera=(self), microphone=(self), geolocation=()');
  });

  it('sends a CSP without unsafe-inline or unsafe-eval, allowing exactly the origins in use', () => {
    for (const template of [devTemplates.web, prodTemplates.web]) {
      const text = JSON.stringify(headersPolicy(template).SecurityHeadersConfig.ContentSecurityPolicy);
      expect(text).not.toMatch(/unsafe-inline|unsafe-eval|unsafe-hashes|\* |'strict-dynamic'/);
    }
    const bucket = '<{"Ref":"AWS::AccountId"}>';
    // dev: Razorpay, p2p video.
    const devPolicy = csp(devTemplates.web);
    expect(devPolicy.get('default-src')).toEqual(["'self'"]);
    expect(devPolicy.get('script-src')).toEqual(["'self'", ...razorpayOrigins.script]);
    expect(devPolicy.get('style-src')).toEqual(["'self'"]);
    expect(devPolicy.get('img-src')).toEqual(["'self'", 'data:', 'blob:', 'https:', ...razorpayOrigins.img]);
    expect(devPolicy.get('media-src')).toEqual(["'self'", 'blob:']);
    expect(devPolicy.get('connect-src')).toEqual([
      "'self'",
      'wss://app-origin-not-configured.invalid',
      `https://chikitsa360-dev-recordings-${bucket}.s3.ap-south-1.<{"Ref":"AWS::URLSuffix"}>`,
      `https://chikitsa360-dev-documents-${bucket}.s3.ap-south-1.<{"Ref":"AWS::URLSuffix"}>`,
      `https://chikitsa360-dev-media-${bucket}.s3.ap-south-1.<{"Ref":"AWS::URLSuffix"}>`,
      ...razorpayOrigins.connect,
    ]);
    expect(devPolicy.get('frame-src')).toEqual([...razorpayOrigins.frame]);
    expect(devPolicy.get('frame-ancestors')).toEqual(["'none'"]);
    expect(devPolicy.get('object-src')).toEqual(["'none'"]);
    // prod: Razorpay and Daily, on the stage's domain.
    const prodPolicy = csp(prodTemplates.web);
    expect(prodPolicy.get('script-src')).toEqual([
      "'self'",
      ...razorpayOrigins.script,
      ...dailyOrigins.script,
    ]);
    expect(prodPolicy.get('connect-src')).toEqual([
      "'self'",
      'wss://chikitsa360.in',
      `https://chikitsa360-prod-recordings-${bucket}.s3.ap-south-1.<{"Ref":"AWS::URLSuffix"}>`,
      `https://chikitsa360-prod-documents-${bucket}.s3.ap-south-1.<{"Ref":"AWS::URLSuffix"}>`,
      `https://chikitsa360-prod-media-${bucket}.s3.ap-south-1.<{"Ref":"AWS::URLSuffix"}>`,
      ...razorpayOrigins.connect,
      ...dailyOrigins.connect,
    ]);
  });

  it('deploys the built site only when there is one', () => {
    devTemplates.web.resourceCountIs('Custom::CDKBucketDeployment', 1);
    prodTemplates.web.resourceCountIs('Custom::CDKBucketDeployment', 0);
  });

  it('uses the domain with TLS 1.2 (2021) in prod', () => {
    expect(distributionConfig(prodTemplates.web)).toMatchObject({
      Aliases: ['chikitsa360.in'],
      ViewerCertificate: { MinimumProtocolVersion: 'TLSv1.2_2021', SslSupportMethod: 'sni-only' },
    });
  });

  it('is protected by the WAF web ACL of the us-east-1 stack', () => {
    for (const [templates, built] of [
      [devTemplates, dev],
      [prodTemplates, prod],
    ] as const) {
      expect(distributionConfig(templates.web).WebACLId).toEqual({
        'Fn::GetStackOutput': {
          StackName: built.stacks.waf.stackName,
          Region: WAF_REGION,
          OutputName: expect.stringMatching(/WebAcl.*Arn/),
        },
      });
    }
  });
});

describe('edge: AWS WAF', () => {
  it('is a CLOUDFRONT-scope web ACL: IP reputation, known bad inputs, common rules, and a rate limit on /api/auth/*', () => {
    const waf = prodTemplates.waf;
    waf.resourceCountIs('AWS::WAFv2::WebACL', 1);
    const [acl] = Object.values(waf.findResources('AWS::WAFv2::WebACL'));
    expect(acl!.Properties).toMatchObject({ Scope: 'CLOUDFRONT', DefaultAction: { Allow: {} } });
    const rules = acl!.Properties.Rules as Record<string, any>[];
    expect(rules.map((rule) => rule.Name)).toEqual(['AuthRateLimit', ...managedRuleGroups]);
    expect(rules[0]).toMatchObject({
      Priority: 0,
      Action: { Block: {} },
      Statement: {
        RateBasedStatement: {
          Limit: prod.config.authRateLimit,
          AggregateKeyType: 'IP',
          EvaluationWindowSec: 300,
          ScopeDownStatement: {
            ByteMatchStatement: {
              FieldToMatch: { UriPath: {} },
              PositionalConstraint: 'STARTS_WITH',
              SearchString: AUTH_PATH_PREFIX,
            },
          },
        },
      },
    });
    for (const rule of rules.slice(1)) {
      expect(rule).toMatchObject({
        OverrideAction: { None: {} },
        Statement: { ManagedRuleGroupStatement: { VendorName: 'AWS', Name: rule.Name } },
        VisibilityConfig: { CloudWatchMetricsEnabled: true, SampledRequestsEnabled: true },
      });
    }
    expect(AUTH_PATH_PREFIX).toBe('/api/auth/');
    expect(dev.config.authRateLimit).toBeLessThan(prod.config.authRateLimit);
  });

  it('logs requests to an encrypted aws-waf-logs-* group, without cookies or authorization headers', () => {
    const waf = prodTemplates.waf;
    waf.hasResourceProperties('AWS::Logs::LogGroup', {
      LogGroupName: 'aws-waf-logs-chikitsa360-prod',
      KmsKeyId: Match.anyValue(),
      RetentionInDays: 365,
    });
    waf.hasResourceProperties('AWS::WAFv2::LoggingConfiguration', {
      ResourceArn: { 'Fn::GetAtt': [Match.stringLikeRegexp('^WebAcl'), 'Arn'] },
      RedactedFields: [{ SingleHeader: { Name: 'cookie' } }, { SingleHeader: { Name: 'authorization' } }],
    });
  });
});

describe('operations: alarms', () => {
  it('emails every alarm to the ops address through a KMS-encrypted topic', () => {
    const monitoring = devTemplates.monitoring;
    monitoring.hasResourceProperties('AWS::SNS::Subscription', {
      Protocol: 'email',
      Endpoint: dev.config.alarmEmail,
    });
    monitoring.hasResourceProperties('AWS::SNS::Topic', { KmsMasterKeyId: Match.anyValue() });
    const alarms = Object.values(monitoring.findResources('AWS::CloudWatch::Alarm'));
    // Errors and throttles per function; API 5xx rate; WebSocket integration, execution and connection
    // errors; failed and timed-out transcriptions; the starter's and the document checker's dead letters.
    expect(alarms).toHaveLength(functionNames.length * 2 + 1 + 3 + 2 + 2);
    for (const alarm of alarms) expect(alarm.Properties.AlarmActions).toHaveLength(1);
  });

  it('watches each function for errors and throttles', () => {
    const alarms = Object.values(devTemplates.monitoring.findResources('AWS::CloudWatch::Alarm'));
    for (const metric of ['Errors', 'Throttles']) {
      const watched = alarms.filter(
        (a) => a.Properties.MetricName === metric && a.Properties.Namespace === 'AWS/Lambda',
      );
      expect(watched, metric).toHaveLength(functionNames.length);
    }
  });

  it('alarms on the HTTP API 5xx rate, WebSocket errors, transcription failures and dead letters', () => {
    const alarms = Object.values(devTemplates.monitoring.findResources('AWS::CloudWatch::Alarm'));
    const rate = alarms.find((a) => a.Properties.Metrics?.some((m: { Expression?: string }) => m.Expression));
    expect(JSON.stringify(rate?.Properties.Metrics)).toContain(
      'IF(requests > 0, 100 * errors / requests, 0)',
    );
    expect(JSON.stringify(rate?.Properties.Metrics)).toMatch(
      /"MetricName":"5xx".*"MetricName":"Count"|"MetricName":"Count".*"MetricName":"5xx"/,
    );
    const named = (metric: string) => alarms.filter((a) => a.Properties.MetricName === metric);
    for (const metric of ['IntegrationError', 'ExecutionError', 'ClientError']) {
      expect(named(metric), metric).toHaveLength(1);
      expect(named(metric)[0]!.Properties.Dimensions).toEqual(
        expect.arrayContaining([expect.objectContaining({ Name: 'Stage', Value: 'live' })]),
      );
    }
    expect(named('ExecutionsFailed')).toHaveLength(1);
    expect(named('ExecutionsTimedOut')).toHaveLength(1);
    expect(named('ApproximateNumberOfMessagesVisible')).toHaveLength(2);
  });
});
