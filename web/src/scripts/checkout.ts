/**
 * /appointments/pay/?id=: the checkout. It shows what is being paid for (fee, 18% GST, total) and the
 * live hold countdown, creates the order, and hands over to the gateway: Razorpay Checkout in
 * production, or the local twin's test-payment page, which comes back here with the razorpay_*
 * parameters. Both end in the same verification call, then a confirmation with the receipt number.
 * Expired holds, failed or abandoned payments and bad signatures each say what happened and what to
 * do next.
 */
import {
  ApiError,
  type AppointmentPayload,
  type AppointmentView,
  api,
  type PaymentOrder,
  type Receipt,
  type VerifyPaymentResult,
} from '../lib/api.ts';
import {
  appointmentHref,
  formatLongDate,
  holdExpired,
  receiptHref,
  receiptPdfHref,
} from '../lib/appointment-ui.ts';
import { startCountdown } from '../lib/countdown.ts';
import { doctorAvatar, doctorPageHref } from '../lib/doctor-ui.ts';
import { type Child, h, replaceChildren } from '../lib/dom.ts';
import { formatDateTime, formatInr } from '../lib/format.ts';
import { iconSvg } from '../lib/icons.ts';
import { emptyStateWithAction, notice } from '../lib/page-ui.ts';
import { protectPage } from '../lib/protected.ts';
import { formatTimeRange, viewerZone } from '../lib/zoned.ts';

const RAZORPAY_SCRIPT = 'https://checkout.razorpay.com/v1/checkout.js';
const BRAND_COLOUR = '#0f766e';

const params = new URLSearchParams(window.location.search);
const appointmentId = (params.get('id') ?? '').trim().toLowerCase();
const zone = viewerZone();
const root = document.querySelector<HTMLElement>('[data-checkout]');
const heading = document.querySelector<HTMLElement>('[data-heading]');

let stopCountdown: (() => void) | null = null;

function show(state: string, ...content: (Child | Child[])[]) {
  if (!root) return;
  stopCountdown?.();
  stopCountdown = null;
  root.dataset.state = state;
  replaceChildren(root, ...content);
}

/** Removes the gateway's parameters, so a reload never verifies the same payment again. */
function cleanUrl() {
  window.history.replaceState(
    null,
    '',
    `${window.location.pathname}?id=${encodeURIComponent(appointmentId)}`,
  );
}

const link = (href: string, text: string, cls: string, testid: string, icon?: string) =>
  h('a', { href, class: cls, dataset: { testid } }, icon ? iconSvg(icon, 'size-4') : null, text);

// ---- Views ----------------------------------------------------------------------------------------

function summaryCard(a: AppointmentView) {
  const row = (label: string, value: string, testid: string, strong = false) =>
    h(
      'div',
      {
        class: `flex justify-between gap-4 ${strong ? 'border-t border-slate-200 pt-3 text-base font-bold text-slate-900' : 'text-slate-700'}`,
      },
      h('dt', { text: label }),
      h('dd', { class: 'tabular-nums', text: value, dataset: { testid } }),
    );
  return h(
    'section',
    { class: 'card p-6 sm:p-8', 'aria-labelledby': 'order-heading', dataset: { testid: 'order-summary' } },
    h('h2', {
      id: 'order-heading',
      class: 'text-lg font-semibold text-slate-900',
      text: 'Your consultation',
    }),
    h(
      'div',
      { class: 'mt-4 flex items-center gap-4' },
      doctorAvatar({ id: a.doctor.id, name: a.doctor.name }, 'size-12 text-base'),
      h(
        'div',
        { class: 'min-w-0' },
        h('p', {
          class: 'font-semibold text-slate-900',
          text: a.doctor.name,
          dataset: { testid: 'checkout-doctor' },
        }),
        h('p', { class: 'text-sm text-brand-700', text: a.doctor.specialtyName }),
      ),
    ),
    h(
      'p',
      { class: 'mt-4 flex items-start gap-2 text-sm text-slate-700', dataset: { testid: 'checkout-when' } },
      iconSvg('calendar', 'mt-0.5 size-4 shrink-0 text-slate-500'),
      `${formatLongDate(a.startAt, zone)}, ${formatTimeRange(a.startAt, a.endAt, zone)} · video consultation`,
    ),
    h(
      'dl',
      { class: 'mt-6 grid gap-2.5 text-sm' },
      row('Consultation fee', formatInr(a.price.basePaise), 'checkout-fee'),
      row('GST (18%)', formatInr(a.price.gstPaise), 'checkout-gst'),
      row('Total to pay', formatInr(a.price.totalPaise), 'checkout-total', true),
    ),
    h('p', {
      class: 'mt-3 text-xs text-slate-600',
      text: 'A GST receipt is emailed to you and kept with the appointment.',
    }),
  );
}

function payPanel(a: AppointmentView, message: HTMLElement | null) {
  const clock = h('span', {
    class: 'font-mono text-2xl font-bold text-accent-900 tabular-nums',
    role: 'timer',
    'aria-label': 'Time left to pay',
    dataset: { testid: 'checkout-countdown' },
  });
  const announce = h('p', { class: 'sr-only', role: 'status' });
  const spinner = h('span', { class: 'spinner', 'aria-hidden': 'true', hidden: true });
  const label = h('span', { text: `Pay ${formatInr(a.price.totalPaise)}` });
  const button = h(
    'button',
    { type: 'button', class: 'btn-primary w-full py-3 text-base', dataset: { testid: 'pay-now' } },
    spinner,
    label,
  );
  const errorBox = h(
    'div',
    { class: 'grid gap-3 empty:hidden', dataset: { testid: 'checkout-messages' } },
    message,
  );
  const setBusy = (busy: boolean, text?: string) => {
    button.disabled = busy;
    spinner.hidden = !busy;
    label.textContent = busy ? (text ?? 'Opening the payment page…') : `Pay ${formatInr(a.price.totalPaise)}`;
  };
  button.addEventListener('click', () => void pay(a, { setBusy, errorBox }));
  const panel = h(
    'section',
    {
      class: 'card grid gap-5 p-6 sm:p-8',
      'aria-labelledby': 'pay-heading',
      dataset: { testid: 'pay-panel' },
    },
    h('h2', { id: 'pay-heading', class: 'text-lg font-semibold text-slate-900', text: 'Payment' }),
    h(
      'div',
      { class: 'rounded-xl border border-accent-300 bg-accent-50 p-4', dataset: { testid: 'checkout-hold' } },
      h(
        'p',
        { class: 'flex items-center gap-2 text-sm font-medium text-accent-900' },
        iconSvg('hourglass', 'size-4 text-accent-700'),
        'Your slot is held for',
      ),
      clock,
      h('p', {
        class: 'mt-1 text-xs text-accent-900',
        text: 'Pay before the time runs out, or the slot is released for other patients.',
      }),
      announce,
    ),
    errorBox,
    button,
    h(
      'p',
      { class: 'flex items-start gap-2 text-xs text-slate-600' },
      iconSvg('shield-check', 'mt-0.5 size-4 shrink-0 text-brand-700'),
      'UPI, cards, net banking and wallets. If you are charged after the hold ends, the full amount is refunded automatically.',
    ),
  );
  return { panel, clock, announce };
}

function showSummary(a: AppointmentView, message: HTMLElement | null = null) {
  const { panel, clock, announce } = payPanel(a, message);
  show(
    'summary',
    h('div', { class: 'grid gap-6 md:grid-cols-[1fr_20rem] md:items-start' }, summaryCard(a), panel),
  );
  stopCountdown = startCountdown({
    until: a.holdExpiresAt ?? new Date().toISOString(),
    clock,
    status: announce,
    announcePrefix: 'Time left to pay:',
    expiredText: 'The hold has expired.',
    onExpire: () => showExpired(a),
  });
}

function showExpired(a: AppointmentView, message?: string) {
  show(
    'expired',
    emptyStateWithAction({
      icon: 'hourglass',
      title: 'The hold on this slot has expired',
      text:
        message ??
        'The 15 minutes to pay have passed, so the time was released for other patients. Nothing was charged. You can book the same doctor again.',
      link: { href: doctorPageHref(a.doctor.id), label: 'Book again', primary: true, testid: 'book-again' },
      testid: 'checkout-expired',
    }),
  );
}

function showNotPayable(a: AppointmentView) {
  show(
    'not-payable',
    emptyStateWithAction({
      icon: 'calendar',
      title:
        a.status === 'CANCELLED'
          ? 'This booking was cancelled'
          : 'There is nothing to pay for this appointment',
      text:
        a.status === 'CANCELLED'
          ? 'A cancelled booking cannot be paid. Book a new time with the same doctor if you still need a consultation.'
          : 'See the appointment for its details.',
      link:
        a.status === 'CANCELLED'
          ? { href: doctorPageHref(a.doctor.id), label: 'Book again', primary: true, testid: 'book-again' }
          : {
              href: appointmentHref(a.id),
              label: 'View the appointment',
              primary: true,
              testid: 'view-appointment',
            },
      testid: 'checkout-not-payable',
    }),
  );
}

function showPaid(a: AppointmentView, receipt: Receipt | null, { fresh = false } = {}) {
  const fact = (label: string, value: string, testid: string) =>
    h(
      'div',
      { class: 'rounded-xl bg-slate-50 px-4 py-3 ring-1 ring-slate-200/80' },
      h('dt', { class: 'text-xs font-semibold tracking-wide text-slate-600 uppercase', text: label }),
      h('dd', { class: 'mt-1 font-semibold text-slate-900 tabular-nums', text: value, dataset: { testid } }),
    );
  show(
    'paid',
    h(
      'section',
      {
        class: 'card mx-auto max-w-2xl p-6 text-center sm:p-10',
        'aria-labelledby': 'paid-heading',
        dataset: { testid: 'payment-success' },
      },
      h(
        'span',
        { class: 'mx-auto grid size-16 place-items-center rounded-full bg-emerald-100 text-emerald-700' },
        iconSvg('check-circle', 'size-8'),
      ),
      h('h2', {
        id: 'paid-heading',
        class: 'mt-5 text-2xl font-bold tracking-tight text-slate-900',
        tabindex: '-1',
        text: fresh ? 'Payment received' : 'This consultation is paid',
      }),
      h('p', {
        class: 'mx-auto mt-2 max-w-md text-slate-600',
        text: `Your consultation with ${a.doctor.name} on ${formatLongDate(a.startAt, zone)}, ${formatTimeRange(a.startAt, a.endAt, zone)} is confirmed. We have emailed you the receipt.`,
      }),
      receipt
        ? h(
            'dl',
            { class: 'mx-auto mt-6 grid max-w-lg gap-3 text-left sm:grid-cols-2' },
            fact('Receipt number', receipt.receiptNumber, 'receipt-number'),
            fact('Amount paid', formatInr(receipt.totalPaise), 'amount-paid'),
            fact('Paid on', formatDateTime(receipt.paidAt, zone), 'paid-at'),
            fact('Payment id', receipt.providerPaymentId, 'payment-id'),
          )
        : null,
      h(
        'div',
        { class: 'mt-8 flex flex-col justify-center gap-3 sm:flex-row' },
        link(
          `${appointmentHref(a.id)}&paid=1`,
          'View the appointment',
          'btn-primary',
          'view-appointment',
          'calendar',
        ),
        receipt ? link(receiptHref(a.id), 'View receipt', 'btn-secondary', 'view-receipt', 'receipt') : null,
        receipt
          ? link(receiptPdfHref(a.id), 'Download PDF', 'btn-secondary', 'download-receipt', 'download')
          : null,
      ),
    ),
  );
  if (fresh) root?.querySelector<HTMLElement>('#paid-heading')?.focus();
}

function showVerifying() {
  show(
    'verifying',
    h(
      'div',
      {
        class: 'card mx-auto flex max-w-xl flex-col items-center p-10 text-center',
        dataset: { testid: 'verifying' },
      },
      h('span', { class: 'spinner size-8 border-4 text-brand-700', 'aria-hidden': 'true' }),
      h('p', {
        class: 'mt-5 font-semibold text-slate-900',
        role: 'status',
        text: 'Confirming your payment…',
      }),
      h('p', {
        class: 'mt-1 text-sm text-slate-600',
        text: 'Please keep this page open. It takes a few seconds.',
      }),
    ),
  );
}

function failure(title: string, lines: Child[], testid: string, actions: Child[] = []) {
  const box = notice(
    'error',
    [
      h('p', { class: 'font-semibold', text: title }),
      ...lines.map((l) => (typeof l === 'string' ? h('p', { text: l }) : l)),
      actions.length ? h('div', { class: 'mt-3 flex flex-wrap gap-2' }, actions) : null,
    ],
    { testid },
  );
  box.tabIndex = -1;
  return box;
}

// ---- Paying ------------------------------------------------------------------------------------------

interface RazorpayResponse {
  razorpay_payment_id: string;
  razorpay_order_id: string;
  razorpay_signature: string;
}

interface RazorpayInstance {
  open(): void;
  on(event: 'payment.failed', handler: (response: { error?: { description?: string } }) => void): void;
}

type RazorpayConstructor = new (options: Record<string, unknown>) => RazorpayInstance;

/** Loads Checkout.js once, with a script element (the CSP allows no inline script). */
function loadRazorpay(): Promise<RazorpayConstructor> {
  const existing = (window as unknown as { Razorpay?: RazorpayConstructor }).Razorpay;
  if (existing) return Promise.resolve(existing);
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = RAZORPAY_SCRIPT;
    script.async = true;
    script.addEventListener('load', () => {
      const loaded = (window as unknown as { Razorpay?: RazorpayConstructor }).Razorpay;
      if (loaded) resolve(loaded);
      else reject(new Error('Razorpay did not load'));
    });
    script.addEventListener('error', () => reject(new Error('Razorpay did not load')));
    document.head.append(script);
  });
}

async function pay(
  a: AppointmentView,
  { setBusy, errorBox }: { setBusy: (busy: boolean, text?: string) => void; errorBox: HTMLElement },
) {
  replaceChildren(errorBox);
  setBusy(true, 'Preparing your payment…');
  let order: PaymentOrder;
  try {
    order = await api.post<PaymentOrder>(`/api/appointments/${encodeURIComponent(a.id)}/payment`);
  } catch (err) {
    setBusy(false);
    if (err instanceof ApiError && err.code === 'hold_expired') return showExpired(a);
    if (err instanceof ApiError && (err.code === 'already_paid' || err.code === 'not_payable'))
      return void load({ focus: true });
    const box = failure(
      'We could not start the payment',
      [err instanceof ApiError ? err.message : 'Something went wrong. Please try again.'],
      'payment-error',
    );
    replaceChildren(errorBox, box);
    box.focus();
    return;
  }

  if (order.provider === 'simulated' && order.checkoutUrl) {
    setBusy(true, 'Opening the payment page…');
    const returnUrl = `${window.location.origin}/appointments/pay/?id=${encodeURIComponent(a.id)}`;
    window.location.assign(
      `${order.checkoutUrl}?order_id=${encodeURIComponent(order.orderId)}&return_url=${encodeURIComponent(returnUrl)}`,
    );
    return;
  }

  try {
    const Razorpay = await loadRazorpay();
    const checkout = new Razorpay({
      key: order.keyId,
      order_id: order.orderId,
      amount: order.amountPaise,
      currency: order.currency,
      name: 'Chikitsa360',
      description: order.description,
      prefill: order.prefill,
      theme: { color: BRAND_COLOUR },
      handler: (response: RazorpayResponse) =>
        void verify({
          orderId: response.razorpay_order_id,
          paymentId: response.razorpay_payment_id,
          signature: response.razorpay_signature,
        }),
      modal: {
        ondismiss: () => {
          setBusy(false);
          const box = notice(
            'warning',
            'Payment cancelled. Nothing was charged. You can try again while your slot is still held.',
            { testid: 'payment-dismissed' },
          );
          replaceChildren(errorBox, box);
        },
      },
    });
    checkout.on('payment.failed', (response) => {
      setBusy(false);
      replaceChildren(
        errorBox,
        failure(
          'The payment did not go through',
          [
            response.error?.description ?? 'Your bank declined it.',
            'Nothing was charged. Try again, or use another method.',
          ],
          'payment-failed',
        ),
      );
    });
    checkout.open();
    setBusy(true, 'Complete the payment in the Razorpay window…');
  } catch {
    setBusy(false);
    const box = failure(
      'The payment window did not open',
      ['We could not reach Razorpay. Check your internet connection (or any ad blocker) and try again.'],
      'payment-error',
    );
    replaceChildren(errorBox, box);
    box.focus();
  }
}

async function verify(body: { orderId: string; paymentId: string; signature: string }) {
  showVerifying();
  try {
    const result = await api.post<VerifyPaymentResult>('/api/payments/verify', body);
    cleanUrl();
    const { appointment } = await api.get<AppointmentPayload>(
      `/api/appointments/${encodeURIComponent(result.appointmentId)}`,
    );
    showPaid(appointment, result.receipt, { fresh: true });
  } catch (err) {
    cleanUrl();
    let payload: AppointmentPayload | null = null;
    try {
      payload = await api.get<AppointmentPayload>(`/api/appointments/${encodeURIComponent(appointmentId)}`);
    } catch {
      payload = null;
    }
    const a = payload?.appointment;
    if (err instanceof ApiError && err.code === 'hold_expired' && a) {
      showExpired(a, err.message);
      return;
    }
    const retry = h('button', {
      type: 'button',
      class: 'btn-secondary',
      text: 'Check again',
      dataset: { testid: 'verify-retry' },
    });
    retry.addEventListener('click', () => void verify(body));
    const lines =
      err instanceof ApiError && err.status === 400
        ? [
            'The payment details that came back did not check out, so we could not confirm it from your browser.',
            'If money left your account, Razorpay tells us directly and your booking is confirmed within a few minutes; otherwise nothing was taken.',
          ]
        : [err instanceof ApiError ? err.message : 'Something went wrong while confirming your payment.'];
    const box = failure('We could not confirm your payment', lines, 'verify-error', [
      retry,
      a
        ? h('a', { href: appointmentHref(a.id), class: 'btn-secondary', text: 'View the appointment' })
        : null,
    ]);
    if (a && a.status === 'REQUESTED' && !holdExpired(a)) showSummary(a, box);
    else show('verify-error', box);
    box.focus();
  }
}

// ---- Load ---------------------------------------------------------------------------------------------

async function load({
  focus = false,
  message = null,
}: {
  focus?: boolean;
  message?: HTMLElement | null;
} = {}) {
  const payload = await api.get<AppointmentPayload>(`/api/appointments/${encodeURIComponent(appointmentId)}`);
  const { appointment: a, payment } = payload;
  const back = document.querySelector<HTMLAnchorElement>('[data-back-link]');
  if (back) {
    back.href = appointmentHref(a.id);
    const label = back.querySelector('[data-back-label]');
    if (label) label.textContent = 'Back to the appointment';
  }
  if (payment?.hasReceipt) {
    const { receipt } = await api
      .get<{ receipt: Receipt }>(`/api/receipts/${encodeURIComponent(a.id)}`)
      .catch(() => ({ receipt: null }));
    showPaid(a, receipt);
  } else if (a.status !== 'REQUESTED') showNotPayable(a);
  else if (holdExpired(a)) showExpired(a);
  else showSummary(a, message);
  if (focus) heading?.focus();
}

protectPage(async () => {
  if (!/^[0-9a-f-]{36}$/.test(appointmentId)) {
    show(
      'not-found',
      emptyStateWithAction({
        icon: 'calendar',
        title: 'We could not find this booking',
        text: 'The link may be mistyped. Your bookings are under My appointments.',
        link: { href: '/appointments/', label: 'My appointments', primary: true },
        testid: 'checkout-not-found',
      }),
    );
    return;
  }
  const orderId = params.get('razorpay_order_id');
  const paymentId = params.get('razorpay_payment_id');
  const signature = params.get('razorpay_signature');
  const gatewayError = params.get('razorpay_error');
  try {
    if (orderId && paymentId && signature) {
      void verify({ orderId, paymentId, signature });
      return;
    }
    if (gatewayError) {
      cleanUrl();
      const message = failure(
        'The payment did not go through',
        [
          gatewayError,
          'Nothing was charged. You can try again while your slot is held, or use another payment method.',
        ],
        'payment-failed',
      );
      await load({ message });
      // Focused once the page is visible (protectPage reveals it after this returns).
      requestAnimationFrame(() => message.focus());
      return;
    }
    await load();
  } catch (err) {
    if (err instanceof ApiError && err.status === 404) {
      show(
        'not-found',
        emptyStateWithAction({
          icon: 'calendar',
          title: 'We could not find this booking',
          text: 'It may belong to another account. Your bookings are under My appointments.',
          link: { href: '/appointments/', label: 'My appointments', primary: true },
          testid: 'checkout-not-found',
        }),
      );
      return;
    }
    throw err;
  }
});
