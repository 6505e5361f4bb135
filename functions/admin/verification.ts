/**
 * Doctor verification: an admin verifies (the doctor becomes searchable and bookable) or rejects with
 * a reason (emailed to the doctor). The status change, the counters and the admin's audit event are
 * one transaction, guarded on the status the admin was looking at, so two admins deciding at once
 * cannot both win.
 */
import { directoryFor, disabledIs } from '../accounts/index.ts';
import type { ResponseOf } from '../contract/api.ts';
import type { TransactionAudit } from '../core/audit.ts';
import { COUNTERS, counterOps } from '../core/counters.ts';
import { entities, type UserItem } from '../core/db/index.ts';
import { appUrl, sendEmail } from '../core/email.ts';
import { badRequest, conflict, notFound } from '../core/errors.ts';
import { logger } from '../core/logger.ts';
import { transact } from '../core/transact.ts';
import { listDoctor, unlistDoctor } from '../discovery/index.ts';

export type Decision = 'verify' | 'reject';

export async function decideVerification(
  doctorId: string,
  decision: Decision,
  note: string | undefined,
  options: { now?: Date; notify?: boolean; audit?: TransactionAudit } = {},
): Promise<ResponseOf<'adminDecideVerification'>> {
  const now = options.now ?? new Date();
  const { data: doctor } = await entities().user.get({ userId: doctorId }).go();
  if (doctor?.role !== 'doctor') throw notFound('Doctor not found.');
  const from = doctor.verificationStatus ?? 'pending';
  const to = decision === 'verify' ? 'verified' : 'rejected';
  if (from === to) throw conflict(`This doctor is already ${to}.`, 'already_decided');
  if (decision === 'reject' && !note?.trim())
    throw badRequest('Give the doctor a reason for the rejection.', { note: ['A reason is required.'] });
  if (decision === 'verify') {
    const missing = [
      !doctor.specialty && 'specialty',
      !doctor.registrationNumber && 'registration number',
      !doctor.feePaise && 'consultation fee',
    ].filter(Boolean);
    if (missing.length)
      throw conflict(`The doctor has not filled in: ${missing.join(', ')}.`, 'profile_incomplete');
  }
  await transact(
    (tx) => [
      tx.user
        .patch({ userId: doctorId })
        .set({
          verificationStatus: to,
          directory: directoryFor('doctor', to, doctor.disabled),
          verificationNote: note?.trim() ?? '',
          ...(to === 'verified' ? { verifiedAt: now.toISOString() } : {}),
        })
        .where(
          ({ verificationStatus, disabled }, ops) =>
            `${doctor.verificationStatus ? ops.eq(verificationStatus, from) : ops.notExists(verificationStatus)} AND ${disabledIs(doctor.disabled, disabled, ops)}`,
        )
        .commit(),
      ...counterOps(tx, [
        [COUNTERS.doctorsByStatus(from), 'total', -1],
        [COUNTERS.doctorsByStatus(to), 'total', 1],
      ]),
      ...(options.audit?.items(tx) ?? []),
    ],
    'Another admin just changed this doctor. Reload and check.',
  );
  if (to === 'verified') await listDoctor(doctor);
  else await unlistDoctor(doctorId);
  if (options.notify !== false) await notify(doctor, to, note);
  return { doctorId, verificationStatus: to };
}

async function notify(doctor: UserItem, status: 'verified' | 'rejected', note?: string) {
  try {
    await sendEmail(doctor.email, {
      subject:
        status === 'verified'
          ? 'You are verified on Chikitsa360'
          : 'Your Chikitsa360 verification needs attention',
      greeting: `Hello Dr. ${doctor.lastName},`,
      paragraphs:
        status === 'verified'
          ? [
              'Your registration has been verified. Patients can now find you and book your slots. Publish your availability to start.',
            ]
          : [
              'We could not verify your registration yet.',
              `Reason: ${note ?? ''}`,
              'Update your doctor profile and we will look again.',
            ],
      action:
        status === 'verified'
          ? { label: 'Publish availability', url: appUrl('/doctor/availability/') }
          : { label: 'Update profile', url: appUrl('/account/doctor/') },
    });
  } catch (error) {
    logger.error('email failed', { email: 'verification', error: error as Error });
  }
}
