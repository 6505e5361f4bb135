/**
 * Alarms that page the stage's operators by email: any function error (the API promises never to answer
 * 500), server errors at the HTTP API, failed transcriptions, and recording events the starter gave up on.
 */
import { Duration, Stack, type StackProps } from 'aws-cdk-lib';
import type * as apigwv2 from 'aws-cdk-lib/aws-apigatewayv2';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import * as actions from 'aws-cdk-lib/aws-cloudwatch-actions';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import * as sns from 'aws-cdk-lib/aws-sns';
import * as subscriptions from 'aws-cdk-lib/aws-sns-subscriptions';
import type * as sqs from 'aws-cdk-lib/aws-sqs';
import type * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import type { Construct } from 'constructs';
import type { StageConfig } from '../stage-config.ts';

export interface MonitoringStackProps extends StackProps {
  readonly config: StageConfig;
  readonly functions: readonly lambda.IFunction[];
  readonly httpApi: apigwv2.HttpApi;
  readonly stateMachine: sfn.IStateMachine;
  readonly starterDeadLetterQueue: sqs.IQueue;
}

export class MonitoringStack extends Stack {
  readonly alarmTopic: sns.Topic;

  constructor(scope: Construct, id: string, props: MonitoringStackProps) {
    super(scope, id, props);
    const { config } = props;

    const topicKey = new kms.Key(this, 'AlarmTopicKey', {
      description: `Chikitsa360 ${config.stage}: alarm topic`,
      enableKeyRotation: true,
      removalPolicy: config.removalPolicy,
    });
    // CloudWatch publishes alarms to the encrypted topic with this key, so the key policy must allow it.
    topicKey.addToResourcePolicy(
      new iam.PolicyStatement({
        principals: [new iam.ServicePrincipal('cloudwatch.amazonaws.com')],
        actions: ['kms:Decrypt', 'kms:GenerateDataKey*'],
        resources: ['*'],
      }),
    );
    this.alarmTopic = new sns.Topic(this, 'AlarmTopic', {
      displayName: `Chikitsa360 ${config.stage} alarms`,
      masterKey: topicKey,
      enforceSSL: true,
    });
    this.alarmTopic.addSubscription(new subscriptions.EmailSubscription(config.alarmEmail));

    const period = Duration.minutes(5);
    for (const fn of props.functions) {
      this.alarm(`${fn.node.id}Errors`, `${fn.node.id} threw`, fn.metricErrors({ period }));
    }
    this.alarm(
      'HttpApiServerErrors',
      'The HTTP API answered 5xx',
      props.httpApi.metricServerError({ period }),
    );
    this.alarm(
      'TranscriptionFailed',
      'A transcription execution failed',
      props.stateMachine.metricFailed({ period }),
    );
    this.alarm(
      'RecordingStarterDeadLetters',
      'A recording event could not start its transcription',
      props.starterDeadLetterQueue.metricApproximateNumberOfMessagesVisible({ period, statistic: 'Maximum' }),
    );
  }

  private alarm(id: string, description: string, metric: cloudwatch.IMetric): void {
    const alarm = new cloudwatch.Alarm(this, id, {
      alarmDescription: description,
      metric,
      threshold: 1,
      comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      evaluationPeriods: 1,
      treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
    });
    alarm.addAlarmAction(new actions.SnsAction(this.alarmTopic));
  }
}
