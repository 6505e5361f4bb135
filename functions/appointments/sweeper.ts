/**
 * Scheduled every minute (EventBridge in the cloud, an interval in the local twin): releases unpaid
 * holds, closes recordings whose browser stopped uploading (so their transcription still runs),
 * finishes account erasures a crash interrupted, and purges the kept records of erased accounts whose
 * retention has ended (functions/privacy), and once a day moves every doctor's weekly schedule's
 * publishing window on (./schedule.ts).
 */
import { logger } from '../core/logger.ts';
import { finishInterruptedErasures, purgeDue } from '../privacy/index.ts';
import { closeStaleRecordings } from '../recordings/index.ts';
import { expireHolds } from './booking.ts';
import { extendSchedulesDaily } from './schedule.ts';

export const handler = async () => {
  const now = new Date();
  const [holds, recordings, erasures, purged, schedules] = await Promise.all([
    expireHolds(now),
    closeStaleRecordings(now),
    finishInterruptedErasures(now),
    purgeDue(now),
    extendSchedulesDaily(now),
  ]);
  if (holds.expired || recordings.closed || erasures.finished || purged.purged || schedules.extended)
    logger.info('sweep', { holds, recordings, erasures, purged, schedules });
  return { holds, recordings, erasures, purged, schedules };
};
