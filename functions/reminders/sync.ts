/**
 * Creating (or moving) an appointment's reminder schedules: 24 h and 15 min before its start, each a
 * one-time `at()` schedule that invokes the reminders worker and deletes itself after it ran.
 */
import {
  CreateScheduleCommand,
  type CreateScheduleCommandInput,
  UpdateScheduleCommand,
} from '@aws-sdk/client-scheduler';
import { scheduler } from '../core/clients.ts';
import { config } from '../core/config.ts';
import { entities } from '../core/db/index.ts';
import { deleteSchedule } from './drop.ts';
import {
  atExpression,
  isConflict,
  REMINDER_OFFSETS,
  type ReminderOffset,
  reminderDueAt,
  reminderInput,
  scheduleName,
} from './schedules.ts';

/** A reminder due sooner than this is skipped: Scheduler may take up to a minute to fire a schedule. */
const MIN_LEAD_MS = 60_000;

export interface ReminderTimes {
  /** The offsets scheduled, with their due instants (ISO); past ones are absent. */
  scheduled: Partial<Record<ReminderOffset, string>>;
}

function scheduleInput(appointmentId: string, offset: ReminderOffset, due: Date): CreateScheduleCommandInput {
  const { REMINDER_SCHEDULE_GROUP, REMINDER_TARGET_ARN, REMINDER_ROLE_ARN } = config();
  if (!REMINDER_TARGET_ARN || !REMINDER_ROLE_ARN)
    throw new Error('REMINDER_TARGET_ARN and REMINDER_ROLE_ARN must be set to schedule reminders');
  return {
    Name: scheduleName(appointmentId, offset),
    GroupName: REMINDER_SCHEDULE_GROUP,
    ScheduleExpression: atExpression(due),
    ScheduleExpressionTimezone: 'UTC',
    FlexibleTimeWindow: { Mode: 'OFF' },
    ActionAfterCompletion: 'DELETE',
    State: 'ENABLED',
    Target: {
      Arn: REMINDER_TARGET_ARN,
      RoleArn: REMINDER_ROLE_ARN,
      Input: reminderInput(appointmentId, offset),
      // A reminder later than its moment is worse than none (the 15-minute one after the start).
      RetryPolicy: { MaximumEventAgeInSeconds: 600, MaximumRetryAttempts: 3 },
    },
  };
}

/** Create, or replace if it exists: UpdateSchedule replaces every field, so the time moves too. */
async function putSchedule(input: CreateScheduleCommandInput) {
  try {
    await scheduler().send(new CreateScheduleCommand(input));
  } catch (error) {
    if (!isConflict(error)) throw error;
    await scheduler().send(new UpdateScheduleCommand(input));
  }
}

/**
 * Makes the schedules match the appointment's current start: creates them, or moves them when the start
 * changed (reschedule). An offset already past (a booking for the next hour has no 24-hour reminder) is
 * not scheduled, and a schedule left for it from an earlier start is deleted. Then the appointment's
 * pending-reminders row (written in the confirming transaction) goes: the sweeper repairs the rest.
 */
export async function syncReminders(
  appointment: { appointmentId: string; startAt: string },
  now = new Date(),
): Promise<ReminderTimes> {
  const scheduled: ReminderTimes['scheduled'] = {};
  await Promise.all(
    REMINDER_OFFSETS.map(async (offset) => {
      const due = reminderDueAt(appointment.startAt, offset);
      if (due.getTime() - now.getTime() < MIN_LEAD_MS) {
        await deleteSchedule(appointment.appointmentId, offset);
        return;
      }
      await putSchedule(scheduleInput(appointment.appointmentId, offset, due));
      scheduled[offset] = due.toISOString();
    }),
  );
  await entities().pendingReminder.delete({ appointmentId: appointment.appointmentId }).go();
  return { scheduled };
}
