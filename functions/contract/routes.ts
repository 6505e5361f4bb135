/**
 * THE route table. The CDK api stack builds the HTTP and WebSocket APIs from it, the local gateway
 * dispatches with it, each context's handler routes internally from it, and the web's typed client
 * builds its requests from it. It is plain data and imports nothing (functions/contract is the neutral
 * ground that functions/, lib/ and web/ all import): CDK must never import handler code, and handler
 * code never imports lib/.
 *
 * Auth rules:
 * - public        anyone
 * - user          any signed-in user
 * - patient | doctor | admin   that Cognito group
 * - party         the appointment's own patient or doctor (`{id}` is the appointment id); others get 404
 * - patientParty  party, and the caller is the appointment's patient
 * - doctorParty   party, and the caller is the appointment's doctor
 * - webhook       no user; the handler verifies the provider's signature over the raw body
 */
export const contexts = [
  'accounts',
  'discovery',
  'appointments',
  'payments',
  'chat',
  'recordings',
  'content',
  'admin',
  'prescriptions',
  'documents',
  'privacy',
] as const;
export type ContextName = (typeof contexts)[number];

export type AuthRule =
  | 'public'
  | 'user'
  | 'patient'
  | 'doctor'
  | 'admin'
  | 'party'
  | 'patientParty'
  | 'doctorParty'
  | 'webhook';

export type HttpMethod = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

export interface HttpRoute {
  readonly method: HttpMethod;
  readonly path: string;
  readonly context: ContextName;
  readonly auth: AuthRule;
  /** Operation name, unique; the context's handler implements exactly these. */
  readonly operation: string;
  /** Whether a successful call writes an audit event, and which; every route must decide. */
  readonly audit: AuditDecision;
}

/**
 * The kinds of record an audit event can name. Chat, transcript and receipt events name the
 * appointment they belong to; the plural kinds are the pages of an admin list (the event's detail
 * holds the ids it showed).
 */
export type AuditSubject =
  | 'appointment'
  | 'appointments'
  | 'chat'
  | 'transcript'
  | 'receipt'
  | 'user'
  | 'users'
  | 'payments'
  /** An appointment's payment (its id). */
  | 'payment'
  | 'service'
  | 'services'
  | 'healthTip'
  | 'testimonial'
  | 'testimonials'
  | 'rating'
  | 'ratings'
  | 'transcription'
  | 'auditLog'
  | 'contactMessages'
  | 'prescription'
  | 'document'
  /** The files of an appointment (its id). */
  | 'documents';

/**
 * The audit decision of a route. Audited: every successful call writes exactly one event with this
 * action about one record, whose id is the path parameter `subjectParam` (on party routes, the
 * appointment the party check loaded), or is named by the operation (a created id, a list's filter).
 * Not audited: `skip` says why, so the decision is written down rather than forgotten.
 */
export type AuditDecision =
  | { readonly action: string; readonly subject: AuditSubject; readonly subjectParam?: string }
  | { readonly skip: string };

// Marked free of side effects, so that a bundle importing the contract without using the table (a web
// page that only needs a type or another export) leaves the table out.
/* @__NO_SIDE_EFFECTS__ */
const audited = <A extends string>(action: A, subject: AuditSubject, subjectParam?: string) =>
  ({ action, subject, ...(subjectParam ? { subjectParam } : {}) }) as const;
/* @__NO_SIDE_EFFECTS__ */
const notAudited = (why: string) => ({ skip: why }) as const;
/** Reasons shared by many routes. */
const PUBLIC = notAudited('public: returns only what anyone may see (published content, verified doctors)');
const SIGN_IN = notAudited("sign-in flow: returns nothing stored but the caller's own account");
const OWN = notAudited(
  "the caller's own records (profile, calendar, booking, payment): the data subject reading or changing their own data",
);
const CONTENT = notAudited('public content and its drafts; no personal data');
const FAMILY = notAudited(
  "the account holder's own family list, kept by them alone; a doctor sees a family member only through an appointment, whose reads are audited",
);

// biome-ignore format: the route table reads best as one route per line
export const httpRoutes = [
  { method: 'GET', path: '/api/health', context: 'content', auth: 'public', operation: 'health', audit: notAudited('dependency status only') },
  { method: 'GET', path: '/api/home', context: 'content', auth: 'public', operation: 'home', audit: PUBLIC },
  { method: 'GET', path: '/api/services', context: 'content', auth: 'public', operation: 'listServices', audit: PUBLIC },
  { method: 'GET', path: '/api/testimonials', context: 'content', auth: 'public', operation: 'listTestimonials', audit: PUBLIC },
  { method: 'GET', path: '/api/health-tips', context: 'content', auth: 'public', operation: 'listHealthTips', audit: PUBLIC },
  { method: 'GET', path: '/api/health-tips/{tipId}', context: 'content', auth: 'public', operation: 'getHealthTip', audit: PUBLIC },
  { method: 'POST', path: '/api/testimonials', context: 'content', auth: 'patient', operation: 'submitTestimonial', audit: OWN },
  { method: 'POST', path: '/api/contact', context: 'content', auth: 'public', operation: 'submitContact', audit: notAudited("a visitor's own message to us; it reads nothing stored, and the admins' reads of the messages are audited") },
  { method: 'GET', path: '/api/specialties', context: 'discovery', auth: 'public', operation: 'listSpecialties', audit: PUBLIC },
  { method: 'GET', path: '/api/doctors', context: 'discovery', auth: 'public', operation: 'searchDoctors', audit: PUBLIC },
  { method: 'GET', path: '/api/doctors/{id}', context: 'discovery', auth: 'public', operation: 'getDoctor', audit: PUBLIC },
  { method: 'GET', path: '/api/doctors/{id}/ratings', context: 'discovery', auth: 'public', operation: 'listDoctorRatings', audit: PUBLIC },

  { method: 'POST', path: '/api/auth/register', context: 'accounts', auth: 'public', operation: 'register', audit: SIGN_IN },
  { method: 'POST', path: '/api/auth/confirm', context: 'accounts', auth: 'public', operation: 'confirm', audit: SIGN_IN },
  { method: 'POST', path: '/api/auth/resend-code', context: 'accounts', auth: 'public', operation: 'resendCode', audit: SIGN_IN },
  { method: 'POST', path: '/api/auth/login', context: 'accounts', auth: 'public', operation: 'login', audit: SIGN_IN },
  { method: 'POST', path: '/api/auth/refresh', context: 'accounts', auth: 'public', operation: 'refresh', audit: SIGN_IN },
  { method: 'POST', path: '/api/auth/logout', context: 'accounts', auth: 'public', operation: 'logout', audit: SIGN_IN },
  { method: 'POST', path: '/api/auth/forgot-password', context: 'accounts', auth: 'public', operation: 'forgotPassword', audit: SIGN_IN },
  { method: 'POST', path: '/api/auth/reset-password', context: 'accounts', auth: 'public', operation: 'resetPassword', audit: SIGN_IN },
  { method: 'POST', path: '/api/auth/mfa', context: 'accounts', auth: 'public', operation: 'completeMfa', audit: SIGN_IN },
  { method: 'POST', path: '/api/auth/mfa/setup', context: 'accounts', auth: 'user', operation: 'startMfaSetup', audit: OWN },
  { method: 'POST', path: '/api/auth/mfa/verify', context: 'accounts', auth: 'user', operation: 'finishMfaSetup', audit: OWN },
  { method: 'GET', path: '/api/me', context: 'accounts', auth: 'user', operation: 'getMe', audit: OWN },
  { method: 'PATCH', path: '/api/me', context: 'accounts', auth: 'user', operation: 'updateMe', audit: OWN },
  { method: 'GET', path: '/api/me/dependants', context: 'accounts', auth: 'patient', operation: 'listDependants', audit: FAMILY },
  { method: 'POST', path: '/api/me/dependants', context: 'accounts', auth: 'patient', operation: 'addDependant', audit: FAMILY },
  { method: 'PATCH', path: '/api/me/dependants/{dependantId}', context: 'accounts', auth: 'patient', operation: 'updateDependant', audit: FAMILY },
  { method: 'DELETE', path: '/api/me/dependants/{dependantId}', context: 'accounts', auth: 'patient', operation: 'removeDependant', audit: FAMILY },
  { method: 'GET', path: '/api/me/export', context: 'privacy', auth: 'patient', operation: 'exportMyData', audit: audited('account.export', 'user') },
  { method: 'POST', path: '/api/me/erase', context: 'privacy', auth: 'patient', operation: 'eraseMyAccount', audit: audited('account.erase', 'user') },
  { method: 'PATCH', path: '/api/me/doctor-profile', context: 'accounts', auth: 'doctor', operation: 'updateDoctorProfile', audit: OWN },

  { method: 'GET', path: '/api/doctor/slots', context: 'appointments', auth: 'doctor', operation: 'listMySlots', audit: OWN },
  { method: 'POST', path: '/api/doctor/slots', context: 'appointments', auth: 'doctor', operation: 'createSlots', audit: OWN },
  { method: 'DELETE', path: '/api/doctor/slots/{slotId}', context: 'appointments', auth: 'doctor', operation: 'deleteSlot', audit: OWN },
  { method: 'GET', path: '/api/doctor/schedule', context: 'appointments', auth: 'doctor', operation: 'getSchedule', audit: OWN },
  { method: 'PUT', path: '/api/doctor/schedule', context: 'appointments', auth: 'doctor', operation: 'saveSchedule', audit: OWN },
  { method: 'POST', path: '/api/appointments', context: 'appointments', auth: 'patient', operation: 'book', audit: audited('appointment.book', 'appointment') },
  { method: 'GET', path: '/api/appointments', context: 'appointments', auth: 'user', operation: 'listAppointments', audit: audited('appointment.list', 'appointments') },
  { method: 'GET', path: '/api/appointments/{id}', context: 'appointments', auth: 'party', operation: 'getAppointment', audit: audited('appointment.read', 'appointment', 'id') },
  { method: 'PATCH', path: '/api/appointments/{id}', context: 'appointments', auth: 'doctorParty', operation: 'updateAppointment', audit: audited('appointment.update', 'appointment', 'id') },
  { method: 'POST', path: '/api/appointments/{id}/follow-up', context: 'appointments', auth: 'patientParty', operation: 'bookFollowUp', audit: audited('appointment.followUp.book', 'appointment') },
  { method: 'GET', path: '/api/appointments/{id}/record', context: 'appointments', auth: 'party', operation: 'getRecord', audit: audited('record.read', 'appointment', 'id') },
  { method: 'POST', path: '/api/appointments/{id}/reschedule', context: 'appointments', auth: 'party', operation: 'rescheduleAppointment', audit: audited('appointment.reschedule', 'appointment', 'id') },
  { method: 'GET', path: '/api/appointments/{id}/calendar.ics', context: 'appointments', auth: 'party', operation: 'getAppointmentCalendar', audit: audited('appointment.calendar', 'appointment', 'id') },

  { method: 'GET', path: '/api/appointments/{id}/rating', context: 'appointments', auth: 'patientParty', operation: 'getMyRating', audit: notAudited("the patient's own rating of their own visit") },
  { method: 'PUT', path: '/api/appointments/{id}/rating', context: 'appointments', auth: 'patientParty', operation: 'rateAppointment', audit: notAudited("the patient's own rating of their own visit; it returns only what they sent") },
  { method: 'POST', path: '/api/doctor/ratings/{ratingId}/reply', context: 'appointments', auth: 'doctor', operation: 'replyToRating', audit: notAudited("the doctor's public reply to a published comment about them; it returns only what anyone may see") },
  { method: 'POST', path: '/api/appointments/{id}/cancel', context: 'appointments', auth: 'party', operation: 'cancelAppointment', audit: audited('appointment.cancel', 'appointment', 'id') },

  { method: 'POST', path: '/api/appointments/{id}/payment', context: 'payments', auth: 'patientParty', operation: 'startPayment', audit: OWN },
  { method: 'POST', path: '/api/payments/verify', context: 'payments', auth: 'patient', operation: 'verifyPayment', audit: OWN },
  { method: 'POST', path: '/api/payments/webhook', context: 'payments', auth: 'webhook', operation: 'razorpayWebhook', audit: notAudited('no user: the payment provider, signature-checked; it changes payment state and returns nothing stored') },
  { method: 'GET', path: '/api/receipts/{id}', context: 'payments', auth: 'party', operation: 'getReceipt', audit: audited('receipt.read', 'receipt', 'id') },
  { method: 'GET', path: '/api/receipts/{id}/pdf', context: 'payments', auth: 'party', operation: 'getReceiptPdf', audit: audited('receipt.download', 'receipt', 'id') },

  { method: 'POST', path: '/api/appointments/{id}/join', context: 'chat', auth: 'party', operation: 'joinRoom', audit: notAudited('returns the video session of a consultation, no stored medical or personal data') },
  { method: 'GET', path: '/api/appointments/{id}/messages', context: 'chat', auth: 'party', operation: 'chatHistory', audit: audited('chat.history.read', 'chat', 'id') },

  { method: 'POST', path: '/api/appointments/{id}/recordings', context: 'recordings', auth: 'doctorParty', operation: 'presignRecordingChunk', audit: notAudited('an upload permit for the next audio chunk; nothing stored is returned') },
  { method: 'POST', path: '/api/appointments/{id}/recordings/{recordingId}/finish', context: 'recordings', auth: 'doctorParty', operation: 'finishRecording', audit: notAudited("closes the doctor's own upload; nothing stored is returned") },
  { method: 'GET', path: '/api/appointments/{id}/transcription', context: 'recordings', auth: 'party', operation: 'getTranscription', audit: audited('transcript.read', 'transcript', 'id') },
  { method: 'POST', path: '/api/appointments/{id}/recording-consent', context: 'chat', auth: 'party', operation: 'setRecordingConsent', audit: audited('recording.consent', 'appointment', 'id') },

  { method: 'GET', path: '/api/medicines', context: 'prescriptions', auth: 'doctor', operation: 'searchMedicines', audit: notAudited("the medicine catalogue: reference data in the repository, nobody's record") },
  { method: 'GET', path: '/api/appointments/{id}/prescriptions', context: 'prescriptions', auth: 'party', operation: 'listPrescriptions', audit: audited('prescription.list', 'prescription', 'id') },
  { method: 'PUT', path: '/api/appointments/{id}/prescriptions/draft', context: 'prescriptions', auth: 'doctorParty', operation: 'savePrescriptionDraft', audit: audited('prescription.draft.save', 'prescription', 'id') },
  { method: 'POST', path: '/api/appointments/{id}/prescriptions/issue', context: 'prescriptions', auth: 'doctorParty', operation: 'issuePrescription', audit: audited('prescription.issue', 'prescription', 'id') },
  { method: 'GET', path: '/api/appointments/{id}/prescriptions/{version}', context: 'prescriptions', auth: 'party', operation: 'getPrescription', audit: audited('prescription.read', 'prescription', 'id') },
  { method: 'GET', path: '/api/me/health-records', context: 'prescriptions', auth: 'patient', operation: 'listHealthRecords', audit: audited('prescription.records.list', 'prescription') },
  { method: 'GET', path: '/api/appointments/{id}/prescriptions/{version}/pdf', context: 'prescriptions', auth: 'party', operation: 'getPrescriptionPdf', audit: audited('prescription.download', 'prescription', 'id') },

  { method: 'GET', path: '/api/appointments/{id}/documents', context: 'documents', auth: 'party', operation: 'listAppointmentDocuments', audit: audited('document.list', 'documents', 'id') },
  { method: 'POST', path: '/api/appointments/{id}/documents', context: 'documents', auth: 'patientParty', operation: 'startAppointmentUpload', audit: notAudited("the patient's upload permit for their own report; nothing stored is returned") },
  { method: 'GET', path: '/api/appointments/{id}/documents/{documentId}/link', context: 'documents', auth: 'party', operation: 'readAppointmentDocument', audit: audited('document.read', 'document', 'documentId') },
  { method: 'DELETE', path: '/api/appointments/{id}/documents/{documentId}', context: 'documents', auth: 'patientParty', operation: 'removeAppointmentDocument', audit: audited('document.remove', 'document', 'documentId') },
  { method: 'GET', path: '/api/me/verification-documents', context: 'documents', auth: 'doctor', operation: 'listVerificationDocuments', audit: OWN },
  { method: 'POST', path: '/api/me/verification-documents', context: 'documents', auth: 'doctor', operation: 'startVerificationUpload', audit: OWN },
  { method: 'POST', path: '/api/me/photo-uploads', context: 'documents', auth: 'doctor', operation: 'startPhotoUpload', audit: OWN },
  { method: 'POST', path: '/api/me/photo-uploads/{uploadId}/publish', context: 'documents', auth: 'doctor', operation: 'publishPhoto', audit: OWN },
  { method: 'DELETE', path: '/api/me/photo', context: 'documents', auth: 'doctor', operation: 'removePhoto', audit: OWN },
  { method: 'GET', path: '/api/admin/doctors/{userId}/documents', context: 'documents', auth: 'admin', operation: 'adminListVerificationDocuments', audit: audited('admin.document.list', 'user', 'userId') },
  { method: 'GET', path: '/api/admin/doctors/{userId}/documents/{documentId}/link', context: 'documents', auth: 'admin', operation: 'adminReadVerificationDocument', audit: audited('admin.document.read', 'document', 'documentId') },

  { method: 'GET', path: '/api/admin/stats', context: 'admin', auth: 'admin', operation: 'adminStats', audit: notAudited("platform counts only, nobody's record") },
  { method: 'GET', path: '/api/admin/users', context: 'admin', auth: 'admin', operation: 'adminListUsers', audit: audited('admin.user.list', 'users') },
  { method: 'GET', path: '/api/admin/users/{userId}', context: 'admin', auth: 'admin', operation: 'adminGetUser', audit: audited('admin.user.read', 'user', 'userId') },
  { method: 'POST', path: '/api/admin/users/{userId}/status', context: 'admin', auth: 'admin', operation: 'adminSetUserStatus', audit: audited('admin.user.status', 'user', 'userId') },
  { method: 'GET', path: '/api/admin/user-search', context: 'admin', auth: 'admin', operation: 'adminFindUsers', audit: audited('admin.user.search', 'users') },
  { method: 'PATCH', path: '/api/admin/users/{userId}', context: 'admin', auth: 'admin', operation: 'adminUpdateUser', audit: audited('admin.user.update', 'user', 'userId') },
  { method: 'POST', path: '/api/admin/doctors/{userId}/featured', context: 'admin', auth: 'admin', operation: 'adminSetDoctorFeatured', audit: audited('admin.doctor.feature', 'user', 'userId') },
  { method: 'POST', path: '/api/admin/doctors/{userId}/verification', context: 'admin', auth: 'admin', operation: 'adminDecideVerification', audit: audited('admin.doctor.verification', 'user', 'userId') },
  { method: 'GET', path: '/api/admin/appointments', context: 'admin', auth: 'admin', operation: 'adminListAppointments', audit: audited('admin.appointment.list', 'appointments') },
  { method: 'GET', path: '/api/admin/appointments/{appointmentId}', context: 'admin', auth: 'admin', operation: 'adminGetAppointment', audit: audited('admin.appointment.read', 'appointment', 'appointmentId') },
  { method: 'POST', path: '/api/admin/appointments/{appointmentId}/cancel', context: 'admin', auth: 'admin', operation: 'adminCancelAppointment', audit: audited('admin.appointment.cancel', 'appointment', 'appointmentId') },
  { method: 'GET', path: '/api/admin/contact-messages', context: 'admin', auth: 'admin', operation: 'adminListContactMessages', audit: audited('admin.contact.list', 'contactMessages') },
  { method: 'POST', path: '/api/admin/payments/{appointmentId}/refund', context: 'payments', auth: 'admin', operation: 'adminRetryRefund', audit: audited('admin.payment.refund', 'payment', 'appointmentId') },
  { method: 'GET', path: '/api/admin/payments', context: 'admin', auth: 'admin', operation: 'adminListPayments', audit: audited('admin.payment.list', 'payments') },
  { method: 'GET', path: '/api/admin/services', context: 'admin', auth: 'admin', operation: 'adminListServices', audit: CONTENT },
  { method: 'POST', path: '/api/admin/services', context: 'admin', auth: 'admin', operation: 'adminCreateService', audit: audited('admin.service.create', 'service') },
  { method: 'POST', path: '/api/admin/services/order', context: 'admin', auth: 'admin', operation: 'adminReorderServices', audit: audited('admin.service.reorder', 'services') },
  { method: 'PATCH', path: '/api/admin/services/{serviceId}', context: 'admin', auth: 'admin', operation: 'adminUpdateService', audit: audited('admin.service.update', 'service', 'serviceId') },
  { method: 'DELETE', path: '/api/admin/services/{serviceId}', context: 'admin', auth: 'admin', operation: 'adminDeleteService', audit: audited('admin.service.delete', 'service', 'serviceId') },
  { method: 'GET', path: '/api/admin/health-tips', context: 'admin', auth: 'admin', operation: 'adminListHealthTips', audit: CONTENT },
  { method: 'POST', path: '/api/admin/health-tips', context: 'admin', auth: 'admin', operation: 'adminCreateHealthTip', audit: audited('admin.tip.create', 'healthTip') },
  { method: 'PATCH', path: '/api/admin/health-tips/{tipId}', context: 'admin', auth: 'admin', operation: 'adminUpdateHealthTip', audit: audited('admin.tip.update', 'healthTip', 'tipId') },
  { method: 'DELETE', path: '/api/admin/health-tips/{tipId}', context: 'admin', auth: 'admin', operation: 'adminDeleteHealthTip', audit: audited('admin.tip.delete', 'healthTip', 'tipId') },
  { method: 'GET', path: '/api/admin/testimonials', context: 'admin', auth: 'admin', operation: 'adminListTestimonials', audit: audited('admin.testimonial.list', 'testimonials') },
  { method: 'POST', path: '/api/admin/testimonials', context: 'admin', auth: 'admin', operation: 'adminCreateTestimonial', audit: audited('admin.testimonial.create', 'testimonial') },
  { method: 'PATCH', path: '/api/admin/testimonials/{testimonialId}', context: 'admin', auth: 'admin', operation: 'adminModerateTestimonial', audit: audited('admin.testimonial.moderate', 'testimonial', 'testimonialId') },
  { method: 'DELETE', path: '/api/admin/testimonials/{testimonialId}', context: 'admin', auth: 'admin', operation: 'adminDeleteTestimonial', audit: audited('admin.testimonial.delete', 'testimonial', 'testimonialId') },
  { method: 'GET', path: '/api/admin/ratings', context: 'admin', auth: 'admin', operation: 'adminListRatings', audit: audited('admin.rating.list', 'ratings') },
  { method: 'PATCH', path: '/api/admin/ratings/{ratingId}', context: 'admin', auth: 'admin', operation: 'adminModerateRating', audit: audited('admin.rating.moderate', 'rating', 'ratingId') },
  { method: 'GET', path: '/api/admin/transcriptions', context: 'admin', auth: 'admin', operation: 'adminListTranscriptions', audit: notAudited('transcription status, ids and failure reasons; no transcript text and no personal data') },
  { method: 'POST', path: '/api/admin/transcriptions/{appointmentId}/retry', context: 'admin', auth: 'admin', operation: 'adminRetryTranscription', audit: audited('admin.transcription.retry', 'transcription', 'appointmentId') },
  { method: 'GET', path: '/api/admin/audit', context: 'admin', auth: 'admin', operation: 'adminAuditLog', audit: notAudited('the on-screen log is not logged again: every page would add events to the list being read; the bulk copy (export) is audited') },
  { method: 'GET', path: '/api/admin/audit.csv', context: 'admin', auth: 'admin', operation: 'adminExportAudit', audit: audited('admin.audit.export', 'auditLog') },
] as const satisfies readonly HttpRoute[];

export type Operation = (typeof httpRoutes)[number]['operation'];
export type RouteOf<O extends Operation> = Extract<(typeof httpRoutes)[number], { operation: O }>;

/** Every action an audit event can have, in table order. */
export const auditedActions = /* @__PURE__ */ httpRoutes.flatMap((r) =>
  'action' in r.audit ? [r.audit.action] : [],
);

export type OperationsOf<C extends ContextName> = Extract<
  (typeof httpRoutes)[number],
  { context: C }
>['operation'];

/** WebSocket routes all belong to the chat context. */
export const wsRoutes = ['$connect', '$disconnect', '$default'] as const;
export const wsContext: ContextName = 'chat';

/** `GET /api/doctors/{id}` → `GET /api/doctors/{id}` as an API Gateway route key. */
export const routeKey = (r: Pick<HttpRoute, 'method' | 'path'>) => `${r.method} ${r.path}`;

/** Every document object lives under this prefix: documents/{appointmentId or ownerId}/{documentId}. */
export const documentsPrefix = 'documents/';

/**
 * The media bucket (doctors' photos): an upload waits under uploads/ (never served), and a checked photo
 * is copied under media/, which the CDN serves at the same path (/media/…; CloudFront and the twin's
 * gateway). Every published photo has a new key, so it is cached as immutable.
 */
export const mediaPrefix = 'media/';
export const photoUploadsPrefix = 'uploads/photos/';

/** The S3 notification that starts a transcription: a recording's final marker object (written last). */
export const recordingTrigger = { prefix: 'recordings/', suffix: '/final.json' } as const;
