/**
 * What other contexts may use of prescriptions: when an appointment can be prescribed for, and the
 * summary of its versions for the appointment page and the visit's record. (Light modules only: the catalogue and the PDF
 * stay in this context's own bundle.)
 */
export { prescriptionSummaries, toPrescriptionSummary, versionsOf, visibleTo } from './reads.ts';
export { canPrescribe } from './window.ts';
