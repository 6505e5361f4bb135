/** Payments: by status, amounts in rupees, each linked to its appointment. */
import { type AdminPayment, adminApi, paymentStatuses } from '../../lib/admin-api.ts';
import type { PaymentStatus } from '../../lib/api.ts';
import { h, replaceChildren } from '../../lib/dom.ts';
import { formatDateTime, formatInr } from '../../lib/format.ts';
import { emptyState } from '../../lib/states.ts';
import { openAppointmentDrawer } from './appointments.ts';
import type { ViewContext } from './console.ts';
import { button, details, mono, pagedList, row, statusBadge, statusLabel, tabs, viewHeader } from './ui.ts';

function paymentRow(ctx: ViewContext, p: AdminPayment): HTMLLIElement {
  const when =
    p.status === 'REFUNDED' && p.refundedAt
      ? `Refunded ${formatDateTime(p.refundedAt)}`
      : p.paidAt
        ? `Paid ${formatDateTime(p.paidAt)}`
        : `Started ${formatDateTime(p.createdAt)}`;
  return row(
    'payment-row',
    { appointmentId: p.appointmentId, status: p.status },
    h(
      'div',
      { class: 'flex flex-col gap-4 lg:flex-row lg:items-start' },
      h(
        'div',
        { class: 'shrink-0 lg:w-48' },
        h('p', {
          class: 'text-xl font-bold text-slate-900 tabular-nums',
          text: formatInr(p.amountPaise),
          dataset: { testid: 'payment-amount' },
        }),
        h('div', { class: 'mt-1 flex flex-wrap items-center gap-2' }, statusBadge(p.status)),
        h('p', { class: 'mt-1 text-sm text-slate-600', text: when }),
      ),
      h(
        'div',
        { class: 'min-w-0 flex-1' },
        details([
          [
            'Refunded',
            p.refundPaise ? formatInr(p.refundPaise) : p.status === 'REFUNDED' ? formatInr(0) : 'None',
          ],
          ['Provider', p.provider === 'simulated' ? 'Simulated (local twin)' : 'Razorpay'],
          ['Order id', mono(p.orderId)],
          ['Payment id', p.providerPaymentId ? mono(p.providerPaymentId) : ''],
        ]),
        p.failureReason
          ? h(
              'p',
              { class: 'mt-3 rounded-xl border border-red-200 bg-red-50 p-3 text-sm text-red-900' },
              h('span', { class: 'font-semibold', text: 'Failure: ' }),
              p.failureReason,
            )
          : null,
      ),
      button('Appointment', {
        small: true,
        icon: 'calendar',
        srSuffix: `for the payment of ${formatInr(p.amountPaise)}`,
        testid: 'payment-appointment',
        onClick: () => void openAppointmentDrawer(ctx, p.appointmentId),
      }),
    ),
  );
}

export function paymentsView(ctx: ViewContext) {
  const initial = ctx.params.get('status') as PaymentStatus | null;
  const start = paymentStatuses.includes(initial as PaymentStatus) ? (initial as PaymentStatus) : 'COMPLETED';
  const panel = h('div');
  const t = tabs<PaymentStatus>({
    label: 'Payments by status',
    options: paymentStatuses.map((s) => ({ value: s, label: s === 'COMPLETED' ? 'Paid' : statusLabel(s) })),
    value: start,
    testid: 'payment-tabs',
    onChange: (value) => {
      ctx.setParams({ status: value === 'COMPLETED' ? null : value });
      load(value);
    },
  });
  const tabpanel = t.panel(panel);
  ctx.root.append(
    viewHeader('Payments', 'Razorpay orders by status, newest first. Amounts include GST.'),
    h('div', { class: 'mt-6' }, t.el, tabpanel),
  );
  const load = (status: PaymentStatus) => {
    const list = pagedList<AdminPayment>({
      testid: 'payments-list',
      noun: ['payment', 'payments'],
      signal: ctx.signal,
      fetch: async (cursor, signal) => {
        const page = await adminApi.payments(status, cursor, { signal });
        return { items: page.payments, nextCursor: page.nextCursor };
      },
      render: (p) => paymentRow(ctx, p),
      empty: () =>
        emptyState({
          icon: 'credit-card',
          title: `No ${status === 'COMPLETED' ? 'paid' : statusLabel(status).toLowerCase()} payments`,
          text: 'Payments appear here as patients pay for their bookings.',
          testid: 'payments-empty',
        }),
    });
    replaceChildren(panel, list.el);
    void list.reload();
  };
  load(start);
}
