/**
 * What CDK deploys and the local twin runs: the entry file of every function, and the state machine.
 * Paths are relative to the repository root. The routes themselves are in the contract
 * (functions/contract/routes.ts), which both sides read.
 */
import { type ContextName, contexts, httpRoutes, wsContext } from '../functions/contract/routes.ts';

/** The HTTP/WebSocket entry point of each context (exported as `handler`). */
export const contextEntry = (c: ContextName) => `functions/${c}/handler.ts`;

/** Contexts that render PDFs: CDK puts the PDF engine and fonts beside their bundles (functions/core/pdf-assets.ts). */
export const pdfContexts: ReadonlySet<ContextName> = new Set<ContextName>([
  'payments',
  'prescriptions',
  'privacy',
]);

/**
 * Data files a context reads on first use from beside its bundle (repository-relative; copied under
 * their own name): kept out of the code every cold start compiles.
 */
export const contextDataFiles: Readonly<Partial<Record<ContextName, readonly string[]>>> = {
  prescriptions: ['functions/prescriptions/catalogue.json'],
};

/** The contexts that get a function: those with HTTP routes, and the one serving the WebSocket. */
export const contextsWithRoutes = (): ContextName[] => {
  const used = new Set<ContextName>(httpRoutes.map((r) => r.context));
  used.add(wsContext);
  return contexts.filter((c) => used.has(c));
};

/**
 * Entry points that are not behind an API (each exports `handler`). CDK bundles these paths; the local
 * twin imports the same files.
 */
export const workerEntries = {
  /** Cognito PreSignUp / PostConfirmation / CustomMessage triggers. */
  cognitoTriggers: 'functions/accounts/triggers.ts',
  /**
   * Scheduled every minute: cancels unpaid holds whose 15 minutes have passed (freeing their slots),
   * and closes recordings whose browser stopped uploading.
   */
  sweeper: 'functions/appointments/sweeper.ts',
  /** S3 ObjectCreated on a recording's final marker → StartExecution. */
  recordingStarter: 'functions/recordings/starter.ts',
  /**
   * S3 ObjectCreated on any object of the documents bucket → its first bytes and size checked: the
   * document marked ready, or rejected and the object deleted.
   */
  documentChecker: 'functions/documents/checker.ts',
  /**
   * EventBridge Scheduler's one-time schedules (functions/reminders), 24 h and 15 min before a
   * confirmed appointment → the reminder emails (and SMS) to both parties.
   */
  reminders: 'functions/reminders/worker.ts',
  /** Every task state of the transcription state machine (the state name selects the step). */
  transcriptionSteps: 'functions/transcription/steps.ts',
} as const;
export type WorkerName = keyof typeof workerEntries;

/** THE state machine: CDK deploys this file and the local twin runs the very same one. */
export const transcriptionDefinition = 'lib/pipeline/transcription.asl.json';
