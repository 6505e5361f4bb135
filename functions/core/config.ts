/**
 * Typed configuration, read once from the environment. The cloud and the local twin differ only in
 * the endpoints (and the provider choices the operator makes); there is no "if local" anywhere else.
 */
import * as z from 'zod';
import { gstStateCodes } from '../contract/api.ts';
import { isValidGstin } from '../contract/gstin.ts';

const optionalUrl = z.url().optional();

/** The twin's supplier on invoices: a demo company with a made-up GSTIN whose check character is valid. */
export const DEMO_SUPPLIER = {
  legalName: 'Chikitsa360 Health Services Private Limited',
  address: '4th Floor, 12 MG Road|Bengaluru 560001',
  stateCode: '29',
  gstin: '29AAGCC4321K1ZL',
} as const;

const schema = z.object({
  STAGE: z.string().min(1).default('local'),
  AWS_REGION: z.string().min(1).default('ap-south-1'),
  APP_ORIGIN: z.url(),
  TABLE_NAME: z.string().min(1),
  RECORDINGS_BUCKET: z.string().min(1),
  /** Reports and verification evidence (functions/documents), private and KMS-encrypted. */
  DOCUMENTS_BUCKET: z.string().min(1),
  /** Doctors' photos (functions/documents/photos.ts): uploads/ waits unserved, media/ is the CDN's. */
  MEDIA_BUCKET: z.string().min(1),
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
  /**
   * The supplier on every tax invoice (CGST Rules 2017, Rule 46(a)): legal name, address (lines
   * separated by '|'), the state it is registered in (GST state code) and its GSTIN. The defaults are
   * a demo supplier for the twin (a made-up GSTIN with a valid check character); the prod stage must
   * set its own (checked at load).
   */
  GST_SUPPLIER_NAME: z.string().trim().min(2).max(120).default(DEMO_SUPPLIER.legalName),
  GST_SUPPLIER_ADDRESS: z.string().trim().min(5).max(300).default(DEMO_SUPPLIER.address),
  GST_SUPPLIER_STATE: z.enum(gstStateCodes).default(DEMO_SUPPLIER.stateCode),
  GST_SUPPLIER_GSTIN: z.string().trim().toUpperCase().default(DEMO_SUPPLIER.gstin),
  /**
   * What is charged GST (functions/core/price.ts). `exempt`: a consultation by a clinical
   * establishment is exempt (Notification 12/2017-Central Tax (Rate), Sl. No. 74, SAC 9993); `taxable`
   * charges GST_RATE_PERCENT on it, as the twin does by default so the demo's amounts stay as they were.
   */
  GST_CONSULTATION: z.enum(['taxable', 'exempt']).default('taxable'),
  /** A platform (booking) fee per paid consultation in paise, always taxable; 0: none. */
  GST_PLATFORM_FEE_PAISE: z.coerce.number().int().min(0).max(1_000_000).default(0),
  /** The GST rate on what is taxable: 18% for both SAC 9993 and SAC 9985 services. */
  GST_RATE_PERCENT: z.coerce.number().int().min(0).max(40).default(18),
  /** The first part of invoice serials, PREFIX/2627/000123 (Rule 46(b): at most 16 characters). */
  INVOICE_PREFIX: z
    .string()
    .regex(/^[A-Z0-9]{1,4}$/, 'one to four capital letters or digits')
    .default('C360'),
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
  if (!isValidGstin(env.GST_SUPPLIER_GSTIN)) {
    throw new Error(
      `Invalid configuration: GST_SUPPLIER_GSTIN ${env.GST_SUPPLIER_GSTIN} is not a valid GSTIN (15 characters with a correct check character)`,
    );
  }
  if (env.GST_SUPPLIER_GSTIN.slice(0, 2) !== env.GST_SUPPLIER_STATE) {
    throw new Error(
      `Invalid configuration: GST_SUPPLIER_GSTIN is registered in state ${env.GST_SUPPLIER_GSTIN.slice(0, 2)}, not GST_SUPPLIER_STATE ${env.GST_SUPPLIER_STATE}`,
    );
  }
  if (env.STAGE === 'prod' && env.GST_SUPPLIER_GSTIN === DEMO_SUPPLIER.gstin) {
    throw new Error(
      'Invalid configuration: the prod stage needs its own GST_SUPPLIER_GSTIN, not the demo one',
    );
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
