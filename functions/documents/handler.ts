import { MEDICAL_REGISTER_URL, VERIFICATION_WORKING_DAYS } from '../contract/api.ts';
import { auditStore } from '../core/audit-store.ts';
import { entities } from '../core/db/index.ts';
import { conflict, notFound } from '../core/errors.ts';
import { created, httpHandler, operation } from '../core/http.ts';
import {
  canAttach,
  documentIn,
  documentReadUrl,
  listDocumentsForAppointment,
  listDocumentsForOwner,
  removeAppointmentDocument,
  startAppointmentUpload,
  startVerificationUpload,
} from './documents.ts';
import { publishPhoto, removePhoto, startPhotoUpload } from './photos.ts';
import {
  appointmentDocumentParams,
  appointmentParams,
  doctorDocumentParams,
  doctorParams,
  photoUploadBody,
  photoUploadParams,
  uploadBody,
  verificationUploadBody,
} from './schemas.ts';
import { appointmentDocumentView, toDocumentView } from './views.ts';

/** A doctor's evidence; anyone else's id (or a patient's) is the same 404 as none. */
async function doctorOf(userId: string) {
  const { data: user } = await entities().user.get({ userId }).go();
  if (user?.role !== 'doctor') throw notFound('Doctor not found.');
  return user;
}

export const handler = httpHandler('documents', auditStore, {
  listAppointmentDocuments: operation({
    params: appointmentParams,
    run: async ({ auth, appointment, audit }) => {
      const now = new Date();
      const isDoctor = auth.userId === appointment.doctorId;
      // The doctor sees only files whose bytes were checked (DESIGN §9); the patient sees all of theirs.
      const shown = (await listDocumentsForAppointment(appointment.appointmentId)).filter(
        (d) => !isDoctor || d.status === 'ready',
      );
      audit.note(`documents=${shown.map((d) => d.documentId).join(',')}`);
      return {
        documents: shown.map((d) => appointmentDocumentView(d, appointment, auth, now)),
        canAdd: auth.userId === appointment.patientId && canAttach(appointment, now),
      };
    },
  }),
  startAppointmentUpload: operation({
    params: appointmentParams,
    body: uploadBody,
    run: async ({ appointment, body }) => created(await startAppointmentUpload(appointment, body)),
  }),
  readAppointmentDocument: operation({
    params: appointmentDocumentParams,
    run: async ({ appointment, params, audit }) => ({
      link: await documentReadUrl(await documentIn(appointment.appointmentId, params.documentId), audit),
    }),
  }),
  removeAppointmentDocument: operation({
    params: appointmentDocumentParams,
    run: async ({ appointment, params, audit }) =>
      removeAppointmentDocument(appointment, params.documentId, audit),
  }),
  listVerificationDocuments: operation({
    run: async ({ auth }) => ({
      // The doctor's own proofs are for the admin to open; the doctor sees their states.
      documents: (await listDocumentsForOwner(auth.userId)).map((d) =>
        toDocumentView(d, { view: false, remove: false }),
      ),
      usualWorkingDays: VERIFICATION_WORKING_DAYS,
    }),
  }),
  startVerificationUpload: operation({
    body: verificationUploadBody,
    run: async ({ auth, body }) => {
      const doctor = await doctorOf(auth.userId);
      if (doctor.verificationStatus === 'verified')
        throw conflict('You are verified already; there is nothing to upload.', 'documents_closed');
      return created(await startVerificationUpload(auth.userId, body));
    },
  }),
  startPhotoUpload: operation({
    body: photoUploadBody,
    run: async ({ auth, body }) => created(await startPhotoUpload(auth.userId, body)),
  }),
  publishPhoto: operation({
    params: photoUploadParams,
    run: async ({ auth, params }) => publishPhoto(auth.userId, params.uploadId),
  }),
  removePhoto: operation({
    run: async ({ auth }) => removePhoto(auth.userId),
  }),
  adminListVerificationDocuments: operation({
    params: doctorParams,
    run: async ({ params, audit }) => {
      const doctor = await doctorOf(params.userId);
      const documents = await listDocumentsForOwner(params.userId);
      audit.note(`documents=${documents.map((d) => d.documentId).join(',')}`);
      return {
        documents: documents.map((d) => toDocumentView(d)),
        registrationNumber: doctor.registrationNumber ?? null,
        registerUrl: MEDICAL_REGISTER_URL,
      };
    },
  }),
  adminReadVerificationDocument: operation({
    params: doctorDocumentParams,
    run: async ({ params, audit }) => ({
      link: await documentReadUrl(await documentIn(params.userId, params.documentId), audit),
    }),
  }),
});
