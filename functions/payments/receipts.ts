/**
 * The GST invoice of a paid consultation: its JSON view and a PDF with what CGST Rules 2017, Rule 46
 * asks of a tax invoice (Rule 49 of a bill of supply): the supplier's legal name, address and GSTIN,
 * the serial and date, the recipient's name and address, the place of supply, each line's SAC and
 * value, and the rate and amount of CGST + SGST or IGST.
 */
import type { PDFPage } from 'pdf-lib';
import type { Invoice, InvoiceLine } from '../contract/api.ts';
import { formatAmount, formatDateTime, formatMoney } from '../contract/format.ts';
import { gstStateName } from '../contract/gst-states.ts';
import type { PaymentItem, ReceiptItem } from '../core/db/index.ts';
import type { Locale } from '../core/i18n.ts';
import * as m from '../core/paraglide/messages.js';
import type { PdfWeight } from '../core/pdf-assets.ts';
import { loadPdfLib, PdfTypesetter, type TextStyle } from '../core/pdf-text.ts';
import { legacyLines } from '../core/price.ts';
import { buildInvoice } from './invoice.ts';

const SUPPORT_EMAIL = 'care@chikitsa360.in';

/**
 * The invoice as issued; a receipt from before invoices were recorded reads as it was charged (one
 * taxable consultation line), supplied by today's supplier with no recipient state on record.
 */
export function invoiceOf(r: ReceiptItem): Invoice {
  // Written only by payments/checkout.ts from an Invoice.
  if (r.invoice) return r.invoice as Invoice;
  return buildInvoice(legacyLines(r.basePaise, r.gstPaise), { stateCode: null, address: null });
}

/** A serial has slashes (C360/2627/000123): a file name has dashes instead. */
export const receiptFileStem = (receiptNumber: string) => receiptNumber.replaceAll('/', '-');

/** '{name} (code {code})' in the reader's language, or "not given". */
export const stateLabel = (code: string | null, locale: Locale) =>
  code
    ? m.invoice_state({ name: gstStateName(code, locale), code }, { locale })
    : m.invoice_state_not_given({}, { locale });

/** The tax rows of an invoice, labelled in the reader's language: CGST + SGST, or IGST, or none. */
export function taxRows(invoice: Invoice, locale: Locale): [label: string, paise: number][] {
  const l = { locale };
  const { rates } = invoice;
  const rows: [string, number][] = [];
  if (rates.cgst) rows.push([m.invoice_cgst({ percent: rates.cgst }, l), invoice.cgstPaise]);
  if (rates.sgst) rows.push([m.invoice_sgst({ percent: rates.sgst }, l), invoice.sgstPaise]);
  if (rates.igst) rows.push([m.invoice_igst({ percent: rates.igst }, l), invoice.igstPaise]);
  return rows;
}

/**
 * A line's SAC and tax note: "SAC 999312 · GST 18%" or "… · Exempt — Notification 12/2017-CT(R), Sl.
 * No. 74" (functions/core/price.ts has the citations).
 */
export const lineNote = (line: InvoiceLine, locale: Locale) =>
  line.exempt
    ? m.invoice_line_exempt({ sac: line.sac }, { locale })
    : m.invoice_line_taxable({ sac: line.sac, percent: line.ratePercent }, { locale });

/** The zone the invoice is issued in: its dates of payment and refund read as India's. */
const ISSUED_IN = 'Asia/Kolkata';

export function toReceiptView(r: ReceiptItem, payment: PaymentItem | null) {
  const invoice = invoiceOf(r);
  return {
    id: r.appointmentId,
    receiptNumber: r.receiptNumber,
    patientName: r.patientName,
    treatedName: r.treatedName ?? null,
    doctorName: r.doctorName,
    doctorRegistrationNumber: r.doctorRegistrationNumber ?? '',
    appointmentStartAt: r.appointmentStartAt,
    timeZone: r.timeZone,
    basePaise: r.basePaise,
    gstPaise: r.gstPaise,
    totalPaise: r.totalPaise,
    currency: r.currency,
    providerPaymentId: r.providerPaymentId,
    paidAt: r.paidAt,
    refund:
      payment?.status === 'REFUNDED'
        ? {
            amountPaise: payment.refundPaise ?? 0,
            refundId: payment.refundId ?? '',
            refundedAt: payment.refundedAt ?? '',
          }
        : null,
    issuer: { name: invoice.supplier.legalName, address: invoice.supplier.address, email: SUPPORT_EMAIL },
    invoice,
  };
}

/** Receipts store the doctor as "Dr. <name>"; each language puts its own title. */
const bareDoctorName = (name: string) => name.replace(/^Dr\.?\s+/, '');

/**
 * The receipt in the reader's language: every label from the catalog (`receipt_*`, `pdf_*`), figures
 * and dates through Intl (dates in India's zone, where the invoice is issued). Names and ids are shown
 * as stored, in any script. A prescription PDF takes its labels from `rx_pdf_*` and shares `pdf_*`.
 */
export async function receiptPdf(
  view: ReturnType<typeof toReceiptView>,
  locale: Locale,
): Promise<Uint8Array> {
  const l = { locale };
  const amount = (paise: number) => formatAmount(paise, locale);
  const doctor = m.doctor_title({ name: bareDoctorName(view.doctorName) }, l);
  // Loaded on first use, from beside the bundle (functions/core/pdf-engine.ts): the function's other
  // routes never pay for them at cold start.
  const { PDFDocument, rgb } = (await loadPdfLib()).lib;
  const pdf = await PDFDocument.create();
  pdf.setTitle(m.receipt_file_title({ number: view.receiptNumber }, l));
  pdf.setAuthor(view.issuer.name);
  pdf.setSubject(m.receipt_file_subject({}, l));
  pdf.setLanguage(locale);
  const page = pdf.addPage([595.28, 841.89]); // A4
  // Names and ids are stored values in any script: every string goes through the typesetter.
  const type = await PdfTypesetter.for(pdf);
  const regular: PdfWeight = 'regular';
  const bold: PdfWeight = 'bold';
  const teal = rgb(0.06, 0.46, 0.43);
  const ink = rgb(0.06, 0.09, 0.16);
  const muted = rgb(0.39, 0.45, 0.55);
  const line = rgb(0.89, 0.91, 0.94);
  const left = 48;
  const right = 547;
  const text = (
    p: PDFPage,
    s: string,
    x: number,
    y: number,
    weight: PdfWeight,
    size: number,
    color = ink,
    layout: Pick<TextStyle, 'align' | 'maxWidth'> = {},
  ) => type.draw(p, s, x, y, { weight, size, color, ...layout });
  const alignRight = { align: 'right' } as const;

  const invoice = view.invoice;
  // Header band: what the document is (Rule 46 tax invoice, or Rule 49 bill of supply), then "receipt".
  const title =
    invoice.kind === 'tax_invoice' ? m.invoice_tax_invoice({}, l) : m.invoice_bill_of_supply({}, l);
  page.drawRectangle({ x: 0, y: 761, width: 595.28, height: 81, color: teal });
  await text(page, m.brand({}, l), left, 800, bold, 22, rgb(1, 1, 1));
  await text(page, m.pdf_tagline({}, l), left, 782, regular, 10, rgb(0.85, 0.96, 0.94));
  await text(page, title.toLocaleUpperCase(locale), right, 800, bold, 14, rgb(1, 1, 1), alignRight);
  await text(page, m.receipt_heading({}, l), right, 782, regular, 10, rgb(0.85, 0.96, 0.94), alignRight);

  // Invoice facts
  let y = 722;
  // Each value is fitted to its column: a 60-character name must not run into the next fact.
  const fact = async (label: string, value: string, x: number, width: number) => {
    await text(page, label.toLocaleUpperCase(locale), x, y, bold, 8, muted);
    await text(page, value, x, y - 15, regular, 11, ink, { maxWidth: width });
  };
  /** A fact of several lines (a name and its address); returns how far down it reached. */
  const block = async (label: string, lines: string[], x: number, width: number) => {
    await text(page, label.toLocaleUpperCase(locale), x, y, bold, 8, muted);
    let at = y - 15;
    for (const [i, value] of lines.entries()) {
      await text(page, value, x, at, i === 0 ? bold : regular, i === 0 ? 11 : 9.5, ink, { maxWidth: width });
      at -= 13;
    }
    return y - at;
  };
  await fact(m.invoice_number({}, l), view.receiptNumber, left, 170);
  // Without the weekday: the Hindi date and time ("5 दिसंबर 2026 को सुबह 10:00 बजे") fill the column.
  const when = (instant: string, zone: string) => formatDateTime(instant, zone, locale, { weekday: false });
  await fact(m.receipt_date_paid({}, l), when(view.paidAt, ISSUED_IN), 230, 180);
  await fact(m.receipt_payment_id({}, l), view.providerPaymentId, 420, right - 420);
  y -= 52;
  const billedTo = await block(
    m.receipt_billed_to({}, l),
    [
      view.treatedName
        ? m.receipt_billed_for({ payer: view.patientName, treated: view.treatedName }, l)
        : view.patientName,
      ...(invoice.recipientAddress ? [invoice.recipientAddress] : []),
      stateLabel(invoice.recipientStateCode, locale),
    ],
    left,
    170,
  );
  const from = await block(
    m.invoice_supplier({}, l),
    [
      invoice.supplier.legalName,
      ...invoice.supplier.address,
      stateLabel(invoice.supplier.stateCode, locale),
      m.invoice_gstin({ gstin: invoice.supplier.gstin }, l),
    ],
    230,
    right - 230,
  );
  y -= Math.max(billedTo, from) + 22;
  await fact(m.invoice_place_of_supply({}, l), stateLabel(invoice.placeOfSupply, locale), left, 170);
  await fact(m.receipt_doctor({}, l), doctor, 230, 140);
  await fact(m.receipt_consultation({}, l), when(view.appointmentStartAt, view.timeZone), 380, right - 380);
  await text(
    page,
    m.web_receipt_registration({ number: view.doctorRegistrationNumber || '—' }, l),
    230,
    y - 29,
    regular,
    9,
    muted,
    { maxWidth: 140 },
  );

  // Line items: each with its SAC and whether it is taxed or exempt (and why)
  y -= 66;
  page.drawRectangle({ x: left, y: y - 6, width: right - left, height: 24, color: rgb(0.95, 0.97, 0.98) });
  await text(page, m.receipt_description({}, l), left + 10, y + 2, bold, 10, muted);
  await text(page, m.receipt_amount({}, l), right - 10, y + 2, bold, 10, muted, alignRight);
  for (const item of invoice.lines) {
    y -= 30;
    const description =
      item.kind === 'consultation' ? m.receipt_line_item({ doctor }, l) : m.invoice_line_platform({}, l);
    await text(page, description, left + 10, y, regular, 11, ink, { maxWidth: 360 });
    await text(page, amount(item.valuePaise), right - 10, y, regular, 11, ink, alignRight);
    y -= 16;
    await text(page, lineNote(item, locale), left + 10, y, regular, 9, muted, { maxWidth: 380 });
  }
  y -= 18;
  page.drawLine({ start: { x: left, y }, end: { x: right, y }, thickness: 1, color: line });

  const row = async (label: string, value: string, weight: PdfWeight, size: number) => {
    y -= 22;
    await text(page, label, 330, y, weight, size, weight === bold ? ink : muted, { maxWidth: 150 });
    await text(page, value, right - 10, y, weight, size, ink, alignRight);
  };
  if (invoice.taxablePaise)
    await row(m.invoice_taxable_value({}, l), amount(invoice.taxablePaise), regular, 11);
  if (invoice.exemptPaise) await row(m.invoice_exempt_value({}, l), amount(invoice.exemptPaise), regular, 11);
  for (const [label, paise] of taxRows(invoice, locale)) await row(label, amount(paise), regular, 11);
  y -= 10;
  page.drawLine({ start: { x: 330, y }, end: { x: right, y }, thickness: 1, color: line });
  await row(m.receipt_total_paid({}, l), amount(view.totalPaise), bold, 13);

  if (view.refund) {
    y -= 30;
    await text(
      page,
      m.receipt_refunded(
        {
          amount: formatMoney(view.refund.amountPaise, locale),
          date: when(view.refund.refundedAt, ISSUED_IN),
          refundId: view.refund.refundId,
        },
        l,
      ),
      left,
      y,
      bold,
      10,
      rgb(0.7, 0.2, 0.1),
      { maxWidth: right - left },
    );
  }

  // Footer
  page.drawLine({ start: { x: left, y: 104 }, end: { x: right, y: 104 }, thickness: 1, color: line });
  await text(page, m.invoice_reverse_charge({}, l), left, 86, regular, 9, muted);
  await text(page, m.receipt_no_signature({}, l), left, 72, regular, 9, muted);
  await text(page, `${view.issuer.name} · ${view.issuer.email}`, left, 58, regular, 9, muted);
  await text(page, m.pdf_emergency({}, l), left, 44, regular, 9, muted);
  return pdf.save();
}
