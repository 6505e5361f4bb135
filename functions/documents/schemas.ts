import * as z from 'zod';
import {
  documentContentTypes,
  MAX_DOCUMENT_BYTES,
  MAX_PHOTO_BYTES,
  photoContentTypes,
  verificationDocumentKinds,
} from '../contract/api.ts';

const documentId = z.string().regex(/^[0-9A-HJKMNP-TV-Z]{26}$/, 'Expected a document id.');

export const appointmentParams = z.object({ id: z.uuid() });
export const appointmentDocumentParams = z.object({ id: z.uuid(), documentId });
export const doctorParams = z.object({ userId: z.uuid() });
export const doctorDocumentParams = z.object({ userId: z.uuid(), documentId });

const file = {
  // Shown to the doctor as the patient named it; no path, no control characters.
  fileName: z
    .string()
    .trim()
    .min(1, 'Give the file a name.')
    .max(120, 'A file name has at most 120 characters.')
    .regex(/^[^\\/\p{Cc}]+$/u, 'A file name cannot contain slashes or control characters.'),
  contentType: z.enum(documentContentTypes, { error: 'Only PDF, JPEG, PNG or HEIC files can be uploaded.' }),
  size: z.number().int().min(1, 'The file is empty.').max(MAX_DOCUMENT_BYTES, 'A file can be at most 10 MB.'),
};

export const uploadBody = z.object(file).strict();
export const verificationUploadBody = z.object({ ...file, kind: z.enum(verificationDocumentKinds) }).strict();

/** The browser renders the crop itself (PHOTO_SIZE square), so a photo is small; 1 MB at most. */
export const photoUploadBody = z
  .object({
    contentType: z.enum(photoContentTypes, { error: 'A photo can be a JPEG, PNG or WebP image.' }),
    size: z.number().int().min(1, 'The photo is empty.').max(MAX_PHOTO_BYTES, 'A photo can be at most 1 MB.'),
  })
  .strict();
export const photoUploadParams = z.object({ uploadId: documentId });
