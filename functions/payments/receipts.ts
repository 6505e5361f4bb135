/** The GST receipt: its JSON view and a PDF that reads like a real invoice. */
import type { PDFPage } from 'pdf-lib';
import type { PaymentItem, ReceiptItem } from '../core/db/index.ts';
import type { PdfWeight } from '../core/pdf-assets.ts';
import { loadPdfLib, PdfTypesetter, type TextStyle } from '../core/pdf-text.ts';
import { formatInZone } from '../core/time.ts';
import { GST_PERCENT } from './money.ts';

export const BUSINESS = {
  name: 'Chikitsa360 Health Services',
  address: ['Online consultations across India'],
  email: 'care@chikitsa360.in',
};

export function toReceiptView(r: ReceiptItem, payment: PaymentItem | null) {
  return {
    id: r.appointmentId,
    receiptNumber: r.receiptNumber,
    patientName: r.patientName,
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

/** "1,180.00" with Indian digit grouping; the column heading says INR. */
const amount = (paise: number) =>
  new Intl.NumberFormat('en-IN', { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(paise / 100);

export async function receiptPdf(view: ReturnType<typeof toReceiptView>): Promise<Uint8Array> {
  // Loaded on first use, from beside the bundle (functions/core/pdf-engine.ts): the function's other
  // routes never pay for them at cold start.
  const { PDFDocument, rgb } = (await loadPdfLib()).lib;
  const pdf = await PDFDocument.create();
  pdf.setTitle(`Receipt ${view.receiptNumber}`);
  pdf.setAuthor(BUSINESS.name);
  pdf.setSubject('Payment receipt for an online consultation');
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
  await text(page, 'Chikitsa360', left, 800, bold, 22, rgb(1, 1, 1));
  await text(page, 'Consult verified doctors online', left, 782, regular, 10, rgb(0.85, 0.96, 0.94));
  await text(page, 'PAYMENT RECEIPT', right, 800, bold, 14, rgb(1, 1, 1), alignRight);
  await text(
    page,
    `Tax invoice · GST ${view.gstPercent}%`,
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
    await text(page, label.toUpperCase(), x, y, bold, 8, muted);
    await text(page, value, x, y - 15, regular, 11, ink, { maxWidth: width });
  };
  await fact('Receipt number', view.receiptNumber, left, 170);
  await fact('Date paid', formatInZone(view.paidAt, 'Asia/Kolkata'), 230, 180);
  await fact('Payment id', view.providerPaymentId, 420, right - 420);
  y -= 52;
  await fact('Billed to', view.patientName, left, 170);
  await fact('Issued by', BUSINESS.name, 230, right - 230);
  y -= 52;
  await fact('Doctor', view.doctorName, left, 170);
  await fact('Registration no.', view.doctorRegistrationNumber || '—', 230, 140);
  await fact('Consultation', formatInZone(view.appointmentStartAt, view.timeZone), 380, right - 380);

  // Line items
  y -= 60;
  page.drawRectangle({ x: left, y: y - 6, width: right - left, height: 24, color: rgb(0.95, 0.97, 0.98) });
  await text(page, 'Description', left + 10, y + 2, bold, 10, muted);
  await text(page, 'Amount (INR)', right - 10, y + 2, bold, 10, muted, alignRight);
  y -= 30;
  await text(page, `Online video consultation with ${view.doctorName}`, left + 10, y, regular, 11, ink, {
    maxWidth: 360,
  });
  await text(page, amount(view.basePaise), right - 10, y, regular, 11, ink, alignRight);
  y -= 16;
  await text(page, 'SAC 999312 · Medical consultation services', left + 10, y, regular, 9, muted);
  y -= 18;
  page.drawLine({ start: { x: left, y }, end: { x: right, y }, thickness: 1, color: line });

  const row = async (label: string, value: string, weight: PdfWeight, size: number) => {
    y -= 22;
    await text(page, label, 330, y, weight, size, weight === bold ? ink : muted);
    await text(page, value, right - 10, y, weight, size, ink, alignRight);
  };
  await row('Subtotal', amount(view.basePaise), regular, 11);
  await row(`GST @ ${view.gstPercent}%`, amount(view.gstPaise), regular, 11);
  y -= 10;
  page.drawLine({ start: { x: 330, y }, end: { x: right, y }, thickness: 1, color: line });
  await row('Total paid (INR)', amount(view.totalPaise), bold, 13);

  if (view.refund) {
    y -= 30;
    await text(
      page,
      `Refunded INR ${amount(view.refund.amountPaise)} on ${formatInZone(view.refund.refundedAt, 'Asia/Kolkata')} (refund ${view.refund.refundId}).`,
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
  await text(
    page,
    'This is a computer-generated receipt and needs no signature.',
    left,
    72,
    regular,
    9,
    muted,
  );
  await text(page, `${BUSINESS.name} · ${BUSINESS.email}`, left, 58, regular, 9, muted);
  await text(page, 'Consultations are not for emergencies: call 112.', left, 44, regular, 9, muted);
  return pdf.save();
}
