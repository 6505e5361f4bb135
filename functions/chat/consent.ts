/**
 * Consent to recording the consultation, asked in the room. The patient gives it; either party may
 * withdraw it at any time, and the doctor's recorder stops (the `recording.consent` frame), while the
 * recordings context refuses further chunks without it. What was recorded while consent stood is
 * transcribed as before. Every change is kept on the appointment (its record shows them) and, with the
 * caller's IP and browser, in the audit log, in the same transaction.
 *
 * Why explicit and withdrawable: India's DPDP Act 2023 §6 (consent must be specific and clear, and
 * withdrawing it as easy as giving it), and the TPG 2020 note that the consultation is the patient's
 * choice; a notice on screen records nothing.
 */
import { ulid } from 'ulid';
import { canJoin, toConsentView } from '../appointments/index.ts';
import type { ConsentView, PartyRole, RecordingConsent } from '../contract/api.ts';
import type { TransactionAudit } from '../core/audit.ts';
import type { AuthContext } from '../core/auth.ts';
import { type AppointmentItem, type ConsentItem, entities } from '../core/db/index.ts';
import { conflict, forbidden } from '../core/errors.ts';
import { transact } from '../core/transact.ts';
import { broadcast, peersOf } from './push.ts';

export const recordingConsentOf = (a: Pick<AppointmentItem, 'recordingConsent'>): RecordingConsent =>
  a.recordingConsent ?? 'pending';

/** The rule alone: who may say what, and when. Returns false when nothing would change. */
export function consentChanges(
  a: Pick<AppointmentItem, 'status' | 'startAt' | 'recordingEnabled' | 'recordingConsent'>,
  by: PartyRole,
  consent: 'given' | 'withdrawn',
  now: Date,
): boolean {
  if (consent === 'given' && by !== 'patient') throw forbidden('Only the patient can agree to recording.');
  if (a.status !== 'CONFIRMED' || !canJoin(a, now))
    throw conflict('Consent to recording is given in the room, during the consultation.', 'not_joinable');
  if (consent === 'given' && a.recordingEnabled === false)
    throw conflict('Recording is turned off for this consultation.', 'recording_disabled');
  return recordingConsentOf(a) !== consent;
}

export async function setRecordingConsent(
  a: AppointmentItem,
  caller: { auth: AuthContext; sourceIp: string; userAgent: string },
  consent: 'given' | 'withdrawn',
  audit: TransactionAudit,
  now = new Date(),
): Promise<{ recordingConsent: RecordingConsent; consent: ConsentView | null }> {
  const by: PartyRole = caller.auth.userId === a.doctorId ? 'doctor' : 'patient';
  if (!consentChanges(a, by, consent, now)) return { recordingConsent: recordingConsentOf(a), consent: null };
  const event: ConsentItem = {
    appointmentId: a.appointmentId,
    consentId: ulid(now.getTime()),
    kind: 'recording',
    action: consent,
    basis: 'explicit',
    userId: caller.auth.userId,
    role: by,
    at: now.toISOString(),
    sourceIp: caller.sourceIp,
    userAgent: caller.userAgent.slice(0, 512),
  };
  // A withdrawal lets each open recording send up the chunk being captured now (and the one a timeslice
  // boundary may start before the doctor's browser hears of it): recorded while consent stood.
  const open =
    consent === 'withdrawn'
      ? (
          await entities()
            .recording.query.byAppointment({ appointmentId: a.appointmentId })
            .go({ pages: 'all' })
        ).data.filter((r) => r.status === 'OPEN' && r.tailSeq === undefined)
      : [];
  await transact(
    (tx) => [
      ...open.map((r) =>
        tx.recording
          .patch({ appointmentId: r.appointmentId, recordingId: r.recordingId })
          .set({ tailSeq: r.nextSeq + 1 })
          .commit(),
      ),
      tx.appointment
        .patch({ appointmentId: a.appointmentId })
        .set({ recordingConsent: consent })
        // Guarded on what the rule was decided on, so two answers at once cannot both be recorded.
        .where(({ status, recordingConsent }, { eq, notExists }) =>
          a.recordingConsent
            ? `${eq(status, 'CONFIRMED')} AND ${eq(recordingConsent, a.recordingConsent)}`
            : `${eq(status, 'CONFIRMED')} AND ${notExists(recordingConsent)}`,
        )
        .commit(),
      tx.consent.create(event).commit(),
      ...audit.items(tx),
    ],
    'The consent to recording just changed. Please try again.',
  );
  await broadcast(await peersOf(a.appointmentId), {
    type: 'recording.consent',
    consent,
    by,
    at: event.at,
  });
  return { recordingConsent: consent, consent: toConsentView(event, caller.auth) };
}
