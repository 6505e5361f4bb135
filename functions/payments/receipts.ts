/** The GST receipt: its JSON view and a PDF that reads like a real invoice. */
import type { PDFFont, PDFPage } from 'pdf-lib';
import type { PaymentItem, ReceiptItem } from '../core/db/index.ts';
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

/** "1,180.00" with Indian digit grouping; the standard PDF fonts have no ₹ glyph, so amounts say INR. */
const amount = (paise: number) =>
  new Intl.NumberFormat('en-IN', { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(paise / 100);

export async function receiptPdf(view: ReturnType<typeof toReceiptView>): Promise<Uint8Array> {
  // Loaded on first use: pdf-lib and its fonts are most of the payments bundle, and only this route needs
  // them, so the function's other routes never pay for evaluating them at cold start.
  const { PDFDocument, rgb, StandardFonts } = await import('pdf-lib');
  const pdf = await PDFDocument.create();
  pdf.setTitle(`Receipt ${view.receiptNumber}`);
  pdf.setAuthor(BUSINESS.name);
  pdf.setSubject('Payment receipt for an online consultation');
  const page = pdf.addPage([595.28, 841.89]); // A4
  const regular = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  const teal = rgb(0.06, 0.46, 0.43);
  const ink = rgb(0.06, 0.09, 0.16);
  const muted = rgb(0.39, 0.45, 0.55);
  const line = rgb(0.89, 0.91, 0.94);
  const left = 48;
  const right = 547;
  const text = (p: PDFPage, s: string, x: number, y: number, font: PDFFont, size: number, color = ink) =>
    p.drawText(s, { x, y, font, size, color });
  const textRight = (p: PDFPage, s: string, x: number, y: number, font: PDFFont, size: number, color = ink) =>
    p.drawText(s, { x: x - font.widthOfTextAtSize(s, size), y, font, size, color });

  // Header band
  page.drawRectangle({ x: 0, y: 761, width: 595.28, height: 81, color: teal });
  text(page, 'Chikitsa360', left, 800, bold, 22, rgb(1, 1, 1));
  text(page, 'Consult verified doctors online', left, 782, regular, 10, rgb(0.85, 0.96, 0.94));
  textRight(page, 'PAYMENT RECEIPT', right, 800, bold, 14, rgb(1, 1, 1));
  textRight(page, `Tax invoice · GST ${view.gstPercent}%`, right, 782, regular, 10, rgb(0.85, 0.96, 0.94));

  // Receipt facts
  let y = 722;
  const fact = (label: string, value: string, x: number) => {
    text(page, label.toUpperCase(), x, y, bold, 8, muted);
    text(page, value, x, y - 15, regular, 11);
  };
  fact('Receipt number', view.receiptNumber, left);
  fact('Date paid', formatInZone(view.paidAt, 'Asia/Kolkata'), 230);
  fact('Payment id', view.providerPaymentId, 420);
  y -= 52;
  fact('Billed to', view.patientName, left);
  fact('Issued by', BUSINESS.name, 230);
  y -= 52;
  fact('Doctor', view.doctorName, left);
  fact('Registration no.', view.doctorRegistrationNumber || '—', 230);
  fact('Consultation', formatInZone(view.appointmentStartAt, view.timeZone), 380);

  // Line items
  y -= 60;
  page.drawRectangle({ x: left, y: y - 6, width: right - left, height: 24, color: rgb(0.95, 0.97, 0.98) });
  text(page, 'Description', left + 10, y + 2, bold, 10, muted);
  textRight(page, 'Amount (INR)', right - 10, y + 2, bold, 10, muted);
  y -= 30;
  text(page, `Online video consultation with ${view.doctorName}`, left + 10, y, regular, 11);
  textRight(page, amount(view.basePaise), right - 10, y, regular, 11);
  y -= 16;
  text(page, 'SAC 999312 · Medical consultation services', left + 10, y, regular, 9, muted);
  y -= 18;
  page.drawLine({ start: { x: left, y }, end: { x: right, y }, thickness: 1, color: line });

  const row = (label: string, value: string, font: PDFFont, size: number) => {
    y -= 22;
    text(page, label, 330, y, font, size, font === bold ? ink : muted);
    textRight(page, value, right - 10, y, font, size);
  };
  row('Subtotal', amount(view.basePaise), regular, 11);
  row(`GST @ ${view.gstPercent}%`, amount(view.gstPaise), regular, 11);
  y -= 10;
  page.drawLine({ start: { x: 330, y }, end: { x: right, y }, thickness: 1, color: line });
  row('Total paid (INR)', amount(view.totalPaise), bold, 13);

  if (view.refund) {
    y -= 30;
    text(
      page,
      `Refunded INR ${amount(view.refund.amountPaise)} on ${formatInZone(view.refund.refundedAt, 'Asia/Kolkata')} (refund ${view.refund.refundId}).`,
      left,
      y,
      bold,
      10,
      rgb(0.7, 0.2, 0.1),
    );
  }

  // Footer
  page.drawLine({ start: { x: left, y: 90 }, end: { x: right, y: 90 }, thickness: 1, color: line });
  text(page, 'This is a computer-generated receipt and needs no signature.', left, 72, regular, 9, muted);
  text(page, `${BUSINESS.name} · ${BUSINESS.email}`, left, 58, regular, 9, muted);
  text(page, 'Consultations are not for emergencies: call 112.', left, 44, regular, 9, muted);
  return pdf.save();
}
