/**
 * Scheduled every minute (EventBridge in the cloud, an interval in the local twin): releases unpaid
 * holds, closes recordings whose browser stopped uploading (so their transcription still runs),
 * finishes account erasures a crash interrupted, purges the kept records of erased accounts whose
 * retention has ended (functions/privacy), schedules the reminders of confirmed appointments whose
 * schedules were never made (functions/reminders/repair.ts), and once a day moves every doctor's weekly
 * schedule's publishing window on (./schedule.ts). Until it is done, it also indexes a page of the
 * accounts created before admin lookup and search facets existed (functions/accounts/backfill.ts).
 */
import { backfillUserIndexes } from '../accounts/index.ts';
import { logger } from '../core/logger.ts';
import { deletePhotoOf } from '../documents/index.ts';
import { finishInterruptedErasures, purgeDue } from '../privacy/index.ts';
import { closeStaleRecordings } from '../recordings/index.ts';
import { repairReminders } from '../reminders/index.ts';
import { expireHolds } from './booking.ts';
import { extendSchedulesDaily } from './schedule.ts';

export const handler = async () => {
  const now = new Date();
  const [holds, recordings, erasures, purged, reminders, schedules, backfill] = await Promise.all([
    expireHolds(now),
    closeStaleRecordings(now),
    finishInterruptedErasures(now, deletePhotoOf),
    purgeDue(now),
    repairReminders(now),
    extendSchedulesDaily(now),
    backfillUserIndexes(),
  ]);
  if (
    holds.expired ||
    recordings.closed ||
    erasures.finished ||
    purged.purged ||
    reminders.repaired ||
    reminders.dropped ||
    schedules.extended ||
    backfill.users
  )
    logger.info('sweep', { holds, recordings, erasures, purged, reminders, schedules, backfill });
  return { holds, recordings, erasures, purged, reminders, schedules, backfill };
};
