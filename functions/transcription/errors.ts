/**
 * Errors the state machine branches on, by name (Lambda reports `error.name` as the error type):
 * TransientError and ThrottlingError are retried with backoff; PipelineError is final and its message
 * is what the admin console shows for the failed transcription.
 */
export class TransientError extends Error {
  override name = 'TransientError';
}
export class ThrottlingError extends Error {
  override name = 'ThrottlingError';
}
export class PipelineError extends Error {
  override name = 'PipelineError';
}
