import { getUser } from '../accounts/index.ts';
import { paidStatuses, TELECONSULTATION_TERMS_VERSION } from '../contract/api.ts';
import { auditStore } from '../core/audit-store.ts';
import { appointmentIcs } from '../core/calendar.ts';
import { entities } from '../core/db/index.ts';
import { created, httpHandler, operation, Reply } from '../core/http.ts';
import { localeOf } from '../core/i18n.ts';
import { addDays, DEFAULT_TIME_ZONE, localDate } from '../core/time.ts';
import { prescriptionSummaries } from '../prescriptions/index.ts';
import { type BookingConsent, bookSlot, cancelByParty, updateByDoctor } from './booking.ts';
import { toConsentView } from './consents.ts';
import { followUpOffer, liveFollowUp, offersFollowUp } from './follow-up.ts';
import { listAppointments } from './lists.ts';
import { appointmentPapers } from './papers.ts';
import { myRating, rateAppointment, replyToRating } from './ratings.ts';
import { readRecord, recordEvents } from './record.ts';
import { rescheduleAppointment } from './reschedule.ts';
import { getSchedule, publishDays, saveSchedule } from './schedule.ts';
import {
  appointmentParams,
  bookBody,
  cancelBody,
  createSlotsBody,
  followUpBody,
  listQuery,
  listSlotsQuery,
  ratingBody,
  ratingParams,
  replyBody,
  rescheduleBody,
  scheduleBody,
  slotParams,
  updateBody,
} from './schemas.ts';
import { createSlots, deleteSlot, listDoctorSlots } from './slots.ts';
import { toAppointmentView } from './views.ts';

export const handler = httpHandler('appointments', auditStore, {
  listMySlots: operation({
    query: listSlotsQuery,
    run: async ({ auth, query }) => {
      const tz = query.tz ?? (await getUser(auth.userId)).timeZone ?? DEFAULT_TIME_ZONE;
      const from = query.from ?? localDate(new Date(), tz);
      return listDoctorSlots(auth.userId, from, query.to ?? addDays(from, 13), tz);
    },
  }),
  createSlots: operation({
    body: createSlotsBody,
    run: async ({ auth, body }) => {
      const timeZone = body.timeZone ?? (await getUser(auth.userId)).timeZone ?? DEFAULT_TIME_ZONE;
      const result = await createSlots(auth.userId, { ...body, timeZone });
      // Nothing new (every slot overlapped one already there): 200 with the list of what was skipped.
      return result.created ? created(result) : result;
    },
  }),
  getSchedule: operation({
    run: async ({ auth }) => ({ schedule: await getSchedule(auth.userId), publishDays: publishDays() }),
  }),
  saveSchedule: operation({
    body: scheduleBody,
    run: async ({ auth, body }) => {
      const timeZone = body.timeZone ?? (await getUser(auth.userId)).timeZone ?? DEFAULT_TIME_ZONE;
      const saved = await saveSchedule(auth.userId, { ...body, timeZone });
      return { ...saved, publishDays: publishDays() };
    },
  }),
  deleteSlot: operation({
    params: slotParams,
    run: async ({ auth, params }) => deleteSlot(auth.userId, params.slotId),
  }),
  book: operation({
    body: bookBody,
    run: async ({ auth, body, sourceIp, headers, audit }) => {
      const appointment = await bookSlot(auth.userId, body.slotId, body.reason, new Date(), {
        consent: bookingConsent(body, sourceIp, headers),
        audit,
        dependantId: body.dependantId,
      });
      return created({ appointment: toAppointmentView(appointment, auth) });
    },
  }),
  bookFollowUp: operation({
    params: appointmentParams,
    body: followUpBody,
    run: async ({ auth, appointment, body, sourceIp, headers, audit }) => {
      // The follow-up is for the person the original treated, with the original's doctor. The event
      // names the new appointment (bookSlot) and says which it follows.
      audit.note(`followUpOf=${appointment.appointmentId}`);
      const followUp = await bookSlot(auth.userId, body.slotId, body.reason, new Date(), {
        consent: bookingConsent(body, sourceIp, headers),
        audit,
        dependantId: appointment.dependantId,
        followUpOf: appointment,
      });
      return created({ appointment: toAppointmentView(followUp, auth) });
    },
  }),
  getMyRating: operation({
    params: appointmentParams,
    run: async ({ appointment }) => myRating(appointment, new Date()),
  }),
  rateAppointment: operation({
    params: appointmentParams,
    body: ratingBody,
    run: async ({ auth, appointment, body }) => rateAppointment(appointment, auth.userId, body, new Date()),
  }),
  replyToRating: operation({
    params: ratingParams,
    body: replyBody,
    run: async ({ auth, params, body }) => replyToRating(auth.userId, params.ratingId, body.text, new Date()),
  }),
  getRecord: operation({
    params: appointmentParams,
    run: async ({ auth, appointment, audit }) => {
      const events = recordEvents(await readRecord(appointment, auth), auth);
      audit.note(`kinds=${[...new Set(events.map((e) => e.kind))].join(',')}`);
      return { appointment: toAppointmentView(appointment, auth), events };
    },
  }),
  listAppointments: operation({
    query: listQuery,
    run: async ({ auth, query, audit }) => {
      const page = await listAppointments(auth, query);
      // Whose list, and which appointments it showed (a doctor's list shows patients' reasons).
      audit
        .about(auth.userId)
        .note(`scope=${query.scope}; ids=${page.appointments.map((a) => a.id).join(',')}`);
      return page;
    },
  }),
  getAppointment: operation({
    params: appointmentParams,
    run: async ({ auth, appointment }) => {
      // The papers are one Query; the doctor's follow-up terms and the follow-up's marker are read only
      // for an appointment that can have a follow-up (a fresh hold, the hot case, stays at 2 reads).
      const [papers, doctor, liveId, original] = await Promise.all([
        appointmentPapers(appointment.appointmentId),
        offersFollowUp(appointment) ? getUser(appointment.doctorId) : null,
        appointment.status === 'COMPLETED' ? liveFollowUp(appointment.appointmentId) : null,
        appointment.followUpOf ? originalOf(appointment.followUpOf, auth.userId) : null,
      ]);
      const payment = papers.payment;
      return {
        prescriptions: prescriptionSummaries(papers.prescriptions, auth.userId),
        consents: papers.consents.map((c) => toConsentView(c, auth)),
        followUp: doctor && followUpOffer(appointment, doctor, liveId, auth, new Date()),
        original,
        appointment: toAppointmentView(appointment, auth),
        payment: payment && {
          status: payment.status,
          amountPaise: payment.amountPaise,
          hasReceipt: paidStatuses.includes(payment.status),
          refundPaise: payment.refundPaise ?? null,
          failureReason: payment.failureReason ?? null,
        },
      };
    },
  }),
  updateAppointment: operation({
    params: appointmentParams,
    body: updateBody,
    run: async ({ auth, appointment, body, audit }) => {
      audit.note(`fields=${Object.keys(body).join(',')}`);
      return {
        appointment: toAppointmentView(await updateByDoctor(appointment, body, new Date(), audit), auth),
      };
    },
  }),
  cancelAppointment: operation({
    params: appointmentParams,
    body: cancelBody,
    run: async ({ auth, appointment, body, audit }) => ({
      appointment: toAppointmentView(
        await cancelByParty(appointment, auth, body.reason, new Date(), audit),
        auth,
      ),
    }),
  }),
  rescheduleAppointment: operation({
    params: appointmentParams,
    body: rescheduleBody,
    run: async ({ auth, appointment, body, audit }) => {
      audit.note(`from=${appointment.startAt}; slot=${body.slotId}`);
      return {
        appointment: toAppointmentView(
          await rescheduleAppointment(appointment, auth, body.slotId, new Date(), audit),
          auth,
        ),
      };
    },
  }),
  getAppointmentCalendar: operation({
    params: appointmentParams,
    run: async ({ auth, appointment }) => {
      // A file to import (METHOD:PUBLISH) in the caller's language; a cancelled one says so, so an
      // import after cancelling removes the event instead of adding it.
      const caller = await getUser(auth.userId);
      const method = appointment.status === 'CANCELLED' ? 'CANCEL' : 'PUBLISH';
      const file = appointmentIcs(appointment, caller, localeOf(caller), method);
      return new Reply(200, undefined, {
        binary: new TextEncoder().encode(file),
        headers: {
          'content-type': 'text/calendar; charset=utf-8',
          'content-disposition': `attachment; filename="appointment-${appointment.appointmentId.slice(0, 8)}.ics"`,
        },
      });
    },
  }),
});

function bookingConsent(
  body: { consent?: unknown },
  sourceIp: string,
  headers: Record<string, string | undefined>,
): BookingConsent {
  return {
    basis: body.consent ? 'explicit' : 'implied',
    termsVersion: TELECONSULTATION_TERMS_VERSION,
    sourceIp,
    userAgent: headers['user-agent'] ?? '',
  };
}

/** A follow-up's original, beside it: when it was, why, and its prescriptions (the same two parties). */
async function originalOf(appointmentId: string, viewerId: string) {
  const [{ data: a }, papers] = await Promise.all([
    entities().appointment.get({ appointmentId }).go(),
    appointmentPapers(appointmentId),
  ]);
  if (!a) return null;
  const prescriptions = prescriptionSummaries(papers.prescriptions, viewerId);
  return {
    id: a.appointmentId,
    startAt: a.startAt,
    timeZone: a.timeZone,
    reason: a.reason,
    prescriptions: prescriptions.filter((p) => p.status !== 'DRAFT'),
  };
}
