/**
 * The price of a consultation, shared by every context that shows or charges one (appointments,
 * discovery, payments). Money is integer paise everywhere. What a consultation costs is a list of priced lines, each with
 * its SAC and its GST, decided by the operator's configuration (functions/core/config.ts), never by a
 * constant:
 *
 * - The consultation, SAC 999312 (medical services, heading 9993). Health care services by a clinical
 *   establishment or an authorised medical practitioner are exempt: Notification 12/2017-Central Tax
 *   (Rate), Sl. No. 74 (`GST_CONSULTATION=exempt`). An operator that is not such an establishment
 *   charges the rate on it (`taxable`, the twin's default, 18%).
 * - A platform (booking) fee, SAC 998599 (other support services n.e.c., heading 9985), taxable at
 *   18%: Notification 11/2017-Central Tax (Rate), Sl. No. 23 (`GST_PLATFORM_FEE_PAISE`, 0: none).
 *
 * Each line's GST is rounded half-up to the paisa: tax = floor((value × rate + 50) / 100). The total
 * charged is the sum of the lines and their tax, and the invoice shows exactly these numbers, so the
 * invoice total is always what was charged. How the tax splits (CGST + SGST or IGST) depends on the
 * place of supply, known at confirmation (payments/invoice.ts); the amount does not.
 */
import type { Price, PriceLine } from '../contract/api.ts';
import { config } from './config.ts';

export const SAC = { consultation: '999312', platform: '998599' } as const;

export interface TaxRules {
  consultation: 'taxable' | 'exempt';
  platformFeePaise: number;
  ratePercent: number;
}

export const taxRules = (): TaxRules => ({
  consultation: config().GST_CONSULTATION,
  platformFeePaise: config().GST_PLATFORM_FEE_PAISE,
  ratePercent: config().GST_RATE_PERCENT,
});

export function gstOn(valuePaise: number, ratePercent: number): number {
  if (!Number.isSafeInteger(valuePaise) || valuePaise < 0) throw new Error(`Invalid amount: ${valuePaise}`);
  return Math.floor((valuePaise * ratePercent + 50) / 100);
}

const line = (kind: PriceLine['kind'], valuePaise: number, exempt: boolean, rate: number): PriceLine => ({
  kind,
  sac: SAC[kind],
  valuePaise,
  exempt,
  ratePercent: exempt ? 0 : rate,
  taxPaise: exempt ? 0 : gstOn(valuePaise, rate),
});

/** The lines of a consultation with this fee (a free one has none: nothing is supplied for a price). */
export function priceLines(feePaise: number, rules: TaxRules = taxRules()): PriceLine[] {
  if (feePaise === 0) return [];
  const lines = [line('consultation', feePaise, rules.consultation === 'exempt', rules.ratePercent)];
  if (rules.platformFeePaise > 0)
    lines.push(line('platform', rules.platformFeePaise, false, rules.ratePercent));
  return lines;
}

/** Totals of priced lines: value before tax, GST, and what is charged. */
export function priceOfLines(lines: PriceLine[]): Price {
  const basePaise = lines.reduce((sum, l) => sum + l.valuePaise, 0);
  const gstPaise = lines.reduce((sum, l) => sum + l.taxPaise, 0);
  return { basePaise, gstPaise, totalPaise: basePaise + gstPaise, lines };
}

export function priceOf(feePaise: number, rules: TaxRules = taxRules()): Price {
  if (!Number.isSafeInteger(feePaise) || feePaise < 0) throw new Error(`Invalid amount: ${feePaise}`);
  return priceOfLines(priceLines(feePaise, rules));
}

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
