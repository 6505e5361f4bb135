/**
 * Payments: by status, newest first, each opening its appointment's drawer. A refund the gateway
 * refused is listed under "Refund failed" with the gateway's reason and a Retry (idempotent server-side).
 */
import { useSignal } from '@preact/signals';

import type { AdminPayment, PaymentStatus } from '../../../../functions/contract/api.ts';
import { Notice } from '../../components/Notice.tsx';
import { StatusBadge, stateLabel } from '../../components/StatusBadge.tsx';
import { api, errorText } from '../../lib/client.ts';
import { formatInr } from '../../lib/format.ts';
import { formatDateTime } from '../../lib/format-app.ts';
import * as I from '../../lib/icons/index.ts';
import { m } from '../../paraglide/messages.js';
import { focusLater, useView } from './context.ts';
import { Act, Details, Header, type List, Mono, PAGE, rowClass, TabbedList } from './ui.tsx';

/** The console's tab order: what was paid first, then the refunds that need a retry. */
const paymentStatuses: PaymentStatus[] = ['COMPLETED', 'REFUND_FAILED', 'PENDING', 'FAILED', 'REFUNDED'];
const label = (s: PaymentStatus) => (s === 'COMPLETED' ? m.admin_paid() : stateLabel(s));

function PaymentRow({ payment: p, list }: { payment: AdminPayment; list: List<AdminPayment> }) {
  const ctx = useView();
  const busy = useSignal(false);
  const row = `[data-testid="payment-row"][data-appointment-id="${p.appointmentId}"]`;
  const retry = async () => {
    busy.value = true;
    try {
      const { payment } = await api.call('adminRetryRefund', { params: { appointmentId: p.appointmentId } });
      list.update(p.appointmentId, () => payment);
      ctx.notify(
        payment.status === 'REFUNDED'
          ? m.admin_refund_retried({ amount: formatInr(payment.refundPaise ?? 0) })
          : m.admin_refund_failed_again({ reason: payment.refundFailure ?? '' }),
        payment.status === 'REFUNDED' ? undefined : 'error',
      );
      ctx.refreshCounts();
      focusLater(`${row} button`);
    } catch (err) {
      ctx.notify(errorText(err), 'error');
    } finally {
      busy.value = false;
    }
  };
  const when =
    p.status === 'REFUNDED' && p.refundedAt
      ? m.admin_refunded_at({ when: formatDateTime(p.refundedAt) })
      : p.paidAt
        ? m.admin_paid_at({ when: formatDateTime(p.paidAt) })
        : m.admin_started_at({ when: formatDateTime(p.createdAt) });
  const refunded = p.refundPaise || p.status === 'REFUNDED' ? formatInr(p.refundPaise ?? 0) : m.admin_none();
  return (
    <li
      class={`${rowClass} flex flex-col gap-4 lg:flex-row lg:items-start`}
      data-testid="payment-row"
      data-appointment-id={p.appointmentId}
      data-status={p.status}
    >
      <div class="shrink-0 lg:w-48">
        <p class="text-xl font-bold text-slate-900 tabular-nums" data-testid="payment-amount">
          {formatInr(p.amountPaise)}
        </p>
        <StatusBadge status={p.status} />
        <p class="mt-1 text-sm text-slate-600">{when}</p>
      </div>
      <div class="min-w-0 flex-1">
        <Details
          rows={[
            [m.admin_refunded(), refunded],
            [m.admin_provider(), p.provider === 'simulated' ? m.admin_provider_twin() : 'Razorpay'],
            [m.admin_order_id(), <Mono key="o" text={p.orderId} />],
            [m.admin_payment_id(), p.providerPaymentId && <Mono key="p" text={p.providerPaymentId} />],
          ]}
        />
        {p.failureReason && (
          <Notice tone="error" live={false} class="mt-3 p-3">
            <b>{m.admin_failure()}</b> {p.failureReason}
          </Notice>
        )}
        {p.refundFailure && (
          <Notice tone="error" live={false} class="mt-3 p-3" testid="refund-failure">
            <b>{m.admin_refund_failure()}</b> {p.refundFailure}
          </Notice>
        )}
      </div>
      <div class="flex flex-wrap gap-2">
        {p.status === 'REFUND_FAILED' && (
          <Act
            look="primary"
            icon={I.refreshCw}
            label={m.admin_retry_refund()}
            sr={m.admin_retry_refund_of({ amount: formatInr(p.refundPaise ?? p.amountPaise) })}
            busy={busy.value}
            testid="retry-refund"
            onClick={() => void retry()}
          />
        )}
        <Act
          icon={I.calendar}
          label={m.admin_appointment()}
          sr={m.admin_for_payment({ amount: formatInr(p.amountPaise) })}
          testid="payment-appointment"
          onClick={() => ctx.openDrawer({ kind: 'appointment', id: p.appointmentId })}
        />
      </div>
    </li>
  );
}

export default function Payments() {
  return (
    <>
      <Header title={m.admin_nav_payments()} intro={m.admin_payments_intro()} />
      <TabbedList<PaymentStatus, AdminPayment>
        label={m.admin_payments_tabs()}
        values={paymentStatuses}
        labelOf={label}
        param="status"
        testid="payment-tabs"
        list="payments-list"
        noun={[m.admin_n_payments, m.admin_payments_noun]}
        itemKey={(p) => p.appointmentId}
        fetch={(status, cursor, signal) =>
          api
            .call('adminListPayments', { query: { status, cursor, limit: PAGE } }, { signal })
            .then((p) => ({ items: p.payments, nextCursor: p.nextCursor }))
        }
        renderItem={(p, list) => <PaymentRow payment={p} list={list} />}
        empty={(status) => ({
          icon: I.creditCard,
          title: m.admin_payments_empty({ status: label(status).toLowerCase() }),
          text: m.admin_payments_empty_text(),
          testid: 'payments-empty',
        })}
      />
    </>
  );
}
