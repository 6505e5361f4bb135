/**
 * The sweeper's part: confirmed appointments whose schedules were never made (Scheduler was down, or the
 * function stopped between the confirming transaction and syncReminders) still have their
 * pending-reminders row. One Query of that partition, bounded per run; each is synced again, or its row
 * dropped when the appointment is no longer confirmed.
 */
import { entities } from '../core/db/index.ts';
import { logger } from '../core/logger.ts';
import { syncReminders } from './sync.ts';

const PER_RUN = 50;

export async function repairReminders(now = new Date()): Promise<{ repaired: number; dropped: number }> {
  const e = entities();
  const { data: pending } = await e.pendingReminder.query.byAppointment({}).go({ limit: PER_RUN });
  let repaired = 0;
  let dropped = 0;
  for (const row of pending) {
    const { data: a } = await e.appointment.get({ appointmentId: row.appointmentId }).go();
    if (a?.status !== 'CONFIRMED' || Date.parse(a.startAt) <= now.getTime()) {
      await e.pendingReminder.delete({ appointmentId: row.appointmentId }).go();
      dropped++;
      continue;
    }
    try {
      await syncReminders(a, now);
      repaired++;
    } catch (error) {
      // Still pending: the next run tries again.
      logger.error('reminder repair failed', { appointmentId: a.appointmentId, error: error as Error });
    }
  }
  return { repaired, dropped };
}
