/**
 * How a document is shown (DESIGN §10: the server decides `actions`). Types only: other contexts'
 * bundles (the Health records page) render documents without the S3 client and its presigners.
 */
import type { DocumentView } from '../contract/api.ts';
import type { AppointmentItem, DocumentItem } from '../core/db/index.ts';

export type Viewer = { userId: string; role: 'patient' | 'doctor' | 'admin' };

/** The patient may take a report back until the consultation starts; after that it is part of the visit. */
export const canRemove = (a: Pick<AppointmentItem, 'startAt'>, now: Date) =>
  Date.parse(a.startAt) > now.getTime();

export function toDocumentView(
  d: DocumentItem,
  actions: DocumentView['actions'] = { view: d.status === 'ready', remove: false },
): DocumentView {
  return {
    id: d.documentId,
    kind: d.kind,
    fileName: d.fileName,
    contentType: d.contentType,
    size: d.measuredSize ?? d.size,
    status: d.status,
    rejection: d.rejection ?? null,
    uploadedAt: d.createdAt,
    actions,
  };
}

/** What a party sees of an appointment's files: the patient all of theirs, the doctor the checked ones. */
export function appointmentDocumentView(d: DocumentItem, a: AppointmentItem, viewer: Viewer, now: Date) {
  const isPatient = viewer.userId === a.patientId;
  return toDocumentView(d, {
    view: d.status === 'ready',
    remove: isPatient && d.status !== 'rejected' && canRemove(a, now),
  });
}
