import * as z from 'zod';
import { specialties } from '../contract/api.ts';
import { INVALID_CURSOR, isWellFormedCursor } from '../core/cursor.ts';
import { httpHandler, operation } from '../core/http.ts';
import { doctorProfile, doctorRatings, searchDoctors } from './search.ts';
import { specialtyIds } from './specialties.ts';

const searchQuery = z.object({
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
  cursor: z.string().max(2000).optional(),
  limit: z.coerce.number().int().min(1).max(50).default(12),
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
