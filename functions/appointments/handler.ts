import { getUser } from '../accounts/index.ts';
import { TELECONSULTATION_TERMS_VERSION } from '../contract/api.ts';
import { auditStore } from '../core/audit-store.ts';
import { created, httpHandler, operation } from '../core/http.ts';
import { addDays, DEFAULT_TIME_ZONE, localDate } from '../core/time.ts';
import { prescriptionSummaries } from '../prescriptions/index.ts';
import { bookSlot, cancelByParty, updateByDoctor } from './booking.ts';
import { toConsentView } from './consents.ts';
import { listAppointments } from './lists.ts';
import { appointmentPapers } from './papers.ts';
import {
  appointmentParams,
  bookBody,
  cancelBody,
  createSlotsBody,
  listQuery,
  listSlotsQuery,
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
      return created(await createSlots(auth.userId, { ...body, timeZone }));
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
        consent: {
          basis: body.consent ? 'explicit' : 'implied',
          termsVersion: TELECONSULTATION_TERMS_VERSION,
          sourceIp,
          userAgent: headers['user-agent'] ?? '',
        },
        audit,
        dependantId: body.dependantId,
      });
      return created({ appointment: toAppointmentView(appointment, auth) });
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
      const papers = await appointmentPapers(appointment.appointmentId);
      const payment = papers.payment;
      return {
        prescriptions: prescriptionSummaries(papers.prescriptions, auth.userId),
        consents: papers.consents.map((c) => toConsentView(c, auth)),
        appointment: toAppointmentView(appointment, auth),
        payment: payment && {
          status: payment.status,
          amountPaise: payment.amountPaise,
          hasReceipt: payment.status === 'COMPLETED' || payment.status === 'REFUNDED',
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
});
