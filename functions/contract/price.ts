/**
 * The arithmetic of a consultation's price, pure and shared: the server prices with it
 * (functions/core/price.ts, which supplies the operator's configuration and explains the law), and the
 * doctor's fee form quotes a fee being typed with the same code and the rules the server sent
 * (`DoctorProfile.taxRules`), so the web never has its own GST sum. Money is integer paise.
 */
import type { Price, PriceLine, TaxRules } from './api.ts';

export type { TaxRules };

export const SAC = { consultation: '999312', platform: '998599' } as const;

/** A line's GST, rounded half-up to the paisa: floor((value × rate + 50) / 100). */
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
export function priceLines(feePaise: number, rules: TaxRules): PriceLine[] {
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

export function priceWith(feePaise: number, rules: TaxRules): Price {
  if (!Number.isSafeInteger(feePaise) || feePaise < 0) throw new Error(`Invalid amount: ${feePaise}`);
  return priceOfLines(priceLines(feePaise, rules));
}
