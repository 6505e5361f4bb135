/**
 * /receipts/view/?id=: the GST invoice of a paid appointment (id = the appointment's id), laid out like
 * the PDF and printable on its own (the page's print stylesheet hides the site around it): supplier and
 * GSTIN, serial, recipient and place of supply, each line's SAC, and CGST + SGST or IGST. Amounts are
 * the API's integer paise, never computed here; a refund is a line of its own.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { Receipt } from '../../../../functions/contract/api.ts';
import { appointmentHref, formatLongDate } from '../../components/AppointmentRow.tsx';
import { Icon } from '../../components/Icon.tsx';
import { Logo } from '../../components/Logo.tsx';
import { BackLink } from '../../components/PageHero.tsx';
import { Protected } from '../../components/Protected.tsx';
import { EmptyState } from '../../components/States.tsx';
import { ApiError, api, errorText } from '../../lib/client.ts';
import { formatInr, titledName } from '../../lib/format.ts';
import { formatDateTime } from '../../lib/format-app.ts';
import * as I from '../../lib/icons/index.ts';
import { lineNote, stateText, taxRows } from '../../lib/invoice.ts';
import { pageHref, pageIdParam } from '../../lib/links.ts';
import { formatTime, sameZone, viewerZone, zoneAbbreviation } from '../../lib/zoned.ts';
import { m } from '../../paraglide/messages.js';

type Load =
  | { state: 'loading' }
  | { state: 'ready'; r: Receipt }
  | { state: 'missing'; text: string }
  | { state: 'error'; text: string };

const isId = (id: string) => /^[0-9a-f-]{36}$/.test(id);

function Fact({ label, children, testid }: { label: string; children: ComponentChildren; testid: string }) {
  return (
    <div>
      <dt class="text-xs font-semibold tracking-wide text-slate-500 uppercase">{label}</dt>
      <dd class="mt-1 font-medium break-all text-slate-900" data-testid={testid}>
        {children}
      </dd>
    </div>
  );
}

function Block({ title, children }: { title: string; children: ComponentChildren }) {
  return (
    <div class="rounded-xl bg-slate-50 p-4 ring-1 ring-slate-200/80 print:bg-white">
      <h2 class="text-xs font-semibold tracking-wide text-slate-500 uppercase">{title}</h2>
      <div class="mt-2 grid gap-0.5 text-sm break-words text-slate-700">{children}</div>
    </div>
  );
}

/** A row of the amounts table; `note` is a smaller line under the label; `negative` is money going back. */
function Amount({
  label,
  paise,
  testid,
  strong = false,
  negative = false,
}: {
  label: ComponentChildren;
  paise: number;
  testid: string;
  strong?: boolean;
  negative?: boolean;
}) {
  return (
    <tr
      class={
        strong
          ? 'border-t-2 border-slate-300 text-base font-bold text-slate-900'
          : 'border-t border-slate-200'
      }
    >
      <th scope="row" class={`py-3 pr-4 text-left ${strong ? '' : 'font-normal text-slate-700'}`}>
        {label}
      </th>
      <td class="py-3 text-right tabular-nums" data-testid={testid}>
        {`${negative ? '− ' : ''}${formatInr(paise)}`}
      </td>
    </tr>
  );
}

function Document({ r }: { r: Receipt }) {
  const zone = viewerZone();
  const invoice = r.invoice;
  const when = `${formatLongDate(r.appointmentStartAt, r.timeZone)}, ${formatTime(r.appointmentStartAt, r.timeZone)} ${zoneAbbreviation(r.timeZone, r.appointmentStartAt)}`;
  return (
    <article class="card overflow-hidden" aria-labelledby="receipt-title" data-receipt-doc>
      <header class="flex flex-col gap-4 bg-brand-800 px-6 py-6 text-white sm:flex-row sm:items-center sm:justify-between sm:px-10">
        <Logo tone="light" />
        <div class="sm:text-right">
          <h1 id="receipt-title" class="text-lg font-bold tracking-wide uppercase" data-testid="receipt-kind">
            {invoice.kind === 'tax_invoice' ? m.invoice_tax_invoice() : m.invoice_bill_of_supply()}
          </h1>
          <p class="text-sm text-brand-100">{m.receipt_heading()}</p>
        </div>
      </header>
      <div class="p-6 sm:p-10">
        {r.refund && (
          <p
            class="mb-6 inline-flex items-center gap-2 rounded-full bg-brand-50 px-3 py-1 text-sm font-semibold text-brand-800 ring-1 ring-brand-200"
            data-testid="receipt-refunded-badge"
          >
            {m.web_receipt_refunded()}
          </p>
        )}
        <dl class="grid gap-5 sm:grid-cols-3">
          <Fact label={m.invoice_number()} testid="receipt-number">
            {r.receiptNumber}
          </Fact>
          <Fact label={m.receipt_date_paid()} testid="receipt-paid-at">
            {formatDateTime(r.paidAt, 'Asia/Kolkata')}
          </Fact>
          <Fact label={m.checkout_payment_id()} testid="receipt-payment-id">
            {r.providerPaymentId}
          </Fact>
        </dl>
        <div class="mt-8 grid gap-4 sm:grid-cols-2">
          <Block title={m.receipt_billed_to()}>
            <p class="font-semibold text-slate-900" data-testid="receipt-patient">
              {r.patientName}
            </p>
            {r.treatedName && (
              <p data-testid="receipt-treated">{m.web_receipt_for({ name: r.treatedName })}</p>
            )}
            {invoice.recipientAddress && <p class="whitespace-pre-line">{invoice.recipientAddress}</p>}
            <p data-testid="receipt-recipient-state">{stateText(invoice.recipientStateCode)}</p>
          </Block>
          <Block title={m.invoice_supplier()}>
            <p class="font-semibold text-slate-900" data-testid="receipt-supplier">
              {invoice.supplier.legalName}
            </p>
            {invoice.supplier.address.map((line) => (
              <p key={line}>{line}</p>
            ))}
            <p>{stateText(invoice.supplier.stateCode)}</p>
            <p class="font-medium text-slate-900" data-testid="receipt-gstin">
              {m.invoice_gstin({ gstin: invoice.supplier.gstin })}
            </p>
          </Block>
          <Block title={m.receipt_consultation()}>
            <p class="font-semibold text-slate-900" data-testid="receipt-doctor">
              {titledName(r.doctorName)}
            </p>
            {r.doctorRegistrationNumber && (
              <p>{m.web_receipt_registration({ number: r.doctorRegistrationNumber })}</p>
            )}
            <p data-testid="receipt-when">{when}</p>
            {!sameZone(r.timeZone, zone) && (
              <p class="text-slate-600 print:hidden">
                {m.web_receipt_your_time({ time: formatDateTime(r.appointmentStartAt, zone) })}
              </p>
            )}
          </Block>
        </div>
        <dl class="mt-4 grid gap-5 sm:grid-cols-3">
          <Fact label={m.invoice_place_of_supply()} testid="receipt-place-of-supply">
            {stateText(invoice.placeOfSupply)}
          </Fact>
        </dl>
        <div class="mt-8 overflow-x-auto">
          <table class="w-full text-sm" data-testid="receipt-amounts">
            <caption class="sr-only">{m.web_receipt_caption()}</caption>
            <thead>
              <tr class="text-xs tracking-wide text-slate-500 uppercase">
                <th scope="col" class="pb-2 text-left font-semibold">
                  {m.receipt_description()}
                </th>
                <th scope="col" class="pb-2 text-right font-semibold">
                  {m.web_receipt_amount({ currency: r.currency })}
                </th>
              </tr>
            </thead>
            <tbody>
              {invoice.lines.map((line) => (
                <Amount
                  key={line.kind}
                  label={
                    <span>
                      {line.kind === 'consultation' ? m.web_receipt_line() : m.invoice_line_platform()}
                      {line.kind === 'consultation' && (
                        <span class="block text-xs text-slate-500">{titledName(r.doctorName)}</span>
                      )}
                      <span class="block text-xs text-slate-500" data-testid={`receipt-${line.kind}-note`}>
                        {lineNote(line)}
                      </span>
                    </span>
                  }
                  paise={line.valuePaise}
                  testid={line.kind === 'consultation' ? 'receipt-fee' : 'receipt-platform-fee'}
                />
              ))}
              {taxRows(invoice).map((row) => (
                <Amount key={row.key} label={row.label} paise={row.paise} testid={`receipt-${row.key}`} />
              ))}
              <Amount label={m.web_receipt_total_paid()} paise={r.totalPaise} testid="receipt-total" strong />
              {r.refund && (
                <Amount
                  label={
                    <span>
                      {m.web_receipt_refunded()}
                      <span class="block text-xs text-slate-500">
                        {`${r.refund.refundedAt ? formatDateTime(r.refund.refundedAt, 'Asia/Kolkata') : ''}${r.refund.refundId ? ` · ${r.refund.refundId}` : ''}`}
                      </span>
                    </span>
                  }
                  paise={r.refund.amountPaise}
                  testid="receipt-refund"
                  negative
                />
              )}
              {r.refund && (
                <Amount
                  label={m.web_receipt_net()}
                  paise={r.totalPaise - r.refund.amountPaise}
                  testid="receipt-net"
                  strong
                />
              )}
            </tbody>
          </table>
        </div>
        <footer class="mt-10 grid gap-1 border-t border-slate-200 pt-6 text-xs text-slate-600">
          <p class="font-semibold text-slate-800">{r.issuer.name}</p>
          {r.issuer.address.map((line) => (
            <p key={line}>{line}</p>
          ))}
          <p>{r.issuer.email}</p>
          <p class="mt-2">{m.invoice_reverse_charge()}</p>
          <p>{m.web_receipt_computer_generated()}</p>
        </footer>
      </div>
    </article>
  );
}

function Page({ id }: { id: string }) {
  const [load, setLoad] = useState<Load>({ state: 'loading' });
  useEffect(() => {
    if (!isId(id)) return setLoad({ state: 'missing', text: m.web_receipt_missing_link() });
    api.call('getReceipt', { params: { id } }).then(
      ({ receipt }) => {
        document.title = `${m.web_receipt_page_title({ number: receipt.receiptNumber })} · Chikitsa360`;
        setLoad({ state: 'ready', r: receipt });
      },
      (err) =>
        setLoad(
          err instanceof ApiError && err.status === 404
            ? { state: 'missing', text: m.web_receipt_missing_unpaid() }
            : { state: 'error', text: errorText(err) },
        ),
    );
  }, []);
  return (
    <div
      class="receipt-screen container-page max-w-4xl py-8 sm:py-10"
      aria-busy={load.state === 'loading' ? 'true' : 'false'}
    >
      <div class="flex flex-col gap-4 sm:flex-row sm:items-center sm:justify-between print:hidden">
        <BackLink href={isId(id) ? appointmentHref(id) : pageHref('/appointments/')} class="self-start">
          {m.checkout_back()}
        </BackLink>
        {load.state === 'ready' && (
          <div class="flex flex-wrap gap-2">
            <button
              type="button"
              class="btn-secondary"
              data-testid="print-receipt"
              onClick={() => window.print()}
            >
              <Icon shape={I.printer} class="size-4" /> {m.web_receipt_print()}
            </button>
            <a
              href={api.url('getReceiptPdf', { params: { id } })}
              class="btn-primary"
              data-testid="receipt-pdf"
              download
            >
              <Icon shape={I.download} class="size-4" /> {m.checkout_download_pdf()}
            </a>
          </div>
        )}
      </div>
      <div class="mt-6 print:mt-0" data-testid="receipt-page">
        {load.state === 'ready' && <Document r={load.r} />}
        {(load.state === 'missing' || load.state === 'error') && (
          <EmptyState
            icon={I.receipt}
            title={m.web_receipt_missing_title()}
            text={load.text}
            link={
              isId(id)
                ? { href: appointmentHref(id), label: m.checkout_view_appointment(), primary: true }
                : { href: pageHref('/appointments/'), label: m.nav_my_appointments(), primary: true }
            }
            testid="receipt-not-found"
          />
        )}
      </div>
    </div>
  );
}

export default function ReceiptView() {
  return <Protected roles={['patient', 'doctor']}>{() => <Page id={pageIdParam()} />}</Protected>;
}
