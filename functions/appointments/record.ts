/**
 * The record of one visit (issue 18): everything about an appointment as one list of typed events in
 * time order, for its two parties. `recordEvents` is a plain function of what was read, and decides
 * what each party sees, as toAppointmentView decides `actions`; a new kind of record is one more
 * source and one more case.
 *
 * What each party sees is what they see elsewhere today: both see the booking, consents, payment,
 * chat, transcript status, notes (shown to both on the appointment page) and issued prescriptions; only
 * the doctor sees an unissued draft (the patient never sees a draft); the source IP of a consent only
 * the one who gave it (as toConsentView decides). The transcript's text stays on its own page, whose every
 * read is audited as `transcript.read`: the record links to it. Likewise a shared report: the record
 * says when it was shared (checked files only, as the doctor's list shows them) and links to the
 * appointment's "Reports and images", where each opening is audited as `document.read`.
 */
import { type ConsentView, type PartyRole, paidStatuses, type RecordEvent } from '../contract/api.ts';
import type { AuthContext } from '../core/auth.ts';
import {
  type AppointmentItem,
  type ChatMessageItem,
  type DocumentItem,
  entities,
  type PaymentItem,
  type PrescriptionItem,
  type TranscriptionItem,
} from '../core/db/index.ts';
import { toPrescriptionSummary, visibleTo } from '../prescriptions/index.ts';
import { toConsentView } from './consents.ts';
import { liveFollowUp } from './follow-up.ts';
import { appointmentPapers } from './papers.ts';

export interface RecordSources {
  appointment: AppointmentItem;
  consents: ConsentView[];
  payment: PaymentItem | null;
  messages: ChatMessageItem[];
  transcription: TranscriptionItem | null;
  prescriptions: PrescriptionItem[];
  /** The reports the patient shared (the documents context's rows, scoped to the appointment). */
  documents: DocumentItem[];
  /** The appointment this one follows up, and this one's own live follow-up. */
  original: AppointmentItem | null;
  followUp: AppointmentItem | null;
}

/** Reads every source of the record (each one Query or GetItem, in parallel). */
export async function readRecord(a: AppointmentItem, viewer: AuthContext): Promise<RecordSources> {
  const db = entities();
  const [papers, messages, transcription, documents, original, followUpId] = await Promise.all([
    appointmentPapers(a.appointmentId),
    // The whole chat: a consultation's messages are few, and the room's closing does not hide them.
    db.chatMessage.query
      .byAppointment({ appointmentId: a.appointmentId })
      .go({ pages: 'all' })
      .then((r) => r.data),
    db.transcription
      .get({ appointmentId: a.appointmentId })
      .go()
      .then((r) => r.data),
    // The rows only: the documents context's module would bring the S3 client into this bundle.
    db.document.query
      .byScope({ scopeId: a.appointmentId })
      .go({ pages: 'all' })
      .then((r) => r.data),
    a.followUpOf ? appointmentById(a.followUpOf) : null,
    liveFollowUp(a.appointmentId),
  ]);
  return {
    appointment: a,
    consents: papers.consents.map((c) => toConsentView(c, viewer)),
    payment: papers.payment,
    messages,
    transcription,
    prescriptions: papers.prescriptions,
    documents,
    original,
    followUp: followUpId ? await appointmentById(followUpId) : null,
  };
}

const appointmentById = (appointmentId: string) =>
  entities()
    .appointment.get({ appointmentId })
    .go()
    .then((r) => r.data);

/** The events of the record, oldest first, as `viewer` may see them. */
export function recordEvents(s: RecordSources, viewer: AuthContext): RecordEvent[] {
  const a = s.appointment;
  const roleOf = (userId: string): PartyRole | 'system' | 'admin' =>
    userId === a.patientId
      ? 'patient'
      : userId === a.doctorId
        ? 'doctor'
        : userId === 'system'
          ? 'system'
          : 'admin';
  const events: RecordEvent[] = [
    {
      kind: 'booked',
      at: a.createdAt,
      by: a.patientName,
      treatedName: a.treatedName ?? a.patientName,
      reason: a.reason,
      feePaise: a.feePaise,
    },
    ...s.consents.map((consent): RecordEvent => ({ kind: 'consent', at: consent.at, consent })),
    {
      kind: 'consultation',
      at: a.startAt,
      endAt: a.endAt,
      status: a.status,
    },
  ];
  if (s.original)
    events.push({
      kind: 'followUpOf',
      at: a.createdAt,
      appointmentId: s.original.appointmentId,
      startAt: s.original.startAt,
    });
  const p = s.payment;
  if (p?.paidAt)
    events.push({
      kind: 'payment',
      at: p.paidAt,
      amountPaise: p.amountPaise,
      status: p.status,
      hasReceipt: paidStatuses.includes(p.status),
    });
  if (p?.refundPaise && (p.refundedAt || p.refundRequestedAt))
    events.push({
      kind: 'refund',
      at: (p.refundedAt ?? p.refundRequestedAt) as string,
      refundPaise: p.refundPaise,
    });
  if (a.status === 'CANCELLED')
    events.push({
      kind: 'cancelled',
      at: a.updatedAt,
      by: roleOf(a.cancelledBy ?? 'system'),
      reason: a.cancelReason ?? '',
    });
  for (const d of s.documents)
    if (d.status === 'ready')
      events.push({ kind: 'document', at: d.createdAt, fileName: d.fileName, contentType: d.contentType });
  for (const m of s.messages)
    events.push({ kind: 'chat', at: m.createdAt, from: m.senderRole, text: m.text });
  if (s.transcription)
    events.push({ kind: 'transcript', at: s.transcription.updatedAt, status: s.transcription.status });
  // Notes carry no time of their own: they belong to the consultation, so they follow its end.
  if (a.notes) events.push({ kind: 'notes', at: a.endAt, text: a.notes });
  for (const version of visibleTo(s.prescriptions, viewer.userId))
    events.push({
      kind: 'prescription',
      at: version.issuedAt ?? version.updatedAt,
      prescription: toPrescriptionSummary(version),
    });
  if (s.followUp)
    events.push({
      kind: 'followUpBooked',
      at: s.followUp.createdAt,
      appointmentId: s.followUp.appointmentId,
      startAt: s.followUp.startAt,
      status: s.followUp.status,
    });
  // A stable sort: events at the same instant keep the order they were added in (booking, consent, …).
  return events.sort((x, y) => (x.at < y.at ? -1 : x.at > y.at ? 1 : 0));
}
