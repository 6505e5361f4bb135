/**
 * Alarms that page the stage's operators by email (through a KMS-encrypted SNS topic): any function error
 * or throttle (the API promises never to answer 500), the HTTP API's 5xx rate, WebSocket integration,
 * execution and connection errors, failed or timed-out transcriptions, and recording events the starter
 * gave up on (its dead-letter queue).
 */
import { Duration, Stack, type StackProps } from 'aws-cdk-lib';
import type * as apigwv2 from 'aws-cdk-lib/aws-apigatewayv2';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import * as actions from 'aws-cdk-lib/aws-cloudwatch-actions';
import type * as kms from 'aws-cdk-lib/aws-kms';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import * as sns from 'aws-cdk-lib/aws-sns';
import * as subscriptions from 'aws-cdk-lib/aws-sns-subscriptions';
import type * as sqs from 'aws-cdk-lib/aws-sqs';
import type * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import type { Construct } from 'constructs';
import type { StageConfig } from '../stage-config.ts';

export interface MonitoringStackProps extends StackProps {
  readonly config: StageConfig;
  /** The stage's logs key (data stack), which also encrypts the alarm topic. */
  readonly logsKey: kms.IKey;
  readonly functions: readonly lambda.IFunction[];
  readonly httpApi: apigwv2.HttpApi;
  readonly webSocket: { readonly apiId: string; readonly stageName: string };
  readonly stateMachine: sfn.IStateMachine;
  readonly starterDeadLetterQueue: sqs.IQueue;
  readonly documentCheckerDeadLetterQueue: sqs.IQueue;
}

export class MonitoringStack extends Stack {
  readonly alarmTopic: sns.Topic;

  constructor(scope: Construct, id: string, props: MonitoringStackProps) {
    super(scope, id, props);
    const { config } = props;

    // Encrypted with the logs key (the data stack lets CloudWatch alarms use it): alarm notifications are
    // operational metadata read by the same operators as the logs, so a key of their own ($1 a month, $3
    // once rotated twice) separated nobody.
    this.alarmTopic = new sns.Topic(this, 'AlarmTopic', {
      displayName: `Chikitsa360 ${config.stage} alarms`,
      masterKey: props.logsKey,
      enforceSSL: true,
    });
    this.alarmTopic.addSubscription(new subscriptions.EmailSubscription(config.alarmEmail));

    const period = Duration.minutes(5);
    for (const fn of props.functions) {
      this.alarm(`${fn.node.id}Errors`, `${fn.node.id} threw`, fn.metricErrors({ period }));
      this.alarm(`${fn.node.id}Throttles`, `${fn.node.id} was throttled`, fn.metricThrottles({ period }));
    }
    this.alarm(
      'HttpApiServerErrorRate',
      'At least 1% of HTTP API requests answered 5xx (the API promises never to answer 500)',
      new cloudwatch.MathExpression({
        expression: 'IF(requests > 0, 100 * errors / requests, 0)',
        usingMetrics: {
          errors: props.httpApi.metricServerError({ period, statistic: 'Sum' }),
          requests: props.httpApi.metricCount({ period, statistic: 'Sum' }),
        },
        period,
        label: '5xx rate (%)',
      }),
    );
    const webSocketMetric = (metricName: string) =>
      new cloudwatch.Metric({
        namespace: 'AWS/ApiGateway',
        metricName,
        dimensionsMap: { ApiId: props.webSocket.apiId, Stage: props.webSocket.stageName },
        statistic: 'Sum',
        period,
      });
    this.alarm(
      'WebSocketIntegrationErrors',
      'The chat function failed a WebSocket route ($connect, $disconnect or $default)',
      webSocketMetric('IntegrationError'),
    );
    this.alarm(
      'WebSocketExecutionErrors',
      'API Gateway failed WebSocket requests',
      webSocketMetric('ExecutionError'),
    );
    // Refused handshakes are normal one at a time (an expired session, a wrong appointment); a surge means
    // a broken client release or someone probing.
    this.alarm(
      'WebSocketConnectionErrors',
      'Many WebSocket handshakes or frames were refused (4xx) in five minutes',
      webSocketMetric('ClientError'),
      50,
    );
    this.alarm(
      'TranscriptionFailed',
      'A transcription execution failed',
      props.stateMachine.metricFailed({ period }),
    );
    this.alarm(
      'TranscriptionTimedOut',
      'A transcription execution timed out',
      props.stateMachine.metricTimedOut({ period }),
    );
    this.alarm(
      'RecordingStarterDeadLetters',
      'A recording event could not start its transcription',
      props.starterDeadLetterQueue.metricApproximateNumberOfMessagesVisible({ period, statistic: 'Maximum' }),
    );
    // An unchecked upload stays pending: the patient waits and the doctor never sees it.
    this.alarm(
      'DocumentCheckerDeadLetters',
      'An uploaded document could not be checked',
      props.documentCheckerDeadLetterQueue.metricApproximateNumberOfMessagesVisible({
        period,
        statistic: 'Maximum',
      }),
    );
  }

  private alarm(id: string, description: string, metric: cloudwatch.IMetric, threshold = 1): void {
    const alarm = new cloudwatch.Alarm(this, id, {
      alarmDescription: description,
      metric,
      threshold,
      comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      evaluationPeriods: 1,
      treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
    });
    alarm.addAlarmAction(new actions.SnsAction(this.alarmTopic));
  }
}
