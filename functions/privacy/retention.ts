/**
 * How long records outlive an erased account, and why (plain functions, no I/O).
 *
 * - Consultation records (the appointment, its prescriptions, chat, consents and transcript): the
 *   Telemedicine Practice Guidelines 2020 (§3.7) make the doctor keep them, and this platform keeps them
 *   for 3 years from the consultation, pseudonymised (issue 18).
 * - The payment and its GST receipt: the CGST Act 2017 s.36 keeps accounts and records until 72 months
 *   after the due date of the annual return of their financial year (GSTR-9 falls due on 31 December
 *   after the year ends on 31 March). The receipt keeps its figures; the buyer's name goes, which CGST
 *   Rule 46 does not require on an invoice to an unregistered buyer below ₹50,000.
 *
 * The DPDP Act 2023 s.8(7) and s.12(3) allow exactly this: erase, unless retention is necessary for
 * compliance with a law.
 */
import { createHash } from 'node:crypto';

export const CONSULTATION_RETENTION_YEARS = 3;
export const GST_RETENTION_MONTHS = 72;

/** The instant a consultation record may be purged: its start plus 3 years (UTC ISO). */
export function consultationPurgeAt(startAt: string): string {
  const d = new Date(startAt);
  d.setUTCFullYear(d.getUTCFullYear() + CONSULTATION_RETENTION_YEARS);
  return d.toISOString();
}

/**
 * The end of the GST retention of a payment made at `paidAt`: 72 months after 31 December following
 * the end of its Indian financial year (1 April – 31 March). Kept until the end of that day in India.
 */
export function gstPurgeAt(paidAt: string): string {
  // The financial year in India's calendar (UTC+05:30): a payment at 23:00 UTC on 31 March is 1 April there.
  const ist = new Date(Date.parse(paidAt) + 330 * 60_000);
  const fyEndYear = ist.getUTCMonth() >= 3 ? ist.getUTCFullYear() + 1 : ist.getUTCFullYear();
  const returnDueYear = fyEndYear; // the annual return for the year ending March Y is due on 31 December Y
  const keptUntilYear = returnDueYear + GST_RETENTION_MONTHS / 12;
  // The first instant of 1 January after that last day, in India.
  return new Date(Date.UTC(keptUntilYear + 1, 0, 1) - 330 * 60_000).toISOString();
}

/**
 * A short, stable label for an erased patient: "Patient 7F3A", the same on every record of theirs (a
 * doctor can still tell that two visits were the same person). From a hash of the random account id, so
 * it says nothing about the person.
 */
export const pseudonymOf = (userId: string) =>
  `Patient ${createHash('sha256').update(userId).digest('hex').slice(0, 4).toUpperCase()}`;
