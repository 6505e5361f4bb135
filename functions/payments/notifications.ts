/**
 * Payment emails: the confirmation with the receipt PDF (patient), the confirmed booking (doctor),
 * refunds. Each in the recipient's language and time zone; composing is pure (the pseudo-locale test
 * renders every email), sending failures are logged, never fatal.
 */
import { formatDateTime, formatMoney } from '../contract/format.ts';
import { calendarAttachment } from '../core/calendar.ts';
import type { AppointmentItem, PaymentItem, ReceiptItem, UserItem } from '../core/db/index.ts';
import { entities, treatedOf } from '../core/db/index.ts';
import { appUrl, type EmailAttachment, greetingFor, type Outgoing, sendEmail } from '../core/email.ts';
import { type Locale, localeOf } from '../core/i18n.ts';
import { logger } from '../core/logger.ts';
import * as m from '../core/paraglide/messages.js';
import {
  invoiceOf,
  lineNote,
  receiptFileStem,
  receiptPdf,
  stateLabel,
  taxRows,
  toReceiptView,
} from './receipts.ts';
import { FULL_REFUND_NOTICE_HOURS } from './refunds.ts';

/**
 * Minutes before the start that the room opens: appointments' JOIN_OPENS_MINUTES_BEFORE, not imported
 * because appointments imports payments (a cycle between the two bundles).
 */
const ROOM_OPENS_MINUTES = 15;

async function deliver(label: string, email: Outgoing, attachments: EmailAttachment[] = []) {
  try {
    await sendEmail(email.to, email.locale, email.content, attachments);
  } catch (error) {
    logger.error('email failed', { email: label, error: error as Error });
  }
}

/** The receipt as a PDF in the patient's language; without it (a rendering failure) the email still goes. */
export async function receiptAttachment(receipt: ReceiptItem, locale: Locale): Promise<EmailAttachment[]> {
  try {
    const content = await receiptPdf(toReceiptView(receipt, null), locale);
    const fileName = m.receipt_file_name({ number: receiptFileStem(receipt.receiptNumber) }, { locale });
    return [{ fileName, contentType: 'application/pdf', content }];
  } catch (error) {
    logger.error('receipt PDF for the email failed', { error: error as Error });
    return [];
  }
}

export function paymentConfirmedPatientEmail(
  a: AppointmentItem,
  receipt: ReceiptItem,
  patient: UserItem,
): Outgoing {
  const locale = localeOf(patient);
  const l = { locale };
  const when = formatDateTime(a.startAt, patient.timeZone ?? a.timeZone, locale);
  const money = (paise: number) => formatMoney(paise, locale);
  const invoice = invoiceOf(receipt);
  return {
    to: patient.email,
    locale,
    content: {
      subject: m.email_paid_patient_subject(
        { doctor: a.doctorName, when, receipt: receipt.receiptNumber },
        l,
      ),
      greeting: greetingFor(patient, locale),
      paragraphs: [
        m.email_paid_patient_body({ minutes: ROOM_OPENS_MINUTES }, l),
        m.email_paid_receipt_attached({}, l),
        m.email_calendar_attached({}, l),
      ],
      details: [
        [m.email_label_receipt({}, l), receipt.receiptNumber],
        [m.email_label_doctor({}, l), m.doctor_title({ name: a.doctorName }, l)],
        // Who is treated: the holder may have paid for a family member (issue 17).
        [m.email_label_patient({}, l), treatedOf(a).name],
        [m.email_label_when({}, l), when],
        // The invoice's own lines and split (CGST + SGST or IGST), as the attached PDF shows them.
        ...invoice.lines.map((line): [string, string] => [
          line.kind === 'consultation' ? m.email_label_fee({}, l) : m.invoice_line_platform({}, l),
          line.exempt ? `${money(line.valuePaise)} (${lineNote(line, locale)})` : money(line.valuePaise),
        ]),
        ...taxRows(invoice, locale).map(([label, paise]): [string, string] => [label, money(paise)]),
        [m.email_label_total_paid({}, l), money(receipt.totalPaise)],
        [m.invoice_place_of_supply({}, l), stateLabel(invoice.placeOfSupply, locale)],
        [m.email_label_payment_id({}, l), receipt.providerPaymentId],
      ],
      action: {
        label: m.email_action_view_receipt({}, l),
        url: appUrl('/receipts/view/', { id: a.appointmentId }),
      },
      footnote: m.email_paid_patient_footnote({ hours: FULL_REFUND_NOTICE_HOURS }, l),
    },
  };
}

export function paymentConfirmedDoctorEmail(a: AppointmentItem, doctor: UserItem): Outgoing {
  const locale = localeOf(doctor);
  const l = { locale };
  const when = formatDateTime(a.startAt, doctor.timeZone ?? a.timeZone, locale);
  return {
    to: doctor.email,
    locale,
    content: {
      subject: m.email_paid_doctor_subject({ patient: treatedOf(a).name, when }, l),
      greeting: greetingFor(doctor, locale),
      paragraphs: [m.email_paid_doctor_body({}, l), m.email_calendar_attached({}, l)],
      details: [
        [m.email_label_patient({}, l), treatedOf(a).name],
        [m.email_label_when({}, l), when],
        [m.email_label_reason({}, l), a.reason],
      ],
      action: {
        label: m.email_action_view_appointment({}, l),
        url: appUrl('/appointments/view/', { id: a.appointmentId }),
      },
    },
  };
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
  // Confirmed: each party's calendar gets the event (METHOD:REQUEST, the appointment's UID and SEQUENCE).
  if (patient)
    await deliver('payment-confirmed-patient', paymentConfirmedPatientEmail(a, receipt, patient), [
      ...(await receiptAttachment(receipt, localeOf(patient))),
      calendarAttachment(a, patient, localeOf(patient), 'REQUEST'),
    ]);
  if (doctor)
    await deliver('payment-confirmed-doctor', paymentConfirmedDoctorEmail(a, doctor), [
      calendarAttachment(a, doctor, localeOf(doctor), 'REQUEST'),
    ]);
}

export function refundEmail(payment: PaymentItem, patient: UserItem): Outgoing {
  const locale = localeOf(patient);
  const l = { locale };
  const amount = formatMoney(payment.refundPaise ?? 0, locale);
  return {
    to: patient.email,
    locale,
    content: {
      subject: m.email_refund_subject({ amount }, l),
      greeting: greetingFor(patient, locale),
      paragraphs: [m.email_refund_body({ amount }, l)],
      details: [
        [m.email_label_refund_id({}, l), payment.refundId ?? ''],
        [m.email_label_payment_id({}, l), payment.providerPaymentId ?? ''],
      ],
      action: {
        label: m.email_action_view_appointment({}, l),
        url: appUrl('/appointments/view/', { id: payment.appointmentId }),
      },
    },
  };
}

export async function sendRefundEmail(payment: PaymentItem) {
  const { data: patient } = await entities().user.get({ userId: payment.patientId }).go();
  if (patient) await deliver('refund', refundEmail(payment, patient));
}
