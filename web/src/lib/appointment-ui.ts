/**
 * How appointments look in lists (the appointments page, the dashboards): the status badge, the
 * date tile, one row per appointment with the other party, the time in the viewer's zone and, for an
 * unpaid booking, the live hold countdown.
 */
import type { AppointmentStatus, AppointmentView, PaymentSummary } from './api.ts';
import { startCountdown } from './countdown.ts';
import { h } from './dom.ts';
import { formatInr } from './format.ts';
import { iconSvg } from './icons.ts';
import type { Role } from './session.ts';
import { formatTimeRange, viewerZone, ymdIn } from './zoned.ts';

const STATUS: Record<AppointmentStatus, { label: string; tone: string; icon: string }> = {
  REQUESTED: {
    label: 'Awaiting payment',
    tone: 'bg-accent-50 text-accent-900 ring-accent-300',
    icon: 'hourglass',
  },
  CONFIRMED: {
    label: 'Confirmed',
    tone: 'bg-emerald-50 text-emerald-800 ring-emerald-200',
    icon: 'check-circle',
  },
  COMPLETED: { label: 'Completed', tone: 'bg-brand-50 text-brand-800 ring-brand-200', icon: 'badge-check' },
  CANCELLED: { label: 'Cancelled', tone: 'bg-red-50 text-red-800 ring-red-200', icon: 'x-circle' },
  NO_SHOW: { label: 'No-show', tone: 'bg-slate-100 text-slate-700 ring-slate-300', icon: 'x-circle' },
};

/** True for a REQUESTED booking whose 15-minute hold has run out (the sweeper will cancel it). */
export const holdExpired = (a: AppointmentView, now = Date.now()) =>
  a.status === 'REQUESTED' && !!a.holdExpiresAt && Date.parse(a.holdExpiresAt) <= now;

export function statusLabel(a: Pick<AppointmentView, 'status' | 'holdExpiresAt'>): string {
  if (a.status === 'REQUESTED' && a.holdExpiresAt && Date.parse(a.holdExpiresAt) <= Date.now())
    return 'Hold expired';
  return STATUS[a.status].label;
}

export function statusBadge(a: Pick<AppointmentView, 'status' | 'holdExpiresAt'>, size: 'sm' | 'md' = 'sm') {
  const spec = STATUS[a.status];
  return h(
    'span',
    {
      class: `inline-flex shrink-0 items-center gap-1.5 rounded-full font-semibold ring-1 ${spec.tone} ${size === 'md' ? 'px-3 py-1 text-sm' : 'px-2.5 py-0.5 text-xs'}`,
      dataset: { testid: 'status-badge', status: a.status },
    },
    iconSvg(spec.icon, size === 'md' ? 'size-4' : 'size-3.5'),
    statusLabel(a),
  );
}

/** The party the viewer meets: the doctor for a patient, the patient for a doctor. */
export const otherParty = (a: AppointmentView, role: Role) =>
  role === 'doctor' ? a.patient.name : a.doctor.name;

export const appointmentHref = (id: string) => `/appointments/view/?id=${encodeURIComponent(id)}`;
export const payHref = (id: string) => `/appointments/pay/?id=${encodeURIComponent(id)}`;
export const receiptHref = (id: string) => `/receipts/view/?id=${encodeURIComponent(id)}`;
export const receiptPdfHref = (id: string) => `/api/receipts/${encodeURIComponent(id)}/pdf`;
export const roomHref = (id: string) => `/room/?id=${encodeURIComponent(id)}`;

/** A calendar tile: weekday, day number and month of the start, in the viewer's zone. */
export function dateTile(startAt: string, zone = viewerZone()) {
  const date = new Date(startAt);
  const part = (opts: Intl.DateTimeFormatOptions) =>
    new Intl.DateTimeFormat('en-IN', { ...opts, timeZone: zone }).format(date);
  return h(
    'span',
    {
      class:
        'flex size-16 shrink-0 flex-col items-center justify-center rounded-xl bg-brand-50 text-brand-800 ring-1 ring-brand-100',
      'aria-hidden': 'true',
    },
    h('span', { class: 'text-xs font-semibold uppercase', text: part({ weekday: 'short' }) }),
    h('span', { class: 'text-xl leading-6 font-bold', text: part({ day: 'numeric' }) }),
    h('span', { class: 'text-xs font-medium', text: part({ month: 'short' }) }),
  );
}

/** "Thursday, 12 March 2026" for the start, in the viewer's zone. */
export function formatLongDate(iso: string, zone = viewerZone()) {
  return new Intl.DateTimeFormat('en-IN', {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: zone,
  }).format(new Date(iso));
}

/**
 * The hold countdown line of an unpaid booking ("Held for 12:34"), ticking live; it becomes "Hold
 * expired" when the time is up. Returns the element and a stop function.
 */
export function holdCountdown(a: AppointmentView, { onExpire }: { onExpire?: () => void } = {}) {
  const clock = h('span', { class: 'font-mono font-semibold tabular-nums', role: 'timer' });
  const line = h(
    'span',
    {
      class: 'inline-flex items-center gap-1.5 text-sm text-accent-900',
      dataset: { testid: 'hold-countdown' },
    },
    iconSvg('clock', 'size-4 text-accent-700'),
    h('span', { text: 'Held for ' }),
    clock,
  );
  const stop = startCountdown({
    until: a.holdExpiresAt ?? new Date().toISOString(),
    clock,
    onExpire: () => {
      line.replaceChildren(iconSvg('alert-triangle', 'size-4 text-accent-700'), 'Hold expired');
      line.dataset.expired = 'true';
      onExpire?.();
    },
  });
  return { element: line, stop };
}

/** One appointment in a list: date tile, other party, time, status and the next step. */
export function appointmentRow(a: AppointmentView, role: Role, { compact = false } = {}) {
  const zone = viewerZone();
  const nameId = `appt-${a.id}-name`;
  const unpaid = a.status === 'REQUESTED' && !holdExpired(a);
  // When the hold runs out while the list is open, the row says so and stops offering to pay.
  let row: HTMLElement | null = null;
  const countdown =
    unpaid && a.holdExpiresAt
      ? holdCountdown(a, {
          onExpire: () => {
            row?.querySelector('[data-testid="appointment-pay"]')?.remove();
            row?.querySelector('[data-testid="status-badge"]')?.replaceWith(statusBadge(a));
          },
        })
      : null;
  const today = ymdIn(new Date(), zone) === ymdIn(a.startAt, zone);

  const actions: HTMLElement[] = [];
  if (role === 'patient' && a.actions.canPay && unpaid)
    actions.push(
      h('a', {
        href: payHref(a.id),
        class: 'btn-primary min-h-10 px-3',
        'aria-describedby': nameId,
        text: `Pay ${formatInr(a.price.totalPaise)}`,
        dataset: { testid: 'appointment-pay' },
      }),
    );
  if (a.join.canJoin)
    actions.push(
      h(
        'a',
        {
          href: roomHref(a.id),
          class: 'btn-primary min-h-10 px-3',
          'aria-describedby': nameId,
          dataset: { testid: 'appointment-join' },
        },
        iconSvg('video', 'size-4'),
        'Join',
      ),
    );
  actions.push(
    h(
      'a',
      {
        href: appointmentHref(a.id),
        class: 'btn-secondary min-h-10 px-3',
        'aria-describedby': nameId,
        dataset: { testid: 'appointment-open' },
      },
      'Details',
    ),
  );

  row = h(
    'li',
    {
      class: `flex min-w-0 flex-col gap-4 rounded-xl border border-slate-200/80 bg-white sm:flex-row sm:items-center ${compact ? 'p-4' : 'p-4 shadow-card sm:p-5'}`,
      dataset: { testid: 'appointment-item', appointmentId: a.id, status: a.status },
    },
    h(
      'div',
      { class: 'flex min-w-0 flex-1 items-start gap-4' },
      dateTile(a.startAt, zone),
      h(
        'div',
        { class: 'min-w-0 flex-1' },
        h(
          'div',
          { class: 'flex flex-wrap items-center gap-x-3 gap-y-1' },
          h('p', {
            id: nameId,
            class: 'font-semibold text-slate-900',
            dataset: { testid: 'appointment-party' },
            text: otherParty(a, role),
          }),
          statusBadge(a),
        ),
        h(
          'p',
          { class: 'mt-1 text-sm text-slate-700', dataset: { testid: 'appointment-time' } },
          today ? h('span', { class: 'font-semibold text-brand-800', text: 'Today · ' }) : null,
          `${formatLongDate(a.startAt, zone)}, ${formatTimeRange(a.startAt, a.endAt, zone)}`,
        ),
        h('p', {
          class: 'mt-0.5 truncate text-sm text-slate-600',
          text: role === 'doctor' ? `Reason: ${a.reason}` : a.doctor.specialtyName,
        }),
        countdown ? h('p', { class: 'mt-1.5' }, countdown.element) : null,
      ),
    ),
    h('div', { class: 'flex shrink-0 flex-wrap gap-2 sm:justify-end' }, actions),
  );
  return row;
}

/** The payment's state in words, for the appointment page. */
export function paymentStatusText(payment: PaymentSummary | null, a: AppointmentView): string {
  if (!payment) {
    if (a.status === 'REQUESTED') return holdExpired(a) ? 'Not paid (the hold expired)' : 'Not paid yet';
    return 'No payment';
  }
  switch (payment.status) {
    case 'PENDING':
      return 'Payment started, not completed';
    case 'FAILED':
      return `Payment failed${payment.failureReason ? `: ${payment.failureReason}` : ''}`;
    case 'REFUNDED':
      return `Refunded ${formatInr(payment.refundPaise ?? payment.amountPaise)}`;
    case 'COMPLETED':
      return payment.refundPaise
        ? `Paid ${formatInr(payment.amountPaise)} · refund of ${formatInr(payment.refundPaise)} in progress`
        : `Paid ${formatInr(payment.amountPaise)}`;
  }
}
