/**
 * /appointments/view/?id=: one appointment, for either party. Status and time (the viewer's zone,
 * and the appointment's own zone when it differs), the hold countdown and payment for an unpaid
 * booking, the price and payment state with the receipt, joining the room, cancelling (the dialog
 * says what cancelling now means, refund included), the doctor's notes, outcome and recording
 * controls, the transcript, and the patient's feedback after a completed consultation.
 */
import {
  ApiError,
  type AppointmentPayload,
  type AppointmentView,
  api,
  type PaymentSummary,
} from '../lib/api.ts';
import { notesEditor, outcomeControls, recordingToggle } from '../lib/appointment-doctor-ui.ts';
import {
  formatLongDate,
  holdExpired,
  payHref,
  paymentStatusText,
  receiptHref,
  receiptPdfHref,
  roomHref,
  statusBadge,
} from '../lib/appointment-ui.ts';
import { startCountdown } from '../lib/countdown.ts';
import { confirmDialog } from '../lib/dialog.ts';
import { doctorPageHref } from '../lib/doctor-ui.ts';
import { type Child, h, replaceChildren } from '../lib/dom.ts';
import { formatDateTime, formatInr } from '../lib/format.ts';
import { iconSvg } from '../lib/icons.ts';
import { detailRow, emptyStateWithAction, notice } from '../lib/page-ui.ts';
import { protectPage } from '../lib/protected.ts';
import type { Me } from '../lib/session.ts';
import { testimonialSection } from '../lib/testimonial-ui.ts';
import { transcriptSection } from '../lib/transcript-ui.ts';
import { formatTime, formatTimeRange, minutesBetween, sameZone, viewerZone } from '../lib/zoned.ts';

const params = new URLSearchParams(window.location.search);
const appointmentId = (params.get('id') ?? '').trim().toLowerCase();
const zone = viewerZone();
const q = <T extends HTMLElement = HTMLElement>(selector: string) => document.querySelector<T>(selector);

let me: Me;
/** Timers and pollers of the current render, stopped before the next. */
let stops: (() => void)[] = [];
let flash: HTMLElement | null = null;

const card = (labelledBy: string, testid: string, ...children: (Child | Child[])[]) =>
  h('section', { class: 'card p-6 sm:p-8', 'aria-labelledby': labelledBy, dataset: { testid } }, ...children);

const heading = (id: string, text: string, icon?: string) =>
  h(
    'h2',
    { id, class: 'flex items-center gap-2 text-lg font-semibold text-slate-900' },
    icon ? iconSvg(icon, 'size-5 text-brand-700') : null,
    text,
  );

const isPatient = () => me.role === 'patient';

// ---- Sections --------------------------------------------------------------------------------------

function holdSection(a: AppointmentView): HTMLElement | null {
  if (a.status !== 'REQUESTED') return null;
  if (holdExpired(a)) {
    return h(
      'section',
      {
        class: 'rounded-2xl border border-accent-300 bg-accent-50 p-6 sm:p-8',
        'aria-labelledby': 'hold-heading',
        dataset: { testid: 'hold-expired' },
      },
      h(
        'h2',
        { id: 'hold-heading', class: 'flex items-center gap-2 text-lg font-semibold text-accent-900' },
        iconSvg('alert-triangle', 'size-5 text-accent-700'),
        'The hold expired',
      ),
      h('p', {
        class: 'mt-2 text-accent-900',
        text: isPatient()
          ? 'The 15 minutes to pay have passed, so this time was released for other patients. Nothing was charged.'
          : 'The patient did not pay within 15 minutes, so the time is free again.',
      }),
      isPatient()
        ? h('a', {
            href: doctorPageHref(a.doctor.id),
            class: 'btn-primary mt-5',
            text: 'Book again',
            dataset: { testid: 'book-again' },
          })
        : null,
    );
  }
  const clock = h('span', {
    class: 'font-mono text-3xl font-bold text-accent-900 tabular-nums',
    role: 'timer',
    'aria-label': 'Time left to pay',
    dataset: { testid: 'hold-clock' },
  });
  const status = h('p', { class: 'sr-only', role: 'status' });
  stops.push(
    startCountdown({
      until: a.holdExpiresAt ?? new Date().toISOString(),
      clock,
      status,
      announcePrefix: 'Time left to pay:',
      expiredText: 'The hold has expired.',
      onExpire: () => {
        setFlash(null);
        void refresh(undefined, { focus: false });
      },
    }),
  );
  return h(
    'section',
    {
      class: 'rounded-2xl border border-accent-300 bg-accent-50 p-6 sm:p-8',
      'aria-labelledby': 'hold-heading',
      dataset: { testid: 'hold' },
    },
    h(
      'div',
      { class: 'flex flex-col gap-5 sm:flex-row sm:items-center sm:justify-between' },
      h(
        'div',
        null,
        h(
          'h2',
          { id: 'hold-heading', class: 'flex items-center gap-2 text-lg font-semibold text-accent-900' },
          iconSvg('hourglass', 'size-5 text-accent-700'),
          isPatient() ? 'Pay to confirm your booking' : 'Waiting for the patient to pay',
        ),
        h('p', {
          class: 'mt-2 max-w-xl text-accent-900',
          text: isPatient()
            ? 'We are holding this time for you. If it is not paid in time, the slot is released for other patients.'
            : 'The slot is held while the patient pays. If they do not pay in time, it is freed automatically.',
        }),
      ),
      h(
        'div',
        { class: 'shrink-0 text-left sm:text-right', dataset: { testid: 'hold-countdown' } },
        h('p', { class: 'text-sm font-medium text-accent-900', text: 'Hold ends in' }),
        clock,
      ),
    ),
    status,
    isPatient() && a.actions.canPay
      ? h(
          'a',
          {
            href: payHref(a.id),
            class: 'btn-primary mt-5 px-6 text-base',
            dataset: { testid: 'pay-button' },
          },
          iconSvg('credit-card', 'size-5'),
          `Pay ${formatInr(a.price.totalPaise)}`,
        )
      : null,
  );
}

function joinSection(a: AppointmentView): HTMLElement | null {
  if (a.status !== 'CONFIRMED') return null;
  const now = Date.now();
  const opens = Date.parse(a.join.opensAt);
  const closes = Date.parse(a.join.closesAt);
  let body: Child[];
  if (a.join.canJoin) {
    body = [
      h('p', {
        class: 'mt-2 text-slate-700',
        text: 'The consultation room is open. Join when you are ready.',
      }),
      h(
        'a',
        { href: roomHref(a.id), class: 'btn-primary mt-4 px-6 text-base', dataset: { testid: 'join-link' } },
        iconSvg('video', 'size-5'),
        'Join the consultation',
      ),
    ];
  } else if (now < opens) {
    body = [
      h(
        'button',
        {
          type: 'button',
          class: 'btn-primary mt-4 px-6 text-base',
          disabled: true,
          'aria-describedby': 'join-opens',
          dataset: { testid: 'join-disabled' },
        },
        iconSvg('video', 'size-5'),
        'Join the consultation',
      ),
      h('p', {
        id: 'join-opens',
        class: 'mt-3 text-sm text-slate-700',
        text: `The room opens at ${formatTime(a.join.opensAt, zone)} on ${formatLongDate(a.join.opensAt, zone)}, 15 minutes before the start.`,
        dataset: { testid: 'join-opens' },
      }),
    ];
    // Open the door without a reload when the time comes (if the page is still open).
    const wait = opens - now + 1_000;
    if (wait < 12 * 3_600_000) {
      const timer = setTimeout(() => void refresh(undefined, { focus: false }), wait);
      stops.push(() => clearTimeout(timer));
    }
  } else if (now > closes) {
    body = [
      h('p', {
        class: 'mt-2 text-slate-700',
        text: 'The time for this consultation has passed; the room is closed.',
      }),
    ];
  } else {
    body = [h('p', { class: 'mt-2 text-slate-700', text: 'The room is not open right now.' })];
  }
  return card(
    'join-heading',
    'join-card',
    heading('join-heading', 'Video consultation', 'video'),
    body,
    h('p', {
      class: 'mt-4 text-sm text-slate-600',
      text: 'Use a phone or laptop with a camera in a quiet, private place, and allow the browser to use your camera and microphone.',
    }),
  );
}

function cancelledBy(a: AppointmentView): string {
  if (a.cancelledBy === 'system') return 'Automatically: the booking was not paid within 15 minutes';
  if (a.cancelledBy === me.id) return 'You';
  if (a.cancelledBy === a.doctor.id) return a.doctor.name;
  if (a.cancelledBy === a.patient.id) return a.patient.name;
  return 'Chikitsa360 support';
}

function detailsSection(a: AppointmentView): HTMLElement {
  const otherZone = !sameZone(a.timeZone, zone);
  const when = h(
    'span',
    null,
    h('span', {
      class: 'block',
      text: `${formatLongDate(a.startAt, zone)}, ${formatTimeRange(a.startAt, a.endAt, zone)}`,
    }),
    otherZone
      ? h('span', {
          class: 'mt-1 block text-sm font-normal text-slate-600',
          text: `${formatLongDate(a.startAt, a.timeZone)}, ${formatTimeRange(a.startAt, a.endAt, a.timeZone)} in ${isPatient() ? "the doctor's" : "the appointment's"} time zone (${a.timeZone})`,
          dataset: { testid: 'appointment-zone-time' },
        })
      : null,
  );
  const doctor = isPatient()
    ? h('a', {
        href: doctorPageHref(a.doctor.id),
        class: 'text-brand-700 underline-offset-2 hover:underline',
        text: a.doctor.name,
      })
    : a.doctor.name;
  return card(
    'details-heading',
    'appointment-details',
    heading('details-heading', 'Details', 'calendar'),
    h(
      'dl',
      { class: 'mt-5 grid gap-x-8 gap-y-5 sm:grid-cols-2' },
      detailRow('Date and time', when, 'detail-when', 'sm:col-span-2'),
      detailRow('Length', `${minutesBetween(a.startAt, a.endAt)} minutes, by video`),
      isPatient()
        ? detailRow('Doctor', doctor, 'detail-doctor')
        : detailRow('Patient', a.patient.name, 'detail-patient'),
      detailRow('Specialty', a.doctor.specialtyName),
      isPatient() ? null : detailRow('Doctor', doctor),
      detailRow('Reason for the visit', a.reason, 'detail-reason', 'sm:col-span-2'),
      detailRow('Booked', formatDateTime(a.createdAt, zone)),
      isPatient()
        ? detailRow(
            'Transcript',
            a.recordingEnabled ? 'Recorded and transcribed' : 'Not recorded',
            'detail-recording',
          )
        : null,
      a.status === 'CANCELLED' ? detailRow('Cancelled by', cancelledBy(a), 'detail-cancelled-by') : null,
      a.status === 'CANCELLED' && a.cancelReason ? detailRow('Why it was cancelled', a.cancelReason) : null,
    ),
  );
}

function patientNotes(a: AppointmentView): HTMLElement | null {
  if (!a.notes && a.status !== 'COMPLETED') return null;
  return card(
    'notes-heading',
    'doctor-notes',
    heading('notes-heading', "Doctor's notes", 'pencil'),
    a.notes
      ? h(
          'div',
          { class: 'mt-3 space-y-3 leading-7 text-slate-800', dataset: { testid: 'notes-text' } },
          a.notes
            .split(/\n\s*\n/)
            .filter((p) => p.trim())
            .map((p) => h('p', { class: 'whitespace-pre-line', text: p.trim() })),
        )
      : h('p', { class: 'mt-3 text-slate-600', text: `${a.doctor.name} has not added notes.` }),
  );
}

function transcriptArea(a: AppointmentView): HTMLElement | null {
  const started = Date.now() >= Date.parse(a.startAt);
  if (!(a.status === 'COMPLETED' || (a.status === 'CONFIRMED' && started))) return null;
  if (!a.recordingEnabled)
    return card(
      'transcript-heading',
      'transcript',
      heading('transcript-heading', 'Transcript', 'file-text'),
      h('p', {
        class: 'mt-3 text-slate-700',
        text: 'This consultation was not recorded, so there is no transcript.',
        dataset: { testid: 'transcript-off' },
      }),
    );
  const other = isPatient() ? a.doctor.name : a.patient.name;
  const section = transcriptSection(a.id, {
    fileLabel: `transcript-${a.startAt.slice(0, 10)}-${other.replace(/[^\w]+/g, '-').toLowerCase()}`,
  });
  stops.push(section.stop);
  return section.element;
}

function paymentCard(a: AppointmentView, payment: PaymentSummary | null): HTMLElement {
  const row = (label: string, value: string, testid: string, strong = false) =>
    h(
      'div',
      {
        class: `flex justify-between gap-4 ${strong ? 'border-t border-slate-200 pt-3 font-semibold text-slate-900' : 'text-slate-700'}`,
      },
      h('dt', { text: label }),
      h('dd', { class: 'tabular-nums', text: value, dataset: { testid } }),
    );
  const status = payment?.status ?? (a.status === 'REQUESTED' ? 'UNPAID' : 'NONE');
  const tone =
    status === 'COMPLETED'
      ? 'text-emerald-800'
      : status === 'REFUNDED'
        ? 'text-brand-800'
        : status === 'FAILED'
          ? 'text-red-700'
          : 'text-slate-700';
  return card(
    'payment-heading',
    'payment-card',
    heading('payment-heading', 'Payment', 'indian-rupee'),
    h(
      'dl',
      { class: 'mt-4 grid gap-2 text-sm' },
      row('Consultation fee', formatInr(a.price.basePaise), 'price-fee'),
      row('GST (18%)', formatInr(a.price.gstPaise), 'price-gst'),
      row('Total', formatInr(a.price.totalPaise), 'price-total', true),
    ),
    h(
      'p',
      {
        class: `mt-4 flex items-start gap-2 rounded-lg bg-slate-50 px-3 py-2 text-sm font-medium ${tone}`,
        dataset: { testid: 'payment-status', status },
      },
      iconSvg(
        status === 'COMPLETED' || status === 'REFUNDED' ? 'check-circle' : 'credit-card',
        'mt-0.5 size-4 shrink-0',
      ),
      paymentStatusText(payment, a),
    ),
    payment?.hasReceipt
      ? h(
          'div',
          { class: 'mt-4 grid gap-2' },
          h(
            'a',
            { href: receiptHref(a.id), class: 'btn-secondary', dataset: { testid: 'receipt-link' } },
            iconSvg('receipt', 'size-4'),
            'View receipt',
          ),
          h(
            'a',
            {
              href: receiptPdfHref(a.id),
              class: 'btn-ghost',
              download: '',
              dataset: { testid: 'receipt-pdf-link' },
            },
            iconSvg('download', 'size-4'),
            'Download receipt (PDF)',
          ),
        )
      : null,
  );
}

function refundLine(a: AppointmentView): string | null {
  const plan = a.cancellation;
  if (!plan || a.status !== 'CONFIRMED') return null;
  if (plan.refundPaise > 0)
    return isPatient()
      ? `Refund to you: ${formatInr(plan.refundPaise)}, to the account you paid from.`
      : `The patient is refunded ${formatInr(plan.refundPaise)} in full.`;
  return isPatient() ? 'Refund: none.' : null;
}

function cancelCard(a: AppointmentView): HTMLElement | null {
  if (!a.actions.canCancel) return null;
  const explanation = a.cancellation?.explanation ?? '';
  const button = h(
    'button',
    {
      type: 'button',
      class: 'btn mt-4 w-full border border-red-200 bg-white text-red-700 hover:bg-red-50',
      dataset: { testid: 'cancel-button' },
    },
    iconSvg('x-circle', 'size-4'),
    'Cancel appointment',
  );
  button.addEventListener('click', () => {
    const refund = refundLine(a);
    void confirmDialog({
      title: 'Cancel this appointment?',
      body: [
        h('p', {
          text: `${formatLongDate(a.startAt, zone)}, ${formatTimeRange(a.startAt, a.endAt, zone)} with ${isPatient() ? a.doctor.name : a.patient.name}.`,
        }),
        h('p', {
          class: 'font-medium text-slate-900',
          text: explanation,
          dataset: { testid: 'cancel-explanation' },
        }),
        refund
          ? h('p', {
              class: 'font-semibold text-slate-900',
              text: refund,
              dataset: { testid: 'cancel-refund' },
            })
          : null,
      ],
      textField: {
        label: 'Reason',
        name: 'reason',
        maxLength: 500,
        hint: isPatient() ? 'Shared with your doctor.' : 'Shared with the patient.',
      },
      confirmLabel: 'Yes, cancel it',
      busyLabel: 'Cancelling…',
      cancelLabel: 'Keep the appointment',
      tone: 'danger',
      testid: 'cancel-dialog',
      onConfirm: async (reason) => {
        const { appointment } = await api.post<{ appointment: AppointmentView }>(
          `/api/appointments/${encodeURIComponent(a.id)}/cancel`,
          reason ? { reason } : {},
        );
        const refunded = a.status === 'CONFIRMED' ? (a.cancellation?.refundPaise ?? 0) : 0;
        setFlash(
          notice(
            'success',
            [
              h('p', { class: 'font-semibold', text: 'The appointment is cancelled.' }),
              h('p', {
                text:
                  refunded > 0
                    ? `${formatInr(refunded)} is being refunded to ${isPatient() ? 'your' : "the patient's"} original payment method; banks usually take 5–7 working days.`
                    : a.status === 'REQUESTED'
                      ? 'Nothing was charged, and the time is free for others again.'
                      : 'The time is free for others again.',
              }),
            ],
            { testid: 'cancelled-notice' },
          ),
        );
        await refresh(appointment);
      },
    });
  });
  return h(
    'section',
    { class: 'card p-6', 'aria-labelledby': 'cancel-heading', dataset: { testid: 'cancel-card' } },
    h('h2', { id: 'cancel-heading', class: 'font-semibold text-slate-900', text: 'Need to cancel?' }),
    h('p', { class: 'mt-1 text-sm leading-6 text-slate-600', text: explanation }),
    button,
  );
}

// ---- Render ---------------------------------------------------------------------------------------------

function setFlash(element: HTMLElement | null) {
  flash = element;
  if (flash) flash.tabIndex = -1;
}

function render({ appointment: a, payment }: AppointmentPayload) {
  for (const stop of stops) stop();
  stops = [];
  const other = isPatient() ? a.doctor.name : a.patient.name;
  document.title = `Consultation with ${other} · Chikitsa360`;
  q('[data-eyebrow]')!.textContent = `Appointment · ${a.doctor.specialtyName}`;
  q('[data-title]')!.textContent = `Consultation with ${other}`;
  q('[data-subtitle]')!.textContent =
    `${formatLongDate(a.startAt, zone)} · ${formatTimeRange(a.startAt, a.endAt, zone)}`;
  replaceChildren(q('[data-status-slot]')!, statusBadge(a, 'md'));
  replaceChildren(q('[data-flash]')!, flash);

  const main: (HTMLElement | null)[] = [holdSection(a), joinSection(a)];
  if (me.role === 'doctor') {
    if (a.actions.canRecordOutcome)
      main.push(
        outcomeControls(a, (updated, message) => {
          setFlash(notice('success', message, { testid: 'outcome-notice' }));
          void refresh(updated);
        }),
      );
  }
  main.push(detailsSection(a));
  if (me.role === 'doctor') {
    if (a.actions.canEditNotes) main.push(notesEditor(a));
    if (a.status === 'REQUESTED' || a.status === 'CONFIRMED') main.push(recordingToggle(a));
  } else {
    main.push(patientNotes(a));
  }
  main.push(transcriptArea(a));
  if (isPatient() && a.status === 'COMPLETED') main.push(testimonialSection(a.id, a.doctor.name));

  replaceChildren(q('[data-main]')!, main);
  replaceChildren(q('[data-side]')!, paymentCard(a, payment), cancelCard(a));
}

async function fetchAppointment(): Promise<AppointmentPayload> {
  return api.get<AppointmentPayload>(`/api/appointments/${encodeURIComponent(appointmentId)}`);
}

/** Loads again (the payment may have changed too) and re-renders, keeping the reader oriented. */
async function refresh(updated?: AppointmentView, { focus = true } = {}) {
  let payload: AppointmentPayload;
  try {
    payload = await fetchAppointment();
  } catch {
    if (!updated) return;
    payload = { appointment: updated, payment: null, prescriptions: [] };
  }
  render(payload);
  if (!focus) return;
  if (flash) flash.focus();
  else q('[data-title]')?.focus();
}

function notFound() {
  q('[data-appointment-page]')!.hidden = true;
  replaceChildren(
    q('[data-not-found-box]')!,
    emptyStateWithAction({
      icon: 'calendar',
      title: 'We could not find this appointment',
      text: 'The link may be mistyped, or the appointment belongs to another account.',
      link: { href: '/appointments/', label: 'My appointments', primary: true },
      testid: 'appointment-not-found',
    }),
  );
  q('[data-not-found]')!.hidden = false;
}

protectPage(async (user) => {
  me = user;
  if (!/^[0-9a-f-]{36}$/.test(appointmentId)) {
    notFound();
    return;
  }
  let payload: AppointmentPayload;
  try {
    payload = await fetchAppointment();
  } catch (err) {
    if (err instanceof ApiError && err.status === 404) {
      notFound();
      return;
    }
    throw err;
  }
  const a = payload.appointment;
  if (params.get('booked') === '1' && isPatient() && a.status === 'REQUESTED' && !holdExpired(a))
    setFlash(
      notice(
        'success',
        [
          h('p', { class: 'font-semibold', text: 'Booked! This time is held for you.' }),
          h('p', { text: 'Pay within 15 minutes to confirm the consultation.' }),
        ],
        { testid: 'booked-notice' },
      ),
    );
  else if (params.get('paid') === '1' && a.status === 'CONFIRMED')
    setFlash(
      notice('success', 'Payment received. Your consultation is confirmed.', { testid: 'paid-notice' }),
    );
  if (params.has('booked') || params.has('paid')) {
    const url = new URL(window.location.href);
    url.searchParams.delete('booked');
    url.searchParams.delete('paid');
    window.history.replaceState(null, '', url);
  }
  render(payload);
});
