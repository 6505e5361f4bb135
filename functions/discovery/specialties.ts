/** The specialties a doctor can choose: the contract's list (GET /api/specialties answers it as it is). */
import { type SpecialtyId, specialties } from '../contract/api.ts';
import type { Locale } from '../core/i18n.ts';
import * as m from '../core/paraglide/messages.js';

// Pure: a context that imports discovery without using the ids leaves them (and the list) out.
export const specialtyIds = /* @__PURE__ */ specialties.map((s) => s.id) as [SpecialtyId, ...SpecialtyId[]];
export const specialtyName = (id: string | undefined) =>
  specialties.find((s) => s.id === id)?.name ?? 'General Medicine';

/** Each specialty's name in the catalog (`specialty_<id>`): a new specialty without one fails tsc. */
const SPECIALTY_NAMES: Record<SpecialtyId, (inputs: object, options: { locale: Locale }) => string> = {
  'general-medicine': m.specialty_general_medicine,
  pediatrics: m.specialty_pediatrics,
  dermatology: m.specialty_dermatology,
  cardiology: m.specialty_cardiology,
  gynecology: m.specialty_gynecology,
  psychiatry: m.specialty_psychiatry,
  orthopedics: m.specialty_orthopedics,
  ent: m.specialty_ent,
  endocrinology: m.specialty_endocrinology,
  gastroenterology: m.specialty_gastroenterology,
  neurology: m.specialty_neurology,
  pulmonology: m.specialty_pulmonology,
  ophthalmology: m.specialty_ophthalmology,
  nutrition: m.specialty_nutrition,
};

/** A specialty's name as a reader of `locale` says it (General Medicine for an unknown id, as above). */
export const specialtyLabel = (id: string | undefined, locale: Locale) =>
  (SPECIALTY_NAMES[id as SpecialtyId] ?? SPECIALTY_NAMES['general-medicine'])({}, { locale });
