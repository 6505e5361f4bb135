/**
 * S3 ObjectCreated on a recording's final marker → one execution of the transcription state machine.
 * The execution name is derived from the recording id, so a duplicated S3 event starts nothing new.
 */
import { StartExecutionCommand } from '@aws-sdk/client-sfn';
import type { S3Event } from 'aws-lambda';
import { sfn } from '../core/clients.ts';
import { config } from '../core/config.ts';
import { entities } from '../core/db/index.ts';
import { isConditionalCheckFailed } from '../core/errors.ts';
import { logger } from '../core/logger.ts';
import { parseMarkerKey } from './keys.ts';

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

export const handler = async (event: S3Event) => {
  for (const record of event.Records ?? []) {
    const key = decodeURIComponent(record.s3.object.key.replace(/\+/g, ' '));
    const ids = parseMarkerKey(key);
    if (!ids) {
      logger.warn('ignored object', { key });
      continue;
    }
    const result = await startTranscription(ids.appointmentId, ids.recordingId, record.s3.bucket.name);
    logger.info(result.started ? 'transcription started' : 'duplicate marker event ignored', {
      ...ids,
      execution: result.name,
    });
  }
};
