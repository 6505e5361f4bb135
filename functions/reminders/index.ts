/**
 * Appointment reminders (DESIGN §9): EventBridge Scheduler one-time schedules 24 h and 15 min before a
 * confirmed start, firing the reminders worker (worker.ts), which emails (and, where configured, texts)
 * both parties. syncReminders after the confirming transaction and after a move of the start;
 * dropReminders on cancel; the sweeper runs repairReminders.
 */
export { dropReminders } from './drop.ts';
export { repairReminders } from './repair.ts';
export {
  REMINDER_OFFSETS,
  type ReminderOffset,
  reminderDueAt,
  scheduleName,
} from './schedules.ts';
export { type ReminderOutcome, sendDueReminder } from './send.ts';
export { type ReminderTimes, syncReminders } from './sync.ts';
