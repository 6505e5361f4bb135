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
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import type { NodejsFunction } from 'aws-cdk-lib/aws-lambda-nodejs';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as s3 from 'aws-cdk-lib/aws-s3';
import * as s3n from 'aws-cdk-lib/aws-s3-notifications';
import type * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import type { Construct } from 'constructs';
import { documentsPrefix, recordingTrigger } from '../../functions/contract/routes.ts';
import { transcriptionDefinition, workerEntries } from '../functions.ts';
import { emailSender, type StageConfig } from '../stage-config.ts';
import type { Provider } from './access.ts';
import { documentsBucketName, recordingsBucketName } from './data-stack.ts';
import { asLambdaEnvironment, type RuntimeEnvironment } from './environment.ts';
import { type AccessResources, applyFunctionAccess } from './grants.ts';
import { INVOKED_SYNCHRONOUSLY, type LogSettings, nodeFunction, projectRoot } from './node-function.ts';

export const TRANSCRIPTION_ASL_PATH = path.join(projectRoot, transcriptionDefinition);

export interface PipelineStackProps extends StackProps {
  readonly config: StageConfig;
  readonly environment: RuntimeEnvironment;
  readonly table: dynamodb.ITable;
  readonly dataKey: kms.IKey;
  readonly providerSecrets: Partial<Record<Provider, secretsmanager.ISecret>>;
  readonly logSettings: LogSettings;
}

export class PipelineStack extends Stack {
  readonly stateMachine: sfn.StateMachine;
  /**
   * Encrypts the state machine's definition and execution data (ids and keys only, by design): the data
   * key, which already protects the records and recordings those ids and keys point to. A key of its own
   * ($1 a month, $3 once rotated twice) separated nothing: the same functions hold both.
   */
  readonly stateMachineKey: kms.IKey;
  readonly starterDeadLetterQueue: sqs.Queue;
  readonly steps: NodejsFunction;
  readonly starter: NodejsFunction;
  /** S3 ObjectCreated on the documents bucket → the file's real type and size checked. */
  readonly documentChecker: NodejsFunction;
  readonly documentCheckerDeadLetterQueue: sqs.Queue;

  constructor(scope: Construct, id: string, props: PipelineStackProps) {
    super(scope, id, props);
    const { config } = props;

    // Imported by name rather than used directly: S3 notifications live on the bucket, so wiring the
    // data stack's bucket to this stack's function would make the two stacks depend on each other. For an
    // imported bucket CDK manages just this notification from here.
    const recordings = s3.Bucket.fromBucketName(this, 'RecordingsBucket', recordingsBucketName(config.stage));
    const documents = s3.Bucket.fromBucketName(this, 'DocumentsBucket', documentsBucketName(config.stage));

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
    this.stateMachineKey = props.dataKey;
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
      encryptionConfiguration: new sfn.CustomerManagedEncryptionConfiguration(this.stateMachineKey),
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
      environment: asLambdaEnvironment(props.environment),
      // S3 invokes asynchronously: Lambda retries a failed event twice, then keeps it here instead of losing it.
      failedEvents: { deadLetterQueue: this.starterDeadLetterQueue },
      asyncRetries: 2,
    });

    const resources: AccessResources = {
      table: props.table,
      recordings: { bucketName: recordingsBucketName(config.stage, this.account), key: props.dataKey },
      secrets: props.providerSecrets,
      senderDomain: emailSender(config).domain,
      transcription: {
        stateMachineArn: this.stateMachine.stateMachineArn,
        encryptionKey: this.stateMachineKey,
      },
    };
    applyFunctionAccess(this, 'transcriptionSteps', this.steps, resources);
    applyFunctionAccess(this, 'recordingStarter', this.starter, resources);

    this.documentCheckerDeadLetterQueue = new sqs.Queue(this, 'DocumentCheckerDeadLetters', {
      encryption: sqs.QueueEncryption.KMS_MANAGED,
      enforceSSL: true,
      retentionPeriod: Duration.days(14),
    });
    this.documentChecker = nodeFunction(this, 'DocumentChecker', {
      entry: workerEntries.documentChecker,
      description: "Checks an uploaded document's real type and size: ready, or rejected and deleted",
      logs: props.logSettings,
      environment: asLambdaEnvironment(props.environment),
      failedEvents: { deadLetterQueue: this.documentCheckerDeadLetterQueue },
      asyncRetries: 2,
    });
    applyFunctionAccess(this, 'documentChecker', this.documentChecker, {
      ...resources,
      documents: { bucketName: documentsBucketName(config.stage, this.account), key: props.dataKey },
    });
    documents.addEventNotification(
      s3.EventType.OBJECT_CREATED,
      new s3n.LambdaDestination(this.documentChecker),
      { prefix: documentsPrefix },
    );
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
    // Its logs too get the stage's retention and key, instead of a never-expiring /aws/lambda group.
    const handlerFunction = notificationsHandler.node.tryFindChild('Resource') as
      | lambda.CfnFunction
      | undefined;
    if (!handlerFunction)
      throw new Error('The S3 notifications handler has no function; renamed by aws-cdk-lib?');
    const handlerLogs = new logs.LogGroup(this, 'BucketNotificationsHandlerLogs', {
      encryptionKey: props.logSettings.encryptionKey,
      retention: props.logSettings.retention,
      removalPolicy: props.logSettings.removalPolicy,
    });
    handlerFunction.addPropertyOverride('LoggingConfig', { LogGroup: handlerLogs.logGroupName });
  }
}
