/**
 * What other contexts may use of documents (issue 18): an appointment's or an account's files, a
 * 60-second link to a checked one (the caller's route must be audited: the link is noted on its
 * event), the purge of a visit whose retention ended, and the erasure of a doctor's photo.
 */
export {
  documentIn,
  documentReadUrl,
  listDocumentsForAppointment,
  listDocumentsForOwner,
  purgeDocumentsOf,
} from './documents.ts';
export { deletePhotoOf } from './media.ts';
export { toDocumentView } from './views.ts';
