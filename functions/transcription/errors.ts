/**
 * Errors the state machine branches on, by name (Lambda reports `error.name` as the error type):
 * TransientError and ThrottlingError are retried with backoff; PipelineError (and RecordingError) is
 * final and its message is what the admin console shows for the failed transcription. The parties
 * see only a plain sentence (partyFailureMessage): the detail can hold a provider's or an SDK's own
 * words, which are for the people who can act on them.
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
/** A PipelineError about the audio that reached us (missing, not audio, too large). */
export class RecordingError extends PipelineError {
  override name = 'RecordingError';
}

export const partyFailureMessages = {
  recording: "Part of this consultation's recording did not reach us, so no transcript could be made.",
  other: 'We could not make a transcript of this consultation. Our team has been told.',
} as const;

/** What the patient and the doctor are told about a failed transcription, by the error's name. */
export const partyFailureMessage = (errorName: string | undefined) =>
  errorName === 'RecordingError' ? partyFailureMessages.recording : partyFailureMessages.other;
