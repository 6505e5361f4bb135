/** The specialties a doctor can choose: the contract's list (GET /api/specialties answers it as it is). */
import { type SpecialtyId, specialties } from '../contract/api.ts';

export const specialtyIds = specialties.map((s) => s.id) as [SpecialtyId, ...SpecialtyId[]];
export const specialtyName = (id: string | undefined) =>
  specialties.find((s) => s.id === id)?.name ?? 'General Medicine';
