/**
 * The HTTP and WebSocket APIs, generated from the route table (functions/contract/routes.ts): one function
 * per bounded context, one API Gateway route per table entry. Adding a route to the table needs no change here;
 * adding a context needs only its row in the least-privilege table (access.ts).
 */
import { Duration, Stack, type StackProps, Validations } from 'aws-cdk-lib';
import * as apigateway from 'aws-cdk-lib/aws-apigateway';
import * as apigwv2 from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpLambdaIntegration, WebSocketLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import type * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as events from 'aws-cdk-lib/aws-events';
import * as targets from 'aws-cdk-lib/aws-events-targets';
import * as iam from 'aws-cdk-lib/aws-iam';
import type * as kms from 'aws-cdk-lib/aws-kms';
import type { NodejsFunction } from 'aws-cdk-lib/aws-lambda-nodejs';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as scheduler from 'aws-cdk-lib/aws-scheduler';
import type * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import type { Construct } from 'constructs';
import {
  type ContextName,
  type HttpRoute,
  httpRoutes,
  routeKey,
  wsContext,
  wsRoutes,
} from '../../functions/contract/routes.ts';
import {
  contextDataFiles,
  contextEntry,
  contextsWithRoutes,
  pdfContexts,
  workerEntries,
} from '../functions.ts';
import { emailSender, type StageConfig } from '../stage-config.ts';
import type { Provider } from './access.ts';
import {
  documentsBucketName,
  mediaBucketName,
  originVerifyValue,
  recordingsBucketName,
} from './data-stack.ts';
import { asLambdaEnvironment, type RuntimeEnvironment } from './environment.ts';
import { type AccessResources, applyFunctionAccess } from './grants.ts';
import { INVOKED_SYNCHRONOUSLY, type LogSettings, nodeFunction } from './node-function.ts';

/** The WebSocket API's only stage; CloudFront maps `/ws` onto it. */
export const WEBSOCKET_STAGE_NAME = 'live';

export interface ApiStackProps extends StackProps {
  readonly config: StageConfig;
  readonly environment: RuntimeEnvironment;
  readonly table: dynamodb.ITable;
  readonly dataKey: kms.IKey;
  readonly providerSecrets: Partial<Record<Provider, secretsmanager.ISecret>>;
  readonly userPoolArn: string;
  /** For admin retries of failed transcriptions. */
  readonly transcription: { readonly stateMachineArn: string; readonly encryptionKey: kms.IKey };
  readonly logSettings: LogSettings;
}

export class ApiStack extends Stack {
  readonly httpApi: apigwv2.HttpApi;
  readonly webSocketApi: apigwv2.WebSocketApi;
  readonly webSocketStage: apigwv2.WebSocketStage;
  /** The function of every context that has routes. */
  readonly contextFunctions: ReadonlyMap<ContextName, NodejsFunction>;
  readonly sweeper: NodejsFunction;
  /** Invoked by the reminder schedules (functions/reminders/worker.ts). */
  readonly reminders: NodejsFunction;

  constructor(scope: Construct, id: string, props: ApiStackProps) {
    super(scope, id, props);
    const { config } = props;

    const contextFunctions = new Map<ContextName, NodejsFunction>();
    for (const context of contextsWithRoutes()) {
      const fn = nodeFunction(this, `${pascalCase(context)}Function`, {
        entry: contextEntry(context),
        description: `The ${context} context${context === wsContext ? ' (also every WebSocket route)' : ''}`,
        logs: props.logSettings,
        // Only the API functions check what CloudFront adds (functions/core/origin-verify.ts).
        environment: asLambdaEnvironment({
          ...props.environment,
          ORIGIN_VERIFY: originVerifyValue(config.stage),
        }),
        failedEvents: { noDeadLetterQueue: INVOKED_SYNCHRONOUSLY },
        rendersPdf: pdfContexts.has(context),
        dataFiles: contextDataFiles[context],
      });
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
      // Under the one-minute schedule, so runs never overlap by design (and its reserved concurrency is 1).
      timeout: Duration.seconds(50),
      // A retry of a failed run would queue behind the next scheduled run, which is the retry anyway.
      asyncRetries: 0,
      failedEvents: {
        noDeadLetterQueue:
          'Runs every minute: the next run is the retry (EventBridge and Lambda retries are off), and a failed run raises the SweeperErrors alarm; there is no event worth keeping.',
      },
    });
    new events.Rule(this, 'SweeperSchedule', {
      description: 'Runs the sweeper every minute',
      schedule: events.Schedule.rate(Duration.minutes(1)),
      // The next run a minute later is the retry.
      targets: [new targets.LambdaFunction(this.sweeper, { retryAttempts: 0 })],
    });

    // Reminders (functions/reminders): one-time schedules in their own group, each invoking the worker
    // through a role that may invoke that worker only.
    this.reminders = nodeFunction(this, 'RemindersWorker', {
      entry: workerEntries.reminders,
      description: 'Sends the 24-hour and 15-minute appointment reminders that EventBridge Scheduler fires',
      logs: props.logSettings,
      environment: asLambdaEnvironment(props.environment),
      // Scheduler already retried the delivery; a reminder retried minutes later is stale anyway.
      asyncRetries: 0,
      failedEvents: {
        noDeadLetterQueue:
          'A reminder is only worth sending at its moment; a failed one raises the function error alarm, and nothing waits on it (the appointment and its emails of record stand on their own).',
      },
    });
    const reminderGroupName = `chikitsa360-${config.stage}-reminders`;
    new scheduler.CfnScheduleGroup(this, 'ReminderSchedules', { name: reminderGroupName });
    const reminderRole = new iam.Role(this, 'ReminderSchedulerRole', {
      description: 'Assumed by EventBridge Scheduler to invoke the reminders worker, and nothing else',
      assumedBy: new iam.ServicePrincipal('scheduler.amazonaws.com', {
        conditions: { StringEquals: { 'aws:SourceAccount': this.account } },
      }),
    });
    reminderRole.addToPolicy(
      new iam.PolicyStatement({
        actions: ['lambda:InvokeFunction'],
        resources: [this.reminders.functionArn],
      }),
    );

    const resources: AccessResources = {
      table: props.table,
      recordings: { bucketName: recordingsBucketName(config.stage, this.account), key: props.dataKey },
      documents: { bucketName: documentsBucketName(config.stage, this.account), key: props.dataKey },
      media: { bucketName: mediaBucketName(config.stage, this.account) },
      secrets: props.providerSecrets,
      senderDomain: emailSender(config).domain,
      userPoolArn: props.userPoolArn,
      transcription: props.transcription,
      // What stage.grantManagementApiAccess grants: the connections of this API stage only.
      connectionsArn: `${this.formatArn({ service: 'execute-api', resource: this.webSocketApi.apiId })}/${WEBSOCKET_STAGE_NAME}/*/@connections/*`,
      connectionsEndpoint: this.webSocketStage.callbackUrl,
      reminders: {
        groupName: reminderGroupName,
        targetArn: this.reminders.functionArn,
        roleArn: reminderRole.roleArn,
      },
    };
    for (const [context, fn] of contextFunctions) applyFunctionAccess(this, context, fn, resources);
    applyFunctionAccess(this, 'sweeper', this.sweeper, resources);
    applyFunctionAccess(this, 'reminders', this.reminders, resources);
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
    // No X-Ray on the stages: API Gateway traces REST APIs only, not HTTP or WebSocket APIs. Every
    // request is traced from its function on (active tracing), and the access log has its request id.
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
      const integration = integrations.get(route.context);
      if (!integration) throw new Error(`${routeKey(route)}: the ${route.context} context has no function`);
      // Named after the operation, which is unique and stable, so moving a path does not replace routes.
      new apigwv2.HttpRoute(httpApi, `Route-${route.operation}`, { httpApi, routeKey: key, integration });
    }
    Validations.of(httpApi).acknowledge({
      id: 'AwsSolutions::AwsSolutions-APIG4',
      reason:
        "Each route's auth rule (functions/contract/routes.ts) is enforced in its context function, which verifies the Cognito id token from the HttpOnly session cookie; a JWT authorizer reads bearer headers, not cookies, cannot express the 'party' rules, and public routes (health, catalogue, sign-in, webhooks) must stay open.",
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
    return stage;
  }
}

function pascalCase(name: string): string {
  return name.charAt(0).toUpperCase() + name.slice(1);
}
