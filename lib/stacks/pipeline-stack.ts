/**
 * The transcription pipeline: the recording starter (S3 ObjectCreated on a recording's final marker →
 * StartExecution) and the state machine from lib/pipeline/transcription.asl.json, whose every task runs
 * the one transcription-steps function.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Duration, Stack, type StackProps, Validations } from 'aws-cdk-lib';
import type * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as iam from 'aws-cdk-lib/aws-iam';
import type * as kms from 'aws-cdk-lib/aws-kms';
import type { NodejsFunction } from 'aws-cdk-lib/aws-lambda-nodejs';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as s3 from 'aws-cdk-lib/aws-s3';
import * as s3n from 'aws-cdk-lib/aws-s3-notifications';
import type * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import type { Construct } from 'constructs';
import { recordingTrigger, transcriptionDefinition, workerEntries } from '../routes.ts';
import { emailSender, type StageConfig } from '../stage-config.ts';
import { RECORDINGS_PREFIX, recordingsBucketName } from './data-stack.ts';
import { asLambdaEnvironment, type RuntimeEnvironment } from './environment.ts';
import { grantSecretRead, grantSendEmail, grantTableAccess, nagAccount, wildcardPolicy } from './grants.ts';
import { INVOKED_SYNCHRONOUSLY, type LogSettings, nodeFunction, projectRoot } from './node-function.ts';

export const TRANSCRIPTION_ASL_PATH = path.join(projectRoot, transcriptionDefinition);

export interface PipelineStackProps extends StackProps {
  readonly config: StageConfig;
  readonly environment: RuntimeEnvironment;
  readonly table: dynamodb.ITable;
  readonly dataKey: kms.IKey;
  readonly providerSecrets: secretsmanager.ISecret;
  readonly logSettings: LogSettings;
}

export class PipelineStack extends Stack {
  readonly stateMachine: sfn.StateMachine;
  readonly starterDeadLetterQueue: sqs.Queue;
  readonly steps: NodejsFunction;
  readonly starter: NodejsFunction;

  constructor(scope: Construct, id: string, props: PipelineStackProps) {
    super(scope, id, props);
    const { config } = props;

    // Imported by name rather than used directly: S3 notifications live on the bucket, so wiring the
    // data stack's bucket to this stack's function would make the two stacks depend on each other. For an
    // imported bucket CDK manages just this notification from here.
    const recordings = s3.Bucket.fromBucketName(this, 'RecordingsBucket', recordingsBucketName(config.stage));

    this.steps = nodeFunction(this, 'TranscriptionSteps', {
      entry: workerEntries.transcriptionSteps,
      description: 'Every task state of the transcription state machine (its step parameter picks the step)',
      logs: props.logSettings,
      environment: asLambdaEnvironment(props.environment),
      // Assemble holds a whole consultation's audio in memory; Transcribe waits on Deepgram.
      memorySize: 1024,
      timeout: Duration.minutes(5),
      failedEvents: { noDeadLetterQueue: INVOKED_SYNCHRONOUSLY },
    });
    grantTableAccess(this.steps.role!, props.table, 'readWrite');
    // Assemble lists and reads a recording's chunks and writes the joined audio next to them; DeleteAudio
    // removes them all. Nothing outside recordings/ is reachable.
    wildcardPolicy(this, 'TranscriptionStepsRecordingsPolicy', {
      role: this.steps.role!,
      statements: [
        new iam.PolicyStatement({
          actions: ['s3:GetObject', 's3:PutObject', 's3:DeleteObject'],
          resources: [recordings.arnForObjects(`${RECORDINGS_PREFIX}*`)],
        }),
        new iam.PolicyStatement({
          actions: ['s3:ListBucket'],
          resources: [recordings.bucketArn],
          conditions: { StringLike: { 's3:prefix': `${RECORDINGS_PREFIX}*` } },
        }),
        new iam.PolicyStatement({
          actions: ['kms:Decrypt', 'kms:GenerateDataKey'],
          resources: [props.dataKey.keyArn],
          conditions: { StringEquals: { 'kms:ViaService': `s3.${this.region}.amazonaws.com` } },
        }),
      ],
      findings: [
        `AwsSolutions::AwsSolutions-IAM5[Resource::arn:aws:s3:::${recordingsBucketName(config.stage, nagAccount(this))}/${RECORDINGS_PREFIX}*]`,
      ],
      reason:
        'Recording keys are per appointment and made at runtime; access stops at the recordings/ prefix.',
    });
    grantSendEmail(this.steps.role!, emailSender(config).domain);
    // Transcribe reads the Deepgram key.
    grantSecretRead(this.steps.role!, props.providerSecrets);

    const logGroup = new logs.LogGroup(this, 'StateMachineLogs', {
      encryptionKey: props.logSettings.encryptionKey,
      retention: props.logSettings.retention,
      removalPolicy: props.logSettings.removalPolicy,
    });
    this.stateMachine = new sfn.StateMachine(this, 'Transcription', {
      stateMachineName: `chikitsa360-${config.stage}-transcription`,
      // Inline (fromString), not fromFile: the definition stays readable in the template and in tests.
      definitionBody: sfn.DefinitionBody.fromString(readFileSync(TRANSCRIPTION_ASL_PATH, 'utf8')),
      definitionSubstitutions: { TranscriptionStepsArn: this.steps.functionArn },
      stateMachineType: sfn.StateMachineType.STANDARD,
      timeout: Duration.hours(2),
      tracingEnabled: true,
      // Execution data is logged too: states carry ids and keys only (see the ASL's Comment), and the log
      // group is KMS-encrypted.
      logs: { destination: logGroup, level: sfn.LogLevel.ALL, includeExecutionData: true },
      removalPolicy: config.removalPolicy,
    });
    // The function's exact ARN; grantInvoke would also allow every version and alias (`:*`).
    this.stateMachine.addToRolePolicy(
      new iam.PolicyStatement({ actions: ['lambda:InvokeFunction'], resources: [this.steps.functionArn] }),
    );
    Validations.of(this.stateMachine.role).acknowledge({
      id: 'AwsSolutions::AwsSolutions-IAM5[Resource::*]',
      reason:
        'Added by Step Functions for log delivery (logs:*LogDelivery, PutResourcePolicy, Describe*) and X-Ray; these actions support no resource-level permissions.',
    });

    this.starterDeadLetterQueue = new sqs.Queue(this, 'RecordingStarterDeadLetters', {
      encryption: sqs.QueueEncryption.KMS_MANAGED,
      enforceSSL: true,
      retentionPeriod: Duration.days(14),
    });

    this.starter = nodeFunction(this, 'RecordingStarter', {
      entry: workerEntries.recordingStarter,
      description: "Starts the transcription when a recording's final marker arrives",
      logs: props.logSettings,
      environment: asLambdaEnvironment({
        ...props.environment,
        STATE_MACHINE_ARN: this.stateMachine.stateMachineArn,
      }),
      // S3 invokes asynchronously: an event that fails every retry is kept here instead of being lost.
      failedEvents: { deadLetterQueue: this.starterDeadLetterQueue },
    });
    this.stateMachine.grantStartExecution(this.starter);
    recordings.addEventNotification(s3.EventType.OBJECT_CREATED, new s3n.LambdaDestination(this.starter), {
      prefix: recordingTrigger.prefix,
      suffix: recordingTrigger.suffix,
    });
    // For an imported bucket, CDK sets the notification through its own deploy-time custom resource.
    const notificationsHandler = this.node.children.find((child) =>
      child.node.id.startsWith('BucketNotificationsHandler'),
    );
    if (!notificationsHandler)
      throw new Error('The S3 notifications handler was not found; renamed by aws-cdk-lib?');
    Validations.of(notificationsHandler).acknowledge({
      id: 'AwsSolutions::AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]',
      reason: 'CDK-managed deploy-time custom resource that sets the bucket notification; CDK owns its role.',
    });
  }
}
