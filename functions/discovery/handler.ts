import * as z from 'zod';
import { searchSorts, specialties } from '../contract/api.ts';
import { INVALID_CURSOR, isWellFormedCursor } from '../core/cursor.ts';
import { httpHandler, operation } from '../core/http.ts';
import { doctorProfile, doctorRatings, MAX_FEE_PAISE, searchDoctors } from './search.ts';
import { specialtyIds } from './specialties.ts';

const fee = z.coerce
  .number({ error: 'A fee is a whole number of paise.' })
  .int('A fee is a whole number of paise.')
  .min(0, 'A fee cannot be negative.')
  .max(MAX_FEE_PAISE, 'The highest fee is ₹50,000 (5000000 paise).');

const searchQuery = z
  .object({
    q: z.string().trim().max(100, 'Keep the search under 100 characters.').optional(),
    specialty: z.enum(specialtyIds, { error: 'Choose a specialty from the list.' }).optional(),
    date: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, 'Use the format YYYY-MM-DD.')
      // Date.parse takes 2026-02-30 (as March 2); a real date survives the round trip unchanged.
      .refine((v) => {
        const d = new Date(`${v}T00:00:00Z`);
        return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(v);
      }, 'That is not a real date.')
      .optional(),
    /** A language the doctor consults in, as doctors write it (profile's `languages`): "Tamil". */
    language: z
      .string()
      .trim()
      .min(2, 'Name a language, like Tamil.')
      .max(30, 'Name a language, like Tamil.')
      .regex(/^[\p{L} ]+$/u, 'Languages are words, like Tamil.')
      .optional(),
    /** Fee bounds in paise, both inclusive (₹50,000 is the highest fee a doctor can set). */
    minFee: fee.optional(),
    maxFee: fee.optional(),
    /** A free slot later today, "today" being the date in Asia/Kolkata (where the doctors consult). */
    today: z
      .union([z.boolean(), z.enum(['true', 'false'])], { error: 'Use today=true or today=false.' })
      .transform((v) => v === true || v === 'true')
      .optional(),
    sort: z.enum(searchSorts, { error: `Sort by one of: ${searchSorts.join(', ')}.` }).optional(),
    cursor: z.string().max(2000).optional(),
    limit: z.coerce.number().int().min(1).max(50).default(12),
  })
  .refine((v) => v.minFee === undefined || v.maxFee === undefined || v.minFee <= v.maxFee, {
    path: ['maxFee'],
    error: 'The highest fee must not be below the lowest.',
  })
  .refine((v) => !(v.today && v.date), {
    path: ['today'],
    error: 'Choose either a date or today, not both.',
  });

export const handler = httpHandler('discovery', {
  listSpecialties: operation({ run: async () => ({ specialties }) }),
  searchDoctors: operation({ query: searchQuery, run: async ({ query }) => searchDoctors(query) }),
  getDoctor: operation({
    params: z.object({ id: z.uuid() }),
    run: async ({ params }) => doctorProfile(params.id.toLowerCase()),
  }),
  listDoctorRatings: operation({
    params: z.object({ id: z.uuid() }),
    query: z.object({
      cursor: z.string().max(2000).refine(isWellFormedCursor, INVALID_CURSOR).optional(),
      limit: z.coerce.number().int().min(1).max(50).default(10),
    }),
    run: async ({ params, query }) => doctorRatings(params.id.toLowerCase(), query),
  }),
});
