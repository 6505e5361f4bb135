/** A patient's testimonial: one per completed appointment, shown only after an admin approves it. */
import { ulid } from 'ulid';
import type { HealthTip, Locale, ResponseOf } from '../contract/api.ts';
import { entities } from '../core/db/index.ts';
import { conflict, notFound } from '../core/errors.ts';
import { transact } from '../core/transact.ts';
import { toHealthTip } from './content.ts';

export async function submitTestimonial(
  patientId: string,
  input: { appointmentId: string; rating: number; content: string },
): Promise<ResponseOf<'submitTestimonial'>> {
  const [{ data: appointment }, { data: patient }] = await Promise.all([
    entities().appointment.get({ appointmentId: input.appointmentId }).go(),
    entities().user.get({ userId: patientId }).go(),
  ]);
  if (!appointment || appointment.patientId !== patientId || !patient)
    throw notFound('Appointment not found.');
  if (appointment.status !== 'COMPLETED')
    throw conflict('You can share your experience once the consultation is completed.', 'not_completed');
  const testimonialId = ulid();
  await transact(
    (tx) => [
      tx.marker.create({ namespace: 'testimonial', key: input.appointmentId, ref: testimonialId }).commit(),
      tx.testimonial
        .create({
          testimonialId,
          patientId,
          appointmentId: input.appointmentId,
          name: `${patient.firstName} ${patient.lastName.slice(0, 1)}.`,
          content: input.content,
          rating: input.rating,
          approved: false,
          featured: false,
        })
        .commit(),
    ],
    'You have already shared feedback for this consultation.',
    'already_submitted',
  );
  return {
    testimonial: {
      id: testimonialId,
      status: 'pending',
      message: 'Thank you! Your feedback will appear once our team has reviewed it.',
    },
  };
}

export async function healthTip(tipId: string, lang: Locale): Promise<{ healthTip: HealthTip }> {
  const { data } = await entities().healthTip.get({ tipId }).go();
  if (!data) throw notFound('Health tip not found.');
  return { healthTip: toHealthTip(data, lang) };
}
