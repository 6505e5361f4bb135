/**
 * Documents in tests: a small real PDF (a blood report) and its text twin, an upload as a browser
 * makes it (permit, then a multipart POST to the bucket), and waiting for the checker's verdict.
 */
import { HeadObjectCommand } from '@aws-sdk/client-s3';
import { expect } from 'vitest';
import { s3 } from '../../functions/core/clients.ts';
import { config } from '../../functions/core/config.ts';
import type { TestUser } from './users.ts';
import { until } from './wait.ts';

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

export type Doc = {
  id: string;
  status: string;
  rejection: string | null;
  actions: { view: boolean; remove: boolean };
};
export const docsPath = (appointmentId: string) => `/api/appointments/${appointmentId}/documents`;

/** Asks for a permit, posts the bytes as a browser would, and returns the document's id. */
export async function upload(
  user: TestUser,
  path: string,
  bytes: Uint8Array,
  declared: { fileName?: string; contentType?: string; size?: number; kind?: string } = {},
) {
  const contentType = declared.contentType ?? 'application/pdf';
  const permit = await user.client.post(path, {
    fileName: declared.fileName ?? 'blood-report.pdf',
    contentType,
    size: declared.size ?? bytes.length,
    ...(declared.kind ? { kind: declared.kind } : {}),
  });
  expect(permit.status, permit.text).toBe(201);
  const form = new FormData();
  for (const [k, v] of Object.entries(permit.body.fields as Record<string, string>)) form.append(k, v);
  form.append('file', new Blob([bytes as Uint8Array<ArrayBuffer>], { type: contentType }));
  const posted = await fetch(permit.body.url, { method: 'POST', body: form });
  expect(posted.status, await posted.clone().text()).toBeLessThan(300);
  return permit.body.document.id as string;
}

/** The checker runs on the S3 event; waits for its verdict as the patient sees it. */
export const settled = (patient: TestUser, appointmentId: string, documentId: string) =>
  until(
    async () => {
      const res = await patient.client.get(docsPath(appointmentId));
      const doc = (res.body.documents as Doc[]).find((d) => d.id === documentId);
      return doc && doc.status !== 'pending' ? doc : null;
    },
    { what: `document ${documentId} checked` },
  );

/** Whether the documents bucket holds `key` (the checker deletes what it refuses). */
export const objectExists = (key: string) =>
  s3()
    .send(new HeadObjectCommand({ Bucket: config().DOCUMENTS_BUCKET, Key: key }))
    .then(
      () => true,
      () => false,
    );
