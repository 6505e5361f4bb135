/** The patient's copy of an issued prescription: an email with the PDF attached and a link to the appointment. */

import { getUser } from '../accounts/index.ts';
import type { Prescription } from '../contract/api.ts';
import { formatDateTime } from '../contract/format.ts';
import type { AppointmentItem, UserItem } from '../core/db/index.ts';
import { appUrl, greetingFor, type Outgoing, sendEmail } from '../core/email.ts';
import { localeOf } from '../core/i18n.ts';
import { logger } from '../core/logger.ts';
import * as m from '../core/paraglide/messages.js';
import { pdfFileName, prescriptionPdf } from './pdf.ts';

/** The patient's email for an issued version (pure: the pseudo-locale test renders it). */
export function prescriptionEmail(a: AppointmentItem, p: Prescription, patient: UserItem): Outgoing {
  const locale = localeOf(patient);
  const l = { locale };
  const number = p.number ?? '';
  const doctor = a.doctorName;
  return {
    to: patient.email,
    locale,
    content: {
      subject: p.supersedes
        ? m.email_rx_corrected_subject({ number, doctor }, l)
        : m.email_rx_subject({ number, doctor }, l),
      greeting: greetingFor(patient, locale),
      paragraphs: [
        p.supersedes
          ? m.email_rx_corrected_body({ doctor, version: p.supersedes }, l)
          : m.email_rx_body({ doctor }, l),
      ],
      details: [
        [m.email_label_prescription({}, l), number],
        [m.email_label_doctor({}, l), m.doctor_title({ name: doctor }, l)],
        [m.email_label_when({}, l), formatDateTime(a.startAt, patient.timeZone ?? a.timeZone, locale)],
      ],
      action: {
        label: m.email_action_view_appointment({}, l),
        url: appUrl('/appointments/view/', { id: a.appointmentId }),
      },
      footnote: m.email_rx_footnote({}, l),
    },
  };
}

/** After the issuing transaction: the prescription stands even if the email cannot go (it is on the appointment page). */
export async function sendPrescriptionToPatient(a: AppointmentItem, p: Prescription) {
  try {
    const email = prescriptionEmail(a, p, await getUser(a.patientId));
    const content = await prescriptionPdf(p, email.locale);
    await sendEmail(email.to, email.locale, email.content, [
      { fileName: pdfFileName(p), contentType: 'application/pdf', content },
    ]);
  } catch (error) {
    logger.error('email failed', { email: 'prescription-issued', error: error as Error });
  }
}
