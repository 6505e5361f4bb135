/**
 * Reminders (functions/reminders) against the twin's scheduler, which speaks EventBridge Scheduler's
 * API to the real SDK and invokes the real worker: schedules made on confirmation (verify and webhook),
 * moved with the start, deleted on cancel, repaired by the sweeper; firing them emails both parties in
 * their own language with a link that opens the appointment page; turned-off channels and stale
 * schedules send nothing.
 */
import { describe, expect, it } from 'vitest';
import { entities } from '../../functions/core/db/index.ts';
import {
  dropReminders,
  reminderDueAt,
  repairReminders,
  sendDueReminder,
  syncReminders,
} from '../../functions/reminders/index.ts';
import { readMailbox } from '../../lib/local/ses.ts';
import { currentTwin } from '../helpers/api.ts';
import { type Booked, bookedAppointment, confirmedAppointment } from '../helpers/appointments.ts';
import { checkout, signedWebhook, startPayment, webhook } from '../helpers/payments.ts';
import { fireRemindersOf, remindersScheduled, scheduleOf } from '../helpers/reminders.ts';
import { registerAndSignIn } from '../helpers/users.ts';

const TWO_DAYS = 2 * 24 * 60;
const at = (instant: Date) => `at(${instant.toISOString().slice(0, 19)})`;

async function remindersTo(address: string) {
  return (await readMailbox(currentTwin().mailboxUrl)).filter(
    (e) =>
      e.destination.to.includes(address) &&
      /Reminder:|starts in 15 minutes|याद दिला दें|15 मिनट में शुरू/.test(e.subject),
  );
}

async function expectSchedulesAt(booked: Booked, startAt: string) {
  const [day, soon] = [
    await scheduleOf(booked.appointmentId, '24h'),
    await scheduleOf(booked.appointmentId, '15m'),
  ];
  expect(day?.ScheduleExpression).toBe(at(reminderDueAt(startAt, '24h')));
  expect(soon?.ScheduleExpression).toBe(at(reminderDueAt(startAt, '15m')));
  for (const schedule of [day, soon]) {
    expect(schedule).toMatchObject({
      GroupName: process.env.REMINDER_SCHEDULE_GROUP,
      ScheduleExpressionTimezone: 'UTC',
      ActionAfterCompletion: 'DELETE',
      State: 'ENABLED',
      Target: { Arn: process.env.REMINDER_TARGET_ARN, RoleArn: process.env.REMINDER_ROLE_ARN },
    });
    expect(JSON.parse(schedule!.Target!.Input!)).toMatchObject({ appointmentId: booked.appointmentId });
  }
}

describe('reminder schedules', () => {
  it('are made when the payment is verified: 24 h and 15 min before the start, in UTC', async () => {
    const booked = await confirmedAppointment(TWO_DAYS);
    await remindersScheduled(booked.appointmentId, booked.startAt);
    await expectSchedulesAt(booked, booked.startAt);
    // Written in the confirming transaction, gone once the schedules exist.
    expect(
      (await entities().pendingReminder.get({ appointmentId: booked.appointmentId }).go()).data,
    ).toBeNull();
  });

  it('are made when only the webhook confirms', async () => {
    const booked = await bookedAppointment(TWO_DAYS);
    const order = await startPayment(booked.patient, booked.appointmentId);
    const back = await checkout(order);
    const delivered = await webhook(
      signedWebhook('payment.captured', {
        id: back.razorpay_payment_id,
        order_id: order.orderId,
        amount: order.amountPaise,
        status: 'captured',
      }),
    );
    expect(delivered.status, delivered.text).toBe(200);
    await remindersScheduled(booked.appointmentId, booked.startAt);
    await expectSchedulesAt(booked, booked.startAt);
  });

  it('leave out a reminder whose time has passed (a booking for the next hour has no 24-hour one)', async () => {
    const booked = await confirmedAppointment(60);
    await remindersScheduled(booked.appointmentId, booked.startAt);
    expect(await scheduleOf(booked.appointmentId, '24h')).toBeNull();
    expect((await scheduleOf(booked.appointmentId, '15m'))?.ScheduleExpression).toBe(
      at(reminderDueAt(booked.startAt, '15m')),
    );
  });

  it('are deleted when the appointment is cancelled', async () => {
    const booked = await confirmedAppointment(TWO_DAYS);
    await remindersScheduled(booked.appointmentId, booked.startAt);
    expect(await scheduleOf(booked.appointmentId, '24h')).not.toBeNull();
    const cancelled = await booked.patient.client.post(`/api/appointments/${booked.appointmentId}/cancel`, {
      reason: 'Feeling better',
    });
    expect(cancelled.status, cancelled.text).toBe(200);
    expect(await scheduleOf(booked.appointmentId, '24h')).toBeNull();
    expect(await scheduleOf(booked.appointmentId, '15m')).toBeNull();
    await dropReminders(booked.appointmentId); // deleting what is gone is fine
  });

  it('move with the start (syncReminders on a rescheduled appointment), and the old times are gone', async () => {
    const booked = await confirmedAppointment(TWO_DAYS);
    await remindersScheduled(booked.appointmentId, booked.startAt);
    const moved = new Date(Date.parse(booked.startAt) + 3 * 3_600_000).toISOString();
    const result = await syncReminders({ appointmentId: booked.appointmentId, startAt: moved });
    expect(result.scheduled).toEqual({
      '24h': reminderDueAt(moved, '24h').toISOString(),
      '15m': reminderDueAt(moved, '15m').toISOString(),
    });
    await expectSchedulesAt(booked, moved);
    // Moved to within the next day: the 24-hour one goes, the 15-minute one moves.
    const soon = new Date(Date.now() + 3 * 3_600_000).toISOString();
    await syncReminders({ appointmentId: booked.appointmentId, startAt: soon });
    expect(await scheduleOf(booked.appointmentId, '24h')).toBeNull();
    expect((await scheduleOf(booked.appointmentId, '15m'))?.ScheduleExpression).toBe(
      at(reminderDueAt(soon, '15m')),
    );
  });

  it('are repaired by the sweeper when they were never made', async () => {
    const booked = await confirmedAppointment(TWO_DAYS);
    await remindersScheduled(booked.appointmentId, booked.startAt);
    // As if Scheduler had been down after the confirming transaction: no schedules, the row still there.
    await dropReminders(booked.appointmentId);
    await entities().pendingReminder.put({ appointmentId: booked.appointmentId }).go();
    const swept = await repairReminders();
    expect(swept.repaired).toBeGreaterThanOrEqual(1);
    await expectSchedulesAt(booked, booked.startAt);
    expect(
      (await entities().pendingReminder.get({ appointmentId: booked.appointmentId }).go()).data,
    ).toBeNull();
  });
});

describe('firing reminders', () => {
  it('emails both parties at 24 h and at 15 min, each in their language, with the link to the appointment page', async () => {
    const patient = await registerAndSignIn('patient', { firstName: 'Meera', lastName: 'Joshi' });
    const hindi = await patient.client.patch('/api/me', { locale: 'hi' });
    expect(hindi.status, hindi.text).toBe(200);
    const booked = await confirmedAppointment(TWO_DAYS, { doctor: 'Anil' }, { patient });
    await remindersScheduled(booked.appointmentId, booked.startAt);
    const { data: doctor } = await entities().user.get({ userId: booked.doctor.userId }).go();

    const day = await fireRemindersOf(booked.appointmentId, reminderDueAt(booked.startAt, '24h'));
    // (The outcome's counts are of the last attempt: a retry after a slow mailbox sends only what was not sent.)
    expect(day.map((f) => [f.name, f.error])).toEqual([[`appt-${booked.appointmentId}-24h`, undefined]]);
    const [toPatient] = await remindersTo(patient.email);
    const [toDoctor] = await remindersTo(doctor!.email);
    expect(toPatient!.subject).toContain('याद दिला दें: आपका अपॉइंटमेंट कल है');
    expect(toPatient!.body.text).toContain('डॉक्टर Anil');
    expect(toDoctor!.subject).toContain('Reminder: your appointment is tomorrow');
    expect(toDoctor!.body.text).toContain('Meera Joshi');
    for (const email of [toPatient!, toDoctor!]) {
      const link = /(http:\/\/127\.0\.0\.1:\d+\/appointments\/view\/\?id=[\w-]+)/.exec(
        email.body.text ?? '',
      )?.[1];
      // The page itself opens in the browser test (tests/e2e/reminders.test.ts).
      expect(link).toBe(`${currentTwin().url}/appointments/view/?id=${booked.appointmentId}`);
    }
    // It ran once and deleted itself (ActionAfterCompletion DELETE); the 15-minute one waits.
    expect(await scheduleOf(booked.appointmentId, '24h')).toBeNull();
    expect(await scheduleOf(booked.appointmentId, '15m')).not.toBeNull();

    const soon = await fireRemindersOf(booked.appointmentId, reminderDueAt(booked.startAt, '15m'));
    expect(soon.map((f) => [f.name, f.error])).toEqual([[`appt-${booked.appointmentId}-15m`, undefined]]);
    expect((await remindersTo(patient.email)).map((e) => e.subject)).toEqual([
      expect.stringContaining('कल है'),
      expect.stringContaining('15 मिनट में शुरू होगा'),
    ]);
    expect((await remindersTo(doctor!.email)).at(-1)!.subject).toContain('starts in 15 minutes');

    // Scheduler delivers at least once: the same reminder again sends nothing more.
    const again = await sendDueReminder({
      appointmentId: booked.appointmentId,
      offset: '15m',
      scheduledTime: reminderDueAt(booked.startAt, '15m').toISOString(),
    });
    expect(again).toEqual({ sent: { email: 0, sms: 0 } });
    expect(await remindersTo(patient.email)).toHaveLength(2);
  });

  it('sends nothing by a channel the person turned off in their profile', async () => {
    const patient = await registerAndSignIn('patient', { firstName: 'Ravi', lastName: 'Iyer' });
    const off = await patient.client.patch('/api/me', { reminders: { email: false } });
    expect(off.status, off.text).toBe(200);
    expect(off.body.user.reminders).toEqual({ email: false, sms: true });
    expect((await patient.client.get('/api/me')).body.user.reminders).toEqual({ email: false, sms: true });
    const booked = await confirmedAppointment(TWO_DAYS, {}, { patient });
    await remindersScheduled(booked.appointmentId, booked.startAt);
    const { data: doctor } = await entities().user.get({ userId: booked.doctor.userId }).go();

    const fired = await fireRemindersOf(booked.appointmentId, reminderDueAt(booked.startAt, '24h'));
    expect(fired.map((f) => f.error)).toEqual([undefined]);
    expect(await remindersTo(patient.email)).toEqual([]);
    expect(await remindersTo(doctor!.email)).toHaveLength(1);
  });

  it('refuses a reminder setting that is not true or false, and changes nothing', async () => {
    const patient = await registerAndSignIn('patient');
    const bad = await patient.client.patch('/api/me', { reminders: { email: 'yes' } });
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe('validation_failed');
    const unknown = await patient.client.patch('/api/me', { reminders: { fax: true } });
    expect(unknown.status).toBe(400);
    expect((await patient.client.get('/api/me')).body.user.reminders).toEqual({ email: true, sms: true });
  });

  it('sends nothing from a stale schedule: made for an earlier start, or for a cancelled appointment', async () => {
    const booked = await confirmedAppointment(TWO_DAYS);
    await remindersScheduled(booked.appointmentId, booked.startAt);
    const { data: doctor } = await entities().user.get({ userId: booked.doctor.userId }).go();
    // The schedules say another start than the appointment does (a move this schedule escaped).
    const other = new Date(Date.parse(booked.startAt) + 3_600_000).toISOString();
    await syncReminders({ appointmentId: booked.appointmentId, startAt: other });
    const fired = await fireRemindersOf(booked.appointmentId, reminderDueAt(other, '24h'));
    expect(fired.map((f) => f.outcome)).toEqual([{ skipped: 'stale' }]);

    // Cancelled while its schedule survived (the delete failed): the worker finds it CANCELLED.
    const cancelled = await booked.patient.client.post(
      `/api/appointments/${booked.appointmentId}/cancel`,
      {},
    );
    expect(cancelled.status, cancelled.text).toBe(200);
    await syncReminders({ appointmentId: booked.appointmentId, startAt: booked.startAt });
    const late = await fireRemindersOf(booked.appointmentId, reminderDueAt(booked.startAt, '15m'));
    expect(late.map((f) => f.outcome)).toEqual([{ skipped: 'not_confirmed' }, { skipped: 'not_confirmed' }]);
    expect(await remindersTo(booked.patient.email)).toEqual([]);
    expect(await remindersTo(doctor!.email)).toEqual([]);
  });
});
