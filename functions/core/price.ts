/**
 * The price of a consultation, shared by every context that shows or charges one (appointments,
 * discovery, payments). Money is integer paise everywhere. What a consultation costs is a list of priced lines, each with
 * its SAC and its GST, decided by the operator's configuration (functions/core/config.ts), never by a
 * constant:
 *
 * - The consultation, SAC 999312 (heading 9993, human health services; 999311 is in-patient care).
 *   Health care services by a clinical establishment or an authorised medical practitioner are exempt:
 *   Notification 12/2017-Central Tax (Rate) dated 28 June 2017, Sl. No. 74 (entry 74 as advance rulings
 *   cite it, e.g. GST AAR Gujarat, Oswal Industries / Nimba Nature Cure Village) (`GST_CONSULTATION=
 *   exempt`). An operator that is not such an establishment charges the rate on it (`taxable`, the
 *   twin's default, 18%).
 * - A platform (booking) fee, SAC 998599 (other support services n.e.c., heading 9985): an online
 *   intermediary's own fee is not health care, so it is taxable at 18% (9% CGST + 9% SGST) under
 *   Notification 11/2017-Central Tax (Rate), Sl. No. 23, heading 9985, as commonly cited (the entry
 *   number was not checked against the gazette text) (`GST_PLATFORM_FEE_PAISE`, 0: none).
 *
 * Each line's GST is rounded half-up to the paisa: tax = floor((value × rate + 50) / 100). The total
 * charged is the sum of the lines and their tax, and the invoice shows exactly these numbers, so the
 * invoice total is always what was charged. How the tax splits (CGST + SGST or IGST) depends on the
 * place of supply, known at confirmation (payments/invoice.ts); the amount does not.
 */
import type { Price, PriceLine } from '../contract/api.ts';
import { priceOfLines, priceWith, SAC, type TaxRules } from '../contract/price.ts';
import { config } from './config.ts';
import type { AppointmentItem } from './db/index.ts';

export { gstOn, priceOfLines, SAC, type TaxRules } from '../contract/price.ts';

export const taxRules = (): TaxRules => ({
  consultation: config().GST_CONSULTATION,
  platformFeePaise: config().GST_PLATFORM_FEE_PAISE,
  ratePercent: config().GST_RATE_PERCENT,
});

/** The lines of a consultation with this fee under today's configuration (or the rules given). */
export const priceLines = (feePaise: number, rules: TaxRules = taxRules()): PriceLine[] =>
  priceWith(feePaise, rules).lines;

export const priceOf = (feePaise: number, rules: TaxRules = taxRules()): Price => priceWith(feePaise, rules);

/**
 * The lines of a payment made before lines were recorded: the fee charged GST at the rate its amounts
 * show (18% then), one taxable consultation line.
 */
export function legacyLines(basePaise: number, gstPaise: number): PriceLine[] {
  const ratePercent = basePaise > 0 ? Math.round((gstPaise * 100) / basePaise) : 0;
  return [
    {
      kind: 'consultation',
      sac: SAC.consultation,
      valuePaise: basePaise,
      exempt: false,
      ratePercent,
      taxPaise: gstPaise,
    },
  ];
}

/**
 * An appointment's price as quoted when it was booked (the lines stored on it); a booking made before
 * lines were stored is priced as it always was, by today's configuration.
 */
export const priceOfAppointment = (a: Pick<AppointmentItem, 'feePaise' | 'priceLines'>): Price =>
  a.priceLines ? priceOfLines(a.priceLines as PriceLine[]) : priceOf(a.feePaise);
