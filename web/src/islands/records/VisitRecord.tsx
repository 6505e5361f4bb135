/**
 * /appointments/record/?id=: the record of one visit (issue 18), for either party: the server's typed
 * events (functions/appointments/record.ts decides what each party sees), oldest first, each at its
 * time in the viewer's zone. A new kind of event is one more case in `describe`.
 */
import type { ComponentChildren } from 'preact';
import type { VisitRecord as RecordData, RecordEvent } from '../../../../functions/contract/api.ts';
import { Icon } from '../../components/Icon.tsx';
import { BackLink, PageHero } from '../../components/PageHero.tsx';
import { Protected } from '../../components/Protected.tsx';
import { EmptyState, ErrorState, Region, SkeletonLines, useRegion } from '../../components/States.tsx';
import { api } from '../../lib/client.ts';
import { formatInr } from '../../lib/format.ts';
import { formatDateTime, localAppointment } from '../../lib/format-app.ts';
import type { IconShapes } from '../../lib/icons/index.ts';
import * as I from '../../lib/icons/index.ts';
import { appointmentHref, pageHref, pageIdParam, receiptHref } from '../../lib/links.ts';
import type { Me } from '../../lib/session.ts';
import { formatLongDate, formatTimeRange, viewerZone } from '../../lib/zoned.ts';
import { m } from '../../paraglide/messages.js';
import { PrescriptionPdfLink } from '../appointment/FollowUp.tsx';

const STATUS: Record<string, () => string> = {
  REQUESTED: () => m.record_status_requested(),
  CONFIRMED: () => m.record_status_confirmed(),
  COMPLETED: () => m.record_status_completed(),
  CANCELLED: () => m.record_status_cancelled(),
  NO_SHOW: () => m.record_status_no_show(),
};

const link = (href: string, text: string, testid: string) => (
  <a href={href} class="font-semibold text-brand-700 underline-offset-2 hover:underline" data-testid={testid}>
    {text}
  </a>
);

/** What an event says, and its icon. */
function describe(
  e: RecordEvent,
  r: RecordData,
  zone: string,
): { icon: IconShapes; title: string; body?: ComponentChildren } {
  const id = r.appointment.id;
  switch (e.kind) {
    case 'booked':
      return {
        icon: I.calendar,
        title: m.record_booked({ name: e.by }),
        body: `${m.record_for({ name: e.treatedName })} · ${e.reason}`,
      };
    case 'consent':
      return {
        icon: I.shieldCheck,
        title:
          e.consent.kind === 'teleconsultation'
            ? e.consent.basis === 'explicit'
              ? m.consent_explicit()
              : m.consent_implied()
            : e.consent.action === 'given'
              ? m.record_recording_given()
              : m.record_recording_withdrawn(),
      };
    case 'payment':
      return {
        icon: I.indianRupee,
        title: m.record_paid({ amount: formatInr(e.amountPaise) }),
        body: e.hasReceipt ? link(receiptHref(id), m.pay_view_receipt(), 'record-receipt') : undefined,
      };
    case 'refund':
      return { icon: I.indianRupee, title: m.record_refund({ amount: formatInr(e.refundPaise) }) };
    case 'cancelled':
      return { icon: I.xCircle, title: m.record_cancelled(), body: e.reason || undefined };
    case 'consultation':
      return {
        icon: I.video,
        title: m.record_consultation({ when: formatTimeRange(e.at, e.endAt, zone) }),
        body: STATUS[e.status]?.(),
      };
    case 'chat':
      return {
        icon: I.messageSquare,
        title: e.from === 'doctor' ? r.appointment.doctor.name : r.appointment.treated.name,
        body: <span class="whitespace-pre-line">{e.text}</span>,
      };
    case 'transcript':
      return {
        icon: I.fileText,
        title: e.status === 'COMPLETED' ? m.record_transcript_ready() : m.record_transcript_status(),
        body:
          e.status === 'COMPLETED'
            ? link(
                `${appointmentHref(id)}#transcript-heading`,
                m.record_transcript_read(),
                'record-transcript',
              )
            : undefined,
      };
    case 'document':
      return {
        icon: I.fileText,
        title: m.record_document({ name: e.fileName }),
        body: link(`${appointmentHref(id)}#documents-heading`, m.record_document_open(), 'record-document'),
      };
    case 'notes':
      return {
        icon: I.pencil,
        title: m.notes_doctor_heading(),
        body: <span class="whitespace-pre-line">{e.text}</span>,
      };
    case 'prescription':
      return {
        icon: I.pill,
        title:
          e.prescription.status === 'DRAFT'
            ? m.record_rx_draft({ version: e.prescription.version })
            : m.record_rx_issued({ version: e.prescription.version }),
        body:
          e.prescription.status === 'DRAFT' ? undefined : (
            <PrescriptionPdfLink appointmentId={id} p={e.prescription} testid="record-rx-pdf" />
          ),
      };
    case 'followUpOf':
      return {
        icon: I.calendar,
        title: m.record_follow_up_of(),
        body: link(appointmentHref(e.appointmentId), formatLongDate(e.startAt, zone), 'record-original'),
      };
    case 'followUpBooked':
      return {
        icon: I.calendar,
        title: m.record_follow_up_booked(),
        body: link(
          appointmentHref(e.appointmentId),
          `${formatLongDate(e.startAt, zone)} · ${STATUS[e.status]?.() ?? ''}`,
          'record-follow-up',
        ),
      };
  }
}

function Timeline({ record }: { record: RecordData }) {
  const zone = viewerZone();
  return (
    <ol class="relative grid gap-4 border-l-2 border-brand-100 pl-6" data-testid="record-events">
      {record.events.map((e, i) => {
        const d = describe(e, record, zone);
        return (
          <li key={i} class="relative" data-testid="record-event" data-kind={e.kind}>
            <span class="absolute top-1 -left-[2.35rem] grid size-7 place-items-center rounded-full border-2 border-brand-100 bg-white text-brand-700">
              <Icon shape={d.icon} class="size-4" />
            </span>
            <div class="card min-w-0 p-4">
              <p class="text-sm text-slate-600">
                <time dateTime={e.at}>{formatDateTime(e.at, zone)}</time>
              </p>
              <p class="mt-1 font-semibold break-words text-slate-900">{d.title}</p>
              {d.body && <p class="mt-1 break-words text-slate-700">{d.body}</p>}
            </div>
          </li>
        );
      })}
    </ol>
  );
}

function Page({ me, id }: { me: Me; id: string }) {
  const region = useRegion(
    () => api.call('getRecord', { params: { id } }),
    (r) => r.events.length === 0,
  );
  const record = region.data;
  const a = record && localAppointment(record.appointment);
  const other = a ? (me.id === a.patient.id ? a.doctor.name : a.treated.name) : '';
  return (
    <div data-testid="record-page">
      <PageHero
        back={
          <BackLink href={a ? appointmentHref(a.id) : pageHref('/appointments/')}>
            {a ? m.record_back() : m.nav_my_appointments()}
          </BackLink>
        }
        eyebrow={m.record_heading()}
        title={a ? m.appt_title({ name: other }) : m.record_heading()}
        lead={
          a
            ? `${formatLongDate(a.startAt, viewerZone())} · ${formatTimeRange(a.startAt, a.endAt, viewerZone())}`
            : undefined
        }
        width="max-w-3xl"
        testid="record-hero"
      />
      <div class="container-page max-w-3xl py-8 sm:py-10">
        <Region
          state={region.state}
          status={region.status(m.record_empty(), () =>
            m.record_count({ count: record?.events.length ?? 0 }),
          )}
          skeleton={<SkeletonLines lines="h-6 w-56 | mt-4 h-24 w-full | mt-4 h-24 w-full" />}
          empty={<EmptyState icon={I.fileText} title={m.record_empty()} text={m.record_empty_text()} />}
          error={
            <ErrorState
              message={region.error}
              onRetry={() => void region.load()}
              alert
              testid="record-error"
            />
          }
          testid="record"
        >
          {record && <Timeline record={record} />}
        </Region>
      </div>
    </div>
  );
}

export default function VisitRecord() {
  return <Protected roles={['patient', 'doctor']}>{(me) => <Page me={me} id={pageIdParam()} />}</Protected>;
}
