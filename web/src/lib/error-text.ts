/**
 * An API error said in the page's language: the catalog's `error_<code>`, filled with the error's
 * params (functions/contract/errors.ts). The API's own `message` is English, for logs and for the
 * English pages; every other language says the code. Loaded by the client only when an answer is an
 * error (lib/client.ts), so no page carries these sentences until it needs one; so are the words
 * for a status (an answer without a sentence of ours).
 */
import type {
  ErrorCode,
  FieldErrors,
  FieldIssue,
  FieldIssueCode,
  FieldIssues,
} from '../../../functions/contract/errors.ts';
import { formatNumber } from '../../../functions/contract/format.ts';
import { m } from '../paraglide/messages.js';
import { getLocale } from '../paraglide/runtime.js';
import { formatDateTime } from './format-app.ts';

type Params = Record<string, string | number> | undefined;
const text = (params: Params, key: string) => String(params?.[key] ?? '');

/** Every code's phrasing: a code added to the contract without one fails tsc. */
const PHRASES: Record<ErrorCode, (params: Params) => string> = {
  bad_request: () => m.error_bad_request(),
  validation_failed: () => m.error_validation_failed(),
  unauthorized: () => m.error_unauthorized(),
  forbidden: () => m.error_forbidden(),
  not_found: () => m.error_not_found(),
  conflict: () => m.error_conflict(),
  payload_too_large: () => m.error_payload_too_large(),
  too_many_requests: () => m.error_too_many_requests(),
  internal_error: () => m.error_internal_error(),
  service_unavailable: () => m.error_service_unavailable(),
  audit_unavailable: () => m.error_audit_unavailable(),
  account_disabled: () => m.error_account_disabled(),
  mfa_required: () => m.error_mfa_required(),
  not_confirmed: () => m.error_not_confirmed(),
  already_confirmed: () => m.error_already_confirmed(),
  password_reset_required: () => m.error_password_reset_required(),
  slot_overlap: () => m.error_slot_overlap(),
  slot_booked: () => m.error_slot_booked(),
  slot_taken: () => m.error_slot_taken(),
  slot_past: () => m.error_slot_past(),
  doctor_unavailable: () => m.error_doctor_unavailable(),
  too_many_holds: () => m.error_too_many_holds(),
  booking_rate_limited: () => m.error_booking_rate_limited(),
  too_many_dependants: (p) => m.error_too_many_dependants({ max: text(p, 'max') }),
  too_many_documents: (p) => m.error_too_many_documents({ max: text(p, 'max') }),
  documents_closed: () => m.error_documents_closed(),
  photo_type_mismatch: () => m.error_photo_type_mismatch(),
  photo_too_large: () => m.error_photo_too_large(),
  photo_empty: () => m.error_photo_empty(),
  upcoming_appointments: () => m.error_upcoming_appointments(),
  patient_details_required: () => m.error_patient_details_required(),
  patient_under_18: () => m.error_patient_under_18(),
  follow_up_window_closed: () => m.error_follow_up_window_closed(),
  follow_up_slot_outside_window: (p) =>
    m.error_follow_up_slot_outside_window({ until: formatDateTime(text(p, 'until')) }),
  follow_up_other_doctor: () => m.error_follow_up_other_doctor(),
  follow_up_exists: () => m.error_follow_up_exists(),
  reschedule_closed: () => m.error_reschedule_closed(),
  reschedule_too_late: (p) => m.error_reschedule_too_late({ hours: text(p, 'hours') }),
  reschedule_limit: (p) => m.error_reschedule_limit({ max: text(p, 'max') }),
  reschedule_other_doctor: () => m.error_reschedule_other_doctor(),
  reschedule_same_slot: () => m.error_reschedule_same_slot(),
  not_cancellable: () => m.error_not_cancellable(),
  invalid_transition: () => m.error_invalid_transition(),
  already_paid: () => m.error_already_paid(),
  not_payable: () => m.error_not_payable(),
  hold_expired: () => m.error_hold_expired(),
  payment_incomplete: () => m.error_payment_incomplete(),
  payment_gateway_error: () => m.error_payment_gateway_error(),
  not_joinable: () => m.error_not_joinable(),
  room_not_open: (p) => m.error_room_not_open({ opensAt: formatDateTime(text(p, 'opensAt')) }),
  room_closed: () => m.error_room_closed(),
  appointment_cancelled: () => m.error_appointment_cancelled(),
  rate_limited: () => m.error_rate_limited(),
  bad_frame: () => m.error_bad_frame(),
  recording_disabled: () => m.error_recording_disabled(),
  recording_closed: () => m.error_recording_closed(),
  recording_changed: () => m.error_recording_changed(),
  recording_consent_required: () => m.error_recording_consent_required(),
  not_completed: () => m.error_not_completed(),
  already_submitted: () => m.error_already_submitted(),
  rating_locked: () => m.error_rating_locked(),
  already_replied: () => m.error_already_replied(),
  self: () => m.error_self(),
  already_decided: () => m.error_already_decided(),
  not_verified: () => m.error_not_verified(),
  profile_incomplete: () => m.error_profile_incomplete(),
  not_failed: () => m.error_not_failed(),
  refund_not_failed: () => m.error_refund_not_failed(),
  order_mismatch: () => m.error_order_mismatch(),
  prohibited_drug: (p) => m.error_prohibited_drug({ name: text(p, 'name'), reason: text(p, 'reason') }),
  list_b_needs_follow_up: (p) => m.error_list_b_needs_follow_up({ name: text(p, 'name') }),
  list_a_needs_video: (p) => m.error_list_a_needs_video({ name: text(p, 'name') }),
  unknown_catalogue_id: (p) => m.error_unknown_catalogue_id({ catalogueId: text(p, 'catalogueId') }),
  prescribing_closed: () => m.error_prescribing_closed(),
  no_draft: () => m.error_no_draft(),
  signature_failed: () => m.error_signature_failed(),
};

/** Said when an answer carries no message of ours: the catalog's words for its status. */
const STATUS: Record<number, () => string> = {
  400: m.error_bad_request,
  401: m.error_unauthorized,
  403: m.error_forbidden,
  404: m.error_not_found,
  409: m.error_conflict,
  429: m.error_too_many_requests,
};
export const statusText = (status: number) =>
  (STATUS[status] ?? (status >= 500 ? m.error_internal_error : m.problem_generic))();

/** The catalog's sentence for an API error code, or undefined for a code this build does not know. */
export const phraseError = (code: string, params: Params): string | undefined =>
  Object.hasOwn(PHRASES, code) ? PHRASES[code as ErrorCode](params) : undefined;

const bound = (n: number | undefined) => formatNumber(n ?? 0, getLocale());

/** Every field issue's phrasing (the contract's FieldIssue): a code added without one fails tsc. */
const FIELD_PHRASES: Record<FieldIssueCode, (issue: FieldIssue) => string> = {
  required: () => m.field_required(),
  invalid: () => m.field_invalid(),
  too_short: (i) => m.field_too_short({ min: bound(i.min) }),
  too_long: (i) => m.field_too_long({ max: bound(i.max) }),
  too_small: (i) => m.field_too_small({ min: bound(i.min) }),
  too_big: (i) => m.field_too_big({ max: bound(i.max) }),
  too_few: (i) => m.field_too_few({ min: bound(i.min) }),
  too_many: (i) => m.field_too_many({ max: bound(i.max) }),
  not_in_list: () => m.field_not_in_list(),
  // The same words the password field's checklist uses (lib/password.ts).
  password_length: () => m.password_rule_length(),
  password_lower: () => m.password_rule_lower(),
  password_upper: () => m.password_rule_upper(),
  password_digit: () => m.password_rule_number(),
  password_symbol: () => m.password_rule_symbol(),
};

/**
 * A refusal's fields said in the page's language, from the codes the API sends beside its English
 * `details`; an issue this build does not know is said as "not right".
 */
export const phraseFieldIssues = (issues: FieldIssues): FieldErrors =>
  Object.fromEntries(
    Object.entries(issues).map(([field, list]) => [
      field,
      list.map((issue) => (FIELD_PHRASES[issue.code] ?? FIELD_PHRASES.invalid)(issue)),
    ]),
  );
