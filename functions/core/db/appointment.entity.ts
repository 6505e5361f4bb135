import { Entity } from 'electrodb';
import { appointmentStatuses, recordingConsentStates, relationships, sexes } from '../../contract/api.ts';
import { SERVICE, timestamps } from './common.ts';

/**
 * An appointment. `byStatus` serves both the hold sweeper (status REQUESTED, holdExpiresAt < now) and
 * the admin lists; holdExpiresAt is createdAt + 15 min, so it also orders by creation. A status change
 * must write `status` and `holdExpiresAt` together, or ElectroDB cannot rebuild that key.
 */
export const appointmentEntity = () =>
  new Entity({
    model: { entity: 'appointment', version: '1', service: SERVICE },
    attributes: {
      appointmentId: { type: 'string', required: true, readOnly: true },
      patientId: { type: 'string', required: true, readOnly: true },
      doctorId: { type: 'string', required: true, readOnly: true },
      /** The account holder, who booked, pays and consents. */
      patientName: { type: 'string', required: true },
      /**
       * The person treated, as at booking (issue 17): the account holder ('self') or a dependant. A
       * snapshot, so a later edit or removal of the dependant (or the profile) never rewrites the record.
       * Absent on appointments booked before it was kept: read as the account holder, details unknown.
       */
      treatedRelationship: { type: ['self', ...relationships] as const, readOnly: true },
      treatedName: { type: 'string', readOnly: true },
      treatedDateOfBirth: { type: 'string', readOnly: true },
      treatedSex: { type: sexes, readOnly: true },
      /** The dependant's id (their follow-ups are theirs, not the account holder's). */
      dependantId: { type: 'string', readOnly: true },
      /** The COMPLETED appointment this one follows up (issue 18): same doctor, same person treated. */
      followUpOf: { type: 'string', readOnly: true },
      doctorName: { type: 'string', required: true },
      specialty: { type: 'string' },
      startAt: { type: 'string', required: true },
      endAt: { type: 'string', required: true },
      timeZone: { type: 'string', required: true },
      status: { type: appointmentStatuses, required: true },
      holdExpiresAt: { type: 'string', required: true },
      reason: { type: 'string', required: true },
      notes: { type: 'string' },
      feePaise: { type: 'number', required: true },
      /**
       * The priced lines quoted at booking (contract/api.ts PriceLine), so a later change of the GST
       * configuration never changes what this appointment costs; absent on bookings made before them.
       */
      priceLines: { type: 'any' },
      cancelledBy: { type: 'string' },
      cancelReason: { type: 'string' },
      recordingEnabled: { type: 'boolean', default: true },
      /** The patient's answer in the room (absent: not asked yet); recording needs 'given' (functions/chat/consent.ts). */
      recordingConsent: { type: recordingConsentStates },
      videoRoom: { type: 'string' },
      /** How many times a party moved it (issue 19; lifecycle.ts reschedulePolicy caps it). Absent: 0. */
      rescheduleCount: { type: 'number' },
      /**
       * The RFC 5545 SEQUENCE of its calendar event (UID `<appointmentId>@chikitsa360`): 0 at booking,
       * +1 on each reschedule and on cancellation, so a calendar that imported an earlier .ics updates
       * the event in place instead of adding a second one. Absent: 0.
       */
      calendarSequence: { type: 'number' },
      ...timestamps,
    },
    indexes: {
      byId: { pk: { field: 'pk', composite: ['appointmentId'] }, sk: { field: 'sk', composite: [] } },
      byPatient: {
        index: 'gsi1',
        pk: { field: 'gsi1pk', composite: ['patientId'] },
        sk: { field: 'gsi1sk', composite: ['startAt'] },
      },
      byDoctor: {
        index: 'gsi2',
        pk: { field: 'gsi2pk', composite: ['doctorId'] },
        sk: { field: 'gsi2sk', composite: ['startAt'] },
      },
      byStatus: {
        index: 'gsi3',
        pk: { field: 'gsi3pk', composite: ['status'] },
        sk: { field: 'gsi3sk', composite: ['holdExpiresAt', 'appointmentId'] },
      },
    },
  });
