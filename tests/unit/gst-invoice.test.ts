/** GST invoices (issue 19 part 8): GSTIN check characters, the tax split, the financial year, serials, taxability. */
import { afterEach, describe, expect, it } from 'vitest';
import { gstStateCodes } from '../../functions/contract/api.ts';
import { GST_STATES } from '../../functions/contract/gst-states.ts';
import { gstinCheckChar, isValidGstin } from '../../functions/contract/gstin.ts';
import { config, DEMO_SUPPLIER, resetConfigForTests } from '../../functions/core/config.ts';
import { priceLines, priceOf } from '../../functions/core/price.ts';
import {
  buildInvoice,
  financialYear,
  invoiceSerial,
  placeOfSupply,
  SERIAL_SHAPE,
  splitTax,
} from '../../functions/payments/invoice.ts';

const supplier = { legalName: 'Demo', address: ['Bengaluru'], stateCode: '29', gstin: DEMO_SUPPLIER.gstin };

describe('GSTIN', () => {
  it('accepts GSTINs whose check character is right', () => {
    // 27AAPFU0939F1ZV: the example GSTIN of the GST portal's and CBIC's guides.
    for (const gstin of ['27AAPFU0939F1ZV', DEMO_SUPPLIER.gstin])
      expect(isValidGstin(gstin), gstin).toBe(true);
    expect(gstinCheckChar('27AAPFU0939F1Z')).toBe('V');
  });

  it('refuses a tampered GSTIN: any changed character, a swap, a bad shape or state', () => {
    const valid = '27AAPFU0939F1ZV';
    for (let i = 0; i < 14; i++) {
      const c = valid[i] === '1' ? '2' : valid[i] === 'A' ? 'B' : '1';
      const tampered = valid.slice(0, i) + c + valid.slice(i + 1);
      expect(isValidGstin(tampered), tampered).toBe(false);
    }
    expect(isValidGstin('27AAPFU0939F1ZW')).toBe(false); // wrong check character
    expect(isValidGstin('27AAPFU0993F1ZV')).toBe(false); // two digits swapped
    expect(isValidGstin('27aapfu0939f1zv')).toBe(false);
    expect(isValidGstin('27AAPFU0939F1Z')).toBe(false);
  });

  it('names every state code the contract lists, in English and Hindi', () => {
    expect(GST_STATES.map((s) => s.gst)).toEqual([...gstStateCodes]);
    for (const s of GST_STATES) expect(s.hi).toMatch(/[\u0900-\u097F]/);
  });
});

describe('configuration', () => {
  const base = {
    APP_ORIGIN: 'http://127.0.0.1:4321',
    TABLE_NAME: 't',
    RECORDINGS_BUCKET: 'r',
    DOCUMENTS_BUCKET: 'd',
    MEDIA_BUCKET: 'm',
    USER_POOL_ID: 'p',
    USER_POOL_CLIENT_ID: 'c',
  };
  const saved = { ...process.env };
  const load = (env: Record<string, string>) => {
    process.env = { ...base, ...env };
    resetConfigForTests();
    return config();
  };
  afterEach(() => {
    process.env = saved;
    resetConfigForTests();
  });

  it('has a demo supplier by default and fails at load on an invalid GSTIN, a state mismatch or the demo GSTIN in prod', () => {
    expect(load({}).GST_SUPPLIER_GSTIN).toBe(DEMO_SUPPLIER.gstin);
    expect(() => load({ GST_SUPPLIER_GSTIN: '29AAGCC4321K1ZM' })).toThrow(
      /GST_SUPPLIER_GSTIN .* is not a valid GSTIN/,
    );
    expect(() => load({ GST_SUPPLIER_GSTIN: '27AAPFU0939F1ZV' })).toThrow(
      /registered in state 27, not GST_SUPPLIER_STATE 29/,
    );
    expect(load({ GST_SUPPLIER_GSTIN: '27AAPFU0939F1ZV', GST_SUPPLIER_STATE: '27' }).GST_SUPPLIER_STATE).toBe(
      '27',
    );
    expect(() => load({ GST_SUPPLIER_STATE: '25' })).toThrow(/GST_SUPPLIER_STATE/);
    // A GSTIN of no state we list (99) never matches a listed GST_SUPPLIER_STATE.
    const noState = '99AAPFU0939F1Z';
    expect(() => load({ GST_SUPPLIER_GSTIN: noState + gstinCheckChar(noState) })).toThrow(
      /registered in state 99/,
    );
    expect(() => load({ GST_CONSULTATION: 'free' })).toThrow(/GST_CONSULTATION/);
    expect(() =>
      load({ STAGE: 'prod', PAYMENT_PROVIDER: 'razorpay', RAZORPAY_KEY_ID: 'rzp_live_x' }),
    ).toThrow(/needs its own GST_SUPPLIER_GSTIN/);
  });
});

describe('taxability', () => {
  it('charges the configured rate on a taxable consultation, nothing on an exempt one, and the platform fee at the rate', () => {
    const taxable = priceOf(50_000, { consultation: 'taxable', platformFeePaise: 0, ratePercent: 18 });
    expect(taxable).toMatchObject({ basePaise: 50_000, gstPaise: 9_000, totalPaise: 59_000 });
    expect(taxable.lines).toEqual([
      {
        kind: 'consultation',
        sac: '999312',
        valuePaise: 50_000,
        exempt: false,
        ratePercent: 18,
        taxPaise: 9_000,
      },
    ]);
    const exempt = priceOf(50_000, { consultation: 'exempt', platformFeePaise: 4_950, ratePercent: 18 });
    expect(exempt).toMatchObject({ basePaise: 54_950, gstPaise: 891, totalPaise: 55_841 });
    expect(exempt.lines.map((l) => [l.kind, l.sac, l.exempt, l.taxPaise])).toEqual([
      ['consultation', '999312', true, 0],
      ['platform', '998599', false, 891],
    ]);
    // A free follow-up supplies nothing for a price: no lines, not even the platform fee.
    expect(priceLines(0, { consultation: 'exempt', platformFeePaise: 4_950, ratePercent: 18 })).toEqual([]);
  });
});

describe('the split', () => {
  it('halves the tax into CGST + SGST that add up exactly, and charges IGST across states', () => {
    for (let tax = 0; tax < 5_000; tax += 7) {
      const { cgstPaise, sgstPaise, igstPaise } = splitTax(tax, true);
      expect(cgstPaise + sgstPaise).toBe(tax);
      expect(Math.abs(cgstPaise - sgstPaise)).toBeLessThanOrEqual(1);
      expect(igstPaise).toBe(0);
    }
    expect(splitTax(13_509, true)).toEqual({ cgstPaise: 6_755, sgstPaise: 6_754, igstPaise: 0 });
    expect(splitTax(13_509, false)).toEqual({ cgstPaise: 0, sgstPaise: 0, igstPaise: 13_509 });
  });

  it("takes the supplier's state as the place of supply when the patient's is not known (IGST Act s.12(2)(b))", () => {
    expect(placeOfSupply('27', '29')).toBe('27');
    expect(placeOfSupply(null, '29')).toBe('29');
    expect(placeOfSupply('25', '29')).toBe('29');
  });

  it('builds a tax invoice, or a bill of supply when nothing is taxable', () => {
    const lines = priceLines(75_050, { consultation: 'taxable', platformFeePaise: 0, ratePercent: 18 });
    const intra = buildInvoice(lines, { stateCode: '29', address: ' 1 Residency Road ' }, supplier);
    expect(intra).toMatchObject({
      kind: 'tax_invoice',
      placeOfSupply: '29',
      intraState: true,
      rates: { cgst: 9, sgst: 9, igst: 0 },
      recipientAddress: '1 Residency Road',
      taxablePaise: 75_050,
      cgstPaise: 6_755,
      sgstPaise: 6_754,
      igstPaise: 0,
    });
    const inter = buildInvoice(lines, { stateCode: '07', address: null }, supplier);
    expect(inter).toMatchObject({
      placeOfSupply: '07',
      intraState: false,
      rates: { cgst: 0, sgst: 0, igst: 18 },
      igstPaise: 13_509,
      cgstPaise: 0,
    });
    const unknown = buildInvoice(lines, { stateCode: undefined, address: undefined }, supplier);
    expect(unknown).toMatchObject({ recipientStateCode: null, placeOfSupply: '29', intraState: true });
    const exempt = priceLines(50_000, { consultation: 'exempt', platformFeePaise: 0, ratePercent: 18 });
    expect(buildInvoice(exempt, { stateCode: '07', address: null }, supplier)).toMatchObject({
      kind: 'bill_of_supply',
      exemptPaise: 50_000,
      taxablePaise: 0,
      igstPaise: 0,
    });
  });
});

describe('financial year and serials', () => {
  it("turns the year at midnight of 1 April in India's zone", () => {
    expect(financialYear(new Date('2027-03-31T18:29:59.999Z'))).toBe('2627'); // 31 Mar 23:59:59 IST
    expect(financialYear(new Date('2027-03-31T18:30:00.000Z'))).toBe('2728'); // 1 Apr 00:00 IST
    expect(financialYear(new Date('2026-12-31T20:00:00Z'))).toBe('2627'); // 1 Jan 2027 IST
    expect(financialYear(new Date('2099-06-01T00:00:00Z'))).toBe('9900');
  });

  it('writes serials of at most 16 characters that sort in order', () => {
    expect(invoiceSerial('C360', '2627', 123)).toBe('C360/2627/000123');
    expect(invoiceSerial('C360', '2627', 999_999)).toHaveLength(16);
    expect(invoiceSerial('C360', '2627', 123)).toMatch(SERIAL_SHAPE);
    expect(invoiceSerial('C', '2627', 9) < invoiceSerial('C', '2627', 10)).toBe(true);
    expect(() => invoiceSerial('C360', '2627', 0)).toThrow();
    expect(() => invoiceSerial('C360', '2627', 1_000_000)).toThrow();
  });
});
