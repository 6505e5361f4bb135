/**
 * /appointments/pay/?id=: the checkout. It shows what is being paid for (the server's `price`) and the
 * live hold countdown, creates the order, and hands over to the gateway: Razorpay Checkout in
 * production, or the local twin's test-payment page, which comes back here with the razorpay_*
 * parameters. Both end in the same verification call, then a confirmation with the receipt number.
 * Expired holds, failed or abandoned payments and bad signatures each say what happened and what to
 * do next.
 */
import { useSignal } from '@preact/signals';
import { useEffect, useRef } from 'preact/hooks';
import type { AppointmentView, PaymentOrder, Receipt } from '../../../../functions/contract/api.ts';
import { appointmentHref, formatLongDate, payHref } from '../../components/AppointmentRow.tsx';
import { Button } from '../../components/Button.tsx';
import { Card } from '../../components/Card.tsx';
import { Clock, useCountdownAnnouncements, useRemaining } from '../../components/Countdown.tsx';
import { DoctorAvatar, doctorPageHref } from '../../components/DoctorCard.tsx';
import { Icon } from '../../components/Icon.tsx';
import { Notice, type Tone } from '../../components/Notice.tsx';
import { BackLink, PageHero } from '../../components/PageHero.tsx';
import { PriceBreakdown } from '../../components/PriceBreakdown.tsx';
import { Protected } from '../../components/Protected.tsx';
import { EmptyState } from '../../components/States.tsx';
import { ApiError, api, errorText } from '../../lib/client.ts';
import { formatInr, titledName } from '../../lib/format.ts';
import { formatDateTime, localAppointment } from '../../lib/format-app.ts';
import * as I from '../../lib/icons/index.ts';
import { pageHref, pageIdParam } from '../../lib/links.ts';
import { formatTimeRange, viewerZone } from '../../lib/zoned.ts';
import { m } from '../../paraglide/messages.js';

const RAZORPAY_SCRIPT = 'https://checkout.razorpay.com/v1/checkout.js';
const BRAND_COLOUR = '#0f766e';

interface Message {
  tone: Tone;
  testid: string;
  title?: string;
  lines: string[];
  /** A failed verification offers to check again. */
  retry?: () => void;
  appointmentId?: string;
}

const failure = (testid: string, title: string | undefined, ...lines: string[]): Message => ({
  tone: 'error',
  testid,
  title,
  lines,
});

type View =
  | { kind: 'loading' }
  | { kind: 'summary'; a: AppointmentView; message: Message | null }
  | { kind: 'expired'; a: AppointmentView; message?: string }
  | { kind: 'not-payable'; a: AppointmentView }
  | { kind: 'paid'; a: AppointmentView; receipt: Receipt | null; fresh: boolean }
  | { kind: 'verifying' }
  | { kind: 'verify-error'; message: Message }
  | { kind: 'not-found'; text: string };

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
  const loaded = () => (window as unknown as { Razorpay?: RazorpayConstructor }).Razorpay;
  return new Promise((resolve, reject) => {
    const done = () =>
      loaded() ? resolve(loaded() as RazorpayConstructor) : reject(new Error('Razorpay did not load'));
    if (loaded()) return done();
    const script = Object.assign(document.createElement('script'), { src: RAZORPAY_SCRIPT, async: true });
    script.addEventListener('load', done);
    script.addEventListener('error', done);
    document.head.append(script);
  });
}

function MessageBox({ message, boxRef }: { message: Message; boxRef?: { current: HTMLDivElement | null } }) {
  return (
    <Notice tone={message.tone} testid={message.testid} focusable boxRef={boxRef}>
      {message.title && <p class="font-semibold">{message.title}</p>}
      {message.lines.map((line) => (
        <p key={line}>{line}</p>
      ))}
      {(message.retry || message.appointmentId) && (
        <div class="mt-3 flex flex-wrap gap-2">
          {message.retry && (
            <button type="button" class="btn-secondary" data-testid="verify-retry" onClick={message.retry}>
              {m.transcript_check_again()}
            </button>
          )}
          {message.appointmentId && (
            <a href={appointmentHref(message.appointmentId)} class="btn-secondary">
              {m.checkout_view_appointment()}
            </a>
          )}
        </div>
      )}
    </Notice>
  );
}

function Summary({ a: view, zone }: { a: AppointmentView; zone: string }) {
  const a = localAppointment(view);
  return (
    <Card id="order" title={m.checkout_your_consultation()} testid="order-summary">
      <div class="mt-4 flex items-center gap-4">
        <DoctorAvatar doctor={a.doctor} size="size-12 text-base" />
        <div class="min-w-0">
          <p class="font-semibold break-words text-slate-900" data-testid="checkout-doctor">
            {a.doctor.name}
          </p>
          <p class="text-sm text-brand-700">{a.doctor.specialtyName}</p>
        </div>
      </div>
      <p class="mt-4 flex items-start gap-2 text-sm text-slate-700" data-testid="checkout-when">
        <Icon shape={I.calendar} class="mt-0.5 size-4 shrink-0 text-slate-500" />
        {m.checkout_when({
          when: `${formatLongDate(a.startAt, zone)}, ${formatTimeRange(a.startAt, a.endAt, zone)}`,
        })}
      </p>
      <PriceBreakdown
        price={a.price}
        testids={['checkout-fee', 'checkout-gst', 'checkout-total']}
        totalLabel={m.checkout_total()}
        class="mt-6 grid gap-2.5 text-sm"
        strongClass="border-t border-slate-200 pt-3 text-base font-bold text-slate-900"
      />
      <p class="mt-3 text-xs text-slate-600">{m.checkout_receipt_note()}</p>
    </Card>
  );
}

function PayPanel({
  a,
  message,
  busy,
  onPay,
  onExpired,
}: {
  a: AppointmentView;
  message: Message | null;
  busy: string | null;
  onPay: () => void;
  onExpired: () => void;
}) {
  const left = useRemaining(a.holdExpiresAt);
  const box = useRef<HTMLDivElement>(null);
  const said = useCountdownAnnouncements(
    left,
    (l) => m.hold_left_say({ left: l }),
    m.hold_expired_say(),
    onExpired,
  );
  useEffect(() => {
    if (message && message.tone === 'error') box.current?.focus();
  }, [message]);
  return (
    <Card id="pay" title={m.pay_heading()} class="card grid min-w-0 gap-5 p-6 sm:p-8" testid="pay-panel">
      <div class="rounded-xl border border-accent-300 bg-accent-50 p-4" data-testid="checkout-hold">
        <p class="flex items-center gap-2 text-sm font-medium text-accent-900">
          <Icon shape={I.hourglass} class="size-4 text-accent-700" />
          {m.checkout_held_for()}
        </p>
        <Clock
          ms={left}
          label={m.hold_clock_label()}
          testid="checkout-countdown"
          class="font-mono text-2xl font-bold text-accent-900 tabular-nums"
        />
        <p class="mt-1 text-xs text-accent-900">{m.checkout_hold_note()}</p>
        <p class="sr-only" role="status">
          {said}
        </p>
      </div>
      <div class="grid gap-3 empty:hidden" data-testid="checkout-messages">
        {message && <MessageBox message={message} boxRef={box} />}
      </div>
      <Button
        class="w-full py-3 text-base"
        testid="pay-now"
        busy={busy !== null}
        busyLabel={busy}
        onClick={onPay}
      >
        {m.row_pay({ amount: formatInr(a.price.totalPaise) })}
      </Button>
      <p class="flex items-start gap-2 text-xs text-slate-600">
        <Icon shape={I.shieldCheck} class="mt-0.5 size-4 shrink-0 text-brand-700" />
        {m.checkout_methods()}
      </p>
    </Card>
  );
}

function Paid({
  a: view,
  receipt,
  fresh,
  zone,
}: {
  a: AppointmentView;
  receipt: Receipt | null;
  fresh: boolean;
  zone: string;
}) {
  const a = localAppointment(view);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (fresh) heading.current?.focus();
  }, []);
  const fact = (label: string, value: string, testid: string) => (
    <div class="rounded-xl bg-slate-50 px-4 py-3 ring-1 ring-slate-200/80">
      <dt class="text-xs font-semibold tracking-wide text-slate-600 uppercase">{label}</dt>
      <dd class="mt-1 font-semibold break-words text-slate-900 tabular-nums" data-testid={testid}>
        {value}
      </dd>
    </div>
  );
  return (
    <section
      class="card mx-auto max-w-2xl p-6 text-center sm:p-10"
      aria-labelledby="paid-heading"
      data-testid="payment-success"
    >
      <span class="mx-auto grid size-16 place-items-center rounded-full bg-emerald-100 text-emerald-700">
        <Icon shape={I.checkCircle} class="size-8" />
      </span>
      <h2
        id="paid-heading"
        ref={heading}
        tabIndex={-1}
        class="mt-5 text-2xl font-bold tracking-tight text-slate-900"
      >
        {fresh ? m.checkout_paid_fresh() : m.checkout_paid_already()}
      </h2>
      <p class="mx-auto mt-2 max-w-md text-slate-600">
        {m.checkout_paid_text({
          name: a.doctor.name,
          when: `${formatLongDate(a.startAt, zone)}, ${formatTimeRange(a.startAt, a.endAt, zone)}`,
        })}
      </p>
      {receipt && (
        <dl class="mx-auto mt-6 grid max-w-lg gap-3 text-left sm:grid-cols-2">
          {fact(m.invoice_number(), receipt.receiptNumber, 'receipt-number')}
          {fact(m.checkout_amount_paid(), formatInr(receipt.totalPaise), 'amount-paid')}
          {fact(m.checkout_paid_on(), formatDateTime(receipt.paidAt, zone), 'paid-at')}
          {fact(m.checkout_payment_id(), receipt.providerPaymentId, 'payment-id')}
        </dl>
      )}
      <div class="mt-8 flex flex-col justify-center gap-3 sm:flex-row">
        <a href={`${appointmentHref(a.id)}&paid=1`} class="btn-primary" data-testid="view-appointment">
          <Icon shape={I.calendar} class="size-4" />
          {m.checkout_view_appointment()}
        </a>
        {receipt && (
          <>
            <a
              href={pageHref(`/receipts/view/?id=${encodeURIComponent(a.id)}`)}
              class="btn-secondary"
              data-testid="view-receipt"
            >
              <Icon shape={I.receipt} class="size-4" />
              {m.pay_view_receipt()}
            </a>
            <a
              href={api.url('getReceiptPdf', { params: { id: a.id } })}
              class="btn-secondary"
              data-testid="download-receipt"
            >
              <Icon shape={I.download} class="size-4" />
              {m.checkout_download_pdf()}
            </a>
          </>
        )}
      </div>
    </section>
  );
}

function Page({ id }: { id: string }) {
  const zone = viewerZone();
  const view = useSignal<View>({ kind: 'loading' });
  const busy = useSignal<string | null>(null);
  const backHref = useSignal<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const errorBox = useRef<HTMLDivElement>(null);

  /** Removes the gateway's parameters, so a reload never verifies the same payment again. */
  const cleanUrl = () =>
    window.history.replaceState(null, '', `${window.location.pathname}?id=${encodeURIComponent(id)}`);
  const notFound = (text: string) => {
    view.value = { kind: 'not-found', text };
  };

  async function load(message: Message | null = null, focus = false) {
    const { appointment: a, payment } = await api.call('getAppointment', { params: { id } });
    backHref.value = appointmentHref(a.id);
    if (payment?.hasReceipt) {
      const receipt = await api.call('getReceipt', { params: { id: a.id } }).then(
        (r) => r.receipt,
        () => null,
      );
      view.value = { kind: 'paid', a, receipt, fresh: false };
    } else if (a.status !== 'REQUESTED') view.value = { kind: 'not-payable', a };
    else if (Date.parse(a.holdExpiresAt ?? '') <= Date.now()) view.value = { kind: 'expired', a };
    else view.value = { kind: 'summary', a, message };
    if (focus) heading.current?.focus();
  }

  async function verify(body: { orderId: string; paymentId: string; signature: string }) {
    view.value = { kind: 'verifying' };
    try {
      const result = await api.call('verifyPayment', { body });
      cleanUrl();
      const { appointment } = await api.call('getAppointment', { params: { id: result.appointmentId } });
      view.value = { kind: 'paid', a: appointment, receipt: result.receipt, fresh: true };
    } catch (err) {
      cleanUrl();
      const a = await api.call('getAppointment', { params: { id } }).then(
        (p) => p.appointment,
        () => null,
      );
      if (err instanceof ApiError && err.code === 'hold_expired' && a) {
        view.value = { kind: 'expired', a, message: err.message };
        return;
      }
      const message: Message = {
        ...failure(
          'verify-error',
          m.checkout_verify_failed(),
          ...(err instanceof ApiError && err.status === 400
            ? [m.checkout_bad_signature(), m.checkout_bad_signature_next()]
            : [err instanceof ApiError ? err.message : m.checkout_verify_error()]),
        ),
        retry: () => void verify(body),
        appointmentId: a?.id,
      };
      view.value =
        a && a.status === 'REQUESTED' && Date.parse(a.holdExpiresAt ?? '') > Date.now()
          ? { kind: 'summary', a, message }
          : { kind: 'verify-error', message };
      requestAnimationFrame(() => errorBox.current?.focus());
    }
  }

  async function pay(a: AppointmentView) {
    const say = (message: Message | null) => {
      view.value = { kind: 'summary', a, message };
    };
    say(null);
    busy.value = m.checkout_preparing();
    let order: PaymentOrder;
    try {
      order = await api.call('startPayment', { params: { id: a.id } });
    } catch (err) {
      busy.value = null;
      if (err instanceof ApiError && err.code === 'hold_expired') {
        view.value = { kind: 'expired', a };
        return;
      }
      if (err instanceof ApiError && (err.code === 'already_paid' || err.code === 'not_payable'))
        return void load(null, true);
      return say(failure('payment-error', m.checkout_start_failed(), errorText(err)));
    }
    if (order.provider === 'simulated' && order.checkoutUrl) {
      busy.value = m.checkout_opening();
      const returnUrl = `${window.location.origin}${payHref(a.id)}`;
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
        // Said in the page's language (the API sends no sentence for display).
        description: m.appt_title({ name: titledName(a.doctor.name) }),
        prefill: order.prefill,
        theme: { color: BRAND_COLOUR },
        handler: (r: RazorpayResponse) =>
          void verify({
            orderId: r.razorpay_order_id,
            paymentId: r.razorpay_payment_id,
            signature: r.razorpay_signature,
          }),
        modal: {
          ondismiss: () => {
            busy.value = null;
            say({ tone: 'warning', testid: 'payment-dismissed', lines: [m.checkout_dismissed()] });
          },
        },
      });
      checkout.on('payment.failed', (response) => {
        busy.value = null;
        const why = response.error?.description ?? m.checkout_declined();
        say(failure('payment-failed', m.checkout_failed_title(), why, m.checkout_failed_next()));
      });
      checkout.open();
      busy.value = m.checkout_in_razorpay();
    } catch {
      busy.value = null;
      say(failure('payment-error', m.checkout_window_failed(), m.checkout_window_failed_text()));
    }
  }

  useEffect(() => {
    if (!/^[0-9a-f-]{36}$/.test(id)) return notFound(m.checkout_not_found_link());
    const params = new URLSearchParams(window.location.search);
    const orderId = params.get('razorpay_order_id');
    const paymentId = params.get('razorpay_payment_id');
    const signature = params.get('razorpay_signature');
    const gatewayError = params.get('razorpay_error');
    if (orderId && paymentId && signature) {
      void verify({ orderId, paymentId, signature });
      return;
    }
    if (gatewayError) cleanUrl();
    const message = gatewayError
      ? failure('payment-failed', m.checkout_failed_title(), gatewayError, m.checkout_gateway_failed_next())
      : null;
    load(message).catch((err) => {
      if (err instanceof ApiError && err.status === 404) notFound(m.checkout_not_found_other());
      else
        view.value = {
          kind: 'verify-error',
          message: failure('page-error', undefined, errorText(err)),
        };
    });
  }, []);

  const v = view.value;
  return (
    <>
      <PageHero
        back={
          <BackLink href={backHref.value ?? pageHref('/appointments/')}>
            {backHref.value ? m.checkout_back() : m.nav_my_appointments()}
          </BackLink>
        }
        eyebrow={m.checkout_eyebrow()}
        title={m.checkout_title()}
        testid="checkout-heading"
        headingRef={heading}
        width="max-w-4xl"
      >
        <p class="mt-2 flex items-center gap-2 text-sm text-slate-600">
          <Icon shape={I.lock} class="size-4 shrink-0 text-brand-700" /> {m.checkout_secure()}
        </p>
      </PageHero>
      <div
        class="container-page max-w-4xl py-8 sm:py-10"
        data-testid="checkout"
        data-state={v.kind}
        aria-busy={v.kind === 'loading' ? 'true' : 'false'}
      >
        {v.kind === 'loading' && <div class="skeleton h-40 w-full rounded-2xl" />}
        {v.kind === 'summary' && (
          <div class="grid gap-6 md:grid-cols-[1fr_20rem] md:items-start">
            <Summary a={v.a} zone={zone} />
            <PayPanel
              a={v.a}
              message={v.message}
              busy={busy.value}
              onPay={() => void pay(v.a)}
              onExpired={() => {
                view.value = { kind: 'expired', a: v.a };
              }}
            />
          </div>
        )}
        {(v.kind === 'expired' || v.kind === 'not-payable') && (
          <EmptyState
            icon={v.kind === 'expired' ? I.hourglass : I.calendar}
            {...(v.kind === 'expired'
              ? { title: m.checkout_expired_title(), text: v.message ?? m.checkout_expired_text() }
              : v.a.status === 'CANCELLED'
                ? { title: m.checkout_cancelled_title(), text: m.checkout_cancelled_text() }
                : { title: m.checkout_nothing_title(), text: m.checkout_nothing_text() })}
            link={
              v.kind === 'expired' || v.a.status === 'CANCELLED'
                ? {
                    href: doctorPageHref(v.a.doctor.id),
                    label: m.hold_book_again(),
                    primary: true,
                    testid: 'book-again',
                  }
                : {
                    href: appointmentHref(v.a.id),
                    label: m.checkout_view_appointment(),
                    primary: true,
                    testid: 'view-appointment',
                  }
            }
            testid={v.kind === 'expired' ? 'checkout-expired' : 'checkout-not-payable'}
          />
        )}
        {v.kind === 'paid' && <Paid a={v.a} receipt={v.receipt} fresh={v.fresh} zone={zone} />}
        {v.kind === 'verifying' && (
          <div
            class="card mx-auto flex max-w-xl flex-col items-center p-10 text-center"
            data-testid="verifying"
          >
            <span class="spinner size-8 border-4 text-brand-700" aria-hidden="true" />
            <p class="mt-5 font-semibold text-slate-900" role="status">
              {m.checkout_confirming()}
            </p>
            <p class="mt-1 text-sm text-slate-600">{m.checkout_keep_open()}</p>
          </div>
        )}
        {v.kind === 'verify-error' && <MessageBox message={v.message} boxRef={errorBox} />}
        {v.kind === 'not-found' && (
          <EmptyState
            icon={I.calendar}
            title={m.checkout_not_found_title()}
            text={v.text}
            link={{ href: pageHref('/appointments/'), label: m.nav_my_appointments(), primary: true }}
            testid="checkout-not-found"
          />
        )}
      </div>
    </>
  );
}

export default function Checkout() {
  return <Protected roles={['patient']}>{() => <Page id={pageIdParam()} />}</Protected>;
}
