/**
 * When the doctor may prescribe for an appointment. The Telemedicine Practice Guidelines 2020 (TPG,
 * §3.7 and Annexure 2) expect a prescription issued during or after the teleconsultation, by the
 * doctor who consulted; they set no deadline, so ours is a product rule: the consultation must have
 * been confirmed (paid) and not cancelled or missed (CONFIRMED, or COMPLETED once the doctor recorded
 * the outcome), and a prescription (or a correction) may be written until 72 hours after the start, while the
 * consultation is fresh. Later, the patient books a follow-up.
 */
export const PRESCRIBING_HOURS_AFTER_START = 72;

export const prescribingClosesAt = (startAt: string) =>
  new Date(Date.parse(startAt) + PRESCRIBING_HOURS_AFTER_START * 3_600_000);

export function canPrescribe(a: { status: string; startAt: string }, now = new Date()): boolean {
  return (
    (a.status === 'CONFIRMED' || a.status === 'COMPLETED') &&
    now.getTime() < prescribingClosesAt(a.startAt).getTime()
  );
}
