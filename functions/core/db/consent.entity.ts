import { Entity } from 'electrodb';
import { SERVICE } from './common.ts';

/**
 * One consent event of an appointment (issue 17): who consented to what, under which terms, when and
 * from where. Append-only: an event is created once and never changed, so the record shows what was
 * agreed at the time. All events of an appointment share its partition (one Query lists them), in the
 * order they happened (`consentId` is a ULID).
 */
export const consentEntity = () =>
  new Entity({
    model: { entity: 'consent', version: '1', service: SERVICE },
    attributes: {
      appointmentId: { type: 'string', required: true, readOnly: true },
      consentId: { type: 'string', required: true, readOnly: true },
      kind: { type: ['teleconsultation', 'recording'] as const, required: true, readOnly: true },
      /** A withdrawal is an event of its own: nothing recorded is ever changed. */
      action: { type: ['given', 'withdrawn'] as const, default: 'given', readOnly: true },
      /** TPG 2020 §3.3: implied by a teleconsultation the patient starts, or explicitly given. */
      basis: { type: ['explicit', 'implied'] as const, required: true, readOnly: true },
      userId: { type: 'string', required: true, readOnly: true },
      role: { type: ['patient', 'doctor'] as const, default: 'patient', readOnly: true },
      /** The teleconsultation terms agreed to (kind teleconsultation). */
      termsVersion: { type: 'string', readOnly: true },
      at: { type: 'string', required: true, readOnly: true },
      sourceIp: { type: 'string', readOnly: true },
      userAgent: { type: 'string', readOnly: true },
    },
    indexes: {
      byAppointment: {
        pk: { field: 'pk', composite: ['appointmentId'] },
        sk: { field: 'sk', composite: ['consentId'] },
      },
    },
  });
