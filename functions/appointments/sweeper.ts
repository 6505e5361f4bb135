/**
 * Scheduled every minute (EventBridge in the cloud, an interval in the local twin): releases unpaid
 * holds, closes recordings whose browser stopped uploading (so their transcription still runs),
 * finishes account erasures a crash interrupted, purges the kept records of erased accounts whose
 * retention has ended (functions/privacy), and schedules the reminders of confirmed appointments whose
 * schedules were never made (functions/reminders/repair.ts).
 */
import { logger } from '../core/logger.ts';
import { finishInterruptedErasures, purgeDue } from '../privacy/index.ts';
import { closeStaleRecordings } from '../recordings/index.ts';
import { repairReminders } from '../reminders/index.ts';
import { expireHolds } from './booking.ts';

export const handler = async () => {
  const now = new Date();
  const [holds, recordings, erasures, purged, reminders] = await Promise.all([
    expireHolds(now),
    closeStaleRecordings(now),
    finishInterruptedErasures(now),
    purgeDue(now),
    repairReminders(now),
  ]);
  if (
    holds.expired ||
    recordings.closed ||
    erasures.finished ||
    purged.purged ||
    reminders.repaired ||
    reminders.dropped
  )
    logger.info('sweep', { holds, recordings, erasures, purged, reminders });
  return { holds, recordings, erasures, purged, reminders };
};
