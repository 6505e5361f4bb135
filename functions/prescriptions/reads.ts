/** Reading an appointment's prescription versions, and how each looks to its two parties. */
import type { Prescription, PrescriptionMedicine, PrescriptionSummary } from '../contract/api.ts';
import type { AppointmentItem, PrescriptionItem } from '../core/db/index.ts';
import { entities } from '../core/db/index.ts';

/** Every version, oldest first (the sort key is the zero-padded version). */
export async function versionsOf(appointmentId: string): Promise<PrescriptionItem[]> {
  const { data } = await entities().prescription.query.byAppointment({ appointmentId }).go({ pages: 'all' });
  return [...data].sort((a, b) => a.version - b.version);
}

/** What a viewer may see: the patient never sees a draft, which is the doctor's work in progress. */
export const visibleTo = (items: PrescriptionItem[], viewerId: string) =>
  items.filter((p) => p.status !== 'DRAFT' || p.doctorId === viewerId);

export function toPrescriptionSummary(p: PrescriptionItem): PrescriptionSummary {
  return {
    version: p.version,
    number: p.number ?? null,
    status: p.status,
    issuedAt: p.issuedAt ?? null,
    supersedes: p.supersedes ?? null,
    supersededBy: p.supersededBy ?? null,
  };
}

export function toPrescriptionView(p: PrescriptionItem, a: AppointmentItem): Prescription {
  return {
    ...toPrescriptionSummary(p),
    appointmentId: p.appointmentId,
    consultation: p.consultation,
    chiefComplaints: p.chiefComplaints,
    relevantFindings: p.relevantFindings ?? '',
    provisionalDiagnosis: p.provisionalDiagnosis,
    investigationsAdvised: p.investigationsAdvised ?? '',
    medicines: JSON.parse(p.medicines) as PrescriptionMedicine[],
    advice: p.advice ?? '',
    followUpDate: p.followUpDate || null,
    doctor: p.doctorSnapshot ? (JSON.parse(p.doctorSnapshot) as Prescription['doctor']) : null,
    patient: p.patientSnapshot ? (JSON.parse(p.patientSnapshot) as Prescription['patient']) : null,
    consultedAt: a.startAt,
    timeZone: a.timeZone,
    updatedAt: p.updatedAt,
  };
}

/** For the appointment page: the versions (oldest first) the viewer may see, newest first. */
export const prescriptionSummaries = (
  versions: PrescriptionItem[],
  viewerId: string,
): PrescriptionSummary[] => visibleTo(versions, viewerId).reverse().map(toPrescriptionSummary);
