/**
 * What a reminder schedule is: one EventBridge Scheduler one-time schedule per appointment and offset,
 * named after both, so creating or moving one is addressed by name (no lookup table of our own).
 */
export const REMINDER_OFFSETS = ['24h', '15m'] as const;
export type ReminderOffset = (typeof REMINDER_OFFSETS)[number];

const OFFSET_MS: Record<ReminderOffset, number> = { '24h': 24 * 3_600_000, '15m': 15 * 60_000 };

/** `appt-<id>-24h`: Scheduler names allow [0-9a-zA-Z-_.], up to 64 characters (a UUID id takes 41). */
export const scheduleName = (appointmentId: string, offset: ReminderOffset) =>
  `appt-${appointmentId}-${offset}`;

/** When the reminder for `offset` is due. */
export const reminderDueAt = (startAt: string, offset: ReminderOffset) =>
  new Date(Date.parse(startAt) - OFFSET_MS[offset]);

/** Scheduler's one-time expression, read in ScheduleExpressionTimezone (we always pass UTC). */
export const atExpression = (instant: Date) => `at(${instant.toISOString().slice(0, 19)})`;

/**
 * The worker's input. Scheduler fills in `<aws.scheduler.scheduled-time>` (a context attribute) when it
 * fires, so the worker can tell a schedule made for an earlier start from the current one.
 */
export const reminderInput = (appointmentId: string, offset: ReminderOffset) =>
  JSON.stringify({ appointmentId, offset, scheduledTime: '<aws.scheduler.scheduled-time>' });

export const isNotFound = (error: unknown) => (error as Error)?.name === 'ResourceNotFoundException';
export const isConflict = (error: unknown) => (error as Error)?.name === 'ConflictException';
