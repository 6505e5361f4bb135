import * as z from 'zod';
import { signatureBody } from '../accounts/index.ts';
import { INVALID_CURSOR, isWellFormedCursor } from '../core/cursor.ts';
import { prescriptionItemsSchema, printableText } from './rules.ts';

/** Free text of the TPG Annex fields: line breaks allowed (a list of complaints), other controls not. */
const field = (label: string, max: number) => printableText(label, max, { lines: true });

export const appointmentParams = z.object({ id: z.uuid() });
export const versionParams = appointmentParams.extend({
  version: z
    .string()
    .regex(/^[1-9]\d{0,3}$/)
    .transform(Number),
});

export const draftBody = z
  .object({
    chiefComplaints: field('chief complaints', 2000).pipe(z.string().min(1, 'Enter the chief complaints.')),
    relevantFindings: field('relevant findings', 2000).default(''),
    provisionalDiagnosis: field('provisional diagnosis', 1000).pipe(
      z.string().min(1, 'Enter the provisional diagnosis.'),
    ),
    investigationsAdvised: field('investigations advised', 2000).default(''),
    medicines: prescriptionItemsSchema,
    advice: field('advice', 2000).default(''),
    followUpDate: z.iso.date('Enter the follow-up date as YYYY-MM-DD.').optional(),
  })
  .strict();
export type DraftInput = z.output<typeof draftBody>;

export const issueBody = signatureBody('to sign');

export const medicineQuery = z.object({
  q: z.string({ error: 'Type part of a medicine name.' }).trim().min(1).max(100),
  limit: z.coerce.number().int().min(1).max(50).optional(),
});

export const healthRecordsQuery = z.object({
  /** 'self', or one of the caller's dependants (a ULID); absent: everyone. */
  person: z
    .string()
    .regex(/^(self|[0-9A-HJKMNP-TV-Z]{26})$/, 'Choose whose records to show.')
    .optional(),
  cursor: z.string().max(2000).refine(isWellFormedCursor, INVALID_CURSOR).optional(),
  limit: z.coerce.number().int().min(1).max(50).default(10),
});
