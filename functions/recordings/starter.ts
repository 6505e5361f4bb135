/**
 * S3 ObjectCreated on a recording's final marker → one execution of the transcription state machine
 * (start-transcription.ts).
 */
import type { S3Event } from 'aws-lambda';
import { logger } from '../core/logger.ts';
import { parseMarkerKey } from './keys.ts';
import { startTranscription } from './start-transcription.ts';

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
