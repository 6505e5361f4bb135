/**
 * Who a consultation treats, in words: sex, relationship and age (from the date of birth, on the day
 * of the consultation), phrased in the page's language. One place for the appointment page, the
 * lists, the room, the family page and the prescription.
 */
import type { Relationship, Sex, TreatedPerson } from '../../../functions/contract/api.ts';
import { ageInMonths } from '../../../functions/contract/format.ts';
import { m } from '../paraglide/messages.js';
import { ymdIn } from './days.ts';

const SEX: Record<Sex, () => string> = {
  female: m.rx_sex_female,
  male: m.rx_sex_male,
  other: m.rx_sex_other,
};
export const sexName = (sex: Sex | null) => (sex ? SEX[sex]() : m.rx_not_recorded());

const RELATIONSHIP: Record<Relationship | 'self', () => string> = {
  self: m.rel_self,
  child: m.rel_child,
  spouse: m.rel_spouse,
  parent: m.rel_parent,
  sibling: m.rel_sibling,
  other: m.rel_other,
};
export const relationshipName = (r: Relationship | 'self') => RELATIONSHIP[r]();

/** "8 months", "34 years"; "not recorded" without an age. */
export const ageText = (months: number | null) =>
  months === null
    ? m.rx_not_recorded()
    : months < 12
      ? m.rx_age_months({ count: months })
      : m.rx_age_years({ count: Math.floor(months / 12) });

/** The age on a day (YYYY-MM-DD) or at an instant (in the consultation's zone). */
export const ageOn = (dateOfBirth: string | null, at: string, zone = 'Asia/Kolkata') =>
  ageInMonths(dateOfBirth, /^\d{4}-\d{2}-\d{2}$/.test(at) ? at : ymdIn(at, zone));

/** "7 years · Female": what the doctor needs to know at a glance, at the consultation's start. */
export const ageAndSex = (t: Pick<TreatedPerson, 'dateOfBirth' | 'sex'>, at: string, zone?: string) =>
  m.person_age_sex({ age: ageText(ageOn(t.dateOfBirth, at, zone)), sex: sexName(t.sex) });
