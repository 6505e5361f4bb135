/**
 * Writing and issuing prescriptions. A version is a DRAFT the doctor may replace at will; issuing
 * signs it (password, and authenticator code where two-step sign-in is on), numbers it and fixes it
 * for good, in ONE transaction that also marks the version it corrects SUPERSEDED, moves the number
 * counter and records the audit event. Every write is guarded on the version still being a draft, so
 * an issued version never changes (its one later change is ISSUED → SUPERSEDED by its correction).
 */
import { confirmSignature, getUser, sexOf } from '../accounts/index.ts';
import type { PrescriptionMedicine } from '../contract/api.ts';
import { ageInMonths } from '../contract/format.ts';
import type { RequestAudit, TransactionAudit } from '../core/audit.ts';
import type { AuthContext } from '../core/auth.ts';
import type { AppointmentItem, PrescriptionItem, UserItem } from '../core/db/index.ts';
import { entities, treatedOf } from '../core/db/index.ts';
import { AppError, conflict, validationFailed } from '../core/errors.ts';
import type { PartyAppointment } from '../core/party.ts';
import { localDate } from '../core/time.ts';
import { tryTransact } from '../core/transact.ts';
import { versionsOf } from './reads.ts';
import {
  type Consultation,
  checkPrescribable,
  describeRefusal,
  type PrescriptionItem as ItemInput,
  medicineById,
} from './rules.ts';
import type { DraftInput } from './schemas.ts';
import { canPrescribe, PRESCRIBING_HOURS_AFTER_START } from './window.ts';

/** Human-readable, unique, gapless per year: RX-2026-000042 (India's calendar year). */
export const NUMBER_COUNTER = 'prescriptions.number';
const formatNumber = (year: string, n: number) => `RX-${year}-${String(n).padStart(6, '0')}`;

function requireWindow(a: AppointmentItem, now: Date) {
  if (!canPrescribe(a, now))
    throw conflict(
      a.status === 'CONFIRMED' || a.status === 'COMPLETED'
        ? `Prescriptions can be written until ${PRESCRIBING_HOURS_AFTER_START} hours after the consultation's start; that time is over.`
        : 'Prescriptions can be written only for a confirmed or completed consultation.',
      'prescribing_closed',
    );
}

/**
 * TPG §3.7.3 / §4, "first consultation" vs "follow-up". Our definition: the consultation is a
 * follow-up when the same person (the account holder, or the same dependant) had an earlier appointment
 * with this same doctor that was COMPLETED
 * (the doctor recorded that it took place); anything else is a first consultation. The TPG also asks
 * that a follow-up be for the same condition; the catalogue's List B entries are chronic medicines
 * where the doctor's prescribing is itself that declaration (rules.ts).
 */
export async function consultationOf(a: AppointmentItem): Promise<Consultation> {
  const { data } = await entities()
    .appointment.query.byPatient({ patientId: a.patientId })
    .lt({ startAt: a.startAt })
    // The same person treated: a parent's visit is not their child's follow-up, nor the reverse.
    .where(
      ({ doctorId, status, dependantId }, { eq, notExists }) =>
        `${eq(doctorId, a.doctorId)} AND ${eq(status, 'COMPLETED')} AND ${
          a.dependantId ? eq(dependantId, a.dependantId) : notExists(dependantId)
        }`,
    )
    .go({ pages: 'all' });
  return data.length > 0 ? 'follow-up' : 'first';
}

/** The TPG list checks; a refusal names the medicine and the rule (422, with the field at fault). */
function checkMedicines(items: readonly ItemInput[], consultation: Consultation): PrescriptionMedicine[] {
  const verdict = checkPrescribable(items, { consultation, mode: 'video' });
  const refused = verdict.items.find((v) => !v.allowed);
  if (refused && !refused.allowed) {
    const message = describeRefusal(refused.refusal);
    // `params` (the contract's ErrorParams) let the client phrase the refusal in the reader's language.
    throw new AppError(
      422,
      refused.refusal.code,
      message,
      { [`medicines.${refused.index}.name`]: [message] },
      refused.refusal.params,
    );
  }
  return items.map((item, index) => {
    const v = verdict.items[index];
    const generics = (v?.catalogueIds ?? []).flatMap((id) => medicineById(id)?.generic ?? []);
    return {
      name: item.name,
      generic: generics.join(' + '),
      catalogueId: item.catalogueId ?? null,
      strength: item.strength,
      form: item.form,
      dose: item.dose,
      frequency: item.frequency,
      duration: item.duration,
      instructions: item.instructions ?? '',
      inCatalogue: v?.allowed === true && !v.notInCatalogue,
      tpgList: v?.list ?? null,
    };
  });
}

/** Saves the draft: replaces the open draft, or starts the next version after the issued one. */
export async function saveDraft(
  a: PartyAppointment,
  input: DraftInput,
  audit: TransactionAudit,
  now = new Date(),
): Promise<PrescriptionItem> {
  requireWindow(a, now);
  // A follow-up is after the consultation (its date in the consultation's own zone).
  if (input.followUpDate && input.followUpDate <= localDate(new Date(a.startAt), a.timeZone))
    throw validationFailed({ followUpDate: ['Choose a follow-up date after the consultation.'] });
  const consultation = await consultationOf(a);
  const medicines = checkMedicines(input.medicines, consultation);
  const versions = await versionsOf(a.appointmentId);
  const latest = versions.at(-1);
  const at = now.toISOString();
  const item: PrescriptionItem = {
    appointmentId: a.appointmentId,
    version: latest?.status === 'DRAFT' ? latest.version : (latest?.version ?? 0) + 1,
    status: 'DRAFT',
    doctorId: a.doctorId,
    patientId: a.patientId,
    consultation,
    chiefComplaints: input.chiefComplaints,
    relevantFindings: input.relevantFindings,
    provisionalDiagnosis: input.provisionalDiagnosis,
    investigationsAdvised: input.investigationsAdvised,
    medicines: JSON.stringify(medicines),
    advice: input.advice,
    followUpDate: input.followUpDate ?? '',
    createdAt: latest?.status === 'DRAFT' ? latest.createdAt : at,
    updatedAt: at,
  };
  const result = await tryTransact((tx) => [
    latest?.status === 'DRAFT'
      ? // Replaces the draft only while it is one: an issue that won the race keeps its version.
        tx.prescription
          .put(item)
          .where(({ status }, { eq }) => eq(status, 'DRAFT'))
          .commit()
      : tx.prescription.create(item).commit(),
    ...audit.items(tx),
  ]);
  if (result.canceled)
    throw conflict('The prescription changed meanwhile (it may have been issued). Reload and try again.');
  return item;
}

function doctorSnapshot(doctor: UserItem) {
  const missing = [
    !doctor.education?.trim() && 'qualification (education)',
    !doctor.registrationNumber?.trim() && 'registration number',
    !doctor.registrationCouncil?.trim() && 'registration council',
  ].filter(Boolean);
  if (missing.length > 0)
    throw conflict(
      `A prescription must carry your ${missing.join(', ')}: add them to your doctor profile, then issue it.`,
      'profile_incomplete',
    );
  return {
    name: `Dr. ${doctor.firstName} ${doctor.lastName}`,
    qualification: doctor.education ?? '',
    registrationNumber: doctor.registrationNumber ?? '',
    council: doctor.registrationCouncil ?? '',
  };
}

/**
 * Issues the open draft. Nothing is written unless the signature holds; a lost race (the draft
 * replaced or issued meanwhile) is a 409, and a race for the next number is retried with a fresh one.
 */
export async function issue(
  a: PartyAppointment,
  doctorAuth: AuthContext,
  signature: { password: string; code?: string | undefined },
  audit: RequestAudit,
  now = new Date(),
): Promise<PrescriptionItem> {
  requireWindow(a, now);
  const versions = await versionsOf(a.appointmentId);
  const draft = versions.at(-1);
  if (draft?.status !== 'DRAFT')
    throw conflict('There is no draft to issue: save the prescription first.', 'no_draft');
  const [doctor, patient] = await Promise.all([getUser(a.doctorId), getUser(a.patientId)]);
  const doctorAtIssue = doctorSnapshot(doctor);
  // The nature of the consultation is decided again: a completed earlier visit may have been recorded since.
  const consultation = await consultationOf(a);
  const stored = JSON.parse(draft.medicines) as PrescriptionMedicine[];
  const medicines = checkMedicines(
    stored.map((m) => ({ ...m, catalogueId: m.catalogueId ?? undefined, instructions: m.instructions })),
    consultation,
  );
  await confirmSignature(doctor.email || doctorAuth.email, signature.password, signature.code);

  const issuedAt = now.toISOString();
  const year = localDate(now, 'Asia/Kolkata').slice(0, 4);
  const previous = versions.findLast((v) => v.status === 'ISSUED');
  // The person treated, as booked (a dependant, or the account holder); an appointment booked before
  // that snapshot was kept falls back to the account holder's profile.
  const treated = treatedOf(a);
  const patientAtIssue = {
    name: treated.name,
    ageMonths: ageInMonths(treated.dateOfBirth ?? patient.dateOfBirth, localDate(now, a.timeZone)),
    sex: treated.sex ?? sexOf(patient.sex),
  };
  audit.note(`version=${draft.version}${previous ? `; supersedes=${previous.version}` : ''}`);
  for (let attempt = 0; attempt < 5; attempt++) {
    const { data: counter } = await entities().counter.get({ name: NUMBER_COUNTER, bucket: year }).go();
    const last = counter?.value ?? 0;
    const issued: PrescriptionItem = {
      ...draft,
      status: 'ISSUED',
      consultation,
      medicines: JSON.stringify(medicines),
      number: formatNumber(year, last + 1),
      issuedAt,
      doctorSnapshot: JSON.stringify(doctorAtIssue),
      patientSnapshot: JSON.stringify(patientAtIssue),
      ...(previous ? { supersedes: previous.version } : {}),
      updatedAt: issuedAt,
    };
    const result = await tryTransact((tx) => [
      tx.prescription
        .patch({ appointmentId: a.appointmentId, version: draft.version })
        .set({
          status: 'ISSUED',
          consultation,
          medicines: issued.medicines,
          number: issued.number,
          issuedAt,
          doctorSnapshot: issued.doctorSnapshot,
          patientSnapshot: issued.patientSnapshot,
          ...(previous ? { supersedes: previous.version } : {}),
        })
        // The draft the doctor signed, unchanged since it was read.
        .where(
          ({ status, updatedAt }, { eq }) => `${eq(status, 'DRAFT')} AND ${eq(updatedAt, draft.updatedAt)}`,
        )
        .commit(),
      // The number: this counter's value moves from `last` to `last + 1` in this transaction or not at all.
      tx.counter
        .update({ name: NUMBER_COUNTER, bucket: year })
        .set({ value: last + 1 })
        .where(({ value }, { eq, notExists }) => (last === 0 ? notExists(value) : eq(value, last)))
        .commit(),
      ...(previous
        ? [
            tx.prescription
              .patch({ appointmentId: a.appointmentId, version: previous.version })
              .set({ status: 'SUPERSEDED', supersededBy: draft.version })
              .where(({ status }, { eq }) => eq(status, 'ISSUED'))
              .commit(),
          ]
        : []),
      ...audit.items(tx),
    ]);
    if (!result.canceled) return issued;
    // Only the counter lost (another prescription took the number meanwhile): try the next one.
    const [draftReason, counterReason, ...rest] = result.reasons;
    const counterLost = counterReason === 'ConditionalCheckFailed' || counterReason === 'TransactionConflict';
    if (!counterLost || draftReason !== 'None' || rest.some((r) => r !== 'None'))
      throw conflict('The prescription changed meanwhile (it may have been issued). Reload and try again.');
  }
  throw conflict('Many prescriptions were being issued at once. Please try again.');
}
