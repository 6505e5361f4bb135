/**
 * What each audit action means, for the admin console's audit log: a label (a message of the catalog)
 * and an icon per action of the route table (functions/contract/routes.ts `audit`).
 * tests/unit/audit.test.ts checks that every audited action has one, so a new audited route cannot show
 * up as a bare code.
 */

import { m } from '../paraglide/messages.js';
import type { IconShapes } from './icons/index.ts';
import * as I from './icons/index.ts';

export const auditActions: Record<string, { label: () => string; icon: IconShapes }> = {
  'appointment.list': { label: m.audit_appointment_list, icon: I.calendar },
  'appointment.read': { label: m.audit_appointment_read, icon: I.calendar },
  'appointment.update': { label: m.audit_appointment_update, icon: I.pencil },
  'appointment.cancel': { label: m.audit_appointment_cancel, icon: I.xCircle },
  'appointment.book': { label: m.audit_appointment_book, icon: I.calendar },
  'appointment.followUp.book': { label: m.audit_appointment_follow_up_book, icon: I.calendar },
  'appointment.reschedule': { label: m.audit_appointment_reschedule, icon: I.calendar },
  'appointment.calendar': { label: m.audit_appointment_calendar, icon: I.download },
  'record.read': { label: m.audit_record_read, icon: I.fileText },
  'prescription.records.list': { label: m.audit_health_records_list, icon: I.fileText },
  'receipt.read': { label: m.audit_receipt_read, icon: I.receipt },
  'receipt.download': { label: m.audit_receipt_download, icon: I.download },
  'chat.history.read': { label: m.audit_chat_history_read, icon: I.messageSquare },
  'transcript.read': { label: m.audit_transcript_read, icon: I.fileText },
  'recording.consent': { label: m.audit_recording_consent, icon: I.mic },
  'prescription.list': { label: m.audit_prescription_list, icon: I.fileText },
  'prescription.draft.save': { label: m.audit_prescription_draft_save, icon: I.pencil },
  'prescription.issue': { label: m.audit_prescription_issue, icon: I.badgeCheck },
  'prescription.read': { label: m.audit_prescription_read, icon: I.fileText },
  'prescription.download': { label: m.audit_prescription_download, icon: I.download },
  'document.list': { label: m.audit_document_list, icon: I.fileText },
  'document.read': { label: m.audit_document_read, icon: I.eye },
  'document.remove': { label: m.audit_document_remove, icon: I.trash },
  'admin.document.list': { label: m.audit_admin_document_list, icon: I.fileText },
  'admin.document.read': { label: m.audit_admin_document_read, icon: I.eye },
  'account.export': { label: m.audit_account_export, icon: I.download },
  'account.erase': { label: m.audit_account_erase, icon: I.trash },
  'admin.user.list': { label: m.audit_admin_user_list, icon: I.userSearch },
  'admin.user.read': { label: m.audit_admin_user_read, icon: I.user },
  'admin.user.status': { label: m.audit_admin_user_status, icon: I.lock },
  'admin.user.search': { label: m.audit_admin_user_search, icon: I.userSearch },
  'admin.user.update': { label: m.audit_admin_user_update, icon: I.pencil },
  'admin.doctor.verification': { label: m.audit_admin_doctor_verification, icon: I.badgeCheck },
  'admin.doctor.feature': { label: m.audit_admin_doctor_feature, icon: I.star },
  'admin.appointment.list': { label: m.audit_admin_appointment_list, icon: I.calendar },
  'admin.appointment.read': { label: m.audit_admin_appointment_read, icon: I.calendar },
  'admin.appointment.cancel': { label: m.audit_admin_appointment_cancel, icon: I.xCircle },
  'admin.payment.list': { label: m.audit_admin_payment_list, icon: I.creditCard },
  'admin.payment.refund': { label: m.audit_admin_payment_refund, icon: I.refreshCw },
  'admin.service.create': { label: m.audit_admin_service_create, icon: I.plus },
  'admin.service.reorder': { label: m.audit_admin_service_reorder, icon: I.layoutDashboard },
  'admin.service.update': { label: m.audit_admin_service_update, icon: I.pencil },
  'admin.service.delete': { label: m.audit_admin_service_delete, icon: I.trash },
  'admin.tip.create': { label: m.audit_admin_tip_create, icon: I.plus },
  'admin.tip.update': { label: m.audit_admin_tip_update, icon: I.pencil },
  'admin.tip.delete': { label: m.audit_admin_tip_delete, icon: I.trash },
  'admin.rating.list': { label: m.audit_admin_rating_list, icon: I.star },
  'admin.rating.moderate': { label: m.audit_admin_rating_moderate, icon: I.checkCircle },
  'admin.testimonial.list': { label: m.audit_admin_testimonial_list, icon: I.quote },
  'admin.testimonial.create': { label: m.audit_admin_testimonial_create, icon: I.plus },
  'admin.testimonial.moderate': { label: m.audit_admin_testimonial_moderate, icon: I.checkCircle },
  'admin.testimonial.delete': { label: m.audit_admin_testimonial_delete, icon: I.trash },
  'admin.transcription.retry': { label: m.audit_admin_transcription_retry, icon: I.refreshCw },
  'admin.audit.export': { label: m.audit_admin_audit_export, icon: I.download },
  'admin.contact.list': { label: m.audit_admin_contact_list, icon: I.inbox },
};

/** Record kinds as the console names them. */
export const auditSubjects: Record<string, () => string> = {
  appointment: m.audit_subject_appointment,
  appointments: m.audit_subject_appointments,
  chat: m.audit_subject_chat,
  transcript: m.audit_subject_transcript,
  receipt: m.audit_subject_receipt,
  prescription: m.audit_subject_prescription,
  document: m.audit_subject_document,
  documents: m.audit_subject_documents,
  user: m.audit_subject_user,
  users: m.audit_subject_users,
  payments: m.audit_subject_payments,
  payment: m.audit_subject_payment,
  service: m.audit_subject_service,
  services: m.audit_subject_services,
  healthTip: m.audit_subject_health_tip,
  testimonial: m.audit_subject_testimonial,
  rating: m.audit_subject_rating,
  ratings: m.audit_subject_ratings,
  testimonials: m.audit_subject_testimonials,
  transcription: m.audit_subject_transcription,
  auditLog: m.audit_subject_audit_log,
  contactMessages: m.audit_subject_contact_messages,
};

/** The record kinds whose id is an appointment's: the console can open that appointment. */
export const appointmentSubjects = new Set([
  'appointment',
  'chat',
  'transcript',
  'receipt',
  'transcription',
  'payment',
  'prescription',
  'documents',
]);
