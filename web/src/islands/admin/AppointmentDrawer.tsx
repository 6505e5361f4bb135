/**
 * An appointment in a drawer, from any view: the consultation, its payment and transcription (only the
 * status: transcripts are private to the two parties), and cancelling a requested or confirmed one
 * with a reason; a paid one is refunded in full.
 */

import type { AdminAppointmentDetail } from '../../../../functions/contract/api.ts';
import { StatusBadge } from '../../components/StatusBadge.tsx';
import { api } from '../../lib/client.ts';
import { formatInr } from '../../lib/format.ts';
import { formatDateTime } from '../../lib/format-app.ts';
import { describeTimeZone, formatTimeRange } from '../../lib/zoned.ts';
import { m } from '../../paraglide/messages.js';
import { focusLater, useView } from './context.ts';
import { ConfirmButton, Details, Loaded, Mono, Pre, Section, useResource } from './ui.tsx';

function Appointment({
  detail: d,
  cancelled,
}: {
  detail: AdminAppointmentDetail;
  cancelled: () => Promise<void>;
}) {
  const ctx = useView();
  const { appointment: a, payment, transcription: t } = d;
  const paid = payment?.status === 'COMPLETED' ? payment.amountPaise : 0;
  const who = m.admin_appt_title({ doctor: a.doctor.name, patient: a.patient.name });
  return (
    <>
      <p class="flex flex-wrap items-center gap-2 text-sm text-slate-600">
        <StatusBadge appointment={a} /> {a.doctor.specialtyName}
      </p>
      <p class="mt-2 text-lg font-semibold text-slate-900" data-testid="drawer-appointment-title">
        {who}
      </p>
      <p class="text-sm text-slate-600">{formatDateTime(a.startAt)}</p>
      <Section title={m.admin_consultation()}>
        <Details
          rows={[
            [m.admin_when_yours(), formatTimeRange(a.startAt, a.endAt)],
            [m.role_doctor(), a.doctor.name],
            [m.role_patient(), a.patient.name],
            [m.admin_fee(), m.admin_incl_gst({ amount: formatInr(a.price.totalPaise) })],
            [m.admin_booked(), formatDateTime(a.createdAt)],
            [m.admin_doctor_zone(), describeTimeZone(a.timeZone)],
            [m.admin_visit_reason(), a.reason && <Pre>{a.reason}</Pre>],
            ...(a.status === 'CANCELLED'
              ? [
                  [
                    m.admin_cancelled_because(),
                    `${a.cancelReason || m.admin_no_reason()}${a.cancelledBy === 'system' ? ` ${m.admin_hold_ran_out()}` : ''}`,
                  ] as const,
                ]
              : []),
          ]}
        />
      </Section>
      <Section title={m.admin_payment()}>
        {payment ? (
          <Details
            rows={[
              [m.admin_status(), <StatusBadge key="s" status={payment.status} />, 'drawer-payment-status'],
              [m.admin_amount(), formatInr(payment.amountPaise)],
              [
                m.admin_refunded(),
                payment.refundPaise ? formatInr(payment.refundPaise) : m.admin_nothing_refunded(),
              ],
              [m.admin_order_id(), <Mono key="o" text={payment.orderId} />],
            ]}
          />
        ) : (
          <p class="text-sm text-slate-600">{m.admin_no_payment()}</p>
        )}
      </Section>
      <Section title={m.admin_transcription()}>
        {t ? (
          <>
            <Details
              rows={[
                [m.admin_status(), <StatusBadge key="s" status={t.status} />, 'drawer-transcription-status'],
              ]}
            />
            {t.error && (
              <p class="mt-3 rounded-xl bg-red-50 p-3 font-mono text-xs break-words text-red-900">
                {t.error}
              </p>
            )}
            <p class="mt-3 text-xs text-slate-500">{m.admin_transcript_private()}</p>
          </>
        ) : (
          <p class="text-sm text-slate-600">
            {a.recordingEnabled ? m.admin_nothing_recorded() : m.admin_recording_off()}
          </p>
        )}
      </Section>
      <Section title={m.admin_identifiers()}>
        <Details
          rows={[
            [m.admin_appointment_id(), <Mono key="a" text={a.id} />, 'drawer-appointment-id'],
            [m.admin_doctor_id(), <Mono key="d" text={a.doctor.id} />],
            [m.admin_patient_id(), <Mono key="p" text={a.patient.id} />],
          ]}
        />
        <a
          href={`#/audit?${new URLSearchParams({ subjectId: a.id })}`}
          class="mt-4 inline-block text-sm font-semibold text-brand-700 hover:underline"
        >
          {m.admin_appt_audit_link()}
        </a>
      </Section>
      {(a.status === 'REQUESTED' || a.status === 'CONFIRMED') && (
        <div class="mt-8 flex justify-end border-t border-slate-100 pt-5">
          <ConfirmButton
            look="main-danger"
            label={m.admin_cancel_appointment()}
            testid="cancel-appointment"
            dialog={{
              testid: 'cancel-dialog',
              title: m.admin_cancel_title(),
              confirmLabel: m.admin_cancel_appointment(),
              busyLabel: m.admin_cancelling(),
              textField: {
                label: m.admin_reason(),
                name: 'reason',
                hint: m.admin_cancel_reason_hint(),
                missing: m.admin_cancel_reason_missing(),
                minLength: 3,
                maxLength: 500,
              },
              onConfirm: async (reason) => {
                await api.call('adminCancelAppointment', {
                  params: { appointmentId: a.id },
                  body: { reason },
                });
                ctx.notify(
                  paid ? m.admin_cancelled_refunded({ amount: formatInr(paid) }) : m.admin_cancelled_toast(),
                );
                await cancelled();
              },
              body: (
                <>
                  <p>{m.admin_cancel_summary({ who, when: formatDateTime(a.startAt) })}</p>
                  <p class="font-medium text-slate-900" data-testid="refund-note">
                    {paid ? m.admin_refund_note({ amount: formatInr(paid) }) : m.admin_nothing_to_refund()}
                  </p>
                  <p>{m.admin_both_see_reason()}</p>
                </>
              ),
            }}
          />
        </div>
      )}
    </>
  );
}

/** The appointment drawer's content (its frame is in drawers.tsx). */
export default function AppointmentDrawer(props: { id: string; onChange?: () => void }) {
  const res = useResource((signal) =>
    api.call('adminGetAppointment', { params: { appointmentId: props.id } }, { signal }),
  );
  const cancelled = async () => {
    props.onChange?.();
    await res.load();
    // The Cancel button is gone: the drawer's close button takes focus.
    focusLater('[data-testid="appointment-drawer"] [data-testid="drawer-close"]');
  };
  return <Loaded res={res}>{(d) => <Appointment detail={d} cancelled={cancelled} />}</Loaded>;
}
