/**
 * Every error `code` the API answers with (`{ error: { code, message, details?, params? } }`) and the
 * room sends in its `error` frames, with the parameters a code carries. A client phrases an error by
 * its code and params: the catalog (messages/<locale>.json) has `error_<code>` for every code, with
 * the params below as its placeholders (tests/unit/catalog.test.ts holds the three together). The
 * English `message` is a fallback and a log line, never the only way to say it.
 *
 * Plain data and types; it imports nothing. tests/unit/error-codes.test.ts fails when functions/ uses a
 * code that is not listed here, or when a code listed here is used nowhere.
 */
export const errorCodes = [
  // Any request
  'bad_request', // refused as a whole; `details` may name the fields at fault
  'validation_failed', // fields at fault in `details`
  'unauthorized', // no valid session
  'forbidden', // signed in, but not allowed (wrong role, another site's page)
  'not_found',
  'conflict', // changed meanwhile: reload and try again
  'payload_too_large',
  'too_many_requests',
  'internal_error',
  'service_unavailable', // a dependency is down, or the request ran out of time
  'audit_unavailable', // the audit event could not be written, so the answer was withheld
  'account_disabled', // an admin disabled the account (also closes the room)
  'mfa_required', // admins must turn on two-step sign-in before using the console

  // Accounts
  'not_confirmed', // the email is not verified yet
  'already_confirmed',
  'password_reset_required',
  'too_many_dependants', // the account already has MAX_DEPENDANTS family members
  'upcoming_appointments', // an account with a booked or paid consultation to come cannot be erased yet

  // Availability and booking
  'slot_overlap', // a day's slots kept changing under a publishing request (each retry re-reads and skips overlaps)
  'slot_booked', // the slot has an appointment, so it cannot be deleted
  'slot_taken',
  'slot_past',
  'doctor_unavailable', // the doctor is not taking consultations (or was disabled)
  'too_many_holds', // the patient already has the most unpaid holds allowed
  'booking_rate_limited',
  'not_cancellable',
  'invalid_transition', // the appointment cannot change that way now
  'patient_details_required', // the account holder's profile lacks date of birth or sex (`details` names which)
  'patient_under_18', // an account holder under 18 cannot book for themself; an adult books them as a dependant
  'follow_up_window_closed', // the original's follow-up window (the doctor's days after its end) is over, or the doctor offers none
  'follow_up_slot_outside_window', // the chosen slot starts after the follow-up window closes (`params.until`)
  'follow_up_other_doctor', // a follow-up is with the original's doctor
  'follow_up_exists', // the original already has a live follow-up (one per original)
  'reschedule_closed', // only an active appointment (a running hold, or confirmed) can be moved
  'reschedule_too_late', // less than `params.hours` before the current start
  'reschedule_limit', // moved `params.max` times already
  'reschedule_other_doctor', // the new time must be the same doctor's
  'reschedule_same_slot', // the chosen time is the appointment's own

  // Payments
  'already_paid',
  'not_payable',
  'hold_expired', // the 15-minute hold ended before the payment arrived
  'payment_incomplete',
  'payment_gateway_error',
  'refund_not_failed', // only a refund that failed can be retried (or it is being retried right now)

  // The consultation room and its recording
  'not_joinable',
  'room_not_open',
  'room_closed',
  'appointment_cancelled', // room frame: the appointment was cancelled, so the room closed
  'rate_limited', // room frame: too many frames a second
  'bad_frame', // room frame: a frame the server could not read
  'recording_disabled',
  'recording_closed',
  'recording_changed',
  'recording_consent_required', // the patient has not agreed to recording in the room, or withdrew it

  // Content
  'not_completed', // feedback only after a completed consultation
  'already_submitted',

  // Ratings of doctors
  'rating_locked', // a rating can be changed only within its first days (RATING_EDIT_DAYS)
  'already_replied', // a doctor replies once to a rating

  // Admin
  'self', // an admin cannot disable their own account
  'already_decided',
  'not_verified', // only a verified doctor (not disabled) can be featured on the home page
  'profile_incomplete',
  'not_failed', // only a failed transcription can be retried
  'order_mismatch',

  // Prescribing (functions/prescriptions/rules.ts): refusals, with `params`
  'prohibited_drug',
  'list_b_needs_follow_up',
  'list_a_needs_video',
  'unknown_catalogue_id',
  'prescribing_closed', // the appointment is not CONFIRMED/COMPLETED, or its 72 hours are over
  'no_draft', // nothing to issue: save a draft first
  'signature_failed', // the password (or authenticator code) that signs a prescription was wrong

  // Documents (functions/documents)
  'too_many_documents', // the appointment already holds MAX_DOCUMENTS_PER_APPOINTMENT files
  'documents_closed', // files can be added only before or during the visit, removed only before it starts
  // Doctors' photos (functions/documents/photos.ts): the uploaded bytes, checked before they go public
  'photo_type_mismatch', // not a JPEG, PNG or WebP image, whatever its name or declared type says
  'photo_too_large', // over MAX_PHOTO_BYTES
  'photo_empty', // nothing arrived
] as const;
export type ErrorCode = (typeof errorCodes)[number];

/** A form's problems by field name (`a.b` for nested fields), each with its messages. */
export type FieldErrors = Record<string, string[]>;

/**
 * Why a field was refused, in words a client can say in any language (the catalog's `field_<code>`,
 * with `min`/`max` as placeholders). Every field in `details` has its issues in `issues`: `details`
 * is the API's English (for logs and the English pages), `issues` is what the other languages phrase.
 */
export const fieldIssueCodes = [
  'required', // nothing was given
  'invalid', // not a value this field takes (wrong type, format or a refusal the domain explains in `message`)
  'too_short', // text shorter than `min` characters
  'too_long', // text longer than `max` characters
  'too_small', // a number below `min`
  'too_big', // a number above `max`
  'too_few', // a list with fewer than `min` items
  'too_many', // a list with more than `max` items
  'not_in_list', // not one of the choices offered
  'password_length', // a new password shorter than `min` characters
  'password_lower', // a new password without a lower-case letter
  'password_upper', // … without an upper-case letter
  'password_digit', // … without a digit
  'password_symbol', // … without a symbol
] as const;
export type FieldIssueCode = (typeof fieldIssueCodes)[number];
export interface FieldIssue {
  code: FieldIssueCode;
  min?: number;
  max?: number;
}
/** The issues of each field named in `details`. */
export type FieldIssues = Record<string, FieldIssue[]>;

/** What a code carries besides its message; codes not listed carry nothing. */
export interface ErrorParams {
  validation_failed: FieldErrors;
  bad_request: FieldErrors | undefined;
  prohibited_drug: { name: string; reason: 'Schedule X' | 'NDPS narcotic' | 'NDPS psychotropic' };
  list_b_needs_follow_up: { name: string };
  list_a_needs_video: { name: string };
  unknown_catalogue_id: { catalogueId: string };
  /** When the room opens (an instant, UTC ISO): the client writes it in the reader's zone. */
  room_not_open: { opensAt: string };
  too_many_dependants: { max: number };
  too_many_documents: { max: number };
  /** When the follow-up window closes (an instant, UTC ISO). */
  follow_up_slot_outside_window: { until: string };
  reschedule_too_late: { hours: number };
  reschedule_limit: { max: number };
}

/** The body of every 4xx and 5xx answer. */
export interface ErrorBody {
  error: {
    code: ErrorCode;
    message: string;
    details?: FieldErrors;
    issues?: FieldIssues;
    params?: Record<string, string | number>;
  };
}
