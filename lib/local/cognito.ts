/**
 * The Cognito emulator (cognito-local), assembled from its exported pieces instead of its default
 * server so that:
 * - its data lives under our data directory, not `./.cognito` of whatever cwd;
 * - verification and reset codes are delivered by email through the SES emulator (as the real pool
 *   delivers through SES), so people and tests read them from the local mailbox;
 * - triggers (PreSignUp, PostConfirmation, CustomMessage) run our real trigger handler in-process,
 *   with the same event shapes Lambda would receive;
 * - the real pool's per-account limits on passwords, codes and code emails apply
 *   (account-limits.ts).
 */
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { writeFile } from 'node:fs/promises';
import type { Server } from 'node:http';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import {
  CognitoIdentityProviderClient,
  CreateGroupCommand,
  CreateUserPoolClientCommand,
  CreateUserPoolCommand,
  ListGroupsCommand,
  ListUserPoolClientsCommand,
  ListUserPoolsCommand,
  SetUserPoolMfaConfigCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { SESv2Client, SendEmailCommand } from '@aws-sdk/client-sesv2';
import { AccountLimits, type LimitRefusal } from './account-limits.ts';

const require = createRequire(import.meta.url);
const lib = (path: string) => require(`cognito-local/lib/${path}`);
/** stormdb as cognito-local itself resolves it: the module whose file engine we replace below. */
const stormDb = createRequire(require.resolve('cognito-local/package.json'))('stormdb') as {
  localFileEngine: new (path: string, options: object) => StormEngine;
};

interface StormEngine {
  path: string;
  serialize(data: unknown): string;
  deserialize(text: string): unknown;
  init(): unknown;
  read(): unknown;
  write(data: unknown): Promise<void> | null;
}

const pendingWrites = new Set<Promise<void>>();
let logEngine: (line: string) => void = () => undefined;

/**
 * cognito-local keeps each pool in a JSON file through stormdb, whose engine rewrites the file in
 * place with fs.writeFile, and several at once for one file: a stop (or a SIGKILL) in the middle
 * leaves a file the next start cannot read. This engine writes a temporary file and renames it over
 * the real one (a reader sees the old or the new file, never half of one), one write at a time per
 * file with only the latest state queued, and keeps the last file it read successfully as
 * `<file>.last-good`, to fall back on if the file is ever unreadable (e.g. written by the old engine).
 */
if (!('atomic' in stormDb.localFileEngine)) {
  class AtomicFileEngine extends stormDb.localFileEngine {
    static readonly atomic = true;
    #writing: Promise<void> | null = null;
    #queued: { text: string; done: Promise<void> } | null = null;

    override init() {
      if (!existsSync(this.path)) this.#writeNow({});
      return this.read();
    }

    override read() {
      const lastGood = `${this.path}.last-good`;
      try {
        const state = this.deserialize(readFileSync(this.path, 'utf8') || '{}');
        copyFileSync(this.path, lastGood);
        return state;
      } catch (error) {
        if (!existsSync(lastGood)) throw error;
        logEngine(
          `[cognito] ${this.path} is unreadable (${(error as Error).message}); using its last good copy`,
        );
        copyFileSync(lastGood, this.path);
        return this.deserialize(readFileSync(lastGood, 'utf8'));
      }
    }

    #writeNow(data: unknown) {
      const temporary = `${this.path}.${process.pid}.tmp`;
      writeFileSync(temporary, this.serialize(data));
      renameSync(temporary, this.path);
    }

    override write(data: unknown): Promise<void> {
      // Serialise now: the caller goes on changing the state object after save() returns.
      const text = this.serialize(data);
      if (this.#queued) {
        this.#queued.text = text;
        return this.#queued.done;
      }
      const run = async (): Promise<void> => {
        await this.#writing;
        const next = this.#queued;
        this.#queued = null;
        if (!next) return;
        const temporary = `${this.path}.${process.pid}.tmp`;
        try {
          await writeFile(temporary, next.text);
          renameSync(temporary, this.path);
        } catch (error) {
          rmSync(temporary, { force: true });
          throw error;
        }
      };
      const queued = { text, done: Promise.resolve() };
      this.#queued = queued;
      queued.done = run();
      this.#writing = queued.done.catch(() => undefined);
      pendingWrites.add(queued.done);
      void queued.done.finally(() => pendingWrites.delete(queued.done)).catch(() => undefined);
      return queued.done;
    }
  }
  // cognito-local's data store reads this property each time it opens a file.
  stormDb.localFileEngine = AtomicFileEngine;
}

export const POOL_NAME = 'chikitsa360-local';
export const CLIENT_NAME = 'chikitsa360-web';
export const GROUPS = ['patients', 'doctors', 'admins'] as const;

type LambdaHandler = (event: unknown) => Promise<unknown>;

/** The request fields the account limits look at. */
interface LimitedRequest {
  ClientId: string;
  Username: string;
  AuthFlow?: string;
  AuthParameters?: Record<string, string>;
  ClientMetadata?: Record<string, string>;
}

export interface CognitoEmulator {
  endpoint: string;
  userPoolId: string;
  clientId: string;
  issuer: string;
  jwksUri: string;
  stop(): Promise<void>;
}

interface Options {
  port: number;
  dir: string;
  sesEndpoint: string;
  emailFrom: string;
  /** Loads the trigger handler lazily (it reads config that is only complete once the pool exists). */
  loadTriggerHandler: () => Promise<LambdaHandler>;
  log?: (line: string) => void;
}

export async function startCognito(options: Options): Promise<CognitoEmulator> {
  // cognito-local still uses the v2 SDK for its (unused here) Lambda client; silence the notice.
  process.env.AWS_SDK_JS_SUPPRESS_MAINTENANCE_MODE_MESSAGE = '1';
  if (options.log) logEngine = options.log;
  const dataDir = join(options.dir, 'db');
  mkdirSync(dataDir, { recursive: true });
  const endpoint = `http://127.0.0.1:${options.port}`;
  const pino = require('pino');
  const logger = pino({ level: process.env.COGNITO_LOG_LEVEL ?? 'silent' });
  const ctx = { logger };

  const { StormDBDataStoreFactory } = lib('services/dataStore/stormDb');
  const { CognitoServiceFactoryImpl } = lib('services/cognitoService');
  const { UserPoolServiceFactoryImpl } = lib('services/userPoolService');
  const { DateClock, TriggersService, LambdaService, MessagesService } = lib('services');
  const { MessageDeliveryService } = lib('services/messageDelivery/messageDelivery');
  const { CryptoService } = lib('services/crypto');
  const { otp } = lib('services/otp');
  const { JwtTokenGenerator } = lib('services/tokenGenerator');
  const { Router } = lib('server/Router');
  const { createServer } = lib('server/server');
  const { DefaultConfig } = lib('server/config');
  const { CognitoError } = lib('errors');

  const config = {
    ...DefaultConfig,
    UserPoolDefaults: { UsernameAttributes: ['email'] },
    TokenConfig: { IssuerDomain: endpoint },
    TriggerFunctions: {
      PreSignUp: 'cognitoTriggers',
      PostConfirmation: 'cognitoTriggers',
      CustomMessage: 'cognitoTriggers',
    },
    ServerConfig: { port: options.port, hostname: '127.0.0.1', development: false, https: false },
  };

  const clock = new DateClock();
  const dataStoreFactory = new StormDBDataStoreFactory(dataDir);
  const cognitoServiceFactory = new CognitoServiceFactoryImpl(
    dataDir,
    dataStoreFactory,
    new UserPoolServiceFactoryImpl(clock, dataStoreFactory),
  );
  const cognitoClient = await cognitoServiceFactory.create(ctx, config.UserPoolDefaults);

  // An aws-sdk v2 Lambda client look-alike: invokes our trigger handler in-process.
  const lambdaClient = {
    invoke: ({ Payload }: { Payload: string }) => ({
      promise: async () => {
        const handler = await options.loadTriggerHandler();
        try {
          const result = await handler(JSON.parse(Payload));
          return { StatusCode: 200, Payload: JSON.stringify(result) };
        } catch (error) {
          return {
            StatusCode: 200,
            FunctionError: 'Unhandled',
            Payload: JSON.stringify({ errorMessage: (error as Error).message }),
          };
        }
      },
    }),
  };
  const triggers = new TriggersService(
    clock,
    cognitoClient,
    new LambdaService(config.TriggerFunctions, lambdaClient),
    new CryptoService(config.KMSConfig),
  );

  const ses = new SESv2Client({
    endpoint: options.sesEndpoint,
    region: 'ap-south-1',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  });
  // Delivers codes the way the real pool does with SES: the CustomMessage trigger's subject and body.
  const emailSender = {
    async sendEmail(
      _ctx: unknown,
      _user: unknown,
      destination: string,
      message: { __code: string; emailSubject?: string; emailMessage?: string },
    ) {
      const subject = message.emailSubject || 'Your Chikitsa360 verification code';
      const html =
        message.emailMessage || `<p>Your verification code is <strong>${message.__code}</strong>.</p>`;
      try {
        await ses.send(
          new SendEmailCommand({
            FromEmailAddress: options.emailFrom,
            Destination: { ToAddresses: [destination] },
            Content: { Simple: { Subject: { Data: subject }, Body: { Html: { Data: html } } } },
          }),
        );
      } catch (error) {
        // What the real pool answers when it cannot deliver a code (cognito-local would send a bare 500).
        throw new CognitoError(
          'CodeDeliveryFailureException',
          `Unable to deliver the code by email: ${(error as Error).name}`,
        );
      }
    },
    async sendSms() {
      throw new Error('SMS delivery is not configured for this pool');
    },
  };

  const services = {
    clock,
    cognito: cognitoClient,
    config,
    messages: new MessagesService(triggers, new MessageDeliveryService(emailSender)),
    otp,
    tokenGenerator: new JwtTokenGenerator(clock, triggers, config.TokenConfig),
    triggers,
  };
  const router = Router(services);

  // The per-account limits the real pool applies (lib/local/account-limits.ts has the numbers).
  const limits = new AccountLimits();
  const refusal = (why: LimitRefusal) =>
    why === 'password_attempts_exceeded'
      ? new CognitoError('NotAuthorizedException', 'Password attempts exceeded')
      : new CognitoError('LimitExceededException', 'Attempt limit exceeded, please try after some time.');
  type Target = (rctx: unknown, req: LimitedRequest) => Promise<unknown>;
  /** Runs a call that the limits first allow, then learn from: its success, or the code of its error. */
  const checked = async (
    refused: LimitRefusal | null,
    call: () => Promise<unknown>,
    outcome: (errorCode: string | null) => void,
  ) => {
    if (refused) throw refusal(refused);
    try {
      const result = await call();
      outcome(null);
      return result;
    } catch (error) {
      outcome((error as { code?: string }).code ?? '');
      throw error;
    }
  };
  const withAccountLimits =
    (target: string, run: Target): Target =>
    async (rctx, req) => {
      const account = String(req.Username ?? req.AuthParameters?.USERNAME ?? '');
      const call = () => run(rctx, req);
      if (target === 'InitiateAuth' && req.AuthFlow === 'USER_PASSWORD_AUTH')
        return checked(limits.beforeSignIn(account), call, (errorCode) => {
          if (errorCode === null) limits.signInSucceeded(account);
          // cognito-local answers a wrong password with InvalidPassword, an unknown user with NotAuthorized.
          else if (['InvalidPasswordException', 'NotAuthorizedException'].includes(errorCode))
            limits.signInFailed(account);
        });
      if (target === 'ConfirmSignUp' || target === 'ConfirmForgotPassword')
        return checked(limits.beforeCodeCheck(account), call, (errorCode) => {
          if (errorCode === null) limits.codeSucceeded(account);
          else if (errorCode === 'CodeMismatchException') limits.codeFailed(account);
        });
      if (target === 'ForgotPassword' || target === 'ResendConfirmationCode')
        return checked(limits.beforeCodeSend(account), call, () => undefined);
      return call();
    };
  // cognito-local 5.3 has no ResendConfirmationCode; this mirrors its SignUp code delivery.
  const resendConfirmationCode = async (
    rctx: unknown,
    req: { ClientId: string; Username: string; ClientMetadata?: Record<string, string> },
  ) => {
    const userPool = await cognitoClient.getUserPoolForClientId(rctx, req.ClientId);
    const user = await userPool.getUserByUsername(rctx, req.Username);
    if (!user) throw new CognitoError('UserNotFoundException', 'Username/client id combination not found.');
    if (user.UserStatus !== 'UNCONFIRMED')
      throw new CognitoError('InvalidParameterException', 'User is already confirmed.');
    const email = user.Attributes.find((a: { Name: string }) => a.Name === 'email')?.Value;
    const code = otp();
    await userPool.saveUser(rctx, { ...user, ConfirmationCode: code });
    await services.messages.deliver(
      rctx,
      'ResendCode',
      req.ClientId,
      userPool.options.Id,
      user,
      code,
      req.ClientMetadata,
      {
        AttributeName: 'email',
        DeliveryMedium: 'EMAIL',
        Destination: email,
      },
    );
    return { CodeDeliveryDetails: { AttributeName: 'email', DeliveryMedium: 'EMAIL', Destination: email } };
  };
  /**
   * cognito-local 5.3's RespondToAuthChallenge issues a refresh token but never stores it (its
   * InitiateAuth does), so a session that began with a two-step sign-in could not be refreshed: the
   * real pool stores it. Store it here the way InitiateAuth does.
   */
  const respondToAuthChallenge =
    (
      respond: (rctx: unknown, req: unknown) => Promise<{ AuthenticationResult?: { RefreshToken?: string } }>,
    ) =>
    async (rctx: unknown, req: { ClientId: string; ChallengeResponses?: Record<string, string> }) => {
      const answer = await respond(rctx, req);
      const refreshToken = answer?.AuthenticationResult?.RefreshToken;
      const username = req.ChallengeResponses?.USERNAME;
      if (refreshToken && username) {
        const userPool = await cognitoClient.getUserPoolForClientId(rctx, req.ClientId);
        const user = await userPool.getUserByUsername(rctx, username);
        if (user) await userPool.storeRefreshToken(rctx, refreshToken, user);
      }
      return answer;
    };
  const target = (name: string) => {
    if (name === 'ResendConfirmationCode') return resendConfirmationCode;
    if (name === 'RespondToAuthChallenge') return respondToAuthChallenge(router(name));
    return router(name);
  };
  const routes = (name: string) => withAccountLimits(name, target(name));
  const server: Server = await createServer(routes, logger, config.ServerConfig, services).start();

  const { userPoolId, clientId } = await ensurePool(endpoint);
  const issuer = `${endpoint}/${userPoolId}`;
  return {
    endpoint,
    userPoolId,
    clientId,
    issuer,
    jwksUri: `${issuer}/.well-known/jwks.json`,
    stop: async () => {
      await new Promise<void>((resolve) => {
        server.closeAllConnections?.();
        server.close(() => resolve());
      });
      // Requests cut by the close may have left a save under way: let it land before we are gone.
      await Promise.allSettled([...pendingWrites]);
      ses.destroy();
    },
  };
}

/** Pool, app client and groups, created only when missing, so local data survives restarts. */
async function ensurePool(endpoint: string): Promise<{ userPoolId: string; clientId: string }> {
  const client = new CognitoIdentityProviderClient({
    endpoint,
    region: 'ap-south-1',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  });
  try {
    const pools = await client.send(new ListUserPoolsCommand({ MaxResults: 60 }));
    let userPoolId = pools.UserPools?.find((p) => p.Name === POOL_NAME)?.Id;
    if (!userPoolId) {
      const created = await client.send(
        new CreateUserPoolCommand({
          PoolName: POOL_NAME,
          UsernameAttributes: ['email'],
          AutoVerifiedAttributes: ['email'],
          MfaConfiguration: 'OPTIONAL',
          Policies: {
            PasswordPolicy: {
              MinimumLength: 8,
              RequireUppercase: true,
              RequireLowercase: true,
              RequireNumbers: true,
              RequireSymbols: true,
            },
          },
        }),
      );
      userPoolId = created.UserPool?.Id;
    }
    if (!userPoolId) throw new Error('The Cognito emulator created no user pool');
    // As the cloud pool (lib/stacks/auth-stack.ts): optional TOTP. Set on every start, so a pool created
    // before this setting existed gets it too.
    await client.send(
      new SetUserPoolMfaConfigCommand({
        UserPoolId: userPoolId,
        MfaConfiguration: 'OPTIONAL',
        SoftwareTokenMfaConfiguration: { Enabled: true },
      }),
    );
    const clients = await client.send(
      new ListUserPoolClientsCommand({ UserPoolId: userPoolId, MaxResults: 60 }),
    );
    let clientId = clients.UserPoolClients?.find((c) => c.ClientName === CLIENT_NAME)?.ClientId;
    if (!clientId) {
      const created = await client.send(
        new CreateUserPoolClientCommand({
          UserPoolId: userPoolId,
          ClientName: CLIENT_NAME,
          ExplicitAuthFlows: ['ALLOW_USER_PASSWORD_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'],
          IdTokenValidity: 15,
          AccessTokenValidity: 15,
          RefreshTokenValidity: 30,
          TokenValidityUnits: { IdToken: 'minutes', AccessToken: 'minutes', RefreshToken: 'days' },
          PreventUserExistenceErrors: 'ENABLED',
        }),
      );
      clientId = created.UserPoolClient?.ClientId;
    }
    if (!clientId) throw new Error('The Cognito emulator created no app client');
    const groups = await client.send(new ListGroupsCommand({ UserPoolId: userPoolId }));
    for (const name of GROUPS) {
      if (!groups.Groups?.some((g) => g.GroupName === name)) {
        await client.send(new CreateGroupCommand({ UserPoolId: userPoolId, GroupName: name }));
      }
    }
    return { userPoolId, clientId };
  } finally {
    client.destroy();
  }
}
