/**
 * THE least-privilege table: what each function may do, derived from reading its code (the handler of a
 * context, or a worker entry, and everything its bundle reaches). Each grant says why. The stacks apply
 * it through `applyFunctionAccess` (grants.ts); tests/infra/access.test.ts checks every function's policy
 * against this table, and the table against what each bundle's code actually calls, so a new call without
 * a grant (or a grant whose caller is gone) fails the build instead of production.
 *
 * How DynamoDB calls map to actions (ElectroDB): get → GetItem, get([…]) → BatchGetItem, query/collections →
 * Query (on the table, or on the access pattern's index), create/put → PutItem, put([…])/delete([…]) →
 * BatchWriteItem, patch/update/upsert → UpdateItem, delete/remove → DeleteItem. A transaction
 * (TransactWriteItems) is authorised item by item with those same actions, so it needs no action of its own.
 * Nobody gets Scan (DESIGN §3: every access pattern is a Query or a GetItem).
 */
import {
  type ContextName,
  documentsPrefix,
  mediaPrefix,
  photoUploadsPrefix,
  recordingTrigger,
} from '../../functions/contract/routes.ts';
import type { WorkerName } from '../functions.ts';
import type { StageConfig } from '../stage-config.ts';
import type { tableShape } from '../table.ts';

export type FunctionName = ContextName | WorkerName;

export type TableAction =
  | 'GetItem'
  | 'BatchGetItem'
  | 'Query'
  | 'PutItem'
  | 'UpdateItem'
  | 'DeleteItem'
  | 'BatchWriteItem'
  | 'ConditionCheckItem';

export type IndexName = (typeof tableShape.globalSecondaryIndexes)[number]['indexName'];

/** Third parties whose keys live in Secrets Manager: one secret each, so a function reads only its own. */
export const providers = ['razorpay', 'daily', 'deepgram'] as const;
export type Provider = (typeof providers)[number];

/** The keys each provider's secret holds (functions/core/secrets.ts reads them by these names). */
export const providerSecretKeys: Record<Provider, readonly string[]> = {
  razorpay: ['RAZORPAY_KEY_SECRET', 'RAZORPAY_WEBHOOK_SECRET'],
  daily: ['DAILY_API_KEY'],
  deepgram: ['DEEPGRAM_API_KEY'],
};

/** The providers a stage actually calls; only their secrets exist, and only their readers get them. */
export function providersInUse(config: StageConfig): Provider[] {
  return providers.filter(
    (provider) =>
      (provider === 'razorpay' && config.paymentProvider === 'razorpay') ||
      (provider === 'daily' && config.videoProvider === 'daily') ||
      (provider === 'deepgram' && config.transcriber === 'deepgram'),
  );
}

/**
 * Object key patterns of the recordings bucket (the layout is functions/recordings/keys.ts:
 * recordings/{appointmentId}/{recordingId}/{00000-99999}.webm, …/final.json, …/assembled.webm,
 * …/transcriber.json). IAM's `?` matches exactly one character, so `?????.webm` is a chunk and never
 * the assembled file.
 */
export const recordingObjects = {
  everything: `${recordingTrigger.prefix}*`,
  chunks: `${recordingTrigger.prefix}*/?????.webm`,
  finalMarkers: `${recordingTrigger.prefix}*${recordingTrigger.suffix}`,
} as const;
export type RecordingObjects = keyof typeof recordingObjects;

/** Every object of the documents bucket: documents/{appointmentId or ownerId}/{documentId}. */
export const documentObjects = `${documentsPrefix}*`;

/** The media bucket's objects: photos waiting to be checked, and the published ones the CDN serves. */
export const mediaObjects = [`${photoUploadsPrefix}*`, `${mediaPrefix}*`] as const;

type Why = string;

export interface FunctionAccess {
  /** Actions on the table, and the GSIs its queries use (Query on the table itself needs no index). */
  readonly table?: {
    readonly actions: readonly TableAction[];
    readonly indexes: readonly IndexName[];
    readonly why: Why;
  };
  /** Objects of the recordings bucket (SSE-KMS: writers also get GenerateDataKey, readers Decrypt, via S3). */
  readonly recordings?: {
    readonly actions: readonly ('s3:GetObject' | 's3:PutObject' | 's3:DeleteObject')[];
    readonly objects: readonly RecordingObjects[];
    /** ListBucket, limited to keys under recordings/. */
    readonly list?: true;
    readonly why: Why;
  };
  /**
   * Objects of the documents bucket, under documents/ (SSE-KMS as the recordings). A function touches
   * one bucket or the other, never both, so its S3 calls name the bucket (tests/infra/access.test.ts).
   */
  readonly documents?: {
    readonly actions: readonly ('s3:GetObject' | 's3:PutObject' | 's3:DeleteObject')[];
    readonly why: Why;
  };
  /** Objects of the media bucket (SSE-S3, no key): uploads/photos/ and media/ (mediaObjects). */
  readonly media?: {
    readonly actions: readonly ('s3:GetObject' | 's3:PutObject' | 's3:DeleteObject')[];
    readonly why: Why;
  };
  /** HeadBucket on the recordings bucket (authorised as s3:ListBucket, no prefix). */
  readonly probesRecordingsBucket?: Why;
  /** Reads its provider's secret (and decrypts it, via Secrets Manager only). */
  readonly secret?: { readonly provider: Provider; readonly why: Why };
  /** SES v2 SendEmail from the stage's sender domain. */
  readonly sendsEmail?: Why;
  /** SES GetAccount (account-level; no resource to name). */
  readonly readsSesAccount?: Why;
  /** Cognito actions on the user pool. */
  readonly userPool?: { readonly actions: readonly string[]; readonly why: Why };
  /** StartExecution on the transcription state machine (and its key, for the execution input). */
  readonly startsTranscriptions?: Why;
  /**
   * EventBridge Scheduler actions on the reminder schedule group's schedules (functions/reminders); with
   * CreateSchedule/UpdateSchedule also iam:PassRole of the one role Scheduler assumes to invoke the
   * reminders worker.
   */
  readonly reminderSchedules?: {
    readonly actions: readonly (
      | 'scheduler:CreateSchedule'
      | 'scheduler:UpdateSchedule'
      | 'scheduler:DeleteSchedule'
    )[];
    readonly why: Why;
  };
  /** SNS Publish straight to phone numbers (SMS): there is no topic, so no resource to name. */
  readonly sendsSms?: Why;
  /** execute-api:ManageConnections on the WebSocket stage's connections. */
  readonly postsToConnections?: Why;
  /** Reserved concurrency where a runaway would hurt; otherwise why the shared pool is right. */
  readonly concurrency: { readonly reserved: number; readonly why: Why } | { readonly unreserved: Why };
}

/** Contexts behind API Gateway: load is limited where it enters, by the stages' throttling and WAF. */
const API_CONCURRENCY = {
  unreserved:
    "Behind API Gateway, whose stage throttling and the WAF rate rule bound the load; reserving capacity per context would take it from the account's shared pool and turn a burst on one context into throttled patients.",
} as const;

export const functionAccess = {
  accounts: {
    table: {
      actions: ['GetItem', 'Query', 'PutItem', 'UpdateItem', 'DeleteItem', 'BatchWriteItem'],
      indexes: [],
      why: "Profiles: GetItem/UpdateItem of the user (and GetItem of an appointment for party checks); a doctor profile edit re-lists the doctor: Query of the old name tokens by doctor (table key), BatchWriteItem to replace them, counters by UpdateItem. Family members: Query of the holder's list (table key), GetItem, PutItem/DeleteItem in a transaction with the user's count (UpdateItem), UpdateItem to edit. A changed name or phone rewrites the account's lookup items (Query by user on the table key, PutItem, DeleteItem).",
    },
    // Sign-up, sign-in, refresh, logout and password reset are Cognito's public (unauthenticated) APIs:
    // no IAM grant exists for them or is needed.
    sendsEmail:
      'Tells the owner of an existing account that someone registered with its email (the API answers as for a new email).',
    concurrency: API_CONCURRENCY,
  },
  discovery: {
    table: {
      actions: ['GetItem', 'BatchGetItem', 'Query'],
      indexes: ['gsi1', 'gsi2', 'gsi3'],
      why: 'Read-only search: name tokens by initial and free slots by date (gsi1), verified doctors (gsi2) or by specialty (gsi3), a doctor and their slots (GetItem, Query on the table key), the found doctors (BatchGetItem), the approved rating comments of a doctor (gsi2).',
    },
    concurrency: API_CONCURRENCY,
  },
  appointments: {
    table: {
      actions: ['GetItem', 'BatchGetItem', 'Query', 'PutItem', 'UpdateItem', 'DeleteItem'],
      indexes: ['gsi1', 'gsi2'],
      why: "Booking and cancelling as transactions (slot UpdateItem, appointment, consent and counter PutItem/UpdateItem, the patient's hold and rate counters UpdateItem, the booking's audit event PutItem), an appointment's consents (Query on the table key), creating (PutItem) and deleting (DeleteItem) a doctor's slots, the parties (BatchGetItem), own lists and the patient's expired holds by patient (gsi1) or doctor (gsi2), a doctor's slots (Query on the table key), the payment of a cancelled appointment (GetItem, UpdateItem), the open sockets of a cancelled appointment's room (Query on the table key, DeleteItem), audit events of appointment reads and lists (PutItem) and of notes changes and cancellations (inside their transactions); follow-ups: the one-per-original marker (PutItem in the booking's transaction, GetItem for the offer, DeleteItem in the follow-up's cancellation); a visit's record: its chat messages and prescription versions (Query on the table key), the transcription, payment and linked appointments (GetItem); a confirmed appointment's move puts its pending-reminders row in the move's transaction (PutItem) and deletes it once its schedules moved (DeleteItem); ratings: a visit's rating (GetItem), put or edited in one transaction with the doctor's ratingTotal/ratingCount (PutItem/UpdateItem), a rating by id for the doctor's reply (gsi1) and the reply (UpdateItem).",
    },
    secret: { provider: 'razorpay', why: 'A cancellation of a paid appointment refunds through Razorpay.' },
    sendsEmail: 'Booking received and cancellation emails to both parties.',
    reminderSchedules: {
      actions: ['scheduler:CreateSchedule', 'scheduler:UpdateSchedule', 'scheduler:DeleteSchedule'],
      why: 'Cancelling a confirmed appointment deletes its two reminder schedules (functions/reminders/drop.ts); rescheduling one moves them (UpdateSchedule, or CreateSchedule for one that was missing) and deletes one whose time has passed.',
    },
    postsToConnections:
      'Cancelling a confirmed appointment closes its room: tells each open socket why (PostToConnection), then closes it (DeleteConnection).',
    concurrency: API_CONCURRENCY,
  },
  payments: {
    table: {
      actions: ['BatchGetItem', 'GetItem', 'Query', 'PutItem', 'UpdateItem', 'DeleteItem'],
      indexes: ['gsi1'],
      why: "Orders (payment PutItem; whether the doctor's account is disabled, GetItem), verification and the webhook (payment by Razorpay order id on gsi1; appointment and both parties in one TransactGetItems, which IAM authorises as GetItem, or BatchGetItem when a racing transaction makes that conflict; confirm as one transaction: payment, appointment, the patient's hold counter and the statistics counters UpdateItem, receipt, receipt-number marker and pending-reminders row PutItem; the row's DeleteItem once the reminders are scheduled), webhook event markers (GetItem/PutItem), receipts (GetItem) with an audit event per read (PutItem).",
    },
    secret: {
      provider: 'razorpay',
      why: 'Creates orders with the key secret and verifies checkout and webhook signatures with the key and webhook secrets.',
    },
    sendsEmail: 'Payment receipts and refund confirmations.',
    reminderSchedules: {
      actions: ['scheduler:CreateSchedule', 'scheduler:UpdateSchedule', 'scheduler:DeleteSchedule'],
      why: 'A confirmed payment schedules the two reminders (create, or update one left by an earlier try) and deletes the one whose time has already passed.',
    },
    concurrency: API_CONCURRENCY,
  },
  chat: {
    table: {
      actions: ['GetItem', 'Query', 'PutItem', 'UpdateItem', 'DeleteItem'],
      indexes: ['gsi1'],
      why: "Connections (PutItem on $connect, rate-limit UpdateItem, DeleteItem when gone or closed; by connection id on gsi1, an appointment's peers on the table key), the appointment and both parties' accounts each frame re-checks (GetItem, cached briefly), messages (PutItem with an idempotency marker, UpdateItem for read receipts, history by Query), audit events of history reads (PutItem), the video room of an appointment (UpdateItem).",
    },
    secret: {
      provider: 'daily',
      why: 'With VIDEO_PROVIDER=daily, creates private rooms and meeting tokens through the Daily REST API.',
    },
    postsToConnections:
      'Pushes chat, read receipts, presence and WebRTC signals to the other party, and closes a room whose appointment or party may no longer use it (DeleteConnection).',
    concurrency: API_CONCURRENCY,
  },
  recordings: {
    table: {
      actions: ['GetItem', 'PutItem', 'UpdateItem'],
      indexes: [],
      why: 'Recordings (PutItem to start, UpdateItem per chunk and to close), transcript reads (GetItem) with an audit event per read (PutItem).',
    },
    recordings: {
      actions: ['s3:PutObject'],
      objects: ['chunks', 'finalMarkers'],
      why: "Signs the presigned POST of each audio chunk (the browser's upload is authorised by this role) and writes the final marker when the doctor ends the recording.",
    },
    concurrency: API_CONCURRENCY,
  },
  content: {
    table: {
      actions: ['GetItem', 'Query', 'PutItem', 'UpdateItem'],
      indexes: ['gsi2'],
      why: "The content collection (Query on the table key), featured doctors (gsi2), a health tip (GetItem), a patient's testimonial after a completed appointment (GetItem of it; testimonial and its one-per-appointment marker PutItem in one transaction), a contact-form message (PutItem) with its sender's rate counter (UpdateItem) in one transaction, the health probe (GetItem).",
    },
    sendsEmail: 'Each contact-form message to the support inbox.',
    probesRecordingsBucket: 'GET /api/health checks that the recordings bucket is reachable (HeadBucket).',
    readsSesAccount: 'GET /api/health checks that SES sending is enabled (GetAccount).',
    concurrency: API_CONCURRENCY,
  },
  admin: {
    table: {
      actions: ['GetItem', 'BatchGetItem', 'Query', 'PutItem', 'UpdateItem', 'DeleteItem', 'BatchWriteItem'],
      indexes: ['gsi1', 'gsi2', 'gsi3'],
      why: "The console: lists by status (appointments gsi3, payments gsi2, transcriptions gsi1), users by directory (gsi2), contact-form messages (Query on the table key), the audit log by subject (table key), actor (gsi1), all events (gsi2) or action (gsi3) with the actors' names (BatchGetItem), counters (BatchGetItem, Query); verification, disabling, cancelling and content CRUD (PutItem/UpdateItem/DeleteItem, doctor name tokens by BatchWriteItem); a user's future appointments by patient (gsi1) or doctor (gsi2) and their rooms' sockets (Query on the table key, DeleteItem); a retried transcription (PutItem); rating comments waiting for moderation (gsi3), a rating by id (gsi1) and its decision (UpdateItem); finding accounts by email or by the user-lookup items (gsi1) with their users (BatchGetItem), an admin's profile edit (UpdateItem, the lookup items by PutItem/DeleteItem) and featuring a doctor (UpdateItem); an audit event for every read of personal data and every action (PutItem, or inside the action's transaction).",
    },
    secret: {
      provider: 'razorpay',
      why: 'An admin cancellation of a paid appointment refunds in full through Razorpay.',
    },
    sendsEmail: 'Verification decisions to doctors; cancellation and refund emails.',
    reminderSchedules: {
      actions: ['scheduler:DeleteSchedule'],
      why: "An admin cancellation of a confirmed appointment (or of a disabled account's) deletes its reminder schedules.",
    },
    userPool: {
      actions: ['cognito-idp:AdminDisableUser', 'cognito-idp:AdminEnableUser'],
      why: 'Disabling or re-enabling an account stops or restores its sign-ins and refreshes at once.',
    },
    startsTranscriptions: 'Retries a failed transcription (a new execution of the state machine).',
    postsToConnections:
      'Disabling an account, or cancelling a confirmed appointment, closes the rooms concerned: tells each open socket why (PostToConnection), then closes it (DeleteConnection).',
    concurrency: API_CONCURRENCY,
  },
  prescriptions: {
    table: {
      actions: ['GetItem', 'Query', 'PutItem', 'UpdateItem'],
      indexes: ['gsi1'],
      why: "Prescription versions of an appointment (Query on the table key; a draft PutItem; issuing as one transaction: the draft and the version it corrects UpdateItem, the number counter GetItem then a guarded UpdateItem), the doctor's and the patient's profiles (GetItem), the patient's earlier appointments with the doctor for first vs follow-up (gsi1), the patient's Health records (their CONFIRMED and COMPLETED appointments by patient on gsi1, each one's versions by Query), an audit event for every read and write (PutItem, or inside the write's transaction).",
    },
    // Signing re-checks the doctor's password (and authenticator code) with Cognito's public sign-in
    // APIs, which need no IAM grant.
    sendsEmail: 'Emails the patient their issued prescription, with the PDF attached.',
    concurrency: API_CONCURRENCY,
  },
  documents: {
    table: {
      actions: ['GetItem', 'Query', 'PutItem', 'UpdateItem', 'DeleteItem'],
      indexes: ['gsi1'],
      why: "Documents of an appointment or a doctor (Query on the table key, GetItem) and of an owner (gsi1); an upload's row and its place under the limit (PutItem and the counter's UpdateItem, one transaction); removal (DeleteItem, the counter UpdateItem and the audit event PutItem, one transaction); a doctor's profile for their evidence (GetItem); audit events of reads (PutItem).",
    },
    documents: {
      actions: ['s3:GetObject', 's3:PutObject', 's3:DeleteObject'],
      why: "Signs the presigned POST of an upload (the browser's upload is authorised by this role) and the 60-second presigned GET of a read; deletes a removed file's object.",
    },
    media: {
      actions: ['s3:GetObject', 's3:PutObject', 's3:DeleteObject'],
      why: "A doctor's photo: signs the presigned POST under uploads/photos/ (PutObject), reads the upload's size and first bytes (HeadObject, GetObject) and copies it under media/ (CopyObject: GetObject of the source, PutObject of the copy), deletes the upload, a refused one and the replaced or removed photo.",
    },
    concurrency: API_CONCURRENCY,
  },
  documentChecker: {
    table: {
      actions: ['GetItem', 'UpdateItem'],
      indexes: [],
      why: "The uploaded object's document (GetItem); ready, or rejected with its place under the limit given back (UpdateItem of the row and the counter, one transaction).",
    },
    documents: {
      actions: ['s3:GetObject', 's3:DeleteObject'],
      why: "Reads the object's size (HeadObject) and first 16 bytes to check its real type; deletes a refused file.",
    },
    concurrency: {
      reserved: 5,
      why: 'S3 invokes it once per uploaded file; a burst of uploads waits its turn (Lambda retries throttled events, then the dead-letter queue keeps them) instead of taking the shared pool.',
    },
  },
  privacy: {
    table: {
      actions: ['GetItem', 'Query', 'PutItem', 'UpdateItem', 'DeleteItem', 'BatchWriteItem'],
      indexes: ['gsi1'],
      why: "A patient's export and erasure (functions/privacy). Export: the profile (GetItem), the patient's exports of the last day in the audit log by actor (gsi1), the patient's appointments (gsi1), per appointment its payment, receipt and transcript (GetItem) and its consents, chat and prescriptions (Query on the table key); an audit event (PutItem). Erasure: the account marked with its audit event in one transaction (UpdateItem, PutItem); per appointment its retention dates and the pseudonymised appointment and consents written whole (PutItem), the receipt and prescriptions' names (UpdateItem); family members (Query, DeleteItem), the user-lookup items (Query on the table key, DeleteItem), the patient's feedback (Query of the content partition, DeleteItem), a doctor's search entries (UpdateItem of the listing; Query by doctor on the table key and BatchWriteItem deletes of the name tokens and facets) and weekly schedule (DeleteItem), and last the user (DeleteItem).",
    },
    // The password check that signs the erasure is Cognito's public sign-in API: no IAM grant.
    userPool: {
      actions: ['cognito-idp:AdminDeleteUser'],
      why: "Erasure deletes the patient's sign-in (the user, password, authenticator and refresh tokens): DPDP Act 2023 s.12.",
    },
    concurrency: API_CONCURRENCY,
  },
  cognitoTriggers: {
    table: {
      actions: ['GetItem', 'PutItem', 'UpdateItem'],
      indexes: [],
      why: "PostConfirmation writes the new user's profile and its user-lookup items (PutItem) and the users-by-role counter (UpdateItem), in one transaction; CustomMessage reads the profile's language (GetItem) for a code email.",
    },
    userPool: {
      actions: ['cognito-idp:AdminAddUserToGroup'],
      why: 'PostConfirmation puts the new user into the patients or doctors group.',
    },
    concurrency: {
      unreserved:
        'Cognito calls it synchronously during sign-up and for every message; a throttled trigger would fail sign-ups, and Cognito itself rate-limits these operations.',
    },
  },
  sweeper: {
    table: {
      actions: ['GetItem', 'BatchGetItem', 'Query', 'PutItem', 'UpdateItem', 'DeleteItem', 'BatchWriteItem'],
      indexes: ['gsi1', 'gsi2', 'gsi3'],
      why: "Expired holds (REQUESTED by expiry on gsi3) are cancelled as a transaction of UpdateItems (appointment, slot, counters), with an unpaid follow-up's one-per-original marker deleted in it (DeleteItem) and the parties read for the emails (BatchGetItem); stale recordings (OPEN by last chunk on gsi1) are closed (UpdateItem, GetItem). Erasures a crash interrupted (accounts marked 'erasing', gsi2) are finished as in the privacy function (their appointments on gsi1, PutItem/UpdateItem/DeleteItem); kept records whose retention ended (Query on the table key) are purged (DeleteItem, BatchWriteItem for an appointment's prescriptions, chat, consents and recordings; each shared report's row with its place under the limit, UpdateItem in one transaction). Reminders owed (the pending-reminders partition, Query on the table key; each appointment GetItem) are scheduled, and their rows deleted (DeleteItem). Once a day (a marker, PutItem) every doctor's weekly schedule (one gsi2 partition) publishes the days that came into its window: each day's slots and availability version in one transaction (PutItem, UpdateItem), the schedule's end moved on (UpdateItem).",
    },
    userPool: {
      actions: ['cognito-idp:AdminDeleteUser'],
      why: 'Finishing an interrupted erasure deletes the sign-in, as the privacy function does.',
    },
    media: {
      actions: ['s3:DeleteObject'],
      why: "Finishing an interrupted erasure of a doctor's account deletes their published photo, as the privacy function does.",
    },
    documents: {
      actions: ['s3:DeleteObject'],
      why: 'Purging a visit whose retention ended deletes the reports shared for it (their rows go in the same pass).',
    },
    recordings: {
      actions: ['s3:PutObject'],
      objects: ['finalMarkers'],
      why: 'Closes an abandoned recording by writing its final marker, which starts its transcription.',
    },
    sendsEmail: 'Tells both parties that an unpaid hold was released.',
    reminderSchedules: {
      actions: ['scheduler:CreateSchedule', 'scheduler:UpdateSchedule', 'scheduler:DeleteSchedule'],
      why: 'Schedules the reminders of confirmed appointments whose schedules were never made (functions/reminders/repair.ts), as the confirming payment would have.',
    },
    concurrency: {
      reserved: 1,
      why: 'Runs every minute; one at a time by design, so a slow run is never overlapped by the next one cancelling the same holds.',
    },
  },
  recordingStarter: {
    table: {
      actions: ['PutItem'],
      indexes: [],
      why: 'Creates the PENDING transcription record (PutItem, if absent) before starting the execution.',
    },
    startsTranscriptions: 'Starts the transcription of a recording whose final marker arrived.',
    concurrency: {
      reserved: 5,
      why: 'S3 invokes it once per final marker; a burst (a bug writing markers in a loop) must not start unbounded transcriptions. Throttled events are retried by Lambda and end in the dead-letter queue.',
    },
  },
  reminders: {
    table: {
      actions: ['GetItem', 'BatchGetItem', 'PutItem', 'DeleteItem'],
      indexes: [],
      why: 'The appointment, re-read when its schedule fires (GetItem), both parties (BatchGetItem), a once-per-recipient marker per reminder and channel (PutItem if absent; DeleteItem when sending failed, so the retry sends).',
    },
    sendsEmail: 'The 24-hour and 15-minute reminder emails to both parties.',
    sendsSms:
      "SMS reminders (only with SMS_REMINDERS=true), published to the party's phone number with the DLT entity and template ids.",
    concurrency: {
      reserved: 10,
      why: "Scheduler fires many reminders at the same minute (slots start on the hour); they can wait a few seconds in turn, and must not take the API functions' shared pool. Scheduler retries a throttled invocation.",
    },
  },
  transcriptionSteps: {
    table: {
      actions: ['GetItem', 'BatchGetItem', 'PutItem', 'UpdateItem', 'DeleteItem'],
      indexes: [],
      why: 'The transcription record (GetItem, UpdateItem), the appointment and both parties for the emails (GetItem, BatchGetItem), the once-per-party email markers (PutItem, DeleteItem on failure), the failed counter (UpdateItem).',
    },
    recordings: {
      actions: ['s3:GetObject', 's3:PutObject', 's3:DeleteObject'],
      objects: ['everything'],
      list: true,
      why: "Assemble lists and reads a recording's chunks and writes the joined audio and the transcriber's raw result next to them; DeleteAudio removes them.",
    },
    secret: { provider: 'deepgram', why: 'Transcribe sends the audio to Deepgram with the API key.' },
    sendsEmail: 'Emails the transcript to the doctor and the patient.',
    concurrency: {
      reserved: 10,
      why: 'Each execution sends audio to Deepgram (billed per minute); a runaway of executions must not become a runaway bill. Step Functions retries throttled tasks (Lambda.TooManyRequestsException is in every Retry).',
    },
  },
} as const satisfies Record<FunctionName, FunctionAccess>;
