/**
 * The reminders worker's work: a schedule fired for (appointment, offset). Scheduler delivers at least
 * once and a schedule may have been made for an earlier start, so the appointment is read again and
 * nothing is sent unless it is still CONFIRMED and the schedule's time is this start's reminder time;
 * each person gets each reminder at most once (a marker per recipient, released if sending failed so
 * Scheduler's retry can try again).
 */
import * as z from 'zod';
import { type AppointmentItem, entities, epochSeconds, type UserItem } from '../core/db/index.ts';
import { sendEmail } from '../core/email.ts';
import { isConditionalCheckFailed } from '../core/errors.ts';
import { localeOf } from '../core/i18n.ts';
import { logger } from '../core/logger.ts';
import { reminderEmail, reminderSms } from './emails.ts';
import { REMINDER_OFFSETS, type ReminderOffset, reminderDueAt } from './schedules.ts';
import { sendSms, smsEnabled } from './sms.ts';

export const reminderEvent = z.object({
  appointmentId: z.string().min(1).max(64),
  offset: z.enum(REMINDER_OFFSETS),
  /** Filled in by Scheduler from `<aws.scheduler.scheduled-time>`. */
  scheduledTime: z.iso.datetime(),
});
export type ReminderEvent = z.infer<typeof reminderEvent>;

export type ReminderOutcome =
  | { sent: { email: number; sms: number } }
  | { skipped: 'not_found' | 'not_confirmed' | 'stale' };

/** Markers outlive any retry of the schedule by far, then go. */
const MARKER_DAYS = 3;

async function claim(key: string, now: Date): Promise<boolean> {
  try {
    await entities()
      .marker.create({ namespace: 'reminder-sent', key, expiresAt: epochSeconds(now) + MARKER_DAYS * 86_400 })
      .go();
    return true;
  } catch (error) {
    if (isConditionalCheckFailed(error)) return false;
    throw error;
  }
}

/** Sends `send` at most once per key; releases the claim when sending failed, then fails. */
async function once(key: string, now: Date, send: () => Promise<void>): Promise<boolean> {
  if (!(await claim(key, now))) return false;
  try {
    await send();
    return true;
  } catch (error) {
    await entities().marker.delete({ namespace: 'reminder-sent', key }).go();
    throw error;
  }
}

async function remind(a: AppointmentItem, person: UserItem, offset: ReminderOffset, now: Date) {
  const sent = { email: 0, sms: 0 };
  if (person.disabled) return sent;
  const key = `${a.appointmentId}#${offset}#${a.startAt}#${person.userId}`;
  if (person.remindByEmail !== false) {
    const email = reminderEmail(a, person, offset);
    if (await once(`${key}#email`, now, () => sendEmail(email.to, email.locale, email.content))) sent.email++;
  }
  if (smsEnabled() && person.remindBySms !== false && person.phone) {
    const phone = person.phone;
    if (await once(`${key}#sms`, now, () => sendSms(phone, reminderSms(a, person), localeOf(person))))
      sent.sms++;
  }
  return sent;
}

export async function sendDueReminder(event: ReminderEvent, now = new Date()): Promise<ReminderOutcome> {
  const { data: a } = await entities().appointment.get({ appointmentId: event.appointmentId }).go();
  if (!a) return { skipped: 'not_found' };
  if (a.status !== 'CONFIRMED') return { skipped: 'not_confirmed' };
  // Made for another start (moved since, and this schedule escaped the move): the right one fires too.
  if (reminderDueAt(a.startAt, event.offset).getTime() !== Date.parse(event.scheduledTime)) {
    logger.info('stale reminder skipped', { appointmentId: a.appointmentId, offset: event.offset });
    return { skipped: 'stale' };
  }
  const { data: people } = await entities()
    .user.get([{ userId: a.patientId }, { userId: a.doctorId }])
    .go();
  const sent = { email: 0, sms: 0 };
  for (const person of people) {
    const one = await remind(a, person, event.offset, now);
    sent.email += one.email;
    sent.sms += one.sms;
  }
  return { sent };
}
