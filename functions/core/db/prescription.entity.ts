import { Entity } from 'electrodb';
import { prescriptionStatuses } from '../../contract/api.ts';
import { SERVICE, timestamps } from './common.ts';

/**
 * One version of an appointment's prescription (DESIGN §9: versioned; an issued version is never
 * changed, a correction is a new version that supersedes it). All versions of an appointment share its
 * partition, so listing them is one Query. A version is written only while it is a DRAFT (every write
 * is guarded on that), except the one change an issued version ever sees: ISSUED → SUPERSEDED with the
 * number of the version that replaced it, in the transaction that issues the correction.
 */
export const prescriptionEntity = () =>
  new Entity({
    model: { entity: 'prescription', version: '1', service: SERVICE },
    attributes: {
      appointmentId: { type: 'string', required: true, readOnly: true },
      /** 1, 2, …; zero-padded in the sort key so versions sort in order. */
      version: { type: 'number', required: true, readOnly: true, padding: { length: 4, char: '0' } },
      status: { type: prescriptionStatuses, required: true },
      doctorId: { type: 'string', required: true, readOnly: true },
      patientId: { type: 'string', required: true, readOnly: true },
      /** TPG nature of the consultation, decided when the draft was saved and again at issue. */
      consultation: { type: ['first', 'follow-up'] as const, required: true },
      chiefComplaints: { type: 'string', required: true },
      relevantFindings: { type: 'string' },
      provisionalDiagnosis: { type: 'string', required: true },
      investigationsAdvised: { type: 'string' },
      /** PrescriptionMedicine[] (functions/contract/api.ts), as JSON: a list of maps with optional fields. */
      medicines: { type: 'string', required: true },
      advice: { type: 'string' },
      followUpDate: { type: 'string' },
      // Set in the issuing transaction, never after.
      number: { type: 'string' },
      issuedAt: { type: 'string' },
      /** JSON of the doctor's name, qualification, registration number and council at issue. */
      doctorSnapshot: { type: 'string' },
      /** JSON of the patient's name, age and sex at issue. */
      patientSnapshot: { type: 'string' },
      supersedes: { type: 'number' },
      supersededBy: { type: 'number' },
      ...timestamps,
    },
    indexes: {
      byAppointment: {
        pk: { field: 'pk', composite: ['appointmentId'] },
        sk: { field: 'sk', composite: ['version'] },
      },
    },
  });
