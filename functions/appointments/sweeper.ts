/**
 * Scheduled every minute (EventBridge in the cloud, an interval in the local twin): releases unpaid
 * holds, and closes recordings whose browser stopped uploading (so their transcription still runs).
 */
import { logger } from '../core/logger.ts';
import { closeStaleRecordings } from '../recordings/index.ts';
import { expireHolds } from './booking.ts';

export const handler = async () => {
  const now = new Date();
  const [holds, recordings] = await Promise.all([expireHolds(now), closeStaleRecordings(now)]);
  if (holds.expired || recordings.closed) logger.info('sweep', { holds, recordings });
  return { holds, recordings };
};
