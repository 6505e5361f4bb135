/** Emails about appointments, to both parties (HTML + text, through SES). Failures are logged, never fatal. */
import type { AppointmentItem, UserItem } from '../core/db/index.ts';
import { appUrl, sendEmail } from '../core/email.ts';
import { logger } from '../core/logger.ts';
import { formatInZone } from '../core/time.ts';
import { specialtyName } from '../discovery/index.ts';

const rupees = (paise: number) =>
  new Intl.NumberFormat('en-IN', { style: 'currency', currency: 'INR' }).format(paise / 100);

const details = (a: AppointmentItem, zone: string): [string, string][] => [
  ['Doctor', `Dr. ${a.doctorName} (${specialtyName(a.specialty)})`],
  ['Patient', a.patientName],
  ['When', formatInZone(a.startAt, zone)],
  ['Reason', a.reason.length > 140 ? `${a.reason.slice(0, 140)}…` : a.reason],
];

async function deliver(label: string, send: () => Promise<void>) {
  try {
    await send();
  } catch (error) {
    logger.error('email failed', { email: label, error: error as Error });
  }
}

export async function sendBookingReceived(a: AppointmentItem, patient: UserItem, doctor: UserItem) {
  const link = appUrl('/appointments/view/', { id: a.appointmentId });
  await Promise.all([
    deliver('booking-received-patient', () =>
      sendEmail(patient.email, {
        subject: `Booking received: Dr. ${a.doctorName}, ${formatInZone(a.startAt, patient.timeZone ?? a.timeZone)}`,
        greeting: `Hello ${patient.firstName},`,
        paragraphs: [
          `We are holding this time for you until ${formatInZone(a.holdExpiresAt, patient.timeZone ?? a.timeZone)}. Complete the payment of ${rupees(a.feePaise)} + 18% GST to confirm it; unpaid bookings are released automatically.`,
        ],
        details: details(a, patient.timeZone ?? a.timeZone),
        action: { label: 'View and pay', url: link },
      }),
    ),
    deliver('booking-received-doctor', () =>
      sendEmail(doctor.email, {
        subject: `New booking request: ${a.patientName}, ${formatInZone(a.startAt, doctor.timeZone ?? a.timeZone)}`,
        greeting: `Hello Dr. ${doctor.lastName},`,
        paragraphs: [
          'A patient has booked one of your slots. It will be confirmed once they pay; we will let you know.',
        ],
        details: details(a, doctor.timeZone ?? a.timeZone),
        action: { label: 'View appointment', url: link },
      }),
    ),
  ]);
}

export async function sendCancellation(
  a: AppointmentItem,
  patient: UserItem,
  doctor: UserItem,
  note?: string,
) {
  const link = appUrl('/appointments/view/', { id: a.appointmentId });
  const who =
    a.cancelledBy === 'system'
      ? 'because the payment was not completed in time'
      : a.cancelledBy === a.doctorId
        ? 'by the doctor'
        : a.cancelledBy === a.patientId
          ? 'by the patient'
          : 'by Chikitsa360';
  // An admin's reason is what both parties need to know (e.g. the doctor's account was closed).
  const reason = a.cancelReason && a.cancelledBy !== 'system' ? [`Reason given: ${a.cancelReason}`] : [];
  for (const [person, greeting, label] of [
    [patient, `Hello ${patient.firstName},`, 'cancellation-patient'],
    [doctor, `Hello Dr. ${doctor.lastName},`, 'cancellation-doctor'],
  ] as const) {
    await deliver(label, () =>
      sendEmail(person.email, {
        subject: `Appointment cancelled: ${formatInZone(a.startAt, person.timeZone ?? a.timeZone)}`,
        greeting,
        paragraphs: [
          `This appointment was cancelled ${who}.`,
          ...reason,
          ...(note && person === patient ? [note] : []),
        ],
        details: details(a, person.timeZone ?? a.timeZone),
        action: { label: 'View appointment', url: link },
      }),
    );
  }
}
