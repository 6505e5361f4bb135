/**
 * The words of a GST invoice on the page, from the server's numbers (functions/payments/invoice.ts):
 * the web labels the lines and the split, it never computes them.
 */
import type { Invoice, Price, PriceLine } from '../../../functions/contract/api.ts';
import { gstStateName } from '../../../functions/contract/gst-states.ts';
import { m } from '../paraglide/messages.js';
import { getLocale } from '../paraglide/runtime.js';
import { formatInr } from './format.ts';

/** '{name} (code {code})' in the page's language, or "State not given". */
export const stateText = (code: string | null) =>
  code ? m.invoice_state({ name: gstStateName(code, getLocale()), code }) : m.invoice_state_not_given();

/** "SAC 999312 · GST 18%", or the exemption and its notification. */
export const lineNote = (line: PriceLine) =>
  line.exempt
    ? m.invoice_line_exempt({ sac: line.sac })
    : m.invoice_line_taxable({ sac: line.sac, percent: line.ratePercent });

/** CGST + SGST (intra-state) or IGST rows, each with its label, amount and test id; none when nothing is taxed. */
export function taxRows(invoice: Invoice): { label: string; paise: number; key: string }[] {
  const { rates } = invoice;
  return [
    {
      label: m.invoice_cgst({ percent: rates.cgst }),
      paise: invoice.cgstPaise,
      key: 'cgst',
      rate: rates.cgst,
    },
    {
      label: m.invoice_sgst({ percent: rates.sgst }),
      paise: invoice.sgstPaise,
      key: 'sgst',
      rate: rates.sgst,
    },
    {
      label: m.invoice_igst({ percent: rates.igst }),
      paise: invoice.igstPaise,
      key: 'igst',
      rate: rates.igst,
    },
  ].filter((row) => row.rate > 0);
}

/**
 * A doctor's fee and what patients pay for it, by the server's price: "with GST" only when the
 * configuration charges some (an exempt consultation with no platform fee has none).
 */
export const feeText = (feePaise: number, price: Price) =>
  (price.gstPaise > 0 ? m.account_fee : m.account_fee_no_gst)({
    fee: formatInr(feePaise),
    total: formatInr(price.totalPaise),
  });

/** "Patients pay ₹590 per consultation, GST included." (or "with no GST"), for a quote of a fee. */
export const patientsPayText = (price: Price) =>
  (price.gstPaise > 0 ? m.fee_patients_pay : m.fee_patients_pay_no_gst)({
    total: formatInr(price.totalPaise),
  });
