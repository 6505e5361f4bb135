/** The GST receipt: its JSON view and a PDF that reads like a real invoice. */
import type { PDFPage } from 'pdf-lib';
import { formatAmount, formatDateTime, formatMoney } from '../contract/format.ts';
import type { PaymentItem, ReceiptItem } from '../core/db/index.ts';
import type { Locale } from '../core/i18n.ts';
import * as m from '../core/paraglide/messages.js';
import type { PdfWeight } from '../core/pdf-assets.ts';
import { loadPdfLib, PdfTypesetter, type TextStyle } from '../core/pdf-text.ts';
import { GST_PERCENT } from './money.ts';

export const BUSINESS = {
  name: 'Chikitsa360 Health Services',
  address: ['Online consultations across India'],
  email: 'care@chikitsa360.in',
};

/** The zone the invoice is issued in: its dates of payment and refund read as India's. */
const ISSUED_IN = 'Asia/Kolkata';

export function toReceiptView(r: ReceiptItem, payment: PaymentItem | null) {
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
    gstPercent: GST_PERCENT,
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
    issuer: BUSINESS,
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
  pdf.setAuthor(BUSINESS.name);
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

  // Header band
  page.drawRectangle({ x: 0, y: 761, width: 595.28, height: 81, color: teal });
  await text(page, m.brand({}, l), left, 800, bold, 22, rgb(1, 1, 1));
  await text(page, m.pdf_tagline({}, l), left, 782, regular, 10, rgb(0.85, 0.96, 0.94));
  await text(
    page,
    m.receipt_heading({}, l).toLocaleUpperCase(locale),
    right,
    800,
    bold,
    14,
    rgb(1, 1, 1),
    alignRight,
  );
  await text(
    page,
    m.receipt_tax_invoice({ percent: view.gstPercent }, l),
    right,
    782,
    regular,
    10,
    rgb(0.85, 0.96, 0.94),
    alignRight,
  );

  // Receipt facts
  let y = 722;
  // Each value is fitted to its column: a 60-character name must not run into the next fact.
  const fact = async (label: string, value: string, x: number, width: number) => {
    await text(page, label.toLocaleUpperCase(locale), x, y, bold, 8, muted);
    await text(page, value, x, y - 15, regular, 11, ink, { maxWidth: width });
  };
  await fact(m.receipt_number({}, l), view.receiptNumber, left, 170);
  // Without the weekday: the Hindi date and time ("5 दिसंबर 2026 को सुबह 10:00 बजे") fill the column.
  const when = (instant: string, zone: string) => formatDateTime(instant, zone, locale, { weekday: false });
  await fact(m.receipt_date_paid({}, l), when(view.paidAt, ISSUED_IN), 230, 180);
  await fact(m.receipt_payment_id({}, l), view.providerPaymentId, 420, right - 420);
  y -= 52;
  await fact(
    m.receipt_billed_to({}, l),
    view.treatedName
      ? m.receipt_billed_for({ payer: view.patientName, treated: view.treatedName }, l)
      : view.patientName,
    left,
    170,
  );
  await fact(m.receipt_issued_by({}, l), BUSINESS.name, 230, right - 230);
  y -= 52;
  await fact(m.receipt_doctor({}, l), doctor, left, 170);
  await fact(m.receipt_registration_no({}, l), view.doctorRegistrationNumber || '—', 230, 140);
  await fact(m.receipt_consultation({}, l), when(view.appointmentStartAt, view.timeZone), 380, right - 380);

  // Line items
  y -= 60;
  page.drawRectangle({ x: left, y: y - 6, width: right - left, height: 24, color: rgb(0.95, 0.97, 0.98) });
  await text(page, m.receipt_description({}, l), left + 10, y + 2, bold, 10, muted);
  await text(page, m.receipt_amount({}, l), right - 10, y + 2, bold, 10, muted, alignRight);
  y -= 30;
  await text(page, m.receipt_line_item({ doctor }, l), left + 10, y, regular, 11, ink, { maxWidth: 360 });
  await text(page, amount(view.basePaise), right - 10, y, regular, 11, ink, alignRight);
  y -= 16;
  await text(page, m.receipt_sac({}, l), left + 10, y, regular, 9, muted);
  y -= 18;
  page.drawLine({ start: { x: left, y }, end: { x: right, y }, thickness: 1, color: line });

  const row = async (label: string, value: string, weight: PdfWeight, size: number) => {
    y -= 22;
    await text(page, label, 330, y, weight, size, weight === bold ? ink : muted);
    await text(page, value, right - 10, y, weight, size, ink, alignRight);
  };
  await row(m.receipt_subtotal({}, l), amount(view.basePaise), regular, 11);
  await row(m.receipt_gst({ percent: view.gstPercent }, l), amount(view.gstPaise), regular, 11);
  y -= 10;
  page.drawLine({ start: { x: 330, y }, end: { x: right, y }, thickness: 1, color: line });
  await row(m.receipt_total_paid({}, l), amount(view.totalPaise), bold, 13);

  if (view.refund) {
    y -= 30;
    await text(
      page,
      m.receipt_refunded(
        {
          amount: formatMoney(view.refund.amountPaise, locale, { exact: true }),
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
  page.drawLine({ start: { x: left, y: 90 }, end: { x: right, y: 90 }, thickness: 1, color: line });
  await text(page, m.receipt_no_signature({}, l), left, 72, regular, 9, muted);
  await text(page, `${BUSINESS.name} · ${BUSINESS.email}`, left, 58, regular, 9, muted);
  await text(page, m.pdf_emergency({}, l), left, 44, regular, 9, muted);
  return pdf.save();
}
