/** How an appointment looks to each of its parties. */
import type { AppointmentView } from '../contract/api.ts';
import type { AuthContext } from '../core/auth.ts';
import { type AppointmentItem, treatedOf } from '../core/db/index.ts';
import { calendarUid } from '../core/ics.ts';
import { priceOfAppointment } from '../core/price.ts';
import { specialtyName } from '../discovery/index.ts';
import { refundPlan } from '../payments/index.ts';
import { canPrescribe } from '../prescriptions/index.ts';
import {
  canCancel,
  canJoin,
  canRecordOutcome,
  joinWindow,
  MAX_RESCHEDULES,
  RESCHEDULE_CUTOFF_HOURS,
  reschedulePolicy,
} from './lifecycle.ts';

export function toAppointmentView(
  a: AppointmentItem,
  viewer: AuthContext,
  now = new Date(),
): AppointmentView {
  const isPatient = viewer.userId === a.patientId;
  const isDoctor = viewer.userId === a.doctorId;
  const window = joinWindow(a.startAt);
  const holdActive = a.status === 'REQUESTED' && Date.parse(a.holdExpiresAt) > now.getTime();
  const reschedule = reschedulePolicy(a, now);
  return {
    id: a.appointmentId,
    status: a.status,
    startAt: a.startAt,
    endAt: a.endAt,
    timeZone: a.timeZone,
    reason: a.reason,
    notes: a.notes ?? '',
    feePaise: a.feePaise,
    holdExpiresAt: a.status === 'REQUESTED' ? a.holdExpiresAt : null,
    doctor: {
      id: a.doctorId,
      name: `Dr. ${a.doctorName}`,
      specialty: a.specialty ?? '',
      specialtyName: specialtyName(a.specialty),
    },
    patient: { id: a.patientId, name: a.patientName },
    treated: treatedOf(a),
    cancelledBy: a.cancelledBy ?? null,
    cancelReason: a.cancelReason ?? null,
    recordingEnabled: a.recordingEnabled ?? true,
    recordingConsent: a.recordingConsent ?? 'pending',
    createdAt: a.createdAt,
    followUpOf: a.followUpOf ?? null,
    join: { canJoin: canJoin(a, now), opensAt: window.opensAt, closesAt: window.closesAt },
    price: priceOfAppointment(a),
    /** What cancelling now would mean for this viewer, shown before they confirm. */
    cancellation:
      a.status === 'CONFIRMED' && (isPatient || isDoctor)
        ? refundPlan(a, priceOfAppointment(a).totalPaise, isDoctor ? 'doctor' : 'patient', now)
        : a.status === 'REQUESTED'
          ? {
              refundPaise: 0,
              rule: 'unpaid' as const,
              noticeHours: 0,
              explanation: 'Nothing has been charged yet; the slot is released straight away.',
            }
          : null,
    reschedule: { ...reschedule, max: MAX_RESCHEDULES, cutoffHours: RESCHEDULE_CUTOFF_HOURS },
    calendar: { uid: calendarUid(a.appointmentId), sequence: a.calendarSequence ?? 0 },
    actions: {
      canCancel: (isPatient || isDoctor) && canCancel(a, now),
      canReschedule: (isPatient || isDoctor) && reschedule.allowed,
      canPay: isPatient && holdActive,
      canRecordOutcome: isDoctor && canRecordOutcome(a, now),
      canEditNotes: isDoctor && a.status !== 'CANCELLED',
      canPrescribe: isDoctor && canPrescribe(a, now),
    },
  };
}
