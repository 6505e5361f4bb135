/**
 * What other contexts may use of prescriptions: when an appointment can be prescribed for, and the
 * summary of its versions for the appointment page and the visit's record (light modules: the
 * catalogue and the PDF stay out of those bundles); and the versions as their patient reads them, with
 * their PDF, for the patient's export (functions/privacy, which renders PDFs).
 */
export { pdfFileName, prescriptionPdf } from './pdf.ts';
export {
  prescriptionSummaries,
  toPrescriptionSummary,
  toPrescriptionView,
  visibleTo,
} from './reads.ts';
export { canPrescribe } from './window.ts';
