/**
 * Identity: the Cognito user pool (same password rules as the API's zod schemas and the local emulator),
 * the three role groups, the web app client and the Lambda triggers.
 */
import { CfnOutput, Duration, Stack, type StackProps, Validations } from 'aws-cdk-lib';
import * as cognito from 'aws-cdk-lib/aws-cognito';
import type * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import type { NodejsFunction } from 'aws-cdk-lib/aws-lambda-nodejs';
import type { Construct } from 'constructs';
import { workerEntries } from '../functions.ts';
import { emailSender, type StageConfig } from '../stage-config.ts';
import { asLambdaEnvironment, stageEnvironment } from './environment.ts';
import { applyFunctionAccess } from './grants.ts';
import { INVOKED_SYNCHRONOUSLY, type LogSettings, nodeFunction } from './node-function.ts';

/** The role groups; functions/core/auth.ts maps membership to a role. */
export const userGroups = ['patients', 'doctors', 'admins'] as const;

/**
 * The triggers cannot be told the pool id: the pool references the trigger function, so the function
 * referencing the pool would be a circular dependency. Cognito puts the id (and the client id) into every
 * trigger event, which is where the trigger code must read them from; these values only satisfy
 * config()'s schema and make a mistaken use fail loudly.
 */
export const POOL_ID_IN_TRIGGER_EVENT = 'read-userPoolId-from-the-trigger-event';
export const CLIENT_ID_IN_TRIGGER_EVENT = 'read-callerContext.clientId-from-the-trigger-event';

export interface AuthStackProps extends StackProps {
  readonly config: StageConfig;
  readonly table: dynamodb.ITable;
  readonly recordingsBucketName: string;
  readonly documentsBucketName: string;
  readonly mediaBucketName: string;
  readonly logSettings: LogSettings;
}

export class AuthStack extends Stack {
  readonly userPool: cognito.UserPool;
  readonly userPoolClient: cognito.UserPoolClient;
  readonly triggers: NodejsFunction;

  constructor(scope: Construct, id: string, props: AuthStackProps) {
    super(scope, id, props);
    const { config } = props;

    const triggers = nodeFunction(this, 'CognitoTriggers', {
      entry: workerEntries.cognitoTriggers,
      description: 'Cognito PreSignUp, PostConfirmation and CustomMessage triggers',
      logs: props.logSettings,
      environment: asLambdaEnvironment({
        ...stageEnvironment(config),
        TABLE_NAME: props.table.tableName,
        RECORDINGS_BUCKET: props.recordingsBucketName,
        DOCUMENTS_BUCKET: props.documentsBucketName,
        MEDIA_BUCKET: props.mediaBucketName,
        USER_POOL_ID: POOL_ID_IN_TRIGGER_EVENT,
        USER_POOL_CLIENT_ID: CLIENT_ID_IN_TRIGGER_EVENT,
      }),
      failedEvents: { noDeadLetterQueue: INVOKED_SYNCHRONOUSLY },
    });
    this.triggers = triggers;

    const sender = emailSender(config);
    this.userPool = new cognito.UserPool(this, 'UserPool', {
      userPoolName: `chikitsa360-${config.stage}`,
      signInAliases: { email: true },
      autoVerify: { email: true },
      signInCaseSensitive: false,
      selfSignUpEnabled: true,
      userVerification: { emailStyle: cognito.VerificationEmailStyle.CODE },
      keepOriginal: { email: true },
      // Set at sign-up (patient | doctor) and read by the PostConfirmation trigger to pick the group.
      // Immutable, so nobody can later claim another role through UpdateUserAttributes.
      // `locale` (en | hi …): the registration's language, set at sign-up, so the verification email
      // (sent before any profile exists) is in it; the profile holds the choice from then on.
      customAttributes: {
        role: new cognito.StringAttribute({ minLen: 1, maxLen: 16, mutable: false }),
        locale: new cognito.StringAttribute({ minLen: 2, maxLen: 16, mutable: true }),
      },
      passwordPolicy: {
        minLength: 8,
        requireLowercase: true,
        requireUppercase: true,
        requireDigits: true,
        requireSymbols: true,
        tempPasswordValidity: Duration.days(3),
      },
      accountRecovery: cognito.AccountRecovery.EMAIL_ONLY,
      // Two-step sign-in with an authenticator app (TOTP), for whoever turns it on; the API requires it
      // of admins (functions/core/http.ts). No SMS: it costs per message and SIM swaps defeat it.
      mfa: cognito.Mfa.OPTIONAL,
      mfaSecondFactor: { sms: false, otp: true },
      // Cognito's built-in sender allows about 50 emails a day: fine for dev, not for patients. Prod sends
      // through SES, whose domain identity must be verified (DKIM in DNS) before the first deploy.
      email:
        config.stage === 'prod'
          ? cognito.UserPoolEmail.withSES({
              fromEmail: sender.address,
              fromName: sender.name,
              sesVerifiedDomain: sender.domain,
              sesRegion: config.region,
            })
          : cognito.UserPoolEmail.withCognito(),
      lambdaTriggers: {
        preSignUp: triggers,
        postConfirmation: triggers,
        customMessage: triggers,
      },
      deletionProtection: config.deletionProtection,
      removalPolicy: config.removalPolicy,
    });

    Validations.of(this.userPool).acknowledge(
      {
        id: 'AwsSolutions::AwsSolutions-COG2',
        reason:
          'MFA is optional in the pool (TOTP; every user can turn it on, and the sign-in answers its challenge) because Cognito cannot require it per group: the API requires it of admins, refusing every admin route (403 mfa_required) until the admin has turned it on.',
      },
      {
        id: 'AwsSolutions::AwsSolutions-COG8',
        reason:
          "Essentials tier: the Plus tier's threat protection scores the caller's IP and device, but every sign-in reaches Cognito from our Lambda, so its risk scores would be meaningless until the API forwards UserContextData.",
      },
    );

    // Its grants live in a policy of their own, not the function's default one: the function depends on
    // its default policy and the pool depends on the function, so naming the pool there would be a cycle.
    applyFunctionAccess(this, 'cognitoTriggers', triggers, {
      table: props.table,
      userPoolArn: this.userPool.userPoolArn,
    });

    for (const groupName of userGroups) {
      this.userPool.addGroup(`Group-${groupName}`, { groupName });
    }

    this.userPoolClient = this.userPool.addClient('WebClient', {
      userPoolClientName: 'web',
      generateSecret: false,
      authFlows: { userPassword: true },
      disableOAuth: true,
      // Short on purpose: disabling a user takes effect within minutes, and the web app refreshes before
      // expiry with the refresh token kept in an HttpOnly cookie.
      idTokenValidity: Duration.minutes(15),
      accessTokenValidity: Duration.minutes(15),
      refreshTokenValidity: Duration.days(30),
      enableTokenRevocation: true,
      preventUserExistenceErrors: true,
    });
    new CfnOutput(this, 'UserPoolId', { value: this.userPool.userPoolId });
    new CfnOutput(this, 'UserPoolClientId', { value: this.userPoolClient.userPoolClientId });
  }
}
