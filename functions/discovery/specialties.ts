/** The specialties a doctor can choose: the contract's list (GET /api/specialties answers it as it is). */
import { type SpecialtyId, specialties } from '../contract/api.ts';

// Pure: a context that imports discovery without using the ids leaves them (and the list) out.
export const specialtyIds = /* @__PURE__ */ specialties.map((s) => s.id) as [SpecialtyId, ...SpecialtyId[]];
export const specialtyName = (id: string | undefined) =>
  specialties.find((s) => s.id === id)?.name ?? 'General Medicine';
