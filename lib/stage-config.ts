/**
 * Per-stage settings of the CDK app, selected with `-c stage=dev|prod`. Any field marked "context" can be
 * overridden with `-c key=value`, so an operator never edits code to point a stage at a domain or a
 * provider. Production refuses the local-only providers at synth time: a prod deploy that silently took
 * fake payments or an offline transcriber would be worse than one that never deploys.
 */
import { RemovalPolicy } from 'aws-cdk-lib';
import { RetentionDays } from 'aws-cdk-lib/aws-logs';

export const stageNames = ['dev', 'prod'] as const;
export type StageName = (typeof stageNames)[number];

export const paymentProviders = ['razorpay', 'simulated'] as const;
export const videoProviders = ['p2p', 'daily'] as const;
export const transcribers = ['deepgram', 'offline'] as const;

/**
 * APP_ORIGIN of a stage that has neither a domain nor an `appOrigin` override. The `.invalid` TLD can
 * never resolve, so links built from it fail visibly instead of pointing somewhere real.
 */
export const UNCONFIGURED_APP_ORIGIN = 'https://app-origin-not-configured.invalid';

export interface StageConfig {
  readonly stage: StageName;
  /** Everything runs in Mumbai: patient data stays in India. */
  readonly region: string;
  /** context `account`; unset keeps the stacks account-agnostic (synth needs no credentials). */
  readonly account?: string;
  /**
   * context `domainName` + `certificateArn` (an ACM certificate in us-east-1, as CloudFront requires).
   * Required in prod.
   */
  readonly domain?: { readonly name: string; readonly certificateArn: string };
  /**
   * The site's public origin (cookies, links in emails, CORS of presigned uploads). It comes from the
   * domain, or from context `appOrigin`; see `resolveAppOrigin` for why it is never read from CloudFront.
   */
  readonly appOrigin: string;
  /** context `alarmEmail`: where CloudWatch alarms go. */
  readonly alarmEmail: string;
  /** Sender of every email; its domain must be a verified SES identity. */
  readonly emailFrom: string;
  /**
   * context `paymentProvider`. `simulated` needs the local twin's gateway (RAZORPAY_API_BASE), which does
   * not exist in the cloud, so cloud stages use Razorpay: test-mode keys in dev, live keys in prod.
   */
  readonly paymentProvider: (typeof paymentProviders)[number];
  /**
   * context `razorpayKeyId`: the public key id Checkout shows; its secret is in Secrets Manager.
   * Required in prod.
   */
  readonly razorpayKeyId?: string;
  /** context `videoProvider`. */
  readonly videoProvider: (typeof videoProviders)[number];
  /** context `transcriber`. */
  readonly transcriber: (typeof transcribers)[number];
  readonly deepgramModel: string;
  /** JSON array of RTCIceServer handed to browsers for p2p calls. */
  readonly iceServers: string;
  /** Raw audio is deleted after transcription; the bucket lifecycle is the backstop for what is left. */
  readonly recordingsRetentionDays: number;
  readonly logRetention: RetentionDays;
  /** For stateful resources (table, buckets, keys, pool, log groups). */
  readonly removalPolicy: RemovalPolicy;
  /** DynamoDB and Cognito deletion protection. */
  readonly deletionProtection: boolean;
  /** Steady-state requests per second and burst, per API stage. */
  readonly apiThrottle: { readonly rateLimit: number; readonly burstLimit: number };
  /**
   * context `authRateLimit`: requests to /api/auth/* one client IP may make in 5 minutes before WAF blocks
   * it (sign-in, sign-up, codes, resets, refresh). Mobile carriers in India put many people behind one
   * address (CGNAT), so prod allows far more than one person needs.
   */
  readonly authRateLimit: number;
  /**
   * SMS reminders through Amazon SNS, off unless the operator registers with India's DLT (TRAI TCCCPR
   * 2018): context `smsEntityId` + `smsTemplateId` turn them on; `smsTemplateIdHi` (the Hindi text's own
   * template) and `smsSenderId` (the DLT header) are optional. One id without the other is refused.
   */
  readonly sms?: {
    readonly entityId: string;
    readonly templateId: string;
    readonly templateIdHi?: string;
    readonly senderId?: string;
  };
}

type StageDefaults = Omit<
  StageConfig,
  'stage' | 'appOrigin' | 'domain' | 'account' | 'razorpayKeyId' | 'sms'
> & {
  readonly domainName?: string;
};

const defaults: Record<StageName, StageDefaults> = {
  dev: {
    region: 'ap-south-1',
    alarmEmail: 'ops-dev@chikitsa360.in',
    emailFrom: 'Chikitsa360 Dev <care@dev.chikitsa360.in>',
    paymentProvider: 'razorpay',
    videoProvider: 'p2p',
    transcriber: 'offline',
    deepgramModel: 'nova-3-medical',
    iceServers: JSON.stringify([{ urls: 'stun:stun.l.google.com:19302' }]),
    recordingsRetentionDays: 3,
    logRetention: RetentionDays.ONE_MONTH,
    removalPolicy: RemovalPolicy.DESTROY,
    deletionProtection: false,
    apiThrottle: { rateLimit: 20, burstLimit: 40 },
    authRateLimit: 100,
  },
  prod: {
    region: 'ap-south-1',
    domainName: 'chikitsa360.in',
    alarmEmail: 'ops@chikitsa360.in',
    emailFrom: 'Chikitsa360 <care@chikitsa360.in>',
    paymentProvider: 'razorpay',
    videoProvider: 'p2p',
    transcriber: 'deepgram',
    deepgramModel: 'nova-3-medical',
    iceServers: JSON.stringify([{ urls: 'stun:stun.l.google.com:19302' }]),
    recordingsRetentionDays: 7,
    logRetention: RetentionDays.ONE_YEAR,
    removalPolicy: RemovalPolicy.RETAIN,
    deletionProtection: true,
    apiThrottle: { rateLimit: 200, burstLimit: 400 },
    authRateLimit: 500,
  },
};

/** Reads a context value from the app: `(key) => app.node.tryGetContext(key)`. */
export type ContextReader = (key: string) => unknown;

export function loadStageConfig(context: ContextReader): StageConfig {
  const problems: string[] = [];
  const text = (key: string): string | undefined => {
    const value = context(key);
    if (value === undefined || value === null || value === '') return undefined;
    if (typeof value !== 'string') {
      problems.push(`context "${key}" must be a string`);
      return undefined;
    }
    return value;
  };
  const choice = <T extends string>(key: string, allowed: readonly T[], fallback: T): T => {
    const value = text(key);
    if (value === undefined) return fallback;
    if (!(allowed as readonly string[]).includes(value)) {
      problems.push(`context "${key}" is "${value}"; expected one of ${allowed.join(', ')}`);
      return fallback;
    }
    return value as T;
  };

  /** WAF rate limits are whole numbers from 10 up; context values arrive as strings from the CLI. */
  const count = (key: string, fallback: number, range: { min: number; max: number }): number => {
    const value = context(key);
    if (value === undefined || value === null || value === '') return fallback;
    const n = typeof value === 'number' ? value : Number(value);
    if (!Number.isInteger(n) || n < range.min || n > range.max) {
      problems.push(
        `context "${key}" must be a whole number from ${range.min} to ${range.max}, got "${String(value)}"`,
      );
      return fallback;
    }
    return n;
  };

  const stageValue = text('stage') ?? 'dev';
  if (!(stageNames as readonly string[]).includes(stageValue)) {
    throw new Error(`Unknown stage "${stageValue}"; expected one of ${stageNames.join(', ')} (-c stage=…)`);
  }
  const stage = stageValue as StageName;
  const { domainName: defaultDomainName, ...base } = defaults[stage];

  const domainName = text('domainName') ?? defaultDomainName;
  const certificateArn = text('certificateArn');
  if (domainName && !certificateArn) {
    problems.push(
      `domain "${domainName}" needs context "certificateArn" (an ACM certificate in us-east-1 for CloudFront)`,
    );
  }
  const domain = domainName && certificateArn ? { name: domainName, certificateArn } : undefined;

  const smsEntityId = text('smsEntityId');
  const smsTemplateId = text('smsTemplateId');
  const smsTemplateIdHi = text('smsTemplateIdHi');
  const smsSenderId = text('smsSenderId');
  if (Boolean(smsEntityId) !== Boolean(smsTemplateId)) {
    problems.push('SMS reminders need both context "smsEntityId" and "smsTemplateId" (DLT), or neither');
  } else if (!smsEntityId && (smsTemplateIdHi || smsSenderId)) {
    problems.push('"smsTemplateIdHi" and "smsSenderId" need "smsEntityId" and "smsTemplateId" too');
  }
  const sms =
    smsEntityId && smsTemplateId
      ? {
          entityId: smsEntityId,
          templateId: smsTemplateId,
          templateIdHi: smsTemplateIdHi,
          senderId: smsSenderId,
        }
      : undefined;

  const config: StageConfig = {
    ...base,
    stage,
    account: text('account'),
    domain,
    appOrigin: resolveAppOrigin(domainName, text('appOrigin'), problems),
    alarmEmail: text('alarmEmail') ?? base.alarmEmail,
    paymentProvider: choice('paymentProvider', paymentProviders, base.paymentProvider),
    razorpayKeyId: text('razorpayKeyId'),
    videoProvider: choice('videoProvider', videoProviders, base.videoProvider),
    transcriber: choice('transcriber', transcribers, base.transcriber),
    authRateLimit: count('authRateLimit', base.authRateLimit, { min: 10, max: 2_000_000_000 }),
    sms,
  };

  if (stage === 'prod') {
    if (config.paymentProvider === 'simulated') {
      problems.push(
        'prod must take real payments: paymentProvider "simulated" is for dev and the local twin',
      );
    }
    if (!config.razorpayKeyId) problems.push('prod needs context "razorpayKeyId" (the live Razorpay key id)');
    if (config.transcriber === 'offline') {
      problems.push('prod must transcribe real speech: transcriber "offline" is for dev and the local twin');
    }
    if (!domainName) problems.push('prod needs a domain (context "domainName" and "certificateArn")');
  }
  if (problems.length > 0) {
    throw new Error(`Invalid configuration for stage "${stage}":\n  - ${problems.join('\n  - ')}`);
  }
  return config;
}

/**
 * Why APP_ORIGIN never comes from the CloudFront distribution: the distribution needs the API URLs as
 * origins, while the API functions need APP_ORIGIN and the recordings bucket needs it for CORS, so reading
 * the distribution's domain would make data → api → web → data a cycle. The origin is configuration
 * instead: the stage's domain when it has one (prod always does); otherwise
 * `-c appOrigin=https://dxxxx.cloudfront.net` once the first deploy has output the distribution's domain.
 */
function resolveAppOrigin(domainName: string | undefined, override: string | undefined, problems: string[]) {
  if (override !== undefined) {
    const url = URL.parse(override);
    if (url?.protocol !== 'https:' || url.origin !== override) {
      problems.push(
        `context "appOrigin" must be a bare https origin like https://example.org, got "${override}"`,
      );
    }
    return override;
  }
  return domainName ? `https://${domainName}` : UNCONFIGURED_APP_ORIGIN;
}

/** `Chikitsa360 <care@chikitsa360.in>` → its parts; SES permissions and Cognito email use the domain. */
export function emailSender(config: StageConfig): { name: string; address: string; domain: string } {
  const [, name = '', address, domain] =
    /^\s*(.*?)\s*<([^<>@\s]+@([^<>@\s]+))>\s*$/.exec(config.emailFrom) ?? [];
  if (!address || !domain)
    throw new Error(`emailFrom must look like "Name <user@domain>", got "${config.emailFrom}"`);
  return { name, address, domain };
}
