/**
 * The ElectroDB service over the single table: every entity of DESIGN.md §3. Built once per process
 * on first use.
 */
import { type EntityItem, Service } from 'electrodb';
import { appointmentEntity } from './appointment.entity.ts';
import { chatMessageEntity, connectionEntity } from './chat.entity.ts';
import { entityConfig } from './common.ts';
import { consentEntity } from './consent.entity.ts';
import { contactMessageEntity } from './contact.entity.ts';
import { healthTipEntity, serviceEntity, testimonialEntity } from './content.entity.ts';
import { dependantEntity } from './dependant.entity.ts';
import { doctorFacetEntity } from './doctor-facet.entity.ts';
import { doctorNameTokenEntity } from './doctor-name-token.entity.ts';
import { documentEntity } from './document.entity.ts';
import { paymentEntity, receiptEntity } from './payment.entity.ts';
import { auditEventEntity, counterEntity, markerEntity, pendingReminderEntity } from './platform.entity.ts';
import { prescriptionEntity } from './prescription.entity.ts';
import { ratingEntity } from './rating.entity.ts';
import { retentionEntity } from './retention.entity.ts';
import { scheduleEntity } from './schedule.entity.ts';
import { slotEntity } from './slot.entity.ts';
import { recordingEntity, transcriptionEntity } from './transcription.entity.ts';
import { userEntity } from './user.entity.ts';
import { userLookupEntity } from './user-lookup.entity.ts';

const build = () =>
  new Service(
    {
      user: userEntity(),
      userLookup: userLookupEntity(),
      doctorNameToken: doctorNameTokenEntity(),
      doctorFacet: doctorFacetEntity(),
      slot: slotEntity(),
      schedule: scheduleEntity(),
      appointment: appointmentEntity(),
      payment: paymentEntity(),
      receipt: receiptEntity(),
      chatMessage: chatMessageEntity(),
      connection: connectionEntity(),
      transcription: transcriptionEntity(),
      recording: recordingEntity(),
      service: serviceEntity(),
      testimonial: testimonialEntity(),
      healthTip: healthTipEntity(),
      counter: counterEntity(),
      auditEvent: auditEventEntity(),
      marker: markerEntity(),
      prescription: prescriptionEntity(),
      consent: consentEntity(),
      dependant: dependantEntity(),
      document: documentEntity(),
      retention: retentionEntity(),
      contactMessage: contactMessageEntity(),
      pendingReminder: pendingReminderEntity(),

      rating: ratingEntity(),
    },
    entityConfig(),
  );

export type Db = ReturnType<typeof build>;
let instance: Db | undefined;

export function db(): Db {
  instance ??= build();
  return instance;
}

export const entities = () => db().entities;

export type { AppointmentStatus, Role } from '../../contract/api.ts';
export { appointmentStatuses } from '../../contract/api.ts';
export { epochSeconds, nowIso } from './common.ts';
export { treatedOf } from './treated.ts';

export type UserItem = EntityItem<ReturnType<typeof userEntity>>;
export type SlotItem = EntityItem<ReturnType<typeof slotEntity>>;
export type ScheduleItem = EntityItem<ReturnType<typeof scheduleEntity>>;
export type AppointmentItem = EntityItem<ReturnType<typeof appointmentEntity>>;
export type PaymentItem = EntityItem<ReturnType<typeof paymentEntity>>;
export type ReceiptItem = EntityItem<ReturnType<typeof receiptEntity>>;
export type ChatMessageItem = EntityItem<ReturnType<typeof chatMessageEntity>>;
export type PrescriptionItem = EntityItem<ReturnType<typeof prescriptionEntity>>;
export type ConsentItem = EntityItem<ReturnType<typeof consentEntity>>;
export type DependantItem = EntityItem<ReturnType<typeof dependantEntity>>;
export type DocumentItem = EntityItem<ReturnType<typeof documentEntity>>;
export type RatingItem = EntityItem<ReturnType<typeof ratingEntity>>;
export type TranscriptionItem = EntityItem<ReturnType<typeof transcriptionEntity>>;
