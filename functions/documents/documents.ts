/**
 * Documents (issue 18, DESIGN §9): a patient's reports on an appointment and a doctor's verification
 * evidence, in the private, KMS-encrypted documents bucket under documents/{scopeId}/{documentId}.
 *
 * - Uploads are presigned POSTs with type and size conditions. Not every S3 enforces them (the twin's
 *   s3rver does not), so the checker (checker.ts) reads every object's first bytes and size and marks
 *   the document ready, or rejected with the object deleted. Only a ready file can be opened.
 * - At most MAX_DOCUMENTS_PER_APPOINTMENT per scope: a counter that moves in the same transaction as the
 *   document row (an 11th upload is refused and nothing is kept); a rejection or a removal gives the
 *   place back in the same transaction that marks or deletes the row.
 * - Reads are 60-second presigned GETs, each written to the audit log by the route that issues it.
 */
import { DeleteObjectCommand, GetObjectCommand } from '@aws-sdk/client-s3';
import { createPresignedPost } from '@aws-sdk/s3-presigned-post';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import { ulid } from 'ulid';
import {
  type DocumentKind,
  type DocumentLink,
  type DocumentRejection,
  type DocumentUploadBody,
  type DocumentUploadPermit,
  MAX_DOCUMENT_BYTES,
  MAX_DOCUMENTS_PER_APPOINTMENT,
} from '../contract/api.ts';
import type { RequestAudit } from '../core/audit.ts';
import { s3 } from '../core/clients.ts';
import { config } from '../core/config.ts';
import type { TxEntities } from '../core/counters.ts';
import { type AppointmentItem, type DocumentItem, entities } from '../core/db/index.ts';
import { conflict, notFound, withParams } from '../core/errors.ts';
import { logger } from '../core/logger.ts';
import { tryTransact } from '../core/transact.ts';
import { documentKey } from './keys.ts';
import { canRemove, toDocumentView } from './views.ts';

const UPLOAD_SECONDS = 300;
/** A link to a medical file lives one minute: long enough to open it, too short to pass around. */
const READ_SECONDS = 60;
const NOT_FOUND = 'That file was not found.';

/** The counter of one scope's documents (one item per appointment or doctor, so scopes never contend). */
const countKey = (scopeId: string) => ({ name: `documents.${scopeId}`, bucket: 'count' });
const giveBackPlace = (tx: TxEntities, scopeId: string) =>
  tx.counter.update(countKey(scopeId)).add({ value: -1 }).commit();

// ---- When ------------------------------------------------------------------------------------------

/** A report can be added to a paid appointment until it ends: before the visit or during it. */
export const canAttach = (a: Pick<AppointmentItem, 'status' | 'endAt'>, now: Date) =>
  a.status === 'CONFIRMED' && Date.parse(a.endAt) > now.getTime();

// ---- Reads (the domain API other contexts call) ----------------------------------------------------

/** Every document of an appointment, oldest first (pending, ready and rejected). */
export async function listDocumentsForAppointment(appointmentId: string): Promise<DocumentItem[]> {
  const { data } = await entities().document.query.byScope({ scopeId: appointmentId }).go({ pages: 'all' });
  return data;
}

/**
 * Every document one account holds, oldest first: a patient's reports on all their appointments
 * (those booked for a dependant included), or a doctor's verification evidence.
 */
export async function listDocumentsForOwner(ownerId: string): Promise<DocumentItem[]> {
  const { data } = await entities().document.query.byOwner({ ownerId }).go({ pages: 'all' });
  return data;
}

/** One document of a scope; another scope's id is simply not found (the key is the scope). */
export async function documentIn(scopeId: string, documentId: string): Promise<DocumentItem> {
  const { data } = await entities().document.get({ scopeId, documentId }).go();
  if (!data) throw notFound(NOT_FOUND);
  return data;
}

/**
 * A 60-second link to a checked file. The caller's route is audited (functions/contract/routes.ts):
 * the event names the document and the appointment or owner it belongs to.
 */
export async function documentReadUrl(
  d: DocumentItem,
  audit: RequestAudit,
  now = new Date(),
): Promise<DocumentLink> {
  // A file not yet checked (or refused) is never handed out: its bytes may be anything.
  if (d.status !== 'ready') throw notFound(NOT_FOUND);
  audit.note(`${d.scope}=${d.scopeId}`);
  const url = await getSignedUrl(
    s3(),
    new GetObjectCommand({
      Bucket: config().DOCUMENTS_BUCKET,
      Key: d.key,
      ResponseContentType: d.contentType,
      ResponseContentDisposition: `inline; filename="${asciiFileName(d.fileName)}"`,
    }),
    { expiresIn: READ_SECONDS },
  );
  return { url, expiresAt: new Date(now.getTime() + READ_SECONDS * 1000).toISOString() };
}

/** A header-safe file name (the original, any script, stays in the record and the UI). */
const asciiFileName = (name: string) => name.replace(/[^\w.() -]/g, '_').slice(0, 100) || 'document';

// ---- Uploads ---------------------------------------------------------------------------------------

/** Starts an upload: the document row (pending) and its place under the limit, then the presigned POST. */
async function startUpload(
  scope: { scope: 'appointment' | 'owner'; scopeId: string; ownerId: string; kind: DocumentKind },
  body: DocumentUploadBody,
  now: Date,
): Promise<DocumentUploadPermit> {
  const documentId = ulid(now.getTime());
  const key = documentKey(scope.scopeId, documentId);
  const item = {
    ...scope,
    documentId,
    fileName: body.fileName,
    contentType: body.contentType,
    size: body.size,
    key,
    status: 'pending' as const,
  };
  const result = await tryTransact((tx) => [
    tx.counter
      .update(countKey(scope.scopeId))
      .add({ value: 1 })
      .where(
        ({ value }, { lt, notExists }) =>
          `(${notExists(value)} OR ${lt(value, MAX_DOCUMENTS_PER_APPOINTMENT)})`,
      )
      .commit(),
    tx.document.create(item).commit(),
  ]);
  if (result.canceled) {
    if (result.reasons[0] === 'ConditionalCheckFailed')
      throw withParams(
        409,
        'too_many_documents',
        `At most ${MAX_DOCUMENTS_PER_APPOINTMENT} files can be kept here. Remove one to add another.`,
        { max: MAX_DOCUMENTS_PER_APPOINTMENT },
      );
    throw conflict('The files just changed. Reload and try again.');
  }
  const post = await presignedUpload(
    config().DOCUMENTS_BUCKET,
    key,
    body.contentType,
    MAX_DOCUMENT_BYTES,
    now,
  );
  const created = { ...item, createdAt: now.toISOString(), updatedAt: now.toISOString() };
  return { document: toDocumentView(created, { view: false, remove: true }), ...post };
}

/**
 * THE presigned POST of every browser upload (documents and photos): this exact key and content type,
 * 1 byte up to `maxBytes`, for five minutes. What arrives is still inspected (inspect.ts).
 */
export async function presignedUpload(
  Bucket: string,
  Key: string,
  contentType: string,
  maxBytes: number,
  now: Date,
) {
  const post = await createPresignedPost(s3(), {
    Bucket,
    Key,
    Conditions: [
      ['content-length-range', 1, maxBytes],
      ['eq', '$Content-Type', contentType],
    ],
    Fields: { 'Content-Type': contentType },
    Expires: UPLOAD_SECONDS,
  });
  return {
    url: post.url,
    fields: post.fields,
    expiresAt: new Date(now.getTime() + UPLOAD_SECONDS * 1000).toISOString(),
  };
}

/** The patient attaches a report to their appointment (one booked for a dependant included). */
export async function startAppointmentUpload(a: AppointmentItem, body: DocumentUploadBody, now = new Date()) {
  if (!canAttach(a, now))
    throw conflict('Files can be added to a paid appointment until it ends.', 'documents_closed');
  return startUpload(
    { scope: 'appointment', scopeId: a.appointmentId, ownerId: a.patientId, kind: 'report' },
    body,
    now,
  );
}

/** A doctor applying uploads a proof of who they are (their own scope: only they and admins see it). */
export async function startVerificationUpload(
  doctorId: string,
  body: DocumentUploadBody & { kind: 'registrationCertificate' | 'photoId' },
  now = new Date(),
) {
  const { kind, ...file } = body;
  return startUpload({ scope: 'owner', scopeId: doctorId, ownerId: doctorId, kind }, file, now);
}

// ---- Removal and erasure ---------------------------------------------------------------------------

/** Deletes the row and gives its place back in one transaction; then the object (absent is fine). */
async function deleteDocument(d: DocumentItem, audit?: RequestAudit) {
  const result = await tryTransact((tx) => [
    tx.document
      .delete({ scopeId: d.scopeId, documentId: d.documentId })
      .where(({ status }, { eq }) => eq(status, d.status))
      .commit(),
    // A rejected file gave its place back already.
    ...(d.status === 'rejected' ? [] : [giveBackPlace(tx, d.scopeId)]),
    ...(audit?.items(tx) ?? []),
  ]);
  if (result.canceled) throw conflict('That file just changed. Reload and try again.');
  await s3().send(new DeleteObjectCommand({ Bucket: config().DOCUMENTS_BUCKET, Key: d.key }));
}

/** The patient takes a report back, until the consultation starts. */
export async function removeAppointmentDocument(
  a: AppointmentItem,
  documentId: string,
  audit: RequestAudit,
  now = new Date(),
) {
  const d = await documentIn(a.appointmentId, documentId);
  if (!canRemove(a, now))
    throw conflict('A file cannot be removed once the consultation has started.', 'documents_closed');
  await deleteDocument(d, audit.note(`appointment=${a.appointmentId}`));
  return { deleted: d.documentId };
}

/** Every file of a scope, its row and its count: a visit whose retention ended (functions/privacy). */
export async function purgeDocumentsOf(scopeId: string): Promise<{ deleted: number }> {
  const { data } = await entities().document.query.byScope({ scopeId }).go({ pages: 'all' });
  for (const d of data) {
    if (d.status !== 'rejected')
      await s3().send(new DeleteObjectCommand({ Bucket: config().DOCUMENTS_BUCKET, Key: d.key }));
    await entities().document.delete({ scopeId, documentId: d.documentId }).go();
  }
  await entities().counter.delete(countKey(scopeId)).go();
  return { deleted: data.length };
}

// ---- The checker's decisions -----------------------------------------------------------------------

/** pending → ready. False when it was no longer pending (a duplicate event, or removed meanwhile). */
export async function markReady(d: DocumentItem, measuredSize: number): Promise<boolean> {
  const result = await tryTransact((tx) => [
    tx.document
      .patch({ scopeId: d.scopeId, documentId: d.documentId })
      .set({ status: 'ready', measuredSize })
      .where(({ status }, { eq }) => eq(status, 'pending'))
      .commit(),
  ]);
  return !result.canceled;
}

/** pending → rejected, the place given back; the object is deleted first, so nothing of it is kept. */
export async function reject(d: DocumentItem, rejection: DocumentRejection, measuredSize: number) {
  await s3().send(new DeleteObjectCommand({ Bucket: config().DOCUMENTS_BUCKET, Key: d.key }));
  const result = await tryTransact((tx) => [
    tx.document
      .patch({ scopeId: d.scopeId, documentId: d.documentId })
      .set({ status: 'rejected', rejection, measuredSize })
      .where(({ status }, { eq }) => eq(status, 'pending'))
      .commit(),
    giveBackPlace(tx, d.scopeId),
  ]);
  if (result.canceled) logger.info('document no longer pending; rejection not recorded', { key: d.key });
  return !result.canceled;
}
