/**
 * The bundle budget of every function: bytes of its minified index.mjs, without the source map, built as
 * CDK builds it. tests/infra/bundle-budgets.test.ts fails above a budget; the cold-start bench
 * (npm run bench -- cold) reports the same bytes against BUNDLE_CEILING.
 *
 * BUNDLE_CEILING is issue 20's target. No function can meet it while ElectroDB stays (the design's data
 * layer): the AWS SDK's core with the DynamoDB client is 228 KB in every bundle even with the credential
 * chain cut (the floor, a bare GetItem bundled plainly, is 323 KB), and ElectroDB adds 191 KB (CommonJS,
 * so nothing of it is tree-shaken): 419 KB before any of our code, zod or another client
 * (tests/bench/report-cold.md). So each budget is the function's size when it was set, a few KB of
 * slack included, and a bundle can only shrink: lower a budget when a bundle shrinks, and say in
 * `ceilingExceptions` why it is still above the ceiling.
 * Raised once, when the message catalog came (the functions that write emails and PDFs in two languages:
 * +9 to +25 KB each, Paraglide's runtime 10.8 KB of it; see README, Languages), and again for two features:
 * chat by 3 KB (consent to recording, written with its consent event) and prescriptions by 7 KB (the PDF's
 * labels in both languages), and accounts by 2 KB (family members: their entity, routes and rules).
 * Then for DPDP erasure (issue 18): accounts and appointments by 2 KB (every bundle carries every entity,
 * now with the retention entity), and the sweeper by 40 KB (it finishes interrupted erasures, with the
 * Cognito client, and purges kept records); the privacy function's budget was set at 718 KB.
 * The document entity (issue 18) is in the one ElectroDB service every function builds: +1 to +4 KB each.
 * Re-measured after issue 18's four branches met (each had raised budgets for its own entity only):
 * every budget is now the measured size + 2 KB.
 * Raised again for the contact form (issue 19): every function by 3 to 10 KB (the message entity in the one
 * Service, and the catalog's new messages, which each function's compiled catalog carries), content by
 * 29 KB (the form's rules, its email and the SES client it now sends with).
 * Then for follow-ups and records (issue 18): appointments by 7 KB (the follow-up rules, the visit's
 * record and its events), prescriptions by 5 KB (Health records), accounts by 2 KB (the follow-up
 * settings).
 * Then for rescheduling and calendar files (issue 19): appointments by 11 KB (the move, its policy and
 * emails, the .ics writer and route), payments by 5 KB and admin and sweeper by 5 KB (the confirmation
 * and cancellation emails now carry the event's .ics, with its catalog messages). Measured + ~3 KB.
 * Then for reminders (issue 19): appointments, admin and payments by 17 to 19 KB and the sweeper by 20 KB
 * (the EventBridge Scheduler client: delete only, or create/update/delete with the repair), privacy by
 * 2 KB (the pending-reminders entity in the one Service); the reminders worker's budget was set at 713 KB.
 * Measured when they were set (esbuild with packages marked external): without ElectroDB and jsonschema
 * only discovery, cognitoTriggers and recordingStarter would fit; without zod as well, six would still
 * not (accounts by 1 KB; recordings, content, admin, sweeper and transcriptionSteps by 27-78 KB: their
 * S3, SES and Cognito clients).
 */
import type { ContextName } from '../../functions/contract/routes.ts';
import type { WorkerName } from '../functions.ts';

export const BUNDLE_CEILING = 450 * 1024;

const KB = 1024;

type FunctionName = ContextName | WorkerName;

// Ratings (issue 19) raised discovery, chat, admin, prescriptions and privacy by 1–2 KB (the rating
// entity's model joins the one ElectroDB service every function builds) and appointments by 5 KB (the
// rating domain: rate/edit with the doctor's counters, reply), re-measured with npm run test:infra.
// Stop 26 merged six issue-19 branches at once (reschedule + calendar, reminders with the Scheduler and
// SNS clients, ratings, search facets, admin lookups, weekly schedules, failed refunds): every function
// carries every entity of the one ElectroDB service and the catalog's new messages, so each grew by
// 5-25 KB; the budgets were re-measured after the merge (npm run test:infra) and set to measured + 2 KB.
// Issue 20 lowered every budget by 19-21 KB: the Powertools logger (16 KB with its commons) gave way to
// functions/core/logger.ts; re-measured (esbuild metafile, as the bench builds) and set to measured + 2 KB.
// Stop 27 merged it with GST invoices (price lines, the invoice serial, the states list: payments +9 KB,
// privacy +8 KB, others 1-2 KB) and the search/erasure backfill (sweeper +3 KB); re-measured, + 2 KB.
// Doctors' photos (issue 19): documents +3 KB (the photo upload, publish and removal with CopyObject);
// the MEDIA_BUCKET setting and the photo contract types put accounts, prescriptions and documentChecker
// a few hundred bytes over; those four re-measured (esbuild, as CDK builds) and set to measured + 2 KB.
// The privacy function stays as it was: it erases patients, who have no photo, and leaves a doctor's
// erasure (photo deletion included) to the sweeper, so it carries no S3 client (+148 KB otherwise).
// Issue 20 again: jsonschema gave way to a required-only validator (lib/bundling/jsonschema.cjs; −28 KB
// in every function) and the medicine catalogue moved beside the prescriptions bundle, read on first use
// (−76 KB more there); re-measured (esbuild metafile, as the bench builds) and set to measured + 2 KB.
// s28-i18n (GST words that follow configuration, Hindi content versions): accounts 783.9 KB measured
// (the doctor's profile now carries its price and tax rules: core/price.ts and the pure pricing code)
// and prescriptions 879.0 KB (the new entity attributes and catalog messages every bundle carries):
// both set to measured + 2 KB; every other function stayed within its slack. After merging all three
// (stop 28), documents measured 769.5 KB with the photo code on the smaller base: 772 KB.
export const bundleBudgets: Readonly<Partial<Record<FunctionName, number>>> = {
  accounts: 758 * KB,
  discovery: 615 * KB,
  appointments: 808 * KB,
  payments: 787 * KB,
  chat: 664 * KB,
  recordings: 785 * KB,
  content: 842 * KB,
  admin: 857 * KB,
  cognitoTriggers: 605 * KB,
  sweeper: 880 * KB,
  recordingStarter: 566 * KB,
  transcriptionSteps: 833 * KB,
  prescriptions: 778 * KB,
  documents: 772 * KB,
  documentChecker: 706 * KB,
  privacy: 713 * KB,
  reminders: 679 * KB,
};

const electroAndSdk =
  'ElectroDB (191 KB) on the AWS SDK core and DynamoDB client every function needs (228 KB) already leave 31 KB of the ceiling for our code, zod (90-99 KB) and any other client';

/** Why a budget is above BUNDLE_CEILING (the test requires a reason for each). */
export const ceilingExceptions: Readonly<Partial<Record<FunctionName, string>>> = {
  accounts: `${electroAndSdk}; + Cognito and SES clients`,
  discovery: electroAndSdk,
  appointments: `${electroAndSdk}; + SES and Scheduler clients`,
  payments: `${electroAndSdk}; + SES and Scheduler clients`,
  chat: `${electroAndSdk}; + the API Gateway management client`,
  recordings: `${electroAndSdk}; + the S3 client`,
  content: `${electroAndSdk}; + S3 and SES clients (health check)`,
  admin: `${electroAndSdk}; + Cognito, SES, Step Functions and Scheduler clients`,
  cognitoTriggers: `${electroAndSdk}; + the Cognito client`,
  sweeper: `${electroAndSdk}; + S3, SES, Cognito and Scheduler clients`,
  recordingStarter: `${electroAndSdk}; + the Step Functions client`,
  transcriptionSteps: `${electroAndSdk}; + S3 and SES clients`,
  prescriptions: `${electroAndSdk}; + Cognito (the signature is a sign-in) and SES clients`,
  documents: `${electroAndSdk}; + the S3 client and its presigners (POST and GET)`,
  documentChecker: `${electroAndSdk}; + the S3 client`,
  reminders: `${electroAndSdk}; + SES, SNS (SMS) clients`,
  privacy: `${electroAndSdk}; + the Cognito client (signing and deleting the sign-in), fflate and the appointment, payment and prescription views the export reads`,
};
