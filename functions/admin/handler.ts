import * as z from 'zod';
import { doctorProfileBody, getUser, updateMeBody } from '../accounts/index.ts';
import {
  cancelAppointment,
  moderateRating,
  pendingRatings,
  toAppointmentView,
} from '../appointments/index.ts';
import {
  appointmentStatuses,
  directories,
  paymentStatuses,
  serviceIconNames,
  transcriptionStatuses,
} from '../contract/api.ts';
import { auditedActions } from '../contract/routes.ts';
import { auditStore } from '../core/audit-store.ts';
import { config } from '../core/config.ts';
import { INVALID_CURSOR, isWellFormedCursor } from '../core/cursor.ts';
import { entities } from '../core/db/index.ts';
import { conflict, notFound } from '../core/errors.ts';
import { created, httpHandler, operation, Reply } from '../core/http.ts';
import { lazy } from '../core/lazy.ts';
import { paymentFor } from '../payments/index.ts';
import { startTranscription } from '../recordings/index.ts';
import { exportAudit, listAudit } from './audit.ts';
import * as content from './content.ts';
import {
  listAppointments,
  listContactMessages,
  listPayments,
  listTranscriptions,
  listUsers,
} from './lists.ts';
import { editProfile, findAccounts, setFeatured } from './profiles.ts';
import { dashboard } from './stats.ts';
import { setDisabled, userDetail } from './users.ts';
import { decideVerification } from './verification.ts';

// Schemas are built on the first request that uses them (`lazy`, functions/core/http.ts).
const page = lazy(() => ({
  cursor: z.string().max(4000).refine(isWellFormedCursor, INVALID_CURSOR).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(25),
}));
const contentId = lazy(() => z.string().regex(/^[0-9A-HJKMNP-TV-Z]{26}$/, 'Not a valid id.'));
const serviceParams = lazy(() => z.object({ serviceId: contentId() }));
const tipParams = lazy(() => z.object({ tipId: contentId() }));
const testimonialParams = lazy(() => z.object({ testimonialId: contentId() }));
const userParams = lazy(() => z.object({ userId: z.uuid() }));
const appointmentParams = lazy(() => z.object({ appointmentId: z.uuid() }));
const isoInstant = lazy(() =>
  z.iso.datetime({
    offset: true,
    error: 'Use an ISO date-time, e.g. 2026-12-01T00:00:00Z.',
  }),
);
const CHOOSE_ACTION = 'Choose one of the audited actions.';
const auditFilters = lazy(() => ({
  actorId: z.uuid().optional(),
  // Record ids, and the names list pages and exports are recorded under (e.g. directory=patient).
  subjectId: z
    .string()
    .regex(/^[\x21-\x7e]{1,300}$/, 'Give a record id, e.g. a user or appointment id.')
    .optional(),
  // Any string in the contract; one the route table does not audit is refused here.
  action: z
    .string({ error: CHOOSE_ACTION })
    .pipe(z.enum(auditedActions, { error: CHOOSE_ACTION }))
    .optional(),
  from: isoInstant().optional(),
  to: isoInstant().optional(),
}));
/** The ids a list page showed, for its audit event. */
const idsOf = (items: { id?: string; appointmentId?: string }[]) =>
  `ids=${items.map((i) => i.id ?? i.appointmentId).join(',')}`;

/** A text's optional Hindi version: the English one's bounds, or '' (none: the English is shown). */
const hindiVersion = (min: number, max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .refine((s) => s === '' || s.length >= min, `Write at least ${min} characters, or leave it empty.`);

const serviceBody = lazy(() =>
  z
    .object({
      name: z.string().trim().min(2).max(80),
      description: z.string().trim().min(5).max(300),
      nameHi: hindiVersion(2, 80),
      descriptionHi: hindiVersion(5, 300),
      icon: z.enum(serviceIconNames, { error: `Choose one of: ${serviceIconNames.join(', ')}.` }),
      active: z.boolean(),
    })
    .strict(),
);
/** An https image link (browsers show it on the public pages), or '' for none. */
const imageLink = lazy(() =>
  z.union([
    z.literal(''),
    z
      .string()
      .trim()
      .max(500, 'That link is too long.')
      .pipe(z.url({ protocol: /^https$/, error: 'Use an https:// image link.' })),
  ]),
);
const testimonialBody = lazy(() =>
  z
    .object({
      name: z.string().trim().min(2, 'Give the name shown with it.').max(80),
      content: z.string().trim().min(10, 'Write at least 10 characters.').max(1000),
      rating: z.number().int().min(1).max(5),
      imageUrl: imageLink().optional(),
      featured: z.boolean().optional(),
    })
    .strict(),
);
/** The self-service profile rules (both forms), so an admin's edit can store nothing a person could not. */
const adminUserBody = lazy(() =>
  updateMeBody()
    .extend(doctorProfileBody().shape)
    .strict()
    .refine((b) => Object.keys(b).length > 0, 'Send at least one field to change.'),
);

const tipBody = lazy(() =>
  z
    .object({
      title: z.string().trim().min(3).max(120),
      content: z.string().trim().min(10).max(10_000),
      titleHi: hindiVersion(3, 120),
      contentHi: hindiVersion(10, 10_000),
      imageUrl: z.union([
        z.literal(''),
        z.url({ protocol: /^https$/, error: 'Use an https:// image link.' }),
      ]),
      featured: z.boolean(),
    })
    .strict(),
);

export const handler = httpHandler('admin', auditStore, {
  adminStats: operation({ run: async () => dashboard() }),

  adminListUsers: operation({
    query: () => z.object({ directory: z.enum(directories).default('patient'), ...page() }),
    run: async ({ query, audit }) => {
      const result = await listUsers(query);
      audit.about(`directory=${query.directory}`).note(idsOf(result.users));
      return result;
    },
  }),
  adminGetUser: operation({
    params: userParams,
    run: async ({ auth, params }) => userDetail(auth, params.userId),
  }),
  adminSetUserStatus: operation({
    params: userParams,
    body: () =>
      z
        .object({
          disabled: z.boolean(),
          cancelAppointments: z.boolean().optional(),
          reason: z.string().trim().max(500, 'Keep the reason under 500 characters.').optional(),
        })
        .strict()
        .refine((b) => b.disabled || !b.cancelAppointments, {
          message: 'Appointments are cancelled only when disabling an account.',
          path: ['cancelAppointments'],
        }),
    run: async ({ auth, params, body, audit }) => {
      const result = await setDisabled(auth, params.userId, body);
      // One event for the request; the appointments it cancelled are named in it.
      const cancelled = result.cancelled.map((a) => a.id);
      audit.note(
        body.disabled
          ? `disabled${cancelled.length ? `; cancelled appointments ${cancelled.join(', ')}` : ''}`
          : 'enabled',
      );
      return result;
    },
  }),
  adminFindUsers: operation({
    query: () =>
      z.object({
        q: z.string().trim().min(2, 'Type at least 2 characters of a name, email or phone.').max(254),
        ...page(),
      }),
    run: async ({ query, audit }) => {
      const result = await findAccounts(query);
      audit.about('search').note(`q=${query.q}; ${idsOf(result.users)}`);
      return result;
    },
  }),
  adminUpdateUser: operation({
    params: userParams,
    body: adminUserBody,
    run: async ({ params, body, audit }) => editProfile(params.userId, body, audit),
  }),
  adminSetDoctorFeatured: operation({
    params: userParams,
    body: () => z.object({ featured: z.boolean({ error: 'Send featured: true or false.' }) }).strict(),
    run: async ({ params, body, audit }) => {
      audit.note(`featured=${body.featured}`);
      return setFeatured(params.userId, body.featured);
    },
  }),
  adminDecideVerification: operation({
    params: userParams,
    body: () =>
      z
        .object({ decision: z.enum(['verify', 'reject']), note: z.string().trim().max(1000).optional() })
        .strict(),
    run: async ({ params, body, audit }) => {
      audit.note(`decision=${body.decision}${body.note ? `; note=${body.note}` : ''}`);
      return decideVerification(params.userId, body.decision, body.note, { audit });
    },
  }),

  adminListAppointments: operation({
    query: () =>
      z.object({
        status: z.enum(appointmentStatuses).default('CONFIRMED'),
        from: isoInstant().optional(),
        to: isoInstant().optional(),
        ...page(),
      }),
    run: async ({ auth, query, audit }) => {
      const result = await listAppointments(auth, query);
      audit.about(`status=${query.status}`).note(idsOf(result.appointments));
      return result;
    },
  }),
  adminGetAppointment: operation({
    params: appointmentParams,
    run: async ({ auth, params }) => {
      const [{ data: a }, payment, { data: transcription }] = await Promise.all([
        entities().appointment.get({ appointmentId: params.appointmentId }).go(),
        paymentFor(params.appointmentId),
        entities().transcription.get({ appointmentId: params.appointmentId }).go(),
      ]);
      if (!a) throw notFound('Appointment not found.');
      return {
        appointment: toAppointmentView(a, auth),
        payment: payment && {
          status: payment.status,
          amountPaise: payment.amountPaise,
          refundPaise: payment.refundPaise ?? null,
          orderId: payment.orderId,
        },
        // Status only: an admin does not read transcripts (audited party access only).
        transcription: transcription && { status: transcription.status, error: transcription.error ?? null },
      };
    },
  }),
  adminCancelAppointment: operation({
    params: appointmentParams,
    body: () =>
      z.object({ reason: z.string().trim().min(3, 'Give a reason; both parties see it.').max(500) }).strict(),
    run: async ({ auth, params, body, audit }) => {
      const { data: a } = await entities().appointment.get({ appointmentId: params.appointmentId }).go();
      if (!a) throw notFound('Appointment not found.');
      if (a.status !== 'REQUESTED' && a.status !== 'CONFIRMED')
        throw conflict(`A ${a.status} appointment cannot be cancelled.`, 'not_cancellable');
      audit.note(`was=${a.status}; reason=${body.reason}`);
      const cancelled = await cancelAppointment(
        a,
        { userId: auth.userId, role: 'admin' },
        body.reason,
        new Date(),
        { audit },
      );
      if (!cancelled) throw conflict('This appointment just changed. Reload and try again.');
      return { appointment: toAppointmentView(cancelled, auth) };
    },
  }),

  adminListPayments: operation({
    query: () =>
      z.object({
        status: z.enum(paymentStatuses).default('COMPLETED'),
        ...page(),
      }),
    run: async ({ query, audit }) => {
      const result = await listPayments(query);
      audit.about(`status=${query.status}`).note(idsOf(result.payments));
      return result;
    },
  }),

  adminListServices: operation({ run: async () => content.adminServices() }),
  adminCreateService: operation({
    body: () => serviceBody().partial({ active: true, nameHi: true, descriptionHi: true }),
    run: async ({ body, audit }) => {
      const result = await content.createService(body);
      audit.about(result.service.id).note(`name=${result.service.name}`);
      return created(result);
    },
  }),
  adminUpdateService: operation({
    params: serviceParams,
    body: () => serviceBody().partial(),
    run: async ({ params, body, audit }) => {
      audit.note(`fields=${Object.keys(body).join(',')}`);
      return content.updateService(params.serviceId, body);
    },
  }),
  adminDeleteService: operation({
    params: serviceParams,
    run: async ({ params }) => content.deleteService(params.serviceId),
  }),
  adminReorderServices: operation({
    body: () =>
      z
        .object({
          ids: z
            .array(z.string().regex(/^[0-9A-HJKMNP-TV-Z]{26}$/))
            .min(1)
            .max(99),
        })
        .strict(),
    run: async ({ body, audit }) => {
      audit.about('order').note(`ids=${body.ids.join(',')}`);
      return content.reorderServices(body.ids, audit);
    },
  }),

  adminListHealthTips: operation({ run: async () => content.adminTips() }),
  adminCreateHealthTip: operation({
    body: () => tipBody().partial({ imageUrl: true, featured: true, titleHi: true, contentHi: true }),
    run: async ({ auth, body, audit }) => {
      const admin = await getUser(auth.userId);
      const result = await content.createTip(
        { userId: auth.userId, name: `${admin.firstName} ${admin.lastName}` },
        body,
      );
      audit.about(result.healthTip.id).note(`title=${result.healthTip.title}`);
      return created(result);
    },
  }),
  adminUpdateHealthTip: operation({
    params: tipParams,
    body: () => tipBody().partial(),
    run: async ({ params, body, audit }) => {
      audit.note(`fields=${Object.keys(body).join(',')}`);
      return content.updateTip(params.tipId, body);
    },
  }),
  adminDeleteHealthTip: operation({
    params: tipParams,
    run: async ({ params }) => content.deleteTip(params.tipId),
  }),

  adminListRatings: operation({
    query: () => z.object(page()),
    run: async ({ query, audit }) => {
      const result = await pendingRatings(query);
      audit.about('moderation=pending').note(idsOf(result.ratings));
      return result;
    },
  }),
  adminModerateRating: operation({
    params: () => z.object({ ratingId: contentId() }),
    body: () =>
      z
        .object({
          decision: z.enum(['approve', 'reject'], { error: 'Choose approve or reject.' }),
          revision: z.number({ error: 'Send the revision you read.' }).int().min(1),
        })
        .strict(),
    run: async ({ auth, params, body, audit }) => {
      audit.note(`decision=${body.decision}; revision=${body.revision}`);
      return moderateRating(params.ratingId, body.decision, body.revision, auth.userId);
    },
  }),
  adminListTestimonials: operation({
    query: () => z.object({ state: z.enum(['pending', 'approved']).default('pending') }),
    run: async ({ query, audit }) => {
      const result = await content.adminTestimonials(query.state);
      audit.about(`state=${query.state}`).note(idsOf(result.testimonials));
      return result;
    },
  }),
  adminCreateTestimonial: operation({
    body: testimonialBody,
    run: async ({ body, audit }) => {
      const result = await content.createTestimonial(body);
      audit
        .about(result.testimonial.id)
        .note(`name=${body.name}; approved=true; featured=${body.featured ?? false}`);
      return created(result);
    },
  }),
  adminModerateTestimonial: operation({
    params: testimonialParams,
    body: () =>
      z
        .object({
          approved: z.boolean().optional(),
          featured: z.boolean().optional(),
          imageUrl: imageLink().optional(),
        })
        .strict()
        .refine(
          (b) => b.approved !== undefined || b.featured !== undefined || b.imageUrl !== undefined,
          'Send approved, featured and/or imageUrl.',
        ),
    run: async ({ params, body, audit }) => {
      audit.note(
        Object.entries(body)
          .map(([k, v]) => `${k}=${v}`)
          .join('; '),
      );
      return content.moderateTestimonial(params.testimonialId, body);
    },
  }),
  adminDeleteTestimonial: operation({
    params: testimonialParams,
    run: async ({ params }) => content.deleteTestimonial(params.testimonialId),
  }),

  adminListContactMessages: operation({
    query: () => z.object(page()),
    run: async ({ query, audit }) => {
      const result = await listContactMessages(query);
      audit.about('all').note(idsOf(result.messages));
      return result;
    },
  }),

  adminListTranscriptions: operation({
    query: () =>
      z.object({
        status: z.enum(transcriptionStatuses).default('FAILED'),
        ...page(),
      }),
    run: async ({ query }) => listTranscriptions(query),
  }),
  adminRetryTranscription: operation({
    params: appointmentParams,
    run: async ({ params }) => {
      const { data: t } = await entities().transcription.get({ appointmentId: params.appointmentId }).go();
      if (!t) throw notFound('Transcription not found.');
      if (t.status !== 'FAILED') throw conflict('Only a failed transcription can be retried.', 'not_failed');
      await entities()
        .transcription.patch({ appointmentId: t.appointmentId })
        .set({ status: 'PENDING' })
        .where(({ status }, { eq }) => eq(status, 'FAILED'))
        .go();
      // A new execution of the same state machine, under a new name (names are unique for 90 days).
      const started = await startTranscription(
        t.appointmentId,
        t.recordingId,
        config().RECORDINGS_BUCKET,
        `retry-${Date.now()}`,
      );
      return { retried: started.started, execution: started.name };
    },
  }),

  adminAuditLog: operation({
    query: () => z.object({ ...auditFilters(), ...page() }),
    run: async ({ query }) => listAudit(query),
  }),
  adminExportAudit: operation({
    query: () => z.object(auditFilters()),
    run: async ({ query, audit }) => {
      const file = await exportAudit(query);
      audit.about(file.filter).note(`rows=${file.rows}${file.truncated ? '; truncated' : ''}`);
      const stamp = new Date().toISOString().slice(0, 16).replace(':', '');
      return new Reply(200, undefined, {
        binary: Buffer.from(file.csv, 'utf8'),
        headers: {
          'content-type': 'text/csv; charset=utf-8',
          'content-disposition': `attachment; filename="chikitsa360-audit-${stamp}.csv"`,
        },
      });
    },
  }),
});
