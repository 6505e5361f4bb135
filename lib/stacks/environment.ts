/**
 * The environment variables that functions/core/config.ts requires. Every function gets all of them, so
 * `config()` parses the same way in every function; which AWS actions a function may perform is decided
 * by its IAM grants, not by which variables it sees. The variables that name something a function was
 * granted (SECRETS_ID, STATE_MACHINE_ARN, WS_MANAGEMENT_ENDPOINT) are set only where it was granted
 * (applyFunctionAccess in grants.ts).
 */
import type { StageConfig } from '../stage-config.ts';

export interface RuntimeEnvironment {
  readonly STAGE: string;
  readonly APP_ORIGIN: string;
  readonly EMAIL_FROM: string;
  readonly PAYMENT_PROVIDER: string;
  /** Unset leaves config()'s local default, which Razorpay refuses: payments fail visibly until configured. */
  readonly RAZORPAY_KEY_ID?: string;
  readonly VIDEO_PROVIDER: string;
  readonly TRANSCRIBER: string;
  readonly DEEPGRAM_MODEL: string;
  readonly ICE_SERVERS: string;
  /** 'true' only when the stage configures DLT ids (StageConfig.sms); unset is functions' 'false'. */
  readonly SMS_REMINDERS?: string;
  readonly SMS_ENTITY_ID?: string;
  readonly SMS_TEMPLATE_ID?: string;
  readonly SMS_TEMPLATE_ID_HI?: string;
  readonly SMS_SENDER_ID?: string;
  readonly TABLE_NAME: string;
  readonly RECORDINGS_BUCKET: string;
  readonly DOCUMENTS_BUCKET: string;
  readonly MEDIA_BUCKET: string;
  readonly USER_POOL_ID: string;
  readonly USER_POOL_CLIENT_ID: string;
  /** Its provider's secret (functions/core/secrets.ts); only where the function may read it. */
  readonly SECRETS_ID?: string;
  /** Only where the function pushes to WebSocket clients. */
  readonly WS_MANAGEMENT_ENDPOINT?: string;
  /** Only where the function starts transcriptions. */
  readonly STATE_MACHINE_ARN?: string;
  /** Only the API functions: the header value CloudFront adds (functions/core/origin-verify.ts). */
  readonly ORIGIN_VERIFY?: string;
  /**
   * Never in the cloud: RAZORPAY_API_BASE points the Razorpay calls at the local twin's simulated gateway,
   * DEEPGRAM_API_BASE at a test server. The type forbids them here; a test checks every function.
   */
  readonly RAZORPAY_API_BASE?: never;
  readonly DEEPGRAM_API_BASE?: never;
}

export type StageEnvironment = Pick<
  RuntimeEnvironment,
  | 'STAGE'
  | 'APP_ORIGIN'
  | 'EMAIL_FROM'
  | 'PAYMENT_PROVIDER'
  | 'RAZORPAY_KEY_ID'
  | 'VIDEO_PROVIDER'
  | 'TRANSCRIBER'
  | 'DEEPGRAM_MODEL'
  | 'ICE_SERVERS'
  | 'SMS_REMINDERS'
  | 'SMS_ENTITY_ID'
  | 'SMS_TEMPLATE_ID'
  | 'SMS_TEMPLATE_ID_HI'
  | 'SMS_SENDER_ID'
>;

/** The part of the environment that comes from configuration alone. */
export function stageEnvironment(config: StageConfig): StageEnvironment {
  return {
    STAGE: config.stage,
    APP_ORIGIN: config.appOrigin,
    EMAIL_FROM: config.emailFrom,
    PAYMENT_PROVIDER: config.paymentProvider,
    RAZORPAY_KEY_ID: config.razorpayKeyId,
    VIDEO_PROVIDER: config.videoProvider,
    TRANSCRIBER: config.transcriber,
    DEEPGRAM_MODEL: config.deepgramModel,
    ICE_SERVERS: config.iceServers,
    SMS_REMINDERS: config.sms ? 'true' : undefined,
    SMS_ENTITY_ID: config.sms?.entityId,
    SMS_TEMPLATE_ID: config.sms?.templateId,
    SMS_TEMPLATE_ID_HI: config.sms?.templateIdHi,
    SMS_SENDER_ID: config.sms?.senderId,
  };
}

/** Lambda's `environment` wants a plain string map without undefined values. */
export function asLambdaEnvironment(env: RuntimeEnvironment): Record<string, string> {
  return Object.fromEntries(
    Object.entries(env).filter((entry): entry is [string, string] => entry[1] !== undefined),
  );
}
