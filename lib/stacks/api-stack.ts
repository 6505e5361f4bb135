/**
 * The HTTP and WebSocket APIs, generated from the route table in lib/routes.ts: one function per bounded
 * context, one API Gateway route per table entry. Adding a route to the table needs no change here;
 * adding a context needs only its entry in `contextAccess`.
 */
import { Duration, Stack, type StackProps, Validations } from 'aws-cdk-lib';
import * as apigateway from 'aws-cdk-lib/aws-apigateway';
import * as apigwv2 from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpLambdaIntegration, WebSocketLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import type * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as events from 'aws-cdk-lib/aws-events';
import * as targets from 'aws-cdk-lib/aws-events-targets';
import * as iam from 'aws-cdk-lib/aws-iam';
import type { NodejsFunction } from 'aws-cdk-lib/aws-lambda-nodejs';
import * as logs from 'aws-cdk-lib/aws-logs';
import type * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import type { Construct } from 'constructs';
import {
  type ContextName,
  contextEntry,
  contextsWithRoutes,
  type HttpRoute,
  httpRoutes,
  recordingTrigger,
  routeKey,
  workerEntries,
  wsContext,
  wsRoutes,
} from '../routes.ts';
import { emailSender, type StageConfig } from '../stage-config.ts';
import { recordingsBucketName } from './data-stack.ts';
import { asLambdaEnvironment, type RuntimeEnvironment } from './environment.ts';
import {
  grantSecretRead,
  grantSendEmail,
  grantTableAccess,
  nagAccount,
  nagRef,
  type TableAccess,
  wildcardPolicy,
} from './grants.ts';
import { INVOKED_SYNCHRONOUSLY, type LogSettings, nodeFunction } from './node-function.ts';

/** The WebSocket API's only stage; CloudFront maps `/ws` onto it. */
export const WEBSOCKET_STAGE_NAME = 'live';

interface ContextAccess {
  readonly table: TableAccess;
  /** Sends email (SES) from the stage's sender identity. */
  readonly sendsEmail?: true;
  /** Reads the provider secrets (Razorpay for payments and refunds, Daily for video rooms). */
  readonly readsSecrets?: true;
  /** Serves GET /api/health, which probes the recordings bucket and the SES account. */
  readonly probesHealth?: true;
}

/**
 * What each context may do. Typed over every context, so a new context cannot get a function without
 * someone deciding its access. Grants for later features (presigned uploads, Cognito admin actions,
 * starting transcriptions, secrets) arrive with the issues that bring them.
 */
const contextAccess: Record<ContextName, ContextAccess> = {
  accounts: { table: 'readWrite' },
  discovery: { table: 'read' },
  appointments: { table: 'readWrite', sendsEmail: true, readsSecrets: true },
  payments: { table: 'readWrite', sendsEmail: true, readsSecrets: true },
  chat: { table: 'readWrite' },
  recordings: { table: 'readWrite' },
  content: { table: 'read', probesHealth: true },
  admin: { table: 'readWrite' },
};

export interface ApiStackProps extends StackProps {
  readonly config: StageConfig;
  readonly environment: RuntimeEnvironment;
  readonly table: dynamodb.ITable;
  readonly providerSecrets: secretsmanager.ISecret;
  readonly logSettings: LogSettings;
}

export class ApiStack extends Stack {
  readonly httpApi: apigwv2.HttpApi;
  readonly webSocketApi: apigwv2.WebSocketApi;
  readonly webSocketStage: apigwv2.WebSocketStage;
  /** The function of every context that has routes. */
  readonly contextFunctions: ReadonlyMap<ContextName, NodejsFunction>;
  readonly sweeper: NodejsFunction;

  constructor(scope: Construct, id: string, props: ApiStackProps) {
    super(scope, id, props);
    const { config } = props;

    const contextFunctions = new Map<ContextName, NodejsFunction>();
    for (const context of contextsWithRoutes()) {
      const fn = nodeFunction(this, `${pascalCase(context)}Function`, {
        entry: contextEntry(context),
        description: `The ${context} context${context === wsContext ? ' (also every WebSocket route)' : ''}`,
        logs: props.logSettings,
        environment: asLambdaEnvironment(props.environment),
        failedEvents: { noDeadLetterQueue: INVOKED_SYNCHRONOUSLY },
      });
      this.grantContextAccess(fn, contextAccess[context], props);
      contextFunctions.set(context, fn);
    }
    this.contextFunctions = contextFunctions;

    this.httpApi = this.createHttpApi(config, props.logSettings);
    this.webSocketApi = new apigwv2.WebSocketApi(this, 'WebSocketApi', {
      apiName: `chikitsa360-${config.stage}-ws`,
      description: 'Consultation room: chat, WebRTC signalling and presence',
    });
    this.webSocketStage = this.createWebSocketRoutes(config);

    this.sweeper = nodeFunction(this, 'Sweeper', {
      entry: workerEntries.sweeper,
      description:
        'Cancels unpaid holds after 15 minutes (freeing their slots) and closes abandoned recordings',
      logs: props.logSettings,
      environment: asLambdaEnvironment(props.environment),
      // Under the one-minute schedule, so runs never overlap by design.
      timeout: Duration.seconds(50),
      failedEvents: {
        noDeadLetterQueue: 'Runs every minute: the next run is the retry, and errors raise an alarm.',
      },
    });
    grantTableAccess(this.sweeper.role!, props.table, 'readWrite');
    // Closing an abandoned recording means writing its final marker, which starts the transcription.
    const markers = `arn:aws:s3:::${recordingsBucketName(props.config.stage, this.account)}/${recordingTrigger.prefix}*${recordingTrigger.suffix}`;
    wildcardPolicy(this, 'SweeperMarkerPolicy', {
      role: this.sweeper.role!,
      statements: [new iam.PolicyStatement({ actions: ['s3:PutObject'], resources: [markers] })],
      findings: [
        `AwsSolutions::AwsSolutions-IAM5[Resource::arn:aws:s3:::${recordingsBucketName(props.config.stage, nagAccount(this))}/${recordingTrigger.prefix}*${recordingTrigger.suffix}]`,
      ],
      reason:
        'Only final markers (recordings/<appointment>/<recording>/final.json), whose ids are made at runtime.',
    });
    new events.Rule(this, 'SweeperSchedule', {
      description: 'Runs the sweeper every minute',
      schedule: events.Schedule.rate(Duration.minutes(1)),
      // The next run a minute later is the retry.
      targets: [new targets.LambdaFunction(this.sweeper, { retryAttempts: 0 })],
    });
  }

  private grantContextAccess(fn: NodejsFunction, access: ContextAccess, props: ApiStackProps): void {
    grantTableAccess(fn.role!, props.table, access.table);
    if (access.sendsEmail) grantSendEmail(fn.role!, emailSender(props.config).domain);
    if (access.readsSecrets) grantSecretRead(fn.role!, props.providerSecrets);
    if (access.probesHealth) {
      // HeadBucket is authorised as ListBucket; no object in the bucket becomes readable.
      const recordingsBucketArn = this.formatArn({
        service: 's3',
        region: '',
        account: '',
        resource: recordingsBucketName(props.config.stage),
      });
      fn.addToRolePolicy(
        new iam.PolicyStatement({ actions: ['s3:ListBucket'], resources: [recordingsBucketArn] }),
      );
      wildcardPolicy(this, `${fn.node.id}HealthPolicy`, {
        role: fn.role!,
        statements: [new iam.PolicyStatement({ actions: ['ses:GetAccount'], resources: ['*'] })],
        findings: ['AwsSolutions::AwsSolutions-IAM5[Resource::*]'],
        reason: 'SES GetAccount (is sending enabled?) is an account-level call with no resource to name.',
      });
    }
  }

  private createHttpApi(config: StageConfig, logSettings: LogSettings): apigwv2.HttpApi {
    const httpApi = new apigwv2.HttpApi(this, 'HttpApi', {
      apiName: `chikitsa360-${config.stage}`,
      description: 'The JSON API under /api, reached through CloudFront',
      // The stage is added below with throttling and access logs, which the implicit one lacks.
      createDefaultStage: false,
    });
    const accessLogs = new logs.LogGroup(this, 'HttpApiAccessLogs', {
      encryptionKey: logSettings.encryptionKey,
      retention: logSettings.retention,
      removalPolicy: logSettings.removalPolicy,
    });
    httpApi.addStage('DefaultStage', {
      stageName: '$default',
      autoDeploy: true,
      throttle: config.apiThrottle,
      accessLogSettings: {
        destination: new apigwv2.LogGroupLogDestination(accessLogs),
        format: apigateway.AccessLogFormat.custom(
          JSON.stringify({
            requestId: '$context.requestId',
            time: '$context.requestTime',
            ip: '$context.identity.sourceIp',
            routeKey: '$context.routeKey',
            status: '$context.status',
            latencyMs: '$context.responseLatency',
            integrationError: '$context.integrationErrorMessage',
          }),
        ),
      },
    });

    // One integration per context; its permission covers the whole API instead of one statement per
    // route, which would overflow the 20 KB resource policy of a context with many routes.
    const integrations = new Map<ContextName, HttpLambdaIntegration>();
    for (const [context, fn] of this.contextFunctions) {
      integrations.set(
        context,
        new HttpLambdaIntegration(`${pascalCase(context)}Integration`, fn, { scopePermissionToRoute: false }),
      );
    }
    for (const route of httpRoutes as readonly HttpRoute[]) {
      const key = apigwv2.HttpRouteKey.with(route.path, apigwv2.HttpMethod[route.method]);
      if (key.key !== routeKey(route)) {
        throw new Error(`Route key "${key.key}" differs from the route table's "${routeKey(route)}"`);
      }
      // Named after the operation, which is unique and stable, so moving a path does not replace routes.
      new apigwv2.HttpRoute(httpApi, `Route-${route.operation}`, {
        httpApi,
        routeKey: key,
        integration: integrations.get(route.context)!,
      });
    }
    Validations.of(httpApi).acknowledge({
      id: 'AwsSolutions::AwsSolutions-APIG4',
      reason:
        "Each route's auth rule (lib/routes.ts) is enforced in its context function, which verifies the Cognito id token from the HttpOnly session cookie; a JWT authorizer reads bearer headers, not cookies, cannot express the 'party' rules, and public routes (health, catalogue, sign-in, webhooks) must stay open.",
    });
    return httpApi;
  }

  private createWebSocketRoutes(config: StageConfig): apigwv2.WebSocketStage {
    const chat = this.contextFunctions.get(wsContext);
    if (!chat) throw new Error(`The WebSocket context "${wsContext}" has no function`);
    const integration = new WebSocketLambdaIntegration('ChatIntegration', chat);
    for (const key of wsRoutes) this.webSocketApi.addRoute(key, { integration });
    Validations.of(this.webSocketApi).acknowledge({
      id: 'AwsSolutions::AwsSolutions-APIG4',
      reason:
        '$connect authenticates in the chat function: it verifies the session cookie sent with the handshake and that the user is a party to the appointment; $disconnect and $default only serve connections that passed $connect.',
    });

    const stage = new apigwv2.WebSocketStage(this, 'LiveStage', {
      webSocketApi: this.webSocketApi,
      stageName: WEBSOCKET_STAGE_NAME,
      autoDeploy: true,
      throttle: config.apiThrottle,
    });
    Validations.of(stage).acknowledge({
      id: 'AwsSolutions::AwsSolutions-APIG1',
      reason:
        "WebSocket access logging needs the account-wide API Gateway CloudWatch role, a per-account singleton that a per-stage app must not own. The chat function logs each $connect/$disconnect with its connection and appointment ids instead, and the stage's standard metrics (connections, messages, errors) remain.",
    });
    chat.addEnvironment('WS_MANAGEMENT_ENDPOINT', stage.callbackUrl);
    // What stage.grantManagementApiAccess grants, in a policy of its own for the acknowledgement.
    const connections = `${this.formatArn({ service: 'execute-api', resource: this.webSocketApi.apiId })}/${WEBSOCKET_STAGE_NAME}/*/@connections/*`;
    wildcardPolicy(this, 'ChatConnectionsPolicy', {
      role: chat.role!,
      statements: [
        new iam.PolicyStatement({ actions: ['execute-api:ManageConnections'], resources: [connections] }),
      ],
      findings: [
        `AwsSolutions::AwsSolutions-IAM5[Resource::arn:aws:execute-api:${this.region}:${nagAccount(this)}:${nagRef(this.webSocketApi)}/${WEBSOCKET_STAGE_NAME}/*/@connections/*]`,
      ],
      reason:
        'Connection ids are created per client at runtime; the grant covers only connections of this API stage.',
    });
    return stage;
  }
}

function pascalCase(name: string): string {
  return name.charAt(0).toUpperCase() + name.slice(1);
}
