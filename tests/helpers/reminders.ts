/** The twin's reminder scheduler, as tests see it: its schedules (through the real SDK) and its clock. */
import { GetScheduleCommand, type GetScheduleCommandOutput } from '@aws-sdk/client-scheduler';
import { scheduler } from '../../functions/core/clients.ts';
import { entities } from '../../functions/core/db/index.ts';
import { REMINDER_OFFSETS, reminderDueAt, scheduleName } from '../../functions/reminders/index.ts';
import type { ReminderOffset } from '../../functions/reminders/schedules.ts';
import type { FiredSchedule } from '../../lib/local/scheduler.ts';
import { until } from './wait.ts';

/** The schedule for (appointment, offset), or null when Scheduler has none. */
export async function scheduleOf(
  appointmentId: string,
  offset: ReminderOffset,
): Promise<GetScheduleCommandOutput | null> {
  try {
    return await scheduler().send(
      new GetScheduleCommand({
        Name: scheduleName(appointmentId, offset),
        GroupName: process.env.REMINDER_SCHEDULE_GROUP,
      }),
    );
  } catch (error) {
    if ((error as Error).name === 'ResourceNotFoundException') return null;
    throw error;
  }
}

/**
 * Fires this appointment's schedules due by `to`, as if the clock said `to`; resolves once the worker
 * has run for each (so the mailbox already holds what it sent).
 */
export async function fireRemindersOf(
  appointmentId: string,
  to: Date,
  endpoint = process.env.SCHEDULER_ENDPOINT,
): Promise<FiredSchedule[]> {
  const response = await fetch(`${endpoint}/_twin/advance`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ to: to.toISOString(), namePrefix: `appt-${appointmentId}-` }),
  });
  if (!response.ok) throw new Error(`advance: ${response.status} ${await response.text()}`);
  return ((await response.json()) as { fired: FiredSchedule[] }).fired;
}

/**
 * Waits until the confirmation has scheduled this appointment's reminders (each offset still ahead) and
 * dropped its pending row. The browser's verify and the gateway's webhook both confirm; the one that
 * loses the race answers at once, before the winner has made the schedules.
 */
export async function remindersScheduled(appointmentId: string, startAt: string) {
  const ahead = REMINDER_OFFSETS.filter((o) => reminderDueAt(startAt, o).getTime() - Date.now() > 60_000);
  await until(
    async () =>
      (await Promise.all(ahead.map((o) => scheduleOf(appointmentId, o)))).every(Boolean) &&
      !(await entities().pendingReminder.get({ appointmentId }).go()).data,
    { what: `the reminder schedules of ${appointmentId}` },
  );
}
