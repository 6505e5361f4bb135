/**
 * Specialty names in the page's language. The API's `specialtyName` is the contract's English name;
 * pages say a specialty by its id from the catalog. Its own module, so the home page's search box
 * takes these names without the rest of the formatting helpers.
 */
import type { SpecialtyId } from '../../../functions/contract/api.ts';
import { m } from '../paraglide/messages.js';

/** Each specialty's name in the catalog (`specialty_<id>`): a new specialty without one fails tsc. */
const SPECIALTY_NAMES: Record<SpecialtyId, () => string> = {
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

/**
 * A specialty's name in the page's language, by its id (the API's `specialtyName` is English); an id
 * this build does not know (a specialty added since) falls back to the API's name.
 */
export const specialtyLabel = (id: string | undefined, fallback = ''): string =>
  SPECIALTY_NAMES[id as SpecialtyId]?.() ?? fallback;
