/** The patient's copy of an issued prescription: an email with the PDF attached and a link to the appointment. */

import { getUser } from '../accounts/index.ts';
import type { Prescription } from '../contract/api.ts';
import type { AppointmentItem } from '../core/db/index.ts';
import { appUrl, sendEmail } from '../core/email.ts';
import { logger } from '../core/logger.ts';
import { formatInZone } from '../core/time.ts';
import { prescriptionPdf } from './pdf.ts';

export const pdfFileName = (p: Prescription) => `${p.number ?? `prescription-v${p.version}`}.pdf`;

/** After the issuing transaction: the prescription stands even if the email cannot go (it is on the appointment page). */
export async function sendPrescriptionToPatient(a: AppointmentItem, p: Prescription) {
  try {
    const patient = await getUser(a.patientId);
    const bytes = await prescriptionPdf(p);
    await sendEmail(
      patient.email,
      {
        subject: `${p.supersedes ? 'Corrected prescription' : 'Your prescription'} ${p.number ?? ''} from Dr. ${a.doctorName}`,
        greeting: `Hello ${patient.firstName},`,
        paragraphs: [
          p.supersedes
            ? `Dr. ${a.doctorName} issued a corrected prescription for your consultation. It replaces version ${p.supersedes}, which is no longer valid for dispensing.`
            : `Dr. ${a.doctorName} issued a prescription after your teleconsultation. It is attached as a PDF, and you can open it any time from the appointment page.`,
        ],
        details: [
          ['Prescription', p.number ?? ''],
          ['Doctor', `Dr. ${a.doctorName}`],
          ['Consultation', formatInZone(a.startAt, patient.timeZone ?? a.timeZone)],
        ],
        action: { label: 'View appointment', url: appUrl('/appointments/view/', { id: a.appointmentId }) },
        footnote: 'Show the prescription to your pharmacist. Not for emergencies: call 112.',
      },
      [{ fileName: pdfFileName(p), contentType: 'application/pdf', bytes }],
    );
  } catch (error) {
    logger.error('email failed', { email: 'prescription-issued', error: error as Error });
  }
}
