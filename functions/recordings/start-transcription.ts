/**
 * Starting the transcription state machine for a closed recording: once when its final marker lands
 * (the recording starter), and again when an admin retries a failed run. The execution name is derived
 * from the recording id, so a duplicated S3 event starts nothing new.
 */
import { StartExecutionCommand } from '@aws-sdk/client-sfn';
import { sfn } from '../core/clients.ts';
import { config } from '../core/config.ts';
import { entities } from '../core/db/index.ts';
import { isConditionalCheckFailed } from '../core/errors.ts';

/** The first run is named after the recording (so a duplicate S3 event is refused); a retry adds a tag. */
export const executionName = (recordingId: string, retryTag?: string) =>
  retryTag ? `rec-${recordingId}-${retryTag}` : `rec-${recordingId}`;

export async function startTranscription(
  appointmentId: string,
  recordingId: string,
  bucket: string,
  retryTag?: string,
) {
  try {
    await entities()
      .transcription.create({ appointmentId, recordingId, status: 'PENDING', attempts: 0 })
      .go();
  } catch (error) {
    if (!isConditionalCheckFailed(error)) throw error; // a retry, or a duplicate event: the record exists
  }
  const name = executionName(recordingId, retryTag);
  try {
    await sfn().send(
      new StartExecutionCommand({
        stateMachineArn: config().STATE_MACHINE_ARN,
        name,
        input: JSON.stringify({ appointmentId, recordingId, bucket }),
      }),
    );
    return { started: true, name };
  } catch (error) {
    if ((error as { name?: string }).name === 'ExecutionAlreadyExists') return { started: false, name };
    throw error;
  }
}
