import type { AuthContext } from './auth.ts';
import { entities } from './db/index.ts';

export type PartyAppointment = NonNullable<Awaited<ReturnType<typeof getAppointment>>>;

const getAppointment = async (appointmentId: string) =>
  (await entities().appointment.get({ appointmentId }).go()).data;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The appointment if the caller is its patient or doctor; null for everyone else (and for bad ids). */
export async function loadPartyAppointment(
  appointmentId: string | undefined,
  auth: AuthContext,
): Promise<PartyAppointment | null> {
  if (!appointmentId || !UUID.test(appointmentId)) return null;
  const appointment = await getAppointment(appointmentId.toLowerCase());
  if (!appointment) return null;
  return appointment.patientId === auth.userId || appointment.doctorId === auth.userId ? appointment : null;
}
