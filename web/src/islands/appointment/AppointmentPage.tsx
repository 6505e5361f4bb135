/**
 * /appointments/view/?id=: one appointment, for either party. Status and time (the viewer's zone, and
 * the appointment's own zone when it differs), the hold countdown and payment for an unpaid booking,
 * the price and payment state with the receipt, joining the room, cancelling (the dialog says what
 * cancelling now means, refund included), the doctor's notes, outcome and recording controls, the
 * transcript, and the patient's feedback after a completed consultation. What each state offers and
 * says comes from the server's view (`status`, `actions`, `join`, `price`, `cancellation`).
 */
import { useSignal } from '@preact/signals';
import { useEffect, useRef, useState } from 'preact/hooks';
import type {
  AppointmentPayload,
  AppointmentView,
  ConsentView,
  PaymentSummary,
  RefundRule,
} from '../../../../functions/contract/api.ts';
import { formatLongDate, payHref, roomHref } from '../../components/AppointmentRow.tsx';
import { Button } from '../../components/Button.tsx';
import { Clock, useCountdownAnnouncements, useRemaining } from '../../components/Countdown.tsx';
import { ConfirmDialog } from '../../components/Dialog.tsx';
import { doctorPageHref } from '../../components/DoctorCard.tsx';
import { Icon } from '../../components/Icon.tsx';
import { Notice } from '../../components/Notice.tsx';
import { PriceBreakdown } from '../../components/PriceBreakdown.tsx';
import { Protected } from '../../components/Protected.tsx';
import { EmptyState } from '../../components/States.tsx';
import { StatusBadge } from '../../components/StatusBadge.tsx';
import { ApiError, api } from '../../lib/client.ts';
import { formatInr } from '../../lib/format.ts';
import { formatDateTime, localAppointment } from '../../lib/format-app.ts';
import * as I from '../../lib/icons/index.ts';
import { pageHref, pageIdParam, recordHref } from '../../lib/links.ts';
import { ageAndSex, relationshipName } from '../../lib/person.ts';
import type { Me } from '../../lib/session.ts';
import { formatTime, formatTimeRange, minutesBetween, sameZone, viewerZone } from '../../lib/zoned.ts';
import { m } from '../../paraglide/messages.js';
import { AppointmentDocuments } from '../documents/AppointmentDocuments.tsx';
import { Prescriptions } from '../prescription/Prescriptions.tsx';
import { NotesEditor, OutcomeControls, RecordingToggle } from './DoctorControls.tsx';
import { Feedback } from './Feedback.tsx';
import { FollowUpCard, OriginalCard } from './FollowUp.tsx';
import { Card, Detail } from './parts.tsx';
import { RateVisit } from './RateVisit.tsx';
import { CalendarCard, RescheduleCard } from './Reschedule.tsx';
import { Transcript } from './Transcript.tsx';

/** What cancelling now means, by the server's refund rule (`hours`: the notice the rule asks for). */
const REFUND_RULES: Record<RefundRule, (hours: number) => string> = {
  clinic: () => m.refund_rule_clinic(),
  notice: (hours) => m.refund_rule_notice({ hours }),
  late: (hours) => m.refund_rule_late({ hours }),
  unpaid: () => m.refund_rule_unpaid(),
};

interface Flash {
  testid: string;
  title?: string;
  text: string;
}

function HoldSection({
  a,
  patient,
  onExpired,
}: {
  a: AppointmentView;
  patient: boolean;
  onExpired: () => void;
}) {
  const left = useRemaining(a.holdExpiresAt);
  const said = useCountdownAnnouncements(
    left,
    (l) => m.hold_left_say({ left: l }),
    m.hold_expired_say(),
    onExpired,
  );
  return (
    <section
      class="rounded-2xl border border-accent-300 bg-accent-50 p-6 sm:p-8"
      aria-labelledby="hold-heading"
      data-testid="hold"
    >
      <div class="flex flex-col gap-5 sm:flex-row sm:items-center sm:justify-between">
        <div>
          <h2 id="hold-heading" class="flex items-center gap-2 text-lg font-semibold text-accent-900">
            <Icon shape={I.hourglass} class="size-5 text-accent-700" />
            {patient ? m.hold_pay_title() : m.hold_wait_title()}
          </h2>
          <p class="mt-2 max-w-xl text-accent-900">{patient ? m.hold_pay_text() : m.hold_wait_text()}</p>
        </div>
        <div class="shrink-0 text-left sm:text-right" data-testid="hold-countdown">
          <p class="text-sm font-medium text-accent-900">{m.hold_ends_in()}</p>
          <Clock
            ms={left}
            testid="hold-clock"
            label={m.hold_clock_label()}
            class="font-mono text-3xl font-bold text-accent-900 tabular-nums"
          />
        </div>
      </div>
      <p class="sr-only" role="status">
        {said}
      </p>
      {patient && a.actions.canPay && (
        <a href={payHref(a.id)} class="btn-primary mt-5 px-6 text-base" data-testid="pay-button">
          <Icon shape={I.creditCard} class="size-5" />
          {m.row_pay({ amount: formatInr(a.price.totalPaise) })}
        </a>
      )}
    </section>
  );
}

function HoldExpired({ a, patient }: { a: AppointmentView; patient: boolean }) {
  return (
    <section
      class="rounded-2xl border border-accent-300 bg-accent-50 p-6 sm:p-8"
      aria-labelledby="hold-heading"
      data-testid="hold-expired"
    >
      <h2 id="hold-heading" class="flex items-center gap-2 text-lg font-semibold text-accent-900">
        <Icon shape={I.alertTriangle} class="size-5 text-accent-700" />
        {m.hold_expired_title()}
      </h2>
      <p class="mt-2 text-accent-900">{patient ? m.hold_expired_patient() : m.hold_expired_doctor()}</p>
      {patient && (
        <a href={doctorPageHref(a.doctor.id)} class="btn-primary mt-5" data-testid="book-again">
          {m.hold_book_again()}
        </a>
      )}
    </section>
  );
}

function JoinSection({ a, zone, onOpen }: { a: AppointmentView; zone: string; onOpen: () => void }) {
  const now = Date.now();
  const opens = Date.parse(a.join.opensAt);
  const closes = Date.parse(a.join.closesAt);
  const started = now >= Date.parse(a.startAt);
  useEffect(() => {
    // Open the door without a reload when the time comes (if the page is still open).
    const wait = opens - Date.now() + 1_000;
    if (wait <= 0 || wait > 12 * 3_600_000) return;
    const timer = setTimeout(onOpen, wait);
    return () => clearTimeout(timer);
  }, [a.join.opensAt]);
  const joinButton = (
    <>
      <Icon shape={I.video} class="size-5" />
      {m.join_button()}
    </>
  );
  return (
    <Card id="join-heading" testid="join-card" title={m.join_heading()} icon={I.video}>
      {a.join.canJoin ? (
        <>
          <p class="mt-2 text-slate-700" data-testid="join-state">
            {started ? m.join_open_until({ time: formatTime(a.join.closesAt, zone) }) : m.join_open()}
            {started && a.recordingEnabled && (
              <>
                {' '}
                <a
                  href="#transcript-heading"
                  class="font-semibold text-brand-700 underline underline-offset-2"
                >
                  {m.join_transcript_link()}
                </a>
              </>
            )}
          </p>
          <a href={roomHref(a.id)} class="btn-primary mt-4 px-6 text-base" data-testid="join-link">
            {joinButton}
          </a>
        </>
      ) : now < opens ? (
        <>
          <button
            type="button"
            class="btn-primary mt-4 px-6 text-base"
            disabled
            aria-describedby="join-opens"
            data-testid="join-disabled"
          >
            {joinButton}
          </button>
          <p id="join-opens" class="mt-3 text-sm text-slate-700" data-testid="join-opens">
            {m.join_opens_at({
              time: formatTime(a.join.opensAt, zone),
              day: formatLongDate(a.join.opensAt, zone),
            })}
          </p>
        </>
      ) : (
        <p class="mt-2 text-slate-700" data-testid="join-state">
          {now > closes ? m.join_closed() : m.join_not_open()}
        </p>
      )}
      <p class="mt-4 text-sm text-slate-600">{m.join_tip()}</p>
    </Card>
  );
}

/** Whether (and how) the consultation is recorded, in words that follow its state. */
function recordingText(a: AppointmentView, expired: boolean): string | null {
  if (a.status === 'CANCELLED' || a.status === 'NO_SHOW' || expired) return null;
  if (a.status === 'COMPLETED') return a.recordingEnabled ? m.recording_done() : m.recording_not_done();
  return a.recordingEnabled ? m.recording_will_short() : m.recording_will_not_short();
}

/**
 * Who is treated (issue 17): the name, with age (at the consultation) and sex under it, and for a
 * family member, who booked them. The doctor reads this before the call, as in the room.
 */
function TreatedPerson({ a, viewer }: { a: AppointmentView; viewer: Me }) {
  const t = a.treated;
  return (
    <>
      <span class="block" data-testid="treated-name">
        {t.name}
      </span>
      <span class="mt-0.5 block text-sm font-normal text-slate-700" data-testid="treated-facts">
        {ageAndSex(t, a.startAt, a.timeZone)}
      </span>
      {t.relationship !== 'self' && (
        <span class="mt-0.5 block text-sm font-normal text-slate-600" data-testid="treated-booked-by">
          {viewer.id === a.patient.id
            ? m.treated_your_relation({ relationship: relationshipName(t.relationship) })
            : m.treated_booked_by({ name: a.patient.name, relationship: relationshipName(t.relationship) })}
        </span>
      )}
    </>
  );
}

/** The patient's consent to the teleconsultation, as recorded at booking (the IP only to the patient). */
function ConsentDetail({
  consents,
  patient,
  zone,
}: {
  consents: ConsentView[];
  patient: boolean;
  zone: string;
}) {
  const consent = consents.find((c) => c.kind === 'teleconsultation');
  return (
    <Detail label={m.consent_label()} testid="detail-consent" class="sm:col-span-2">
      {consent ? (
        <>
          <span class="block">
            {consent.basis === 'explicit' ? m.consent_explicit() : m.consent_implied()}
          </span>
          <span class="mt-1 block text-sm font-normal text-slate-600" data-testid="consent-record">
            {m.consent_recorded({
              when: formatDateTime(consent.at, zone),
              version: consent.termsVersion ?? '',
            })}
            {patient && consent.sourceIp ? ` · ${m.consent_from_ip({ ip: consent.sourceIp })}` : ''}
          </span>
          <details class="mt-1 text-sm font-normal text-slate-700">
            <summary class="cursor-pointer font-semibold text-brand-700">{m.consent_terms_show()}</summary>
            <p class="mt-1 leading-6">{m.consent_statement()}</p>
          </details>
        </>
      ) : (
        <span class="font-normal text-slate-700">{m.consent_none()}</span>
      )}
    </Detail>
  );
}

/** Every answer to recording given in the room, oldest first (asked only when it was recorded). */
function RecordingConsentDetail({ consents, zone }: { consents: ConsentView[]; zone: string }) {
  const answers = consents.filter((c) => c.kind === 'recording');
  if (answers.length === 0) return null;
  return (
    <Detail label={m.appt_recording_consent_label()} testid="detail-recording-consent" class="sm:col-span-2">
      <ul class="grid gap-1 font-normal text-slate-700">
        {answers.map((c) => {
          const who = c.by === 'doctor' ? m.appt_consent_by_doctor() : m.appt_consent_by_patient();
          const when = formatDateTime(c.at, zone);
          return (
            <li key={c.at} data-testid="recording-consent-event" data-action={c.action}>
              {c.action === 'given'
                ? m.appt_recording_consent_given({ who, when })
                : m.appt_recording_consent_withdrawn({ who, when })}
            </li>
          );
        })}
      </ul>
    </Detail>
  );
}

function Details({
  a,
  me,
  zone,
  expired,
  consents,
}: {
  a: AppointmentView;
  me: Me;
  zone: string;
  expired: boolean;
  consents: ConsentView[];
}) {
  const patient = me.role === 'patient';
  const cancelledBy =
    a.cancelledBy === 'system'
      ? m.cancelled_by_system()
      : a.cancelledBy === me.id
        ? m.cancelled_by_you()
        : a.cancelledBy === a.doctor.id
          ? a.doctor.name
          : a.cancelledBy === a.patient.id
            ? a.patient.name
            : m.cancelled_by_support();
  const doctor = patient ? (
    <a href={doctorPageHref(a.doctor.id)} class="text-brand-700 underline-offset-2 hover:underline">
      {a.doctor.name}
    </a>
  ) : (
    a.doctor.name
  );
  const recording = recordingText(a, expired);
  return (
    <Card id="details-heading" testid="appointment-details" title={m.details_heading()} icon={I.calendar}>
      <dl class="mt-5 grid gap-x-8 gap-y-5 sm:grid-cols-2">
        <Detail label={m.details_when()} testid="detail-when" class="sm:col-span-2">
          <span class="block">{`${formatLongDate(a.startAt, zone)}, ${formatTimeRange(a.startAt, a.endAt, zone)}`}</span>
          {!sameZone(a.timeZone, zone) && (
            <span class="mt-1 block text-sm font-normal text-slate-600" data-testid="appointment-zone-time">
              {`${formatLongDate(a.startAt, a.timeZone)}, ${formatTimeRange(a.startAt, a.endAt, a.timeZone)} ${patient ? m.details_doctor_zone({ zone: a.timeZone }) : m.details_appointment_zone({ zone: a.timeZone })}`}
            </span>
          )}
        </Detail>
        <Detail label={m.details_length()}>
          {m.details_minutes({ count: minutesBetween(a.startAt, a.endAt) })}
        </Detail>
        {patient && (
          <Detail label={m.role_doctor()} testid="detail-doctor">
            {doctor}
          </Detail>
        )}
        {(!patient || a.treated.relationship !== 'self') && (
          <Detail label={m.role_patient()} testid="detail-patient">
            <TreatedPerson a={a} viewer={me} />
          </Detail>
        )}
        <Detail label={m.search_specialty_label()}>{a.doctor.specialtyName}</Detail>
        {!patient && <Detail label={m.role_doctor()}>{doctor}</Detail>}
        <Detail label={m.details_reason()} testid="detail-reason" class="sm:col-span-2">
          {a.reason}
        </Detail>
        <Detail label={m.details_booked()}>{formatDateTime(a.createdAt, zone)}</Detail>
        <ConsentDetail consents={consents} patient={patient} zone={zone} />
        <RecordingConsentDetail consents={consents} zone={zone} />
        {patient && recording && (
          <Detail label={m.transcript_heading()} testid="detail-recording">
            {recording}
          </Detail>
        )}
        {a.status === 'CANCELLED' && (
          <Detail label={m.details_cancelled_by()} testid="detail-cancelled-by">
            {cancelledBy}
          </Detail>
        )}
        {a.status === 'CANCELLED' && a.cancelReason && (
          <Detail label={m.details_cancel_reason()}>{a.cancelReason}</Detail>
        )}
      </dl>
    </Card>
  );
}

function PatientNotes({ a }: { a: AppointmentView }) {
  if (!a.notes && a.status !== 'COMPLETED') return null;
  const paragraphs = a.notes.split(/\n\s*\n/).filter((p) => p.trim());
  return (
    <Card id="notes-heading" testid="doctor-notes" title={m.notes_doctor_heading()} icon={I.pencil}>
      {a.notes ? (
        <div class="mt-3 space-y-3 leading-7 break-words text-slate-800" data-testid="notes-text">
          {paragraphs.map((p, i) => (
            <p key={i} class="whitespace-pre-line">
              {p.trim()}
            </p>
          ))}
        </div>
      ) : (
        <p class="mt-3 text-slate-600">{m.notes_none({ name: a.doctor.name })}</p>
      )}
    </Card>
  );
}

export function paymentStatusText(
  payment: PaymentSummary | null,
  a: AppointmentView,
  expired: boolean,
): string {
  // A free follow-up: nothing to pay, so no payment and no receipt (GST is on a fee; there is none).
  if (!payment && a.followUpOf && a.feePaise === 0) return m.pay_free_follow_up();
  if (!payment)
    return a.status === 'REQUESTED' ? (expired ? m.pay_not_paid_expired() : m.pay_not_paid()) : m.pay_none();
  switch (payment.status) {
    case 'PENDING':
      return m.pay_pending();
    case 'FAILED':
      return payment.failureReason ? m.pay_failed_reason({ reason: payment.failureReason }) : m.pay_failed();
    case 'REFUNDED':
      return m.pay_refunded({ amount: formatInr(payment.refundPaise ?? payment.amountPaise) });
    // To the patient a refund the gateway refused is still on its way: the clinic retries it.
    case 'REFUND_FAILED':
    case 'COMPLETED':
      return payment.refundPaise
        ? m.pay_paid_refunding({
            amount: formatInr(payment.amountPaise),
            refund: formatInr(payment.refundPaise),
          })
        : m.pay_paid({ amount: formatInr(payment.amountPaise) });
  }
}

function PaymentCard({
  a,
  payment,
  expired,
}: {
  a: AppointmentView;
  payment: PaymentSummary | null;
  expired: boolean;
}) {
  const status = payment?.status ?? (a.status === 'REQUESTED' ? 'UNPAID' : 'NONE');
  const tone =
    status === 'COMPLETED' || status === 'REFUND_FAILED'
      ? 'text-emerald-800'
      : status === 'REFUNDED'
        ? 'text-brand-800'
        : status === 'FAILED'
          ? 'text-red-700'
          : 'text-slate-700';
  return (
    <Card id="payment-heading" testid="payment-card" title={m.pay_heading()} icon={I.indianRupee}>
      <PriceBreakdown
        price={a.price}
        testids={['price-fee', 'price-gst', 'price-total']}
        class="mt-4 grid gap-2 text-sm"
        strongClass="border-t border-slate-200 pt-3 font-semibold text-slate-900"
      />
      <p
        class={`mt-4 flex items-start gap-2 rounded-lg bg-slate-50 px-3 py-2 text-sm font-medium ${tone}`}
        data-testid="payment-status"
        data-status={status}
      >
        <Icon
          shape={
            status === 'PENDING' || status === 'FAILED' || status === 'UNPAID' || status === 'NONE'
              ? I.creditCard
              : I.checkCircle
          }
          class="mt-0.5 size-4 shrink-0"
        />
        {paymentStatusText(payment, a, expired)}
      </p>
      {payment?.hasReceipt && (
        <div class="mt-4 grid gap-2">
          <a
            href={pageHref(`/receipts/view/?id=${encodeURIComponent(a.id)}`)}
            class="btn-secondary"
            data-testid="receipt-link"
          >
            <Icon shape={I.receipt} class="size-4" />
            {m.pay_view_receipt()}
          </a>
          <a
            href={api.url('getReceiptPdf', { params: { id: a.id } })}
            class="btn-ghost"
            download
            data-testid="receipt-pdf-link"
          >
            <Icon shape={I.download} class="size-4" />
            {m.pay_download_receipt()}
          </a>
        </div>
      )}
    </Card>
  );
}

function CancelCard({
  a,
  me,
  zone,
  onCancelled,
}: {
  a: AppointmentView;
  me: Me;
  zone: string;
  onCancelled: (updated: AppointmentView, flash: Flash) => void;
}) {
  const [open, setOpen] = useState(false);
  if (!a.actions.canCancel) return null;
  const patient = me.role === 'patient';
  const plan = a.cancellation;
  const confirmed = a.status === 'CONFIRMED';
  // The server's rule, phrased for the patient; a doctor is told what the patient gets.
  const explanation =
    patient || !confirmed
      ? plan
        ? REFUND_RULES[plan.rule](plan.noticeHours)
        : ''
      : m.cancel_doctor_explanation();
  const refund =
    plan && confirmed
      ? plan.refundPaise > 0
        ? patient
          ? m.cancel_refund_you({ amount: formatInr(plan.refundPaise) })
          : m.cancel_refund_patient({ amount: formatInr(plan.refundPaise) })
        : patient
          ? m.cancel_refund_none()
          : null
      : null;
  return (
    <section class="card p-6" aria-labelledby="cancel-heading" data-testid="cancel-card">
      <h2 id="cancel-heading" class="font-semibold text-slate-900">
        {m.cancel_heading()}
      </h2>
      <p class="mt-1 text-sm leading-6 text-slate-600">{explanation}</p>
      <Button
        variant="ghost"
        class="mt-4 w-full border border-red-200 bg-white text-red-700 hover:bg-red-50"
        testid="cancel-button"
        onClick={() => setOpen(true)}
      >
        <Icon shape={I.xCircle} class="size-4" />
        {m.cancel_button()}
      </Button>
      <ConfirmDialog
        open={open}
        onClose={() => setOpen(false)}
        title={m.cancel_title()}
        body={
          <>
            <p>
              {m.cancel_summary({
                when: `${formatLongDate(a.startAt, zone)}, ${formatTimeRange(a.startAt, a.endAt, zone)}`,
                name: patient ? a.doctor.name : a.treated.name,
              })}
            </p>
            <p class="font-medium text-slate-900" data-testid="cancel-explanation">
              {explanation}
            </p>
            {refund && (
              <p class="font-semibold text-slate-900" data-testid="cancel-refund">
                {refund}
              </p>
            )}
          </>
        }
        textField={{
          label: m.cancel_reason(),
          name: 'reason',
          maxLength: 500,
          hint: patient ? m.cancel_reason_hint_patient() : m.cancel_reason_hint_doctor(),
        }}
        confirmLabel={m.cancel_confirm()}
        busyLabel={m.cancel_busy()}
        cancelLabel={m.cancel_keep()}
        tone="danger"
        testid="cancel-dialog"
        onConfirm={async (reason) => {
          const { appointment } = await api.call('cancelAppointment', {
            params: { id: a.id },
            body: reason ? { reason } : {},
          });
          const refunded = confirmed ? (plan?.refundPaise ?? 0) : 0;
          onCancelled(appointment, {
            testid: 'cancelled-notice',
            title: m.cancelled_title(),
            text:
              refunded > 0
                ? patient
                  ? m.cancelled_refund_you({ amount: formatInr(refunded) })
                  : m.cancelled_refund_patient({ amount: formatInr(refunded) })
                : a.status === 'REQUESTED'
                  ? m.cancelled_nothing_charged()
                  : m.cancelled_time_free(),
          });
        }}
      />
    </section>
  );
}

function Page({ me, id }: { me: Me; id: string }) {
  const zone = viewerZone();
  const patient = me.role === 'patient';
  const payload = useSignal<AppointmentPayload | null>(null);
  const missing = useSignal(false);
  const flash = useSignal<Flash | null>(null);
  const flashBox = useRef<HTMLDivElement>(null);
  const title = useRef<HTMLHeadingElement>(null);
  const [error, setError] = useState<string | null>(null);

  /** Loads again (the payment may have changed too), keeping the reader oriented. */
  const refresh = async (updated?: AppointmentView, focus = true) => {
    try {
      payload.value = await api.call('getAppointment', { params: { id } });
    } catch (err) {
      if (!updated) {
        if (!payload.value) {
          if (err instanceof ApiError && err.status === 404) missing.value = true;
          else setError(err instanceof ApiError ? err.message : m.problem_generic());
        }
        return;
      }
      payload.value = {
        appointment: updated,
        payment: null,
        prescriptions: payload.value?.prescriptions ?? [],
        consents: payload.value?.consents ?? [],
        followUp: payload.value?.followUp ?? null,
        original: payload.value?.original ?? null,
      };
    }
    if (focus) requestAnimationFrame(() => (flashBox.current ?? title.current)?.focus());
  };

  useEffect(() => {
    if (!/^[0-9a-f-]{36}$/.test(id)) {
      missing.value = true;
      return;
    }
    void refresh(undefined, false).then(() => {
      const a = payload.value?.appointment;
      const params = new URLSearchParams(window.location.search);
      if (
        a &&
        params.get('booked') === '1' &&
        patient &&
        a.status === 'REQUESTED' &&
        Date.parse(a.holdExpiresAt ?? '') > Date.now()
      )
        flash.value = { testid: 'booked-notice', title: m.booked_title(), text: m.booked_text() };
      else if (a && params.get('paid') === '1' && a.status === 'CONFIRMED')
        flash.value = { testid: 'paid-notice', text: m.paid_text() };
      if (params.has('booked') || params.has('paid')) {
        const url = new URL(window.location.href);
        url.searchParams.delete('booked');
        url.searchParams.delete('paid');
        window.history.replaceState(null, '', url);
      }
    });
  }, []);

  if (missing.value)
    return (
      <div class="container-page py-16">
        <div class="mx-auto max-w-lg">
          <EmptyState
            icon={I.calendar}
            title={m.appt_not_found_title()}
            text={m.appt_not_found_text()}
            link={{ href: pageHref('/appointments/'), label: m.nav_my_appointments(), primary: true }}
            testid="appointment-not-found"
          />
        </div>
      </div>
    );
  if (error)
    return (
      <div class="container-page py-16">
        <div
          class="mx-auto max-w-lg rounded-2xl border border-red-200 bg-red-50/70 px-6 py-10 text-center"
          role="alert"
          data-testid="page-error"
        >
          <p class="font-semibold text-slate-900">{m.protected_error_title()}</p>
          <p class="mt-1 text-sm text-slate-700">{error}</p>
        </div>
      </div>
    );
  const p = payload.value;
  if (!p)
    return (
      <div aria-busy="true" class="container-page py-10">
        <p class="sr-only" role="status">
          {m.loading()}
        </p>
        <div class="skeleton h-8 w-72 max-w-full" />
      </div>
    );
  const a = localAppointment(p.appointment);
  // The doctor's consultation is with the person treated (a family member, or the account holder).
  const other = patient ? a.doctor.name : a.treated.name;
  document.title = `${m.appt_title({ name: other })} · Chikitsa360`;
  const expired = a.status === 'REQUESTED' && Date.parse(a.holdExpiresAt ?? '') <= Date.now();
  const started = Date.now() >= Date.parse(a.startAt);
  const showTranscript = a.status === 'COMPLETED' || (a.status === 'CONFIRMED' && started);
  const changed = (updated: AppointmentView, next: Flash) => {
    flash.value = next;
    void refresh(updated);
  };
  const f = flash.value;
  return (
    <div data-testid="appointment-page">
      <section class="hero border-b border-brand-100">
        <div class="container-page py-8 sm:py-10">
          <a
            href={pageHref('/appointments/')}
            class="inline-flex items-center gap-1.5 rounded text-sm font-semibold text-brand-700 hover:text-brand-800"
          >
            <Icon shape={I.arrowLeft} class="size-4" /> {m.nav_my_appointments()}
          </a>
          <div class="mt-4 flex flex-col gap-3 sm:flex-row sm:items-start sm:justify-between">
            <div class="min-w-0">
              <p class="eyebrow">{m.appt_eyebrow({ specialty: a.doctor.specialtyName })}</p>
              <h1
                ref={title}
                class="mt-1 text-2xl font-bold tracking-tight break-words text-slate-900 sm:text-3xl"
                tabIndex={-1}
                data-testid="appointment-title"
              >
                {m.appt_title({ name: other })}
              </h1>
              <p class="mt-2 text-slate-700" data-testid="appointment-when">
                {`${formatLongDate(a.startAt, zone)} · ${formatTimeRange(a.startAt, a.endAt, zone)}`}
              </p>
            </div>
            <div>
              <StatusBadge appointment={a} size="md" />
            </div>
          </div>
          {f && (
            <div class="mt-5 grid gap-3">
              <Notice tone="success" testid={f.testid} focusable boxRef={flashBox}>
                {f.title && <p class="font-semibold">{f.title}</p>}
                <p>{f.text}</p>
              </Notice>
            </div>
          )}
        </div>
      </section>

      <div class="container-page grid gap-6 py-8 sm:py-10 lg:grid-cols-[1fr_22rem] lg:items-start">
        <div class="grid min-w-0 gap-6">
          {a.status === 'REQUESTED' &&
            (expired ? (
              <HoldExpired a={a} patient={patient} />
            ) : (
              <HoldSection
                a={a}
                patient={patient}
                onExpired={() => {
                  flash.value = null;
                  void refresh(undefined, false);
                }}
              />
            ))}
          {a.status === 'CONFIRMED' && (
            <JoinSection a={a} zone={zone} onOpen={() => void refresh(undefined, false)} />
          )}
          {!patient && a.actions.canRecordOutcome && (
            <OutcomeControls a={a} onChanged={(u, text) => changed(u, { testid: 'outcome-notice', text })} />
          )}
          {p.original && <OriginalCard original={p.original} zone={zone} />}
          <Details a={a} me={me} zone={zone} expired={expired} consents={p.consents} />
          {!patient && a.actions.canEditNotes && <NotesEditor a={a} />}
          {!patient && (a.status === 'REQUESTED' || a.status === 'CONFIRMED') && <RecordingToggle a={a} />}
          {patient && <PatientNotes a={a} />}
          {a.status !== 'CANCELLED' && <AppointmentDocuments appointmentId={a.id} patient={patient} />}
          <Prescriptions a={a} me={me} zone={zone} summaries={p.prescriptions} />
          {showTranscript &&
            (a.recordingEnabled ? (
              <Transcript
                appointmentId={a.id}
                fileLabel={m.transcript_file_label({
                  date: a.startAt.slice(0, 10),
                  name: other.replace(/[^\p{L}\p{N}]+/gu, '-').toLowerCase(),
                })}
              />
            ) : (
              <Card
                id="transcript-heading"
                testid="transcript"
                title={m.transcript_heading()}
                icon={I.fileText}
              >
                <p class="mt-3 text-slate-700" data-testid="transcript-off">
                  {m.transcript_off()}
                </p>
              </Card>
            ))}
          {p.followUp && (
            <FollowUpCard
              appointmentId={a.id}
              doctorId={a.doctor.id}
              offer={p.followUp}
              zone={zone}
              patient={patient}
            />
          )}
          {patient && a.status === 'COMPLETED' && (
            <RateVisit appointmentId={a.id} doctorName={a.doctor.name} />
          )}
          {patient && a.status === 'COMPLETED' && <Feedback appointmentId={a.id} />}
        </div>
        <aside class="grid gap-6" aria-label={m.appt_side_label()}>
          <PaymentCard a={a} payment={p.payment} expired={expired} />
          <RescheduleCard
            a={a}
            zone={zone}
            onMoved={(updated) =>
              changed(updated, {
                testid: 'rescheduled-notice',
                title: m.rescheduled_title(),
                text: m.rescheduled_text({
                  when: `${formatLongDate(updated.startAt, zone)}, ${formatTimeRange(updated.startAt, updated.endAt, zone)}`,
                }),
              })
            }
          />
          <CalendarCard a={a} patient={patient} />
          <CancelCard a={a} me={me} zone={zone} onCancelled={changed} />
          <section class="card p-6" aria-labelledby="record-heading" data-testid="record-card">
            <h2 id="record-heading" class="font-semibold text-slate-900">
              {m.record_heading()}
            </h2>
            <p class="mt-1 text-sm leading-6 text-slate-600">{m.record_card_text()}</p>
            <a href={recordHref(a.id)} class="btn-secondary mt-4 w-full" data-testid="record-link">
              <Icon shape={I.fileText} class="size-4" />
              {m.record_open()}
            </a>
          </section>
        </aside>
      </div>
    </div>
  );
}

export default function AppointmentPage() {
  return <Protected roles={['patient', 'doctor']}>{(me) => <Page me={me} id={pageIdParam()} />}</Protected>;
}
