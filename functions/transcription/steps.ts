/**
 * The one Lambda behind every task state of the transcription state machine. The state passes
 * `{ step: <state name>, input: <state so far> }`; the local twin calls this same handler per state.
 */
import { isDependencyDown } from '../core/errors.ts';
import { logger } from '../core/logger.ts';
import { TransientError } from './errors.ts';
import * as steps from './pipeline.ts';

const byState: Record<string, (input: steps.PipelineInput) => Promise<unknown>> = {
  MarkProcessing: steps.markProcessing,
  Assemble: steps.assemble,
  Transcribe: steps.transcribeStep,
  SaveTranscript: steps.saveTranscript,
  EmailBoth: steps.emailBoth,
  MarkCompleted: steps.markCompleted,
  DeleteAudio: steps.deleteAudio,
  MarkFailed: steps.markFailed,
};

export const stateNames = Object.keys(byState);
const OUR_ERRORS = new Set(['TransientError', 'ThrottlingError', 'PipelineError']);

export const handler = async (event: { step: string; input: steps.PipelineInput }) => {
  const run = byState[event.step];
  if (!run) throw new Error(`Unknown step ${event.step}`);
  try {
    return await run(event.input);
  } catch (error) {
    // Our own dependencies (S3, DynamoDB, SES) being briefly unreachable is worth a retry too.
    if (!OUR_ERRORS.has((error as Error).name) && isDependencyDown(error)) {
      throw new TransientError(`${event.step}: ${(error as Error).message}`);
    }
    logger.warn('transcription step failed', {
      step: event.step,
      appointmentId: event.input.appointmentId,
      error: (error as Error).name,
    });
    throw error;
  }
};
