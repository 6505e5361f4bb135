/**
 * The GST invoice of a paid consultation (CGST Rules 2017, Rule 46; a "bill of supply" under Rule 49
 * when nothing on it is taxable): who supplies (configuration), the consecutive serial of the financial
 * year, the place of supply and how each line's tax splits between the Centre and the States.
 */
import type { Invoice, InvoiceLine, PriceLine } from '../contract/api.ts';
import { isGstStateCode } from '../contract/gst-states.ts';
import { config } from '../core/config.ts';
import { localDate } from '../core/time.ts';

/** Invoices are dated, and their financial year (April to March) decided, in India's zone. */
export const INVOICE_ZONE = 'Asia/Kolkata';

/** The financial year of an instant: '2627' for 1 April 2026 to 31 March 2027, India time. */
export function financialYear(instant: Date): string {
  const [year = 0, month = 0] = localDate(instant, INVOICE_ZONE).split('-').map(Number);
  const start = month >= 4 ? year : year - 1;
  const yy = (y: number) => String(y % 100).padStart(2, '0');
  return `${yy(start)}${yy(start + 1)}`;
}

/**
 * The invoice serial: PREFIX/2627/000123, consecutive within the financial year. Rule 46(b) asks for
 * at most 16 characters of letters, digits, '-' and '/', unique for the year: a prefix of up to 4
 * characters (config) + the year's four digits + six digits fit exactly (999,999 invoices a year).
 */
export function invoiceSerial(prefix: string, year: string, n: number): string {
  if (!Number.isSafeInteger(n) || n < 1 || n > 999_999) throw new Error(`Invoice serial out of range: ${n}`);
  return `${prefix}/${year}/${String(n).padStart(6, '0')}`;
}

export const SERIAL_SHAPE = /^[A-Z0-9]{1,4}\/\d{4}\/\d{6}$/;

/**
 * An intra-state supply pays CGST and SGST (or UTGST) at half the rate each, an inter-state one IGST
 * (IGST Act 2017 s.7–8). Half of an odd number of paise: CGST takes the extra paisa, so the two always
 * add up to the line's tax exactly.
 */
export function splitTax(taxPaise: number, intraState: boolean) {
  if (!intraState) return { cgstPaise: 0, sgstPaise: 0, igstPaise: taxPaise };
  const cgstPaise = Math.ceil(taxPaise / 2);
  return { cgstPaise, sgstPaise: taxPaise - cgstPaise, igstPaise: 0 };
}

export function supplier(): Invoice['supplier'] {
  const c = config();
  return {
    legalName: c.GST_SUPPLIER_NAME,
    address: c.GST_SUPPLIER_ADDRESS.split('|')
      .map((l) => l.trim())
      .filter(Boolean),
    stateCode: c.GST_SUPPLIER_STATE,
    gstin: c.GST_SUPPLIER_GSTIN,
  };
}

/**
 * The place of supply of a service to an unregistered patient is where they are when their address is
 * on record, and the supplier's location otherwise: IGST Act 2017 s.12(2)(b)(i) and (ii).
 */
export function placeOfSupply(recipientStateCode: string | null | undefined, supplierStateCode: string) {
  return isGstStateCode(recipientStateCode) ? recipientStateCode : supplierStateCode;
}

/** The invoice of these priced lines for a patient in this state (null: not on record). */
export function buildInvoice(
  lines: PriceLine[],
  recipient: { stateCode: string | null | undefined; address: string | null | undefined },
  from: Invoice['supplier'] = supplier(),
): Invoice {
  const place = placeOfSupply(recipient.stateCode, from.stateCode);
  const intraState = place === from.stateCode;
  const invoiceLines: InvoiceLine[] = lines.map((l) => ({ ...l, ...splitTax(l.taxPaise, intraState) }));
  const sum = (pick: (l: InvoiceLine) => number) => invoiceLines.reduce((s, l) => s + pick(l), 0);
  // One configured rate for every taxable line (money.ts), split as the tax is.
  const rate = invoiceLines.find((l) => !l.exempt)?.ratePercent ?? 0;
  return {
    kind: invoiceLines.some((l) => !l.exempt) ? 'tax_invoice' : 'bill_of_supply',
    supplier: from,
    recipientStateCode: isGstStateCode(recipient.stateCode) ? recipient.stateCode : null,
    recipientAddress: recipient.address?.trim() || null,
    placeOfSupply: place,
    intraState,
    lines: invoiceLines,
    rates: intraState ? { cgst: rate / 2, sgst: rate / 2, igst: 0 } : { cgst: 0, sgst: 0, igst: rate },
    taxablePaise: sum((l) => (l.exempt ? 0 : l.valuePaise)),
    exemptPaise: sum((l) => (l.exempt ? l.valuePaise : 0)),
    cgstPaise: sum((l) => l.cgstPaise),
    sgstPaise: sum((l) => l.sgstPaise),
    igstPaise: sum((l) => l.igstPaise),
  };
}
