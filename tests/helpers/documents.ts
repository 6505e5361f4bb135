/** Files to upload in the documents tests: a small real PDF (a blood report), and its text twin. */

/** A one-page PDF that any viewer opens: "Haemoglobin 13.2 g/dL" on A4. */
export function pdfBytes(): Uint8Array {
  const text = 'BT /F1 14 Tf 72 760 Td (Blood report: Haemoglobin 13.2 g/dL) Tj ET';
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${text.length} >>\nstream\n${text}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) body += `${String(offset).padStart(10, '0')} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(body);
}

/** Plain text, named like a PDF by whoever uploads it. */
export const textPretendingToBePdf = () =>
  new TextEncoder().encode('These are not lab results. This is a text file renamed to .pdf\n');
