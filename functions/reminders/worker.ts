/**
 * The reminders worker: EventBridge Scheduler invokes it (locally, the twin's scheduler) with the
 * schedule's input. A malformed input is logged and dropped (a retry would not mend it); a failure to
 * send throws, so Scheduler retries within the schedule's retry policy.
 */
import { logger } from '../core/logger.ts';
import { reminderEvent, sendDueReminder } from './send.ts';

export const handler = async (event: unknown) => {
  const parsed = reminderEvent.safeParse(event);
  if (!parsed.success) {
    logger.error('reminder event refused', { issues: parsed.error.issues.map((i) => i.message) });
    return { skipped: 'invalid' as const };
  }
  const outcome = await sendDueReminder(parsed.data);
  logger.info('reminder', { appointmentId: parsed.data.appointmentId, offset: parsed.data.offset, outcome });
  return outcome;
};
