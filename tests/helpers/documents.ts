/**
 * Documents in tests: a small real PDF (a blood report) and its text twin, an upload as a browser
 * makes it (permit, then a multipart POST to the bucket), and waiting for the checker's verdict; a
 * doctor's photo (a real PNG or WebP) uploaded the same way.
 */
import { crc32, deflateSync } from 'node:zlib';
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

/** Posts the bytes to a presigned POST as a browser does (the fields, then the file). */
async function postToBucket(
  permit: { url: string; fields: Record<string, string> },
  bytes: Uint8Array,
  type: string,
) {
  const form = new FormData();
  for (const [k, v] of Object.entries(permit.fields)) form.append(k, v);
  form.append('file', new Blob([bytes as Uint8Array<ArrayBuffer>], { type }));
  const posted = await fetch(permit.url, { method: 'POST', body: form });
  expect(posted.status, await posted.clone().text()).toBeLessThan(300);
}

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
  await postToBucket(permit.body, bytes, contentType);
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

const existsIn = (Bucket: string, Key: string) =>
  s3()
    .send(new HeadObjectCommand({ Bucket, Key }))
    .then(
      () => true,
      () => false,
    );

/** Whether the documents bucket holds `key` (the checker deletes what it refuses). */
export const objectExists = (key: string) => existsIn(config().DOCUMENTS_BUCKET, key);

// ---- Doctors' photos ---------------------------------------------------------------------------------

/** A real PNG (a solid square of one colour) that any browser draws: tests and the e2e crop use it. */
export function pngBytes(size = 8, rgb: [number, number, number] = [30, 120, 200]): Uint8Array {
  const chunk = (type: string, data: Buffer) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit RGB, no interlace
  const row = Buffer.concat([Buffer.from([0]), Buffer.from(Array.from({ length: size }, () => rgb).flat())]);
  const pixels = deflateSync(Buffer.concat(Array.from({ length: size }, () => row)));
  return new Uint8Array(
    Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      chunk('IHDR', header),
      chunk('IDAT', pixels),
      chunk('IEND', Buffer.alloc(0)),
    ]),
  );
}

/** A 1×1 lossless WebP. */
export const webpBytes = () =>
  new Uint8Array(Buffer.from('UklGRhoAAABXRUJQVlA4TA0AAAAvAAAAEAcQERGIiP4HAA==', 'base64'));

/** Asks for a photo permit and posts the bytes as the browser does; returns the upload id. */
export async function uploadPhoto(
  doctor: TestUser,
  bytes: Uint8Array,
  declared: { contentType?: string; size?: number } = {},
) {
  const contentType = declared.contentType ?? 'image/png';
  const permit = await doctor.client.post('/api/me/photo-uploads', {
    contentType,
    size: declared.size ?? bytes.length,
  });
  expect(permit.status, permit.text).toBe(201);
  await postToBucket(permit.body, bytes, contentType);
  return permit.body.uploadId as string;
}

export const publishPath = (uploadId: string) => `/api/me/photo-uploads/${uploadId}/publish`;

/** Whether the media bucket holds `key`. */
export const mediaObjectExists = (key: string) => existsIn(config().MEDIA_BUCKET, key);
