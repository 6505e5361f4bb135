/**
 * Appointments: by status and date range, with a drawer showing the payment and transcription state.
 * An admin can cancel a requested or confirmed appointment with a reason; a paid one is refunded in full.
 */
import {
  type AdminAppointment,
  type AppointmentDetail,
  adminApi,
  appointmentStatuses,
} from '../../lib/admin-api.ts';
import type { AppointmentStatus } from '../../lib/api.ts';
import { h, replaceChildren } from '../../lib/dom.ts';
import { formatDateTime, formatInr } from '../../lib/format.ts';
import { describeTimeZone } from '../../lib/profile-ui.ts';
import { emptyState } from '../../lib/states.ts';
import { formatTimeRange } from '../../lib/zoned.ts';
import type { ViewContext } from './console.ts';
import {
  button,
  confirmAction,
  details,
  drawerSection,
  mono,
  nextId,
  notify,
  openDrawer,
  type PagedList,
  pagedList,
  row,
  statusBadge,
  statusLabel,
  tabs,
  viewHeader,
} from './ui.ts';

const cancellable = (s: AppointmentStatus) => s === 'REQUESTED' || s === 'CONFIRMED';

function paymentSection(payment: AppointmentDetail['payment']) {
  if (!payment)
    return drawerSection(
      'Payment',
      h('p', { class: 'text-sm text-slate-600', text: 'No payment was started for this appointment.' }),
    );
  return drawerSection(
    'Payment',
    details([
      ['Status', statusBadge(payment.status), 'drawer-payment-status'],
      ['Amount', formatInr(payment.amountPaise)],
      ['Refunded', payment.refundPaise ? formatInr(payment.refundPaise) : 'Nothing refunded'],
      ['Order id', mono(payment.orderId)],
    ]),
  );
}

function transcriptionSection(t: AppointmentDetail['transcription'], recording: boolean) {
  return drawerSection(
    'Transcription',
    t
      ? h(
          'div',
          null,
          details([['Status', statusBadge(t.status), 'drawer-transcription-status']]),
          t.error
            ? h(
                'p',
                {
                  class:
                    'mt-3 rounded-xl border border-red-200 bg-red-50 p-3 font-mono text-xs leading-5 break-words text-red-900',
                },
                t.error,
              )
            : null,
          h('p', {
            class: 'mt-3 text-xs text-slate-500',
            text: 'Transcripts are private to the patient and the doctor; only the status is shown here.',
          }),
        )
      : h('p', {
          class: 'text-sm text-slate-600',
          text: recording
            ? 'Nothing has been recorded yet.'
            : 'Recording was turned off for this consultation.',
        }),
  );
}

/** The appointment drawer, from any view. `onChange` runs after a cancellation. */
export function openAppointmentDrawer(ctx: ViewContext, appointmentId: string, onChange?: () => void) {
  return openDrawer('Appointment', 'appointment-drawer', async (drawer) => {
    const fill = (d: AppointmentDetail) => {
      const a = d.appointment;
      replaceChildren(
        drawer.body,
        h(
          'div',
          null,
          h(
            'div',
            { class: 'flex flex-wrap items-center gap-2' },
            statusBadge(a.status),
            h('span', { class: 'text-sm text-slate-600', text: a.doctor.specialtyName }),
          ),
          h('p', {
            class: 'mt-2 text-lg font-semibold text-slate-900',
            text: `${a.doctor.name} with ${a.patient.name}`,
            dataset: { testid: 'drawer-appointment-title' },
          }),
          h('p', { class: 'text-sm text-slate-600', text: formatDateTime(a.startAt) }),
        ),
        h(
          'div',
          { class: 'mt-6' },
          drawerSection(
            'Consultation',
            details([
              ['When (your time)', formatTimeRange(a.startAt, a.endAt)],
              ['Doctor', a.doctor.name],
              ['Patient', a.patient.name],
              ['Fee', `${formatInr(a.price.totalPaise)} incl. GST`],
              ['Booked', formatDateTime(a.createdAt)],
              ['Doctor’s time zone', describeTimeZone(a.timeZone)],
            ]),
            h(
              'div',
              { class: 'mt-4 text-sm' },
              h('p', { class: 'text-slate-500', text: 'Reason for the visit' }),
              h('p', { class: 'mt-0.5 whitespace-pre-line text-slate-800', text: a.reason || 'Not given' }),
            ),
            a.status === 'CANCELLED'
              ? h(
                  'p',
                  { class: 'mt-4 rounded-xl bg-slate-50 p-3 text-sm text-slate-700' },
                  h('span', { class: 'font-semibold', text: 'Cancelled: ' }),
                  a.cancelReason || 'No reason recorded.',
                  a.cancelledBy === 'system' ? ' (the payment hold expired)' : '',
                )
              : null,
          ),
          paymentSection(d.payment),
          transcriptionSection(d.transcription, a.recordingEnabled),
          drawerSection(
            'Identifiers',
            details([
              ['Appointment id', mono(a.id), 'drawer-appointment-id'],
              ['Doctor id', mono(a.doctor.id)],
              ['Patient id', mono(a.patient.id)],
            ]),
            h(
              'a',
              {
                href: `#/audit?subjectId=${encodeURIComponent(a.id)}`,
                class:
                  'mt-4 inline-block text-sm font-semibold text-brand-700 underline-offset-2 hover:underline',
              },
              'Who read or changed this appointment (audit log)',
            ),
          ),
        ),
      );
      drawer.body.querySelector('a[href^="#/audit"]')?.addEventListener('click', () => drawer.close());
      replaceChildren(drawer.footer);
      if (cancellable(a.status)) {
        const paid = d.payment?.status === 'COMPLETED' ? d.payment.amountPaise : 0;
        drawer.footer.append(
          button('Cancel appointment', {
            variant: 'danger',
            testid: 'cancel-appointment',
            onClick: async () => {
              const ok = await confirmAction({
                title: 'Cancel this appointment?',
                testid: 'cancel-dialog',
                danger: true,
                body: [
                  h('p', { text: `${a.doctor.name} with ${a.patient.name}, ${formatDateTime(a.startAt)}.` }),
                  h('p', {
                    class: 'font-medium text-slate-900',
                    dataset: { testid: 'refund-note' },
                    text: paid
                      ? `The patient paid ${formatInr(paid)} and is refunded in full.`
                      : 'Nothing has been paid, so there is nothing to refund. The slot is released.',
                  }),
                  h('p', { text: 'Both the patient and the doctor see your reason.' }),
                ],
                reason: {
                  label: 'Reason',
                  hint: 'For example: the doctor is unwell and cannot consult today.',
                  missing: 'Give a reason; both parties see it.',
                  minLength: 3,
                  maxLength: 500,
                },
                confirmLabel: 'Cancel appointment',
                busyLabel: 'Cancelling…',
                run: async (reason) => {
                  await adminApi.cancelAppointment(a.id, reason);
                },
              });
              if (!ok) return;
              notify(
                paid
                  ? `Appointment cancelled. ${formatInr(paid)} is refunded to the patient.`
                  : 'Appointment cancelled.',
              );
              onChange?.();
              await drawer.load(async () => fill(await adminApi.appointment(a.id)));
              drawer.body
                .closest('dialog')
                ?.querySelector<HTMLElement>('[data-testid="drawer-close"]')
                ?.focus();
            },
          }),
        );
      }
    };
    await drawer.load(async () => fill(await adminApi.appointment(appointmentId, { signal: ctx.signal })));
  });
}

function appointmentRow(ctx: ViewContext, a: AdminAppointment, reload: () => void): HTMLLIElement {
  const titleId = nextId('appt');
  return row(
    'appointment-row',
    { appointmentId: a.id, status: a.status },
    h(
      'div',
      { class: 'flex flex-col gap-3 sm:flex-row sm:items-center' },
      h(
        'div',
        { class: 'w-full shrink-0 sm:w-44' },
        h('p', {
          class: 'text-sm font-semibold text-slate-900',
          text: formatDateTime(a.startAt).replace(/, (?=\d)/, ' · '),
        }),
        h('div', { class: 'mt-1' }, statusBadge(a.status)),
      ),
      h(
        'div',
        { class: 'min-w-0 flex-1' },
        h('p', {
          id: titleId,
          class: 'font-medium text-slate-900',
          text: `${a.doctor.name} with ${a.patient.name}`,
        }),
        h('p', {
          class: 'truncate text-sm text-slate-600',
          text: `${a.doctor.specialtyName} · ${a.reason || 'No reason given'}`,
        }),
      ),
      h('p', {
        class: 'text-sm font-semibold text-slate-900 tabular-nums sm:text-right',
        text: formatInr(a.price.totalPaise),
      }),
      button('Details', {
        small: true,
        srSuffix: `of ${a.doctor.name} with ${a.patient.name}`,
        testid: 'appointment-details',
        onClick: () => void openAppointmentDrawer(ctx, a.id, reload),
      }),
    ),
  );
}

/** A date input's day as an instant: the start of that day in the viewer's zone. */
export const startOfDay = (ymd: string) => new Date(`${ymd}T00:00:00`).toISOString();
export const dayAfter = (ymd: string) => {
  const d = new Date(`${ymd}T00:00:00`);
  d.setDate(d.getDate() + 1);
  return d.toISOString();
};

export function appointmentsView(ctx: ViewContext) {
  const initial = ctx.params.get('status') as AppointmentStatus | null;
  let status: AppointmentStatus = appointmentStatuses.includes(initial as AppointmentStatus)
    ? (initial as AppointmentStatus)
    : 'CONFIRMED';
  const ymd = /^\d{4}-\d{2}-\d{2}$/;
  let from = ymd.test(ctx.params.get('from') ?? '') ? (ctx.params.get('from') as string) : '';
  let to = ymd.test(ctx.params.get('to') ?? '') ? (ctx.params.get('to') as string) : '';

  const panel = h('div');
  const t = tabs<AppointmentStatus>({
    label: 'Appointments by status',
    options: appointmentStatuses.map((s) => ({ value: s, label: statusLabel(s) })),
    value: status,
    testid: 'appointment-tabs',
    onChange: (value) => {
      status = value;
      ctx.setParams({ status: value === 'CONFIRMED' ? null : value });
      load();
    },
  });

  const fromId = nextId('from');
  const toId = nextId('to');
  const rangeError = h('p', {
    class: 'field-error sm:col-span-full',
    role: 'alert',
    hidden: true,
    dataset: { testid: 'range-error' },
  });
  const fromInput = h('input', {
    id: fromId,
    type: 'date',
    name: 'from',
    value: from,
    class: 'field-input',
    dataset: { testid: 'range-from' },
  });
  const toInput = h('input', {
    id: toId,
    type: 'date',
    name: 'to',
    value: to,
    class: 'field-input',
    dataset: { testid: 'range-to' },
  });
  const clear = button('Clear', { variant: 'ghost', testid: 'range-clear' });
  const form = h(
    'form',
    {
      class: 'mt-5 grid gap-3 sm:grid-cols-[1fr_1fr_auto_auto] sm:items-end',
      'aria-label': 'Date range',
      dataset: { testid: 'range-form' },
    },
    h('div', null, h('label', { for: fromId, class: 'field-label', text: 'From (start date)' }), fromInput),
    h(
      'div',
      null,
      h('label', { for: toId, class: 'field-label', text: 'To (end date, inclusive)' }),
      toInput,
    ),
    button('Apply', { variant: 'secondary', type: 'submit', testid: 'range-apply', class: 'h-12' }),
    clear,
    rangeError,
  );
  clear.classList.add('h-12');
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (fromInput.value && toInput.value && toInput.value < fromInput.value) {
      rangeError.textContent = 'The end date is before the start date.';
      rangeError.hidden = false;
      toInput.setAttribute('aria-invalid', 'true');
      toInput.focus();
      return;
    }
    rangeError.hidden = true;
    toInput.removeAttribute('aria-invalid');
    from = fromInput.value;
    to = toInput.value;
    ctx.setParams({ from, to });
    load();
  });
  clear.addEventListener('click', () => {
    fromInput.value = '';
    toInput.value = '';
    from = '';
    to = '';
    rangeError.hidden = true;
    ctx.setParams({ from: null, to: null });
    load();
  });

  const tabpanel = t.panel(panel);
  ctx.root.append(
    viewHeader(
      'Appointments',
      'Every consultation by status. Open one to see its payment and transcription.',
    ),
    form,
    h('div', { class: 'mt-6' }, t.el, tabpanel),
  );

  function load() {
    const list: PagedList<AdminAppointment> = pagedList<AdminAppointment>({
      testid: 'appointments-list',
      noun: ['appointment', 'appointments'],
      signal: ctx.signal,
      fetch: async (cursor, signal) => {
        const page = await adminApi.appointments(
          { status, from: from ? startOfDay(from) : undefined, to: to ? dayAfter(to) : undefined },
          cursor,
          { signal },
        );
        return { items: page.appointments, nextCursor: page.nextCursor };
      },
      render: (a) => appointmentRow(ctx, a, () => void list.reload()),
      empty: () =>
        emptyState({
          icon: 'calendar',
          title: `No ${statusLabel(status).toLowerCase()} appointments`,
          text:
            from || to
              ? 'Nothing in this date range. Try a wider range or clear it.'
              : 'There are none at the moment.',
          testid: 'appointments-empty',
        }),
    });
    replaceChildren(panel, list.el);
    void list.reload();
  }
  load();
}
