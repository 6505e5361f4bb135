/**
 * Scheduled every minute (EventBridge in the cloud, an interval in the local twin): releases unpaid
 * holds, closes recordings whose browser stopped uploading (so their transcription still runs),
 * finishes account erasures a crash interrupted, purges the kept records of erased accounts whose
 * retention has ended (functions/privacy), schedules the reminders of confirmed appointments whose
 * schedules were never made (functions/reminders/repair.ts), and once a day moves every doctor's weekly
 * schedule's publishing window on (./schedule.ts).
 */
import { logger } from '../core/logger.ts';
import { finishInterruptedErasures, purgeDue } from '../privacy/index.ts';
import { closeStaleRecordings } from '../recordings/index.ts';
import { repairReminders } from '../reminders/index.ts';
import { expireHolds } from './booking.ts';
import { extendSchedulesDaily } from './schedule.ts';

export const handler = async () => {
  const now = new Date();
  const [holds, recordings, erasures, purged, reminders, schedules] = await Promise.all([
    expireHolds(now),
    closeStaleRecordings(now),
    finishInterruptedErasures(now),
    purgeDue(now),
    repairReminders(now),
    extendSchedulesDaily(now),
  ]);
  if (
    holds.expired ||
    recordings.closed ||
    erasures.finished ||
    purged.purged ||
    reminders.repaired ||
    reminders.dropped ||
    schedules.extended
  )
    logger.info('sweep', { holds, recordings, erasures, purged, reminders, schedules });
  return { holds, recordings, erasures, purged, reminders, schedules };
};
