/**
 * The end of retention (retention.ts): the sweeper deletes the records of an erased account whose time
 * has come. Each retention item is deleted after its records, so a crash halfway leaves it due and the
 * next sweep deletes the rest.
 */
import { clientMessageMarker } from '../chat/index.ts';
import { entities } from '../core/db/index.ts';
import { purgeDocumentsOf } from '../documents/index.ts';

const PER_SWEEP = 25;

export async function purgeDue(now = new Date()) {
  const { data } = await entities()
    .retention.query.due({})
    .lte({ purgeAt: now.toISOString() })
    .go({ limit: PER_SWEEP });
  for (const r of data) {
    if (r.kind === 'consultation') await purgeConsultation(r.appointmentId);
    else await purgeTax(r.appointmentId);
    await entities().retention.delete(r).go();
  }
  return { purged: data.length };
}

/**
 * The appointment and everything of its visit: prescriptions, chat, consents, recordings, transcript,
 * markers, and the reports the patient shared (rows and files).
 */
async function purgeConsultation(appointmentId: string) {
  const e = entities();
  const all = { pages: 'all' } as const;
  const [prescriptions, messages, consents, recordings] = await Promise.all([
    e.prescription.query.byAppointment({ appointmentId }).go(all),
    e.chatMessage.query.byAppointment({ appointmentId }).go(all),
    e.consent.query.byAppointment({ appointmentId }).go(all),
    e.recording.query.byAppointment({ appointmentId }).go(all),
  ]);
  await purgeDocumentsOf(appointmentId);
  if (prescriptions.data.length) await e.prescription.delete(prescriptions.data).go();
  // The markers that kept a resent chat message and a second review out, by this visit's keys.
  const markers = [
    { namespace: 'testimonial', key: appointmentId },
    ...messages.data.flatMap((m) =>
      m.clientMsgId ? [clientMessageMarker(appointmentId, m.senderId, m.clientMsgId)] : [],
    ),
  ];
  await e.marker.delete(markers).go();
  if (messages.data.length) await e.chatMessage.delete(messages.data).go();
  if (consents.data.length) await e.consent.delete(consents.data).go();
  if (recordings.data.length) await e.recording.delete(recordings.data).go();
  await e.transcription.delete({ appointmentId }).go();
  await e.appointment.delete({ appointmentId }).go();
}

/** The payment and its GST receipt. */
async function purgeTax(appointmentId: string) {
  await entities().receipt.delete({ appointmentId }).go();
  await entities().payment.delete({ appointmentId }).go();
}
