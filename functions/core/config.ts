/**
 * Typed configuration, read once from the environment. The cloud and the local twin differ only in
 * the endpoints (and the provider choices the operator makes); there is no "if local" anywhere else.
 */
import * as z from 'zod';

const optionalUrl = z.url().optional();

const schema = z.object({
  STAGE: z.string().min(1).default('local'),
  AWS_REGION: z.string().min(1).default('ap-south-1'),
  APP_ORIGIN: z.url(),
  TABLE_NAME: z.string().min(1),
  RECORDINGS_BUCKET: z.string().min(1),
  /** Reports and verification evidence (functions/documents), private and KMS-encrypted. */
  DOCUMENTS_BUCKET: z.string().min(1),
  EMAIL_FROM: z.string().min(3).default('Chikitsa360 <care@chikitsa360.in>'),
  USER_POOL_ID: z.string().min(1),
  USER_POOL_CLIENT_ID: z.string().min(1),
  /** Issuer and JWKS of the user pool; for real Cognito both are derived from the pool id. */
  JWT_ISSUER: optionalUrl,
  JWKS_URI: optionalUrl,
  DYNAMODB_ENDPOINT: optionalUrl,
  S3_ENDPOINT: optionalUrl,
  SES_ENDPOINT: optionalUrl,
  COGNITO_ENDPOINT: optionalUrl,
  SFN_ENDPOINT: optionalUrl,
  /** EventBridge Scheduler; locally the twin's scheduler (lib/local/scheduler.ts). */
  SCHEDULER_ENDPOINT: optionalUrl,
  SNS_ENDPOINT: optionalUrl,
  /**
   * Where appointment reminders are scheduled (functions/reminders): the schedule group, the reminders
   * worker they invoke and the role Scheduler assumes to invoke it. Set only on the functions granted
   * to create or delete schedules (lib/stacks/grants.ts); the group also on those that only delete.
   */
  REMINDER_SCHEDULE_GROUP: z.string().min(1).default('chikitsa360-local-reminders'),
  REMINDER_TARGET_ARN: z.string().optional(),
  REMINDER_ROLE_ARN: z.string().optional(),
  /**
   * SMS reminders through Amazon SNS. Off unless 'true'; Indian carriers deliver only messages
   * registered on the DLT platform (TRAI TCCCPR 2018), so the entity and template ids must be set too.
   */
  SMS_REMINDERS: z.enum(['true', 'false']).default('false'),
  SMS_ENTITY_ID: z.string().optional(),
  SMS_TEMPLATE_ID: z.string().optional(),
  /** The Hindi text's own DLT template; Hindi speakers get no SMS without it. */
  SMS_TEMPLATE_ID_HI: z.string().optional(),
  /** The 6-character header (sender id) registered on DLT. */
  SMS_SENDER_ID: z.string().optional(),
  /** https://{apiId}.execute-api.{region}.amazonaws.com/{stage} in the cloud; the gateway locally. */
  WS_MANAGEMENT_ENDPOINT: optionalUrl,
  STATE_MACHINE_ARN: z.string().optional(),
  PAYMENT_PROVIDER: z.enum(['razorpay', 'simulated']).default('simulated'),
  /** Public key id shown to Checkout (the secret stays in Secrets Manager). */
  RAZORPAY_KEY_ID: z.string().default('rzp_test_local'),
  /** Only the simulated gateway sets this; the gateway (payments/gateway.ts) calls api.razorpay.com otherwise. */
  RAZORPAY_API_BASE: optionalUrl,
  VIDEO_PROVIDER: z.enum(['p2p', 'daily']).default('p2p'),
  /** Daily.co REST base and the team's domain (https://<team>.daily.co), used when VIDEO_PROVIDER=daily. */
  DAILY_API_BASE: z.url().default('https://api.daily.co/v1'),
  DAILY_DOMAIN: z.url().default('https://chikitsa360.daily.co'),
  TRANSCRIBER: z.enum(['deepgram', 'offline']).default('offline'),
  DEEPGRAM_MODEL: z.string().default('nova-3-medical'),
  /** Only tests point this at a local server speaking Deepgram's format. */
  DEEPGRAM_API_BASE: optionalUrl,
  /** Keep the consultation audio after transcription (the bucket's lifecycle rule still expires it). */
  KEEP_AUDIO: z.enum(['true', 'false']).default('false'),
  /**
   * The header value CloudFront (locally, the twin's gateway) adds to every API request; the HTTP
   * stack and $connect refuse requests without it (functions/core/origin-verify.ts). Only the API
   * functions get it.
   */
  ORIGIN_VERIFY: z.string().min(1).optional(),
  /** How many days ahead a doctor's weekly schedule keeps slots published (functions/appointments/schedule.ts). */
  SCHEDULE_PUBLISH_DAYS: z.coerce.number().int().min(7).max(90).default(28),
  /** JSON array of RTCIceServer; empty on localhost. */
  ICE_SERVERS: z.string().default('[]'),
});

export type Config = Readonly<
  z.infer<typeof schema> & {
    jwtIssuer: string;
    jwksUri: string;
    /** Cookies get `Secure` unless the site itself is served over plain http on loopback. */
    secureCookies: boolean;
  }
>;

let cached: Config | undefined;

export function config(): Config {
  if (cached) return cached;
  const parsed = schema.safeParse(process.env);
  if (!parsed.success) {
    const fields = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`Invalid configuration: ${fields}`);
  }
  const env = parsed.data;
  // The simulated gateway signs payments with a local secret: it must never take real bookings.
  if (
    env.STAGE === 'prod' &&
    (env.PAYMENT_PROVIDER === 'simulated' ||
      env.RAZORPAY_API_BASE ||
      env.RAZORPAY_KEY_ID === 'rzp_test_local')
  ) {
    throw new Error('Invalid configuration: the simulated payment gateway cannot run in the prod stage');
  }
  if (env.SMS_REMINDERS === 'true' && !(env.SMS_ENTITY_ID && env.SMS_TEMPLATE_ID)) {
    throw new Error('Invalid configuration: SMS reminders need SMS_ENTITY_ID and SMS_TEMPLATE_ID (DLT)');
  }
  const cognitoIssuer = `https://cognito-idp.${env.AWS_REGION}.amazonaws.com/${env.USER_POOL_ID}`;
  const jwtIssuer = env.JWT_ISSUER ?? cognitoIssuer;
  const origin = new URL(env.APP_ORIGIN);
  cached = Object.freeze({
    ...env,
    jwtIssuer,
    jwksUri: env.JWKS_URI ?? `${jwtIssuer}/.well-known/jwks.json`,
    secureCookies: !(
      origin.protocol === 'http:' && ['127.0.0.1', 'localhost', '[::1]'].includes(origin.hostname)
    ),
  });
  return cached;
}

/** Tests and the local twin change the environment between runs in one process. */
export function resetConfigForTests(): void {
  cached = undefined;
}
