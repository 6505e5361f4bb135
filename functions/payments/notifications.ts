/** Payment emails: the confirmation with the receipt (patient), the confirmed booking (doctor), refunds. */
import type { AppointmentItem, PaymentItem, ReceiptItem, UserItem } from '../core/db/index.ts';
import { entities } from '../core/db/index.ts';
import { appUrl, sendEmail } from '../core/email.ts';
import { logger } from '../core/logger.ts';
import { formatInZone } from '../core/time.ts';
import { formatRupees } from './money.ts';

async function deliver(label: string, send: () => Promise<void>) {
  try {
    await send();
  } catch (error) {
    logger.error('email failed', { email: label, error: error as Error });
  }
}

export async function sendPaymentConfirmation(
  a: AppointmentItem,
  receipt: ReceiptItem,
  doctor: UserItem | null,
  /** The patient when the caller has read them already (undefined: read here). */
  known?: UserItem | null,
) {
  const patient =
    known !== undefined ? known : (await entities().user.get({ userId: a.patientId }).go()).data;
  const link = appUrl('/appointments/view/', { id: a.appointmentId });
  if (patient) {
    const zone = patient.timeZone ?? a.timeZone;
    await deliver('payment-confirmed-patient', () =>
      sendEmail(patient.email, {
        subject: `Confirmed: Dr. ${a.doctorName}, ${formatInZone(a.startAt, zone)} (receipt ${receipt.receiptNumber})`,
        greeting: `Hello ${patient.firstName},`,
        paragraphs: [
          'Your payment was received and your consultation is confirmed. You can join the video room from 15 minutes before the start.',
        ],
        details: [
          ['Receipt', receipt.receiptNumber],
          ['Doctor', `Dr. ${a.doctorName}`],
          ['When', formatInZone(a.startAt, zone)],
          ['Consultation fee', formatRupees(receipt.basePaise)],
          ['GST (18%)', formatRupees(receipt.gstPaise)],
          ['Total paid', formatRupees(receipt.totalPaise)],
          ['Payment id', receipt.providerPaymentId],
        ],
        action: { label: 'View receipt', url: appUrl('/receipts/view/', { id: a.appointmentId }) },
        footnote: 'Cancel at least 24 hours before the start for a full refund.',
      }),
    );
  }
  if (doctor) {
    await deliver('payment-confirmed-doctor', () =>
      sendEmail(doctor.email, {
        subject: `Confirmed: ${a.patientName}, ${formatInZone(a.startAt, doctor.timeZone ?? a.timeZone)}`,
        greeting: `Hello Dr. ${doctor.lastName},`,
        paragraphs: ['The patient has paid; this consultation is confirmed.'],
        details: [
          ['Patient', a.patientName],
          ['When', formatInZone(a.startAt, doctor.timeZone ?? a.timeZone)],
          ['Reason', a.reason],
        ],
        action: { label: 'View appointment', url: link },
      }),
    );
  }
}

export async function sendRefundEmail(payment: PaymentItem) {
  const { data: patient } = await entities().user.get({ userId: payment.patientId }).go();
  if (!patient) return;
  await deliver('refund', () =>
    sendEmail(patient.email, {
      subject: `Refund of ${formatRupees(payment.refundPaise ?? 0)} initiated`,
      greeting: `Hello ${patient.firstName},`,
      paragraphs: [
        `We have refunded ${formatRupees(payment.refundPaise ?? 0)} to your original payment method. Banks usually take 5–7 working days to show it.`,
      ],
      details: [
        ['Refund id', payment.refundId ?? ''],
        ['Payment id', payment.providerPaymentId ?? ''],
      ],
      action: {
        label: 'View appointment',
        url: appUrl('/appointments/view/', { id: payment.appointmentId }),
      },
    }),
  );
}
