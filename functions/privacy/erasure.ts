/**
 * Erasing a patient's account (DPDP Act 2023 s.12(3); issue 18). What goes: the profile (name, email,
 * phone, date of birth, sex, address), the family members, the patient's feedback, and the sign-in
 * (Cognito user, password, authenticator, refresh tokens). What stays, pseudonymised ("Patient 7F3A"
 * instead of the name; no date of birth, no IP address or browser): the consultation records a doctor
 * must keep and the GST records of payments, each until its retention ends (retention.ts), when the
 * sweeper purges them (purge.ts).
 *
 * Nothing is half-done for good: the request first marks the account (directory 'erasing', disabled,
 * with its audit event, in one transaction), which shuts it out everywhere at once. Every later step
 * is idempotent (a record already pseudonymised is left alone, a deleted one stays deleted), and the
 * user item goes last, so a crash anywhere leaves the mark, and the sweeper runs `finishErasure` again.
 */

import { confirmSignature, deleteSignIn, getUser, unindexUserLookup } from '../accounts/index.ts';
import { activeAppointmentsOf, JOIN_CLOSES_MINUTES_AFTER, removeSchedule } from '../appointments/index.ts';
import type { DocumentContentType, EraseAccountBody } from '../contract/api.ts';
import { mediaPrefix } from '../contract/routes.ts';
import type { TransactionAudit } from '../core/audit.ts';
import { type AppointmentItem, type DocumentItem, entities } from '../core/db/index.ts';
import { conflict } from '../core/errors.ts';
import { logger } from '../core/logger.ts';
import { tryTransact } from '../core/transact.ts';
import { unlistDoctor } from '../discovery/index.ts';
import { consultationPurgeAt, gstPurgeAt, pseudonymOf } from './retention.ts';

/** The gsi2 partition of accounts being erased: where the sweeper finds one a crash left unfinished. */
export const ERASING = 'erasing';

/**
 * Refused while the patient has a consultation booked or paid that has not ended (409
 * `upcoming_appointments`): they cancel it first, under the usual cancellation and refund rules, so
 * nobody is charged for, or kept waiting at, a visit that can no longer happen.
 */
export async function requestErasure(
  userId: string,
  signature: EraseAccountBody,
  audit: TransactionAudit,
  now = new Date(),
): Promise<void> {
  const user = await getUser(userId);
  await confirmSignature(user.email, signature.password, signature.code);
  const stillOpen = await activeAppointmentsOf(
    { userId, role: 'patient' },
    new Date(now.getTime() - JOIN_CLOSES_MINUTES_AFTER * 60_000),
  );
  if (stillOpen.length)
    throw conflict(
      'You have a consultation booked. Cancel it first, then delete your account.',
      'upcoming_appointments',
    );
  const marked = await tryTransact((tx) => [
    tx.user
      .patch({ userId })
      .set({ directory: ERASING, disabled: true, erasureRequestedAt: now.toISOString() })
      .where(({ directory }, { eq }) => eq(directory, 'patient'))
      .commit(),
    ...audit.items(tx),
  ]);
  if (marked.canceled) throw conflict('Your account just changed. Reload and try again.');
  try {
    await finishErasure(userId);
  } catch (error) {
    // The mark is committed and the account shut out; the sweeper finishes what this run could not.
    logger.warn('erasure left for the sweeper', { userId, error: error as Error });
  }
}

/**
 * Deletes a doctor's published photo file (functions/documents' deletePhotoOf). Passed in by the sweeper
 * only: a photo is a doctor's, and only the sweeper finishes a doctor's erasure (an operator marks it),
 * so the privacy function, which erases patients, carries no S3 client for it.
 */
export type PhotoDeleter = (user: { pictureUrl?: string }) => Promise<void>;

/** Carries out a marked erasure, or the rest of it. Does nothing for an account not marked (or gone). */
export async function finishErasure(userId: string, deletePhoto?: PhotoDeleter): Promise<void> {
  const { data: user } = await entities().user.get({ userId }).go();
  if (!user || user.directory !== ERASING) return;
  // The CDN serves a published photo to anyone: it goes too. Without a deleter, before anything else,
  // the erasure is left to the sweeper (the mark stays; see requestErasure).
  const hasPhoto = user.pictureUrl?.startsWith(`/${mediaPrefix}`) ?? false;
  if (hasPhoto && !deletePhoto) throw new Error('a published photo: the sweeper finishes this erasure');
  const { data: appointments } = await entities()
    .appointment.query.byPatient({ patientId: userId })
    .go({ pages: 'all' });
  for (const a of appointments) await keepPseudonymised(a);
  await removeDependants(userId);
  await removeFeedback(userId);
  await deleteSignIn(user.email);
  // Nothing may still find the person by name or number. A doctor's account (marked for erasure by
  // an operator; the self-service route is for patients) also leaves search (name tokens, facets) and
  // the daily schedule run; for a patient these find nothing to delete.
  await unindexUserLookup(userId);
  if (user.role === 'doctor') {
    await unlistDoctor(userId);
    await removeSchedule(userId);
  }
  if (hasPhoto) await deletePhoto?.(user);
  await entities().user.delete({ userId }).go();
}

/** Marked accounts whose erasure a crash interrupted (a run in progress takes far less than this). */
const UNFINISHED_AFTER_MS = 5 * 60_000;

/** For the sweeper: finishes the erasures left unfinished (a doctor's with their photo). */
export async function finishInterruptedErasures(now: Date, deletePhoto: PhotoDeleter) {
  const { data } = await entities().user.query.byDirectory({ directory: ERASING }).go({ limit: 10 });
  const due = data.filter(
    (u) => Date.parse(u.erasureRequestedAt ?? u.updatedAt) <= now.getTime() - UNFINISHED_AFTER_MS,
  );
  for (const u of due) await finishErasure(u.userId, deletePhoto);
  return { finished: due.length };
}

/**
 * One appointment's records, kept without the person: its purge dates first (so nothing kept is ever
 * without one), then the names (a family member gets a pseudonym of their own), the date of birth, and
 * the IP address and browser of the consents. Age and sex stay on the prescription, which TPG 2020
 * requires on it and which identify nobody.
 */
async function keepPseudonymised(a: AppointmentItem) {
  const { appointmentId } = a;
  const accountName = pseudonymOf(a.patientId);
  const treatedName = a.dependantId ? pseudonymOf(a.dependantId) : accountName;
  const [{ data: receipt }, { data: prescriptions }, { data: consents }, { data: documents }] =
    await Promise.all([
      entities().receipt.get({ appointmentId }).go(),
      entities().prescription.query.byAppointment({ appointmentId }).go({ pages: 'all' }),
      entities().consent.query.byAppointment({ appointmentId }).go({ pages: 'all' }),
      entities().document.query.byScope({ scopeId: appointmentId }).go({ pages: 'all' }),
    ]);

  await entities()
    .retention.put({ purgeAt: consultationPurgeAt(a.startAt), appointmentId, kind: 'consultation' })
    .go();
  if (receipt)
    await entities()
      .retention.put({ purgeAt: gstPurgeAt(receipt.paidAt), appointmentId, kind: 'tax' })
      .go();

  if (
    a.patientName !== accountName ||
    (a.treatedName ?? treatedName) !== treatedName ||
    a.treatedDateOfBirth
  ) {
    // The person treated is a snapshot (read-only to updates), so the item is written whole, guarded on
    // being the version read: a doctor's note saved meanwhile fails this run, and the next one redoes it.
    const { treatedDateOfBirth: _dateOfBirth, ...rest } = a;
    await entities()
      .appointment.put({ ...rest, patientName: accountName, ...(a.treatedName ? { treatedName } : {}) })
      .where(({ updatedAt }, { eq }) => eq(updatedAt, a.updatedAt))
      .go();
  }
  if (
    receipt &&
    (receipt.patientName !== accountName || (receipt.treatedName ?? treatedName) !== treatedName)
  )
    await entities()
      .receipt.patch({ appointmentId })
      .set({ patientName: accountName, ...(receipt.treatedName ? { treatedName } : {}) })
      .go();
  for (const p of prescriptions) {
    if (!p.patientSnapshot) continue;
    const snapshot = JSON.parse(p.patientSnapshot) as { name: string };
    if (snapshot.name === treatedName) continue;
    // The one change an issued prescription ever sees besides being superseded: the law's erasure.
    await entities()
      .prescription.patch({ appointmentId, version: p.version })
      .set({ patientSnapshot: JSON.stringify({ ...snapshot, name: treatedName }) })
      .go();
  }
  // The reports shared for the visit are kept with it (TPG 2020 §3.7.1: the reports and images used in
  // the consultation are part of its record), under a neutral name: a file name often holds a name.
  for (const d of documents) {
    const neutral = neutralFileName(d);
    if (d.fileName === neutral) continue;
    await entities()
      .document.put({ ...d, fileName: neutral })
      .go();
  }
  for (const c of consents) {
    if (c.userId !== a.patientId || (c.sourceIp === undefined && c.userAgent === undefined)) continue;
    // Consent events are read-only: written again whole, without where they came from.
    const { sourceIp: _ip, userAgent: _agent, ...kept } = c;
    await entities().consent.put(kept).go();
  }
}

/** "report-7f3a.pdf": the document's own random id, and its type. */
const EXTENSIONS: Record<DocumentContentType, string> = {
  'application/pdf': 'pdf',
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/heic': 'heic',
};
const neutralFileName = (d: DocumentItem) =>
  `report-${d.documentId.slice(-4).toLowerCase()}.${EXTENSIONS[d.contentType]}`;

async function removeDependants(userId: string) {
  const { data } = await entities().dependant.query.byUser({ userId }).go({ pages: 'all' });
  for (const d of data) await entities().dependant.delete({ userId, dependantId: d.dependantId }).go();
}

/** Feedback is the patient's own words under their name, not a record anyone must keep. */
async function removeFeedback(userId: string) {
  const { data } = await entities()
    .testimonial.query.all({})
    .where(({ patientId }, { eq }) => eq(patientId, userId))
    .go({ pages: 'all' });
  for (const t of data) await entities().testimonial.delete({ testimonialId: t.testimonialId }).go();
}
