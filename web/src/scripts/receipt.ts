/**
 * /receipts/view/?id=: the GST receipt of a paid appointment (id = the appointment's id), laid out
 * like the PDF invoice and printable on its own (the page's print stylesheet hides the site around
 * it). Amounts are the API's integer paise, shown in rupees with Indian grouping; a refund is a line
 * of its own.
 */
import { ApiError, api, type Receipt } from '../lib/api.ts';
import { appointmentHref, formatLongDate, receiptPdfHref } from '../lib/appointment-ui.ts';
import { type Child, h, replaceChildren } from '../lib/dom.ts';
import { formatDateTime, formatInr } from '../lib/format.ts';
import { emptyStateWithAction } from '../lib/page-ui.ts';
import { protectPage } from '../lib/protected.ts';
import { formatTime, sameZone, viewerZone, zoneAbbreviation } from '../lib/zoned.ts';

const appointmentId = (new URLSearchParams(window.location.search).get('id') ?? '').trim().toLowerCase();
const zone = viewerZone();
const q = <T extends HTMLElement = HTMLElement>(selector: string) => document.querySelector<T>(selector);

function fact(label: string, value: Child, testid: string) {
  return h(
    'div',
    null,
    h('dt', { class: 'text-xs font-semibold tracking-wide text-slate-500 uppercase', text: label }),
    h('dd', { class: 'mt-1 font-medium break-all text-slate-900', dataset: { testid } }, value),
  );
}

function block(title: string, ...lines: Child[]) {
  return h(
    'div',
    { class: 'rounded-xl bg-slate-50 p-4 ring-1 ring-slate-200/80 print:bg-white' },
    h('h2', { class: 'text-xs font-semibold tracking-wide text-slate-500 uppercase', text: title }),
    h('div', { class: 'mt-2 grid gap-0.5 text-sm text-slate-700' }, lines),
  );
}

function amountRow(label: Child, paise: number, testid: string, { strong = false, negative = false } = {}) {
  return h(
    'tr',
    {
      class: strong
        ? 'border-t-2 border-slate-300 text-base font-bold text-slate-900'
        : 'border-t border-slate-200',
    },
    h(
      'th',
      { scope: 'row', class: `py-3 pr-4 text-left ${strong ? '' : 'font-normal text-slate-700'}` },
      label,
    ),
    h('td', {
      class: 'py-3 text-right tabular-nums',
      text: `${negative ? '− ' : ''}${formatInr(paise)}`,
      dataset: { testid },
    }),
  );
}

function render(r: Receipt) {
  const otherZone = !sameZone(r.timeZone, zone);
  const when = `${formatLongDate(r.appointmentStartAt, r.timeZone)}, ${formatTime(r.appointmentStartAt, r.timeZone)} ${zoneAbbreviation(r.timeZone, r.appointmentStartAt)}`;
  document.title = `Receipt ${r.receiptNumber} · Chikitsa360`;
  const subtitle = q('[data-receipt-subtitle]');
  if (subtitle) subtitle.textContent = `Tax invoice · GST ${r.gstPercent}%`;

  replaceChildren(
    q('[data-receipt-body]')!,
    r.refund
      ? h(
          'p',
          {
            class:
              'mb-6 inline-flex items-center gap-2 rounded-full bg-brand-50 px-3 py-1 text-sm font-semibold text-brand-800 ring-1 ring-brand-200',
            dataset: { testid: 'receipt-refunded-badge' },
          },
          'Refunded',
        )
      : null,
    h(
      'dl',
      { class: 'grid gap-5 sm:grid-cols-3' },
      fact('Receipt number', r.receiptNumber, 'receipt-number'),
      fact('Date paid', formatDateTime(r.paidAt, 'Asia/Kolkata'), 'receipt-paid-at'),
      fact('Payment id', r.providerPaymentId, 'receipt-payment-id'),
    ),
    h(
      'div',
      { class: 'mt-8 grid gap-4 sm:grid-cols-2' },
      block(
        'Billed to',
        h('p', {
          class: 'font-semibold text-slate-900',
          text: r.patientName,
          dataset: { testid: 'receipt-patient' },
        }),
      ),
      block(
        'Consultation',
        h('p', {
          class: 'font-semibold text-slate-900',
          text: r.doctorName,
          dataset: { testid: 'receipt-doctor' },
        }),
        r.doctorRegistrationNumber
          ? h('p', { text: `Registration no. ${r.doctorRegistrationNumber}` })
          : null,
        h('p', { text: when, dataset: { testid: 'receipt-when' } }),
        otherZone
          ? h('p', {
              class: 'text-slate-600 print:hidden',
              text: `Your time: ${formatDateTime(r.appointmentStartAt, zone)}`,
            })
          : null,
      ),
    ),
    h(
      'table',
      { class: 'mt-8 w-full text-sm', dataset: { testid: 'receipt-amounts' } },
      h('caption', { class: 'sr-only', text: 'Amounts in Indian rupees' }),
      h(
        'thead',
        null,
        h(
          'tr',
          { class: 'text-xs tracking-wide text-slate-500 uppercase' },
          h('th', { scope: 'col', class: 'pb-2 text-left font-semibold', text: 'Description' }),
          h('th', { scope: 'col', class: 'pb-2 text-right font-semibold', text: `Amount (${r.currency})` }),
        ),
      ),
      h(
        'tbody',
        null,
        amountRow(
          h(
            'span',
            null,
            'Online video consultation',
            h('span', { class: 'block text-xs text-slate-500', text: r.doctorName }),
          ),
          r.basePaise,
          'receipt-fee',
        ),
        amountRow(`GST @ ${r.gstPercent}%`, r.gstPaise, 'receipt-gst'),
        amountRow('Total paid', r.totalPaise, 'receipt-total', { strong: true }),
        r.refund
          ? amountRow(
              h(
                'span',
                null,
                'Refunded',
                h('span', {
                  class: 'block text-xs text-slate-500',
                  text: `${r.refund.refundedAt ? formatDateTime(r.refund.refundedAt, 'Asia/Kolkata') : ''}${r.refund.refundId ? ` · ${r.refund.refundId}` : ''}`,
                }),
              ),
              r.refund.amountPaise,
              'receipt-refund',
              { negative: true },
            )
          : null,
        r.refund
          ? amountRow('Net amount paid', r.totalPaise - r.refund.amountPaise, 'receipt-net', { strong: true })
          : null,
      ),
    ),
    h(
      'footer',
      { class: 'mt-10 grid gap-1 border-t border-slate-200 pt-6 text-xs text-slate-600' },
      h('p', { class: 'font-semibold text-slate-800', text: r.issuer.name }),
      r.issuer.address.map((line) => h('p', { text: line })),
      h('p', { text: r.issuer.email }),
      h('p', { class: 'mt-2', text: 'This is a computer-generated receipt and needs no signature.' }),
    ),
  );
  q('[data-receipt-doc]')!.hidden = false;
  const actions = q('[data-actions]');
  if (actions) actions.hidden = false;
  const pdf = q<HTMLAnchorElement>('[data-pdf-link]');
  if (pdf) pdf.href = receiptPdfHref(r.id);
}

function notFound(message: string) {
  replaceChildren(
    q('[data-receipt-message]')!,
    emptyStateWithAction({
      icon: 'receipt',
      title: 'No receipt to show',
      text: message,
      link: /^[0-9a-f-]{36}$/.test(appointmentId)
        ? { href: appointmentHref(appointmentId), label: 'View the appointment', primary: true }
        : { href: '/appointments/', label: 'My appointments', primary: true },
      testid: 'receipt-not-found',
    }),
  );
}

protectPage(async () => {
  const back = q<HTMLAnchorElement>('[data-back-link]');
  if (back && /^[0-9a-f-]{36}$/.test(appointmentId)) back.href = appointmentHref(appointmentId);
  q('[data-print]')?.addEventListener('click', () => window.print());
  if (!/^[0-9a-f-]{36}$/.test(appointmentId)) {
    notFound('The link may be mistyped. Receipts are on each paid appointment.');
    return;
  }
  try {
    const { receipt } = await api.get<{ receipt: Receipt }>(
      `/api/receipts/${encodeURIComponent(appointmentId)}`,
    );
    render(receipt);
  } catch (err) {
    if (err instanceof ApiError && err.status === 404) {
      notFound(
        'There is no receipt for this appointment yet: a receipt is issued once the consultation is paid.',
      );
      return;
    }
    throw err;
  }
});
