/**
 * Deleting an appointment's reminder schedules (cancel). Kept apart from sync.ts so the functions that
 * only cancel bundle (and are granted) DeleteSchedule alone.
 */
import { DeleteScheduleCommand } from '@aws-sdk/client-scheduler';
import { scheduler } from '../core/clients.ts';
import { config } from '../core/config.ts';
import { isNotFound, REMINDER_OFFSETS, type ReminderOffset, scheduleName } from './schedules.ts';

/** Deletes one schedule; one that has fired (ActionAfterCompletion DELETE) or never existed is fine. */
export async function deleteSchedule(appointmentId: string, offset: ReminderOffset) {
  try {
    await scheduler().send(
      new DeleteScheduleCommand({
        Name: scheduleName(appointmentId, offset),
        GroupName: config().REMINDER_SCHEDULE_GROUP,
      }),
    );
  } catch (error) {
    if (!isNotFound(error)) throw error;
  }
}

export async function dropReminders(appointmentId: string): Promise<void> {
  await Promise.all(REMINDER_OFFSETS.map((offset) => deleteSchedule(appointmentId, offset)));
}
