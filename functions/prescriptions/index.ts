/**
 * What other contexts may use of prescriptions: when an appointment can be prescribed for, and the
 * summary of its versions for the appointment page. (Light modules only: the catalogue and the PDF
 * stay in this context's own bundle.)
 */
export { prescriptionSummaries } from './reads.ts';
export { canPrescribe } from './window.ts';
