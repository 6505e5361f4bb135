/**
 * The synthesized stacks, as `npm run synth` builds them. Bundling every function takes a few seconds, so
 * each app is built once for the whole file: dev (with a stand-in site, so the site deployment and its
 * cdk-nag acknowledgements are exercised too) and prod (without bundling and without a site).
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { config, resetConfigForTests } from '../../functions/core/config.ts';
import { contextsWithRoutes, type HttpRoute, httpRoutes, routeKey, wsRoutes } from '../../lib/routes.ts';
import { buildApp, type ChikitsaApp, unusedAcknowledgements } from '../../lib/stacks/app.ts';
import { TRANSCRIPTION_ASL_PATH } from '../../lib/stacks/pipeline-stack.ts';
import { tableShape } from '../../lib/table.ts';

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
      stage: 'prod',
      certificateArn: 'arn:aws:acm:us-east-1:111111111111:certificate/test',
      razorpayKeyId: 'rzp_live_test',
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

describe('cdk-nag', () => {
  it('passes with every acknowledgement matching a finding (none stale)', () => {
    expect(unusedAcknowledgements(dev.app)).toEqual([]);
    expect(unusedAcknowledgements(prod.app)).toEqual([]);
  });
});

describe('data stack', () => {
  it('has the single table of lib/table.ts: keys, 3 GSIs, TTL, PITR, KMS, on demand', () => {
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
    prodTemplates.data.hasResourceProperties('AWS::DynamoDB::Table', { DeletionProtectionEnabled: true });
    prodTemplates.data.hasResource('AWS::DynamoDB::Table', { DeletionPolicy: 'Retain' });
  });

  it('rotates every KMS key', () => {
    for (const template of Object.values(devTemplates)) {
      for (const key of Object.values(template.findResources('AWS::KMS::Key'))) {
        expect(key.Properties.EnableKeyRotation).toBe(true);
      }
    }
  });

  it('keeps recordings private, KMS-encrypted, versioned, TLS-only and short-lived', () => {
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
      PublicAccessBlockConfiguration: {
        BlockPublicAcls: true,
        BlockPublicPolicy: true,
        IgnorePublicAcls: true,
        RestrictPublicBuckets: true,
      },
      VersioningConfiguration: { Status: 'Enabled' },
      LoggingConfiguration: { DestinationBucketName: Match.anyValue() },
      LifecycleConfiguration: {
        Rules: [Match.objectLike({ Prefix: 'recordings/', ExpirationInDays: 3, Status: 'Enabled' })],
      },
      CorsConfiguration: {
        CorsRules: [Match.objectLike({ AllowedMethods: ['POST'], AllowedOrigins: [dev.config.appOrigin] })],
      },
    });
    data.hasResourceProperties('AWS::S3::BucketPolicy', {
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
    prodTemplates.data.hasResourceProperties('AWS::S3::Bucket', {
      CorsConfiguration: { CorsRules: [Match.objectLike({ AllowedOrigins: ['https://chikitsa360.in'] })] },
    });
  });

  it('keeps provider secrets in one KMS-encrypted secret read by payments, appointments, pipeline only', () => {
    devTemplates.data.hasResourceProperties('AWS::SecretsManager::Secret', {
      Name: 'chikitsa360/dev/providers',
      SecretString: '{}',
      KmsKeyId: Match.anyValue(),
    });
    const readers = Object.values(devTemplates)
      .flatMap((template) => Object.values(template.findResources('AWS::IAM::Policy')))
      .filter((policy) => JSON.stringify(policy).includes('secretsmanager:GetSecretValue'))
      .map((policy) => policy.Properties.Roles[0].Ref as string)
      .sort();
    expect(readers).toEqual([
      expect.stringMatching(/^AppointmentsFunctionRole/),
      expect.stringMatching(/^PaymentsFunctionRole/),
      expect.stringMatching(/^TranscriptionStepsRole/),
    ]);
  });

  it('blocks public access on every bucket of the app', () => {
    for (const template of Object.values(devTemplates)) {
      for (const bucket of Object.values(template.findResources('AWS::S3::Bucket'))) {
        expect(bucket.Properties.PublicAccessBlockConfiguration).toEqual({
          BlockPublicAcls: true,
          BlockPublicPolicy: true,
          IgnorePublicAcls: true,
          RestrictPublicBuckets: true,
        });
      }
    }
  });
});

describe('auth stack', () => {
  it('has the user pool with the API password rules, email sign-in and email-only recovery', () => {
    const auth = devTemplates.auth;
    auth.hasResourceProperties('AWS::Cognito::UserPool', {
      UsernameAttributes: ['email'],
      AutoVerifiedAttributes: ['email'],
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
        Statement: [
          {
            Effect: 'Allow',
            Action: 'cognito-idp:AdminAddUserToGroup',
            Resource: { 'Fn::GetAtt': [Match.stringLikeRegexp('^UserPool'), 'Arn'] },
          },
        ],
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

  it('gives every function an environment that functions/core/config.ts accepts', () => {
    const functions = Object.values(devTemplates).flatMap((template) =>
      Object.values(template.findResources('AWS::Lambda::Function')).filter(
        (fn) => fn.Properties.Runtime === 'nodejs24.x',
      ),
    );
    expect(functions).toHaveLength(contextsWithRoutes().length + 4);
    const saved = { ...process.env };
    try {
      for (const fn of functions) {
        // Deploy-time values (references) stand in as a URL, which satisfies every field's schema.
        const variables = Object.entries(fn.Properties.Environment.Variables as Record<string, unknown>);
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

  it('never grants Scan, and reads-only contexts cannot write', () => {
    for (const template of Object.values(devTemplates)) {
      expect(JSON.stringify(template.toJSON())).not.toContain('dynamodb:Scan');
    }
    const contentRole = logicalIds(devTemplates.api, 'AWS::IAM::Role', 'ContentFunctionRole')[0];
    const contentPolicy = Object.values(devTemplates.api.findResources('AWS::IAM::Policy')).find((policy) =>
      policy.Properties.Roles.some((role: { Ref: string }) => role.Ref === contentRole),
    );
    expect(JSON.stringify(contentPolicy)).toContain('dynamodb:Query');
    expect(JSON.stringify(contentPolicy)).not.toMatch(
      /dynamodb:(PutItem|UpdateItem|DeleteItem|BatchWriteItem)/,
    );
  });

  it('runs the hold sweeper every minute', () => {
    const sweeper = logicalIds(devTemplates.api, 'AWS::Lambda::Function', 'Sweeper')[0];
    devTemplates.api.hasResourceProperties('AWS::Events::Rule', {
      ScheduleExpression: 'rate(1 minute)',
      Targets: [Match.objectLike({ Arn: { 'Fn::GetAtt': [sweeper, 'Arn'] } })],
    });
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

  it('lets only the chat function post to connections, of this API stage only', () => {
    const chat = functionProps(devTemplates.api, 'ChatFunction');
    expect(JSON.stringify(chat.Environment.Variables.WS_MANAGEMENT_ENDPOINT)).toMatch(/WebSocketApi.*\/live/);
    const grants = Object.values(devTemplates.api.findResources('AWS::IAM::Policy')).filter((policy) =>
      JSON.stringify(policy).includes('execute-api:ManageConnections'),
    );
    expect(grants).toHaveLength(1);
    expect(JSON.stringify(grants[0])).toContain('/live/*/@connections/*');
    expect(JSON.stringify(grants[0]?.Properties.Roles)).toContain('ChatFunctionRole');
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
                FilterRules: Match.arrayWith([{ Name: 'suffix', Value: '/final.json' }]),
              },
            },
            LambdaFunctionArn: { 'Fn::GetAtt': [starter, 'Arn'] },
          },
        ],
      },
    });
    pipeline.hasResourceProperties('Custom::S3BucketNotifications', {
      NotificationConfiguration: {
        LambdaFunctionConfigurations: [
          Match.objectLike({
            Filter: { Key: { FilterRules: Match.arrayWith([{ Name: 'prefix', Value: 'recordings/' }]) } },
          }),
        ],
      },
    });
    const props = functionProps(pipeline, 'RecordingStarter');
    const [stateMachine] = Object.keys(pipeline.findResources('AWS::StepFunctions::StateMachine'));
    expect(props.Environment.Variables.STATE_MACHINE_ARN).toEqual({ Ref: stateMachine });
    expect(props.DeadLetterConfig).toBeDefined();
    pipeline.hasResourceProperties('AWS::IAM::Policy', {
      PolicyDocument: {
        Statement: Match.arrayWith([
          { Effect: 'Allow', Action: 'states:StartExecution', Resource: { Ref: stateMachine } },
        ]),
      },
    });
  });

  it('lets the steps function reach recordings/ only, and send mail from the sender domain only', () => {
    const policies = JSON.stringify(devTemplates.pipeline.findResources('AWS::IAM::Policy'));
    expect(policies).toContain('/recordings/*');
    expect(policies).not.toMatch(/"s3:\w+\*"/);
    expect(policies).toContain(':identity/dev.chikitsa360.in');
  });
});

describe('web stack', () => {
  function distributionConfig(template: Template) {
    const [distribution] = Object.values(template.findResources('AWS::CloudFront::Distribution'));
    return distribution!.Properties.DistributionConfig;
  }

  it('serves the private site bucket through Origin Access Control, over https, compressed and cached', () => {
    const web = devTemplates.web;
    web.resourceCountIs('AWS::CloudFront::OriginAccessControl', 1);
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

  it('sends /api/* and /ws uncached, with every viewer header but Host, to the two APIs', () => {
    const config = distributionConfig(devTemplates.web);
    const behaviour = (pattern: string) =>
      config.CacheBehaviors.find((candidate: { PathPattern: string }) => candidate.PathPattern === pattern);
    for (const pattern of ['/api/*', '/ws']) {
      expect(behaviour(pattern), pattern).toMatchObject({
        CachePolicyId: CACHING_DISABLED,
        OriginRequestPolicyId: ALL_VIEWER_EXCEPT_HOST_HEADER,
        AllowedMethods: expect.arrayContaining(['GET', 'POST', 'PUT', 'PATCH', 'DELETE']),
        ViewerProtocolPolicy: 'https-only',
      });
    }
    const originDomain = (pattern: string) =>
      JSON.stringify(
        config.Origins.find((origin: { Id: string }) => origin.Id === behaviour(pattern).TargetOriginId)
          .DomainName,
      );
    expect(originDomain('/api/*')).toMatch(/HttpApi.*execute-api/);
    expect(originDomain('/ws')).toMatch(/WebSocketApi.*execute-api/);
    // Distribution-wide error pages would replace the API's JSON 403/404 with HTML.
    expect(config.CustomErrorResponses).toBeUndefined();
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

  it('sets the security headers', () => {
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
          ContentSecurityPolicy: {
            ContentSecurityPolicy: Match.stringLikeRegexp("default-src 'self'.*connect-src 'self' wss:"),
            Override: true,
          },
        },
        CustomHeadersConfig: {
          Items: [
            { Header: 'Permissions-Policy', Value: 'camera=(self), microphone=(self)', Override: true },
          ],
        },
      },
    });
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
});

describe('monitoring stack', () => {
  it('emails alarms for every function, API 5xx, failed transcriptions and dead-lettered recordings', () => {
    const monitoring = devTemplates.monitoring;
    monitoring.hasResourceProperties('AWS::SNS::Subscription', {
      Protocol: 'email',
      Endpoint: dev.config.alarmEmail,
    });
    monitoring.hasResourceProperties('AWS::SNS::Topic', { KmsMasterKeyId: Match.anyValue() });
    const alarms = Object.values(monitoring.findResources('AWS::CloudWatch::Alarm'));
    expect(alarms).toHaveLength(contextsWithRoutes().length + 4 + 3);
    for (const alarm of alarms) expect(alarm.Properties.AlarmActions).toHaveLength(1);
  });
});
