/**
 * What a doctor is told patients pay follows the operator's GST configuration (issue 19 part 8): the
 * words come from the server's price (or, in the fee form, from the server's rules through the shared
 * pricing code), never a fixed "18% GST".
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { TaxRules } from '../../functions/contract/api.ts';
import { priceWith } from '../../functions/contract/price.ts';
import { feeText, patientsPayText } from '../../web/src/lib/invoice.ts';
import { overwriteGetLocale } from '../../web/src/paraglide/runtime.js';

const taxable: TaxRules = { consultation: 'taxable', platformFeePaise: 0, ratePercent: 18 };
const exempt: TaxRules = { consultation: 'exempt', platformFeePaise: 0, ratePercent: 18 };
const exemptWithPlatformFee: TaxRules = { consultation: 'exempt', platformFeePaise: 4_900, ratePercent: 18 };

const inLocale = (locale: 'en' | 'hi') => overwriteGetLocale(() => locale);
afterEach(() => inLocale('en'));

describe('the fee and what patients pay', () => {
  it('says "with GST" and the total when the consultation is taxable', () => {
    inLocale('en');
    expect(feeText(50_000, priceWith(50_000, taxable))).toBe(
      '₹500 per consultation; patients pay ₹590 with GST',
    );
    expect(patientsPayText(priceWith(75_050, taxable))).toBe(
      'Patients pay ₹885.59 per consultation, GST included.',
    );
    inLocale('hi');
    expect(feeText(50_000, priceWith(50_000, taxable))).toBe(
      'हर कंसल्टेशन के लिए ₹500; मरीज़ GST मिलाकर ₹590 देते हैं',
    );
  });

  it('says there is no GST when the consultation is exempt, and states no rate', () => {
    inLocale('en');
    const text = feeText(50_000, priceWith(50_000, exempt));
    expect(text).toBe('₹500 per consultation; patients pay ₹500, with no GST');
    expect(text).not.toContain('18');
    expect(patientsPayText(priceWith(50_000, exempt))).toBe(
      'Patients pay ₹500 per consultation, with no GST.',
    );
    inLocale('hi');
    expect(patientsPayText(priceWith(50_000, exempt))).toBe('मरीज़ हर कंसल्टेशन के लिए ₹500 देते हैं, GST नहीं लगता।');
  });

  it('counts a taxable platform fee on an exempt consultation as GST included', () => {
    inLocale('en');
    // ₹500 exempt + ₹49 + 18% of ₹49 (₹8.82).
    expect(patientsPayText(priceWith(50_000, exemptWithPlatformFee))).toBe(
      'Patients pay ₹557.82 per consultation, GST included.',
    );
  });
});
