/**
 * Reminders without the twin: the schedule names and times, the email and SMS each party reads (in
 * their language), and the SMS boundary: off by default (SNS never called), and with SMS on, India's
 * DLT entity and template ids on every message.
 */
import { PublishCommand, SNSClient } from '@aws-sdk/client-sns';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { resetConfigForTests } from '../../functions/core/config.ts';
import type { AppointmentItem, UserItem } from '../../functions/core/db/index.ts';
import { setUnitEnv } from '../helpers/unit-env.ts';

const sns = mockClient(SNSClient);
// The modules import the ElectroDB service and the SDK clients: slow on a busy machine, so once, up front.
let schedules: typeof import('../../functions/reminders/schedules.ts');
let emails: typeof import('../../functions/reminders/emails.ts');
beforeAll(async () => {
  setUnitEnv();
  schedules = await import('../../functions/reminders/schedules.ts');
  emails = await import('../../functions/reminders/emails.ts');
}, 120_000);
afterEach(() => {
  sns.reset();
  resetConfigForTests();
});

const appointment = {
  appointmentId: '3f6c1a2e-8b7d-4c1e-9a2b-1234567890ab',
  patientId: 'p1',
  doctorId: 'd1',
  patientName: 'Meera Joshi',
  doctorName: 'Anil Rao',
  startAt: '2026-12-10T05:30:00.000Z',
  timeZone: 'Asia/Kolkata',
  status: 'CONFIRMED',
} as unknown as AppointmentItem;
const person = (userId: string, locale: 'en' | 'hi'): UserItem =>
  ({ userId, email: `${userId}@example.com`, firstName: 'Meera', lastName: 'Joshi', locale }) as UserItem;

describe('reminder schedules', () => {
  it('are named after the appointment and offset, at the offset before the start, in UTC', async () => {
    const { scheduleName, reminderDueAt, atExpression } = schedules;
    expect(scheduleName(appointment.appointmentId, '24h')).toBe(`appt-${appointment.appointmentId}-24h`);
    expect(scheduleName(appointment.appointmentId, '15m').length).toBeLessThanOrEqual(64);
    expect(atExpression(reminderDueAt(appointment.startAt, '24h'))).toBe('at(2026-12-09T05:30:00)');
    expect(atExpression(reminderDueAt(appointment.startAt, '15m'))).toBe('at(2026-12-10T05:15:00)');
  });
});

describe('reminder messages', () => {
  it("speak each party's language and time, and link to the appointment page", async () => {
    const { reminderEmail, reminderSms } = emails;
    const toPatient = reminderEmail(appointment, person('p1', 'hi'), '24h');
    expect(toPatient.locale).toBe('hi');
    expect(toPatient.content.subject).toContain('याद दिला दें');
    expect(toPatient.content.paragraphs[0]).toContain('डॉक्टर Anil Rao');
    expect(toPatient.content.action?.url).toBe(
      `https://chikitsa360.example/appointments/view/?id=${appointment.appointmentId}`,
    );
    const toDoctor = reminderEmail(appointment, person('d1', 'en'), '15m');
    expect(toDoctor.content.subject).toContain('starts in 15 minutes');
    expect(toDoctor.content.paragraphs[0]).toContain('Meera Joshi');
    // 05:30 UTC is 11:00 in India.
    expect(toDoctor.content.subject).toMatch(/11:00/);
    expect(reminderSms(appointment, person('d1', 'en'))).toMatch(/^Chikitsa360: .*Meera Joshi.*Join: https:/);
  });
});

describe('SMS', () => {
  it('is off by default: nothing reaches SNS', async () => {
    const { smsEnabled } = await import('../../functions/reminders/sms.ts');
    expect(smsEnabled()).toBe(false);
    expect(sns.commandCalls(PublishCommand)).toHaveLength(0);
  });

  it('carries the DLT entity and template ids (the Hindi template for Hindi), and is refused without them', async () => {
    setUnitEnv({
      SMS_REMINDERS: 'true',
      SMS_ENTITY_ID: '1101000000000001',
      SMS_TEMPLATE_ID: '1107000000000001',
    });
    const { sendSms, smsEnabled } = await import('../../functions/reminders/sms.ts');
    expect(smsEnabled()).toBe(true);
    sns.on(PublishCommand).resolves({ MessageId: 'm1' });
    await sendSms('+919812345678', 'Chikitsa360: …', 'en');
    const [call] = sns.commandCalls(PublishCommand);
    expect(call!.args[0].input).toMatchObject({
      PhoneNumber: '+919812345678',
      MessageAttributes: {
        'AWS.MM.SMS.EntityId': { DataType: 'String', StringValue: '1101000000000001' },
        'AWS.MM.SMS.TemplateId': { DataType: 'String', StringValue: '1107000000000001' },
        'AWS.SNS.SMS.SMSType': { DataType: 'String', StringValue: 'Transactional' },
      },
    });
    // No Hindi template registered: no Hindi SMS (carriers would drop it).
    await sendSms('+919812345678', 'Chikitsa360: …', 'hi');
    expect(sns.commandCalls(PublishCommand)).toHaveLength(1);

    resetConfigForTests();
    const { config } = await import('../../functions/core/config.ts');
    setUnitEnv({ SMS_REMINDERS: 'true', SMS_ENTITY_ID: '', SMS_TEMPLATE_ID: '' });
    expect(() => config()).toThrow(/DLT/);
    setUnitEnv({ SMS_REMINDERS: 'false' });
  });
});
