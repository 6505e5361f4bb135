import { D as refreshCw, G as hourglass, N as pencil, O as receipt, P as mic, Q as copy, U as indianRupee, X as download, Z as creditCard, _ as xCircle, c as roomHref, ft as renderScript, ht as __exportAll, it as calendar, lt as arrowLeft, mt as createComponent, nt as checkCircle, q as fileText, s as payHref, st as badgeCheck, ut as alertTriangle, w as star, y as video } from "./skip_to_content_DtyEdUnf.mjs";
import { a as renderComponent, d as renderTemplate } from "./server_DkXzZEFQ.mjs";
import { A as $$Island, C as formatDateTime, c as ApiError, d as role_doctor, k as Icon, l as api, p as nav_my_appointments, t as $$Base, u as role_patient, w as formatInr } from "./Base_BSFoRxR2.mjs";
import { a as row_pay, i as useRemaining, n as Clock, r as useCountdownAnnouncements } from "./AppointmentRow_qRWZXMXq.mjs";
import { t as appts_eyebrow } from "./appts_eyebrow_DFVermvK.mjs";
import { t as Button } from "./Button_CN07y6wQ.mjs";
import { t as book_reason_count } from "./book_reason_count_BBMzABaW.mjs";
import { t as ConfirmDialog } from "./Dialog_1MLDI7Ri.mjs";
import { o as doctorPageHref } from "./DoctorCard_DfVKwrlj.mjs";
import { t as Notice } from "./Notice_PVZELjfy.mjs";
import { a as hold_left_say, c as hold_book_again, i as pay_heading, n as transcript_check_again, o as hold_expired_say, r as pay_view_receipt, s as hold_clock_label, t as PriceBreakdown } from "./PriceBreakdown_A6S6L4Pw.mjs";
import { r as protected_error_title, t as Protected } from "./Protected_D2pVYjq-.mjs";
import { t as loading } from "./loading_CPk8sSBF.mjs";
import { t as problem_generic } from "./problem_generic_D6AyibR1.mjs";
import { t as EmptyState } from "./States_D_beH2ie.mjs";
import { t as saving } from "./saving_BPl4zf-h.mjs";
import { t as search_specialty_label } from "./search_specialty_label_WXmkeNYq.mjs";
import { t as sending } from "./sending_z47q5XXO.mjs";
import { n as StatusBadge } from "./StatusBadge_DXGDma2a.mjs";
import { c as formatTimeRange, m as viewerZone, o as formatLongDate, p as sameZone, s as formatTime, u as minutesBetween } from "./zoned_CWcmEh3i.mjs";
import { t as FormError } from "./FormError_CFR7y0xy.mjs";
import { n as useForm, t as fieldValue } from "./useForm_D_rb2N8J.mjs";
import { t as plural } from "./registry_BbVT5qhj.mjs";
import { Fragment, jsx, jsxs } from "preact/jsx-runtime";
import { useEffect, useRef, useState } from "preact/hooks";
import { useSignal } from "@preact/signals";
// web/src/paraglide/messages/appt_eyebrow.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ specialty: NonNullable<unknown> }} Appt_EyebrowInputs */
var en_appt_eyebrow = (i) => {
	return `Appointment · ${i?.specialty}`;
};
/**

* @param {Appt_EyebrowInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var appt_eyebrow = (inputs, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_appt_eyebrow(inputs);
};
// web/src/paraglide/messages/appt_not_found_text.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Appt_Not_Found_TextInputs */
var en_appt_not_found_text = () => {
	return `The link may be mistyped, or the appointment belongs to another account.`;
};
/**

* @param {Appt_Not_Found_TextInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var appt_not_found_text = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_appt_not_found_text(inputs);
};
// web/src/paraglide/messages/appt_not_found_title.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Appt_Not_Found_TitleInputs */
var en_appt_not_found_title = () => {
	return `We could not find this appointment`;
};
/**

* @param {Appt_Not_Found_TitleInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var appt_not_found_title = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_appt_not_found_title(inputs);
};
// web/src/paraglide/messages/appt_side_label.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Appt_Side_LabelInputs */
var en_appt_side_label = () => {
	return `Payment and cancellation`;
};
/**

* @param {Appt_Side_LabelInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var appt_side_label = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_appt_side_label(inputs);
};
// web/src/paraglide/messages/appt_title.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ name: NonNullable<unknown> }} Appt_TitleInputs */
var en_appt_title = (i) => {
	return `Consultation with ${i?.name}`;
};
/**

* @param {Appt_TitleInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var appt_title = (inputs, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_appt_title(inputs);
};
// web/src/paraglide/messages/booked_text.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Booked_TextInputs */
var en_booked_text = () => {
	return `Pay within 15 minutes to confirm the consultation.`;
};
/**

* @param {Booked_TextInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var booked_text = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_booked_text(inputs);
};
// web/src/paraglide/messages/booked_title.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Booked_TitleInputs */
var en_booked_title = () => {
	return `Booked! This time is held for you.`;
};
/**

* @param {Booked_TitleInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var booked_title = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_booked_title(inputs);
};
// web/src/paraglide/messages/cancel_busy.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Cancel_BusyInputs */
var en_cancel_busy = () => {
	return `Cancelling…`;
};
/**

* @param {Cancel_BusyInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var cancel_busy = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_cancel_busy(inputs);
};
// web/src/paraglide/messages/cancel_button.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Cancel_ButtonInputs */
var en_cancel_button = () => {
	return `Cancel appointment`;
};
/**

* @param {Cancel_ButtonInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var cancel_button = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_cancel_button(inputs);
};
// web/src/paraglide/messages/cancel_confirm.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Cancel_ConfirmInputs */
var en_cancel_confirm = () => {
	return `Yes, cancel it`;
};
/**

* @param {Cancel_ConfirmInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var cancel_confirm = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_cancel_confirm(inputs);
};
// web/src/paraglide/messages/cancel_doctor_explanation.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Cancel_Doctor_ExplanationInputs */
var en_cancel_doctor_explanation = () => {
	return `If you cancel, the patient gets a full refund and the time is freed.`;
};
/**

* @param {Cancel_Doctor_ExplanationInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var cancel_doctor_explanation = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_cancel_doctor_explanation(inputs);
};
// web/src/paraglide/messages/cancel_heading.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Cancel_HeadingInputs */
var en_cancel_heading = () => {
	return `Need to cancel?`;
};
/**

* @param {Cancel_HeadingInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var cancel_heading = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_cancel_heading(inputs);
};
// web/src/paraglide/messages/cancel_keep.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Cancel_KeepInputs */
var en_cancel_keep = () => {
	return `Keep the appointment`;
};
/**

* @param {Cancel_KeepInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var cancel_keep = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_cancel_keep(inputs);
};
// web/src/paraglide/messages/cancel_reason.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Cancel_ReasonInputs */
var en_cancel_reason = () => {
	return `Reason`;
};
/**

* @param {Cancel_ReasonInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var cancel_reason = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_cancel_reason(inputs);
};
// web/src/paraglide/messages/cancel_reason_hint_doctor.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Cancel_Reason_Hint_DoctorInputs */
var en_cancel_reason_hint_doctor = () => {
	return `Shared with the patient.`;
};
/**

* @param {Cancel_Reason_Hint_DoctorInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var cancel_reason_hint_doctor = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_cancel_reason_hint_doctor(inputs);
};
// web/src/paraglide/messages/cancel_reason_hint_patient.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Cancel_Reason_Hint_PatientInputs */
var en_cancel_reason_hint_patient = () => {
	return `Shared with your doctor.`;
};
/**

* @param {Cancel_Reason_Hint_PatientInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var cancel_reason_hint_patient = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_cancel_reason_hint_patient(inputs);
};
// web/src/paraglide/messages/cancel_refund_none.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Cancel_Refund_NoneInputs */
var en_cancel_refund_none = () => {
	return `Refund: none.`;
};
/**

* @param {Cancel_Refund_NoneInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var cancel_refund_none = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_cancel_refund_none(inputs);
};
// web/src/paraglide/messages/cancel_refund_patient.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ amount: NonNullable<unknown> }} Cancel_Refund_PatientInputs */
var en_cancel_refund_patient = (i) => {
	return `The patient is refunded ${i?.amount} in full.`;
};
/**

* @param {Cancel_Refund_PatientInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var cancel_refund_patient = (inputs, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_cancel_refund_patient(inputs);
};
// web/src/paraglide/messages/cancel_refund_you.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ amount: NonNullable<unknown> }} Cancel_Refund_YouInputs */
var en_cancel_refund_you = (i) => {
	return `Refund to you: ${i?.amount}, to the account you paid from.`;
};
/**

* @param {Cancel_Refund_YouInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var cancel_refund_you = (inputs, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_cancel_refund_you(inputs);
};
// web/src/paraglide/messages/cancel_summary.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ when: NonNullable<unknown>, name: NonNullable<unknown> }} Cancel_SummaryInputs */
var en_cancel_summary = (i) => {
	return `${i?.when} with ${i?.name}.`;
};
/**

* @param {Cancel_SummaryInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var cancel_summary = (inputs, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_cancel_summary(inputs);
};
// web/src/paraglide/messages/cancel_title.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Cancel_TitleInputs */
var en_cancel_title = () => {
	return `Cancel this appointment?`;
};
/**

* @param {Cancel_TitleInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var cancel_title = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_cancel_title(inputs);
};
// web/src/paraglide/messages/cancelled_by_support.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Cancelled_By_SupportInputs */
var en_cancelled_by_support = () => {
	return `Chikitsa360 support`;
};
/**

* @param {Cancelled_By_SupportInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var cancelled_by_support = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_cancelled_by_support(inputs);
};
// web/src/paraglide/messages/cancelled_by_system.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Cancelled_By_SystemInputs */
var en_cancelled_by_system = () => {
	return `Automatically: the booking was not paid within 15 minutes`;
};
/**

* @param {Cancelled_By_SystemInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var cancelled_by_system = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_cancelled_by_system(inputs);
};
// web/src/paraglide/messages/cancelled_by_you.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Cancelled_By_YouInputs */
var en_cancelled_by_you = () => {
	return `You`;
};
/**

* @param {Cancelled_By_YouInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var cancelled_by_you = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_cancelled_by_you(inputs);
};
// web/src/paraglide/messages/cancelled_nothing_charged.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Cancelled_Nothing_ChargedInputs */
var en_cancelled_nothing_charged = () => {
	return `Nothing was charged, and the time is free for others again.`;
};
/**

* @param {Cancelled_Nothing_ChargedInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var cancelled_nothing_charged = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_cancelled_nothing_charged(inputs);
};
// web/src/paraglide/messages/cancelled_refund_patient.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ amount: NonNullable<unknown> }} Cancelled_Refund_PatientInputs */
var en_cancelled_refund_patient = (i) => {
	return `${i?.amount} is being refunded to the patient's original payment method; banks usually take 5–7 working days.`;
};
/**

* @param {Cancelled_Refund_PatientInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var cancelled_refund_patient = (inputs, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_cancelled_refund_patient(inputs);
};
// web/src/paraglide/messages/cancelled_refund_you.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ amount: NonNullable<unknown> }} Cancelled_Refund_YouInputs */
var en_cancelled_refund_you = (i) => {
	return `${i?.amount} is being refunded to your original payment method; banks usually take 5–7 working days.`;
};
/**

* @param {Cancelled_Refund_YouInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var cancelled_refund_you = (inputs, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_cancelled_refund_you(inputs);
};
// web/src/paraglide/messages/cancelled_time_free.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Cancelled_Time_FreeInputs */
var en_cancelled_time_free = () => {
	return `The time is free for others again.`;
};
/**

* @param {Cancelled_Time_FreeInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var cancelled_time_free = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_cancelled_time_free(inputs);
};
// web/src/paraglide/messages/cancelled_title.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Cancelled_TitleInputs */
var en_cancelled_title = () => {
	return `The appointment is cancelled.`;
};
/**

* @param {Cancelled_TitleInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var cancelled_title = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_cancelled_title(inputs);
};
// web/src/paraglide/messages/details_appointment_zone.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ zone: NonNullable<unknown> }} Details_Appointment_ZoneInputs */
var en_details_appointment_zone = (i) => {
	return `in the appointment's time zone (${i?.zone})`;
};
/**

* @param {Details_Appointment_ZoneInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var details_appointment_zone = (inputs, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_details_appointment_zone(inputs);
};
// web/src/paraglide/messages/details_booked.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Details_BookedInputs */
var en_details_booked = () => {
	return `Booked`;
};
/**

* @param {Details_BookedInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var details_booked = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_details_booked(inputs);
};
// web/src/paraglide/messages/details_cancel_reason.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Details_Cancel_ReasonInputs */
var en_details_cancel_reason = () => {
	return `Why it was cancelled`;
};
/**

* @param {Details_Cancel_ReasonInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var details_cancel_reason = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_details_cancel_reason(inputs);
};
// web/src/paraglide/messages/details_cancelled_by.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Details_Cancelled_ByInputs */
var en_details_cancelled_by = () => {
	return `Cancelled by`;
};
/**

* @param {Details_Cancelled_ByInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var details_cancelled_by = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_details_cancelled_by(inputs);
};
// web/src/paraglide/messages/details_doctor_zone.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ zone: NonNullable<unknown> }} Details_Doctor_ZoneInputs */
var en_details_doctor_zone = (i) => {
	return `in the doctor's time zone (${i?.zone})`;
};
/**

* @param {Details_Doctor_ZoneInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var details_doctor_zone = (inputs, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_details_doctor_zone(inputs);
};
// web/src/paraglide/messages/details_heading.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Details_HeadingInputs */
var en_details_heading = () => {
	return `Details`;
};
/**

* @param {Details_HeadingInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var details_heading = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_details_heading(inputs);
};
// web/src/paraglide/messages/details_length.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Details_LengthInputs */
var en_details_length = () => {
	return `Length`;
};
/**

* @param {Details_LengthInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var details_length = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_details_length(inputs);
};
// web/src/paraglide/messages/details_minutes.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ count: NonNullable<unknown> }} Details_MinutesInputs */
var en_details_minutes = (i) => {
	return `${i?.count} minutes, by video`;
};
/**

* @param {Details_MinutesInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var details_minutes = (inputs, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_details_minutes(inputs);
};
// web/src/paraglide/messages/details_reason.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Details_ReasonInputs */
var en_details_reason = () => {
	return `Reason for the visit`;
};
/**

* @param {Details_ReasonInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var details_reason = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_details_reason(inputs);
};
// web/src/paraglide/messages/details_when.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Details_WhenInputs */
var en_details_when = () => {
	return `Date and time`;
};
/**

* @param {Details_WhenInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var details_when = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_details_when(inputs);
};
// web/src/paraglide/messages/feedback_already.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Feedback_AlreadyInputs */
var en_feedback_already = () => {
	return `You have already shared feedback for this consultation. Thank you!`;
};
/**

* @param {Feedback_AlreadyInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var feedback_already = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_feedback_already(inputs);
};
// web/src/paraglide/messages/feedback_content_hint.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Feedback_Content_HintInputs */
var en_feedback_content_hint = () => {
	return `Your first name and last initial are shown with it, once our team has reviewed it.`;
};
/**

* @param {Feedback_Content_HintInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var feedback_content_hint = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_feedback_content_hint(inputs);
};
// web/src/paraglide/messages/feedback_content_label.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Feedback_Content_LabelInputs */
var en_feedback_content_label = () => {
	return `Tell other patients about it`;
};
/**

* @param {Feedback_Content_LabelInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var feedback_content_label = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_feedback_content_label(inputs);
};
// web/src/paraglide/messages/feedback_content_missing.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Feedback_Content_MissingInputs */
var en_feedback_content_missing = () => {
	return `Write a sentence or two about your consultation.`;
};
/**

* @param {Feedback_Content_MissingInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var feedback_content_missing = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_feedback_content_missing(inputs);
};
// web/src/paraglide/messages/feedback_heading.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Feedback_HeadingInputs */
var en_feedback_heading = () => {
	return `How was your consultation?`;
};
/**

* @param {Feedback_HeadingInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var feedback_heading = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_feedback_heading(inputs);
};
// web/src/paraglide/messages/feedback_lead.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ name: NonNullable<unknown> }} Feedback_LeadInputs */
var en_feedback_lead = (i) => {
	return `Your feedback helps other patients choose, and helps ${i?.name} and our team improve.`;
};
/**

* @param {Feedback_LeadInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var feedback_lead = (inputs, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_feedback_lead(inputs);
};
// web/src/paraglide/messages/feedback_rating.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Feedback_RatingInputs */
var en_feedback_rating = () => {
	return `Your rating`;
};
/**

* @param {Feedback_RatingInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var feedback_rating = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_feedback_rating(inputs);
};
// web/src/paraglide/messages/feedback_rating_missing.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Feedback_Rating_MissingInputs */
var en_feedback_rating_missing = () => {
	return `Choose a rating from 1 to 5 stars.`;
};
/**

* @param {Feedback_Rating_MissingInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var feedback_rating_missing = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_feedback_rating_missing(inputs);
};
// web/src/paraglide/messages/feedback_send.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Feedback_SendInputs */
var en_feedback_send = () => {
	return `Send feedback`;
};
/**

* @param {Feedback_SendInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var feedback_send = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_feedback_send(inputs);
};
// web/src/paraglide/messages/feedback_star.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ count: NonNullable<unknown>, word: NonNullable<unknown> }} Feedback_StarInputs */
var en_feedback_star = (i) => {
	const countPlural = plural("en", i?.count, {});
	if (countPlural === "one") return `${i?.count} star, ${i?.word}`;
	if (countPlural === "other") return `${i?.count} stars, ${i?.word}`;
	return "feedback_star";
};
/**

* @param {Feedback_StarInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var feedback_star = (inputs, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_feedback_star(inputs);
};
// web/src/paraglide/messages/feedback_too_short.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Feedback_Too_ShortInputs */
var en_feedback_too_short = () => {
	return `Write at least a sentence (10 characters).`;
};
/**

* @param {Feedback_Too_ShortInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var feedback_too_short = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_feedback_too_short(inputs);
};
// web/src/paraglide/messages/hold_ends_in.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Hold_Ends_InInputs */
var en_hold_ends_in = () => {
	return `Hold ends in`;
};
/**

* @param {Hold_Ends_InInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var hold_ends_in = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_hold_ends_in(inputs);
};
// web/src/paraglide/messages/hold_expired_doctor.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Hold_Expired_DoctorInputs */
var en_hold_expired_doctor = () => {
	return `The patient did not pay within 15 minutes, so the time is free again.`;
};
/**

* @param {Hold_Expired_DoctorInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var hold_expired_doctor = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_hold_expired_doctor(inputs);
};
// web/src/paraglide/messages/hold_expired_patient.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Hold_Expired_PatientInputs */
var en_hold_expired_patient = () => {
	return `The 15 minutes to pay have passed, so this time was released for other patients. Nothing was charged.`;
};
/**

* @param {Hold_Expired_PatientInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var hold_expired_patient = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_hold_expired_patient(inputs);
};
// web/src/paraglide/messages/hold_expired_title.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Hold_Expired_TitleInputs */
var en_hold_expired_title = () => {
	return `The hold expired`;
};
/**

* @param {Hold_Expired_TitleInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var hold_expired_title = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_hold_expired_title(inputs);
};
// web/src/paraglide/messages/hold_pay_text.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Hold_Pay_TextInputs */
var en_hold_pay_text = () => {
	return `We are holding this time for you. If it is not paid in time, the slot is released for other patients.`;
};
/**

* @param {Hold_Pay_TextInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var hold_pay_text = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_hold_pay_text(inputs);
};
// web/src/paraglide/messages/hold_pay_title.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Hold_Pay_TitleInputs */
var en_hold_pay_title = () => {
	return `Pay to confirm your booking`;
};
/**

* @param {Hold_Pay_TitleInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var hold_pay_title = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_hold_pay_title(inputs);
};
// web/src/paraglide/messages/hold_wait_text.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Hold_Wait_TextInputs */
var en_hold_wait_text = () => {
	return `The slot is held while the patient pays. If they do not pay in time, it is freed automatically.`;
};
/**

* @param {Hold_Wait_TextInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var hold_wait_text = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_hold_wait_text(inputs);
};
// web/src/paraglide/messages/hold_wait_title.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Hold_Wait_TitleInputs */
var en_hold_wait_title = () => {
	return `Waiting for the patient to pay`;
};
/**

* @param {Hold_Wait_TitleInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var hold_wait_title = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_hold_wait_title(inputs);
};
// web/src/paraglide/messages/join_button.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Join_ButtonInputs */
var en_join_button = () => {
	return `Join the consultation`;
};
/**

* @param {Join_ButtonInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var join_button = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_join_button(inputs);
};
// web/src/paraglide/messages/join_closed.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Join_ClosedInputs */
var en_join_closed = () => {
	return `The time for this consultation has passed; the room is closed.`;
};
/**

* @param {Join_ClosedInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var join_closed = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_join_closed(inputs);
};
// web/src/paraglide/messages/join_heading.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Join_HeadingInputs */
var en_join_heading = () => {
	return `Video consultation`;
};
/**

* @param {Join_HeadingInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var join_heading = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_join_heading(inputs);
};
// web/src/paraglide/messages/join_not_open.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Join_Not_OpenInputs */
var en_join_not_open = () => {
	return `The room is not open right now.`;
};
/**

* @param {Join_Not_OpenInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var join_not_open = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_join_not_open(inputs);
};
// web/src/paraglide/messages/join_open.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Join_OpenInputs */
var en_join_open = () => {
	return `The consultation room is open. Join when you are ready.`;
};
/**

* @param {Join_OpenInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var join_open = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_join_open(inputs);
};
// web/src/paraglide/messages/join_open_until.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ time: NonNullable<unknown> }} Join_Open_UntilInputs */
var en_join_open_until = (i) => {
	return `The consultation has started; the room stays open until ${i?.time}.`;
};
/**

* @param {Join_Open_UntilInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var join_open_until = (inputs, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_join_open_until(inputs);
};
// web/src/paraglide/messages/join_opens_at.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ time: NonNullable<unknown>, day: NonNullable<unknown> }} Join_Opens_AtInputs */
var en_join_opens_at = (i) => {
	return `The room opens at ${i?.time} on ${i?.day}, 15 minutes before the start.`;
};
/**

* @param {Join_Opens_AtInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var join_opens_at = (inputs, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_join_opens_at(inputs);
};
// web/src/paraglide/messages/join_tip.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Join_TipInputs */
var en_join_tip = () => {
	return `Use a phone or laptop with a camera in a quiet, private place, and allow the browser to use your camera and microphone.`;
};
/**

* @param {Join_TipInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var join_tip = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_join_tip(inputs);
};
// web/src/paraglide/messages/join_transcript_link.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Join_Transcript_LinkInputs */
var en_join_transcript_link = () => {
	return `After the call, the transcript appears below.`;
};
/**

* @param {Join_Transcript_LinkInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var join_transcript_link = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_join_transcript_link(inputs);
};
// web/src/paraglide/messages/not_yet.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Not_YetInputs */
var en_not_yet = () => {
	return `Not yet`;
};
/**

* @param {Not_YetInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var not_yet = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_not_yet(inputs);
};
// web/src/paraglide/messages/notes_doctor_heading.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Notes_Doctor_HeadingInputs */
var en_notes_doctor_heading = () => {
	return `Doctor's notes`;
};
/**

* @param {Notes_Doctor_HeadingInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var notes_doctor_heading = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_notes_doctor_heading(inputs);
};
// web/src/paraglide/messages/notes_heading.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Notes_HeadingInputs */
var en_notes_heading = () => {
	return `Consultation notes`;
};
/**

* @param {Notes_HeadingInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var notes_heading = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_notes_heading(inputs);
};
// web/src/paraglide/messages/notes_hint.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Notes_HintInputs */
var en_notes_hint = () => {
	return `Findings, advice and follow-up. The patient can read these notes on this page.`;
};
/**

* @param {Notes_HintInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var notes_hint = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_notes_hint(inputs);
};
// web/src/paraglide/messages/notes_none.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ name: NonNullable<unknown> }} Notes_NoneInputs */
var en_notes_none = (i) => {
	return `${i?.name} has not added notes.`;
};
/**

* @param {Notes_NoneInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var notes_none = (inputs, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_notes_none(inputs);
};
// web/src/paraglide/messages/notes_save.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Notes_SaveInputs */
var en_notes_save = () => {
	return `Save notes`;
};
/**

* @param {Notes_SaveInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var notes_save = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_notes_save(inputs);
};
// web/src/paraglide/messages/notes_saved.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Notes_SavedInputs */
var en_notes_saved = () => {
	return `Notes saved.`;
};
/**

* @param {Notes_SavedInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var notes_saved = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_notes_saved(inputs);
};
// web/src/paraglide/messages/outcome_completed.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Outcome_CompletedInputs */
var en_outcome_completed = () => {
	return `Mark as completed`;
};
/**

* @param {Outcome_CompletedInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var outcome_completed = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_outcome_completed(inputs);
};
// web/src/paraglide/messages/outcome_completed_body.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ name: NonNullable<unknown> }} Outcome_Completed_BodyInputs */
var en_outcome_completed_body = (i) => {
	return `${i?.name} can then leave feedback. This cannot be changed later.`;
};
/**

* @param {Outcome_Completed_BodyInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var outcome_completed_body = (inputs, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_outcome_completed_body(inputs);
};
// web/src/paraglide/messages/outcome_completed_confirm.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Outcome_Completed_ConfirmInputs */
var en_outcome_completed_confirm = () => {
	return `Mark completed`;
};
/**

* @param {Outcome_Completed_ConfirmInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var outcome_completed_confirm = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_outcome_completed_confirm(inputs);
};
// web/src/paraglide/messages/outcome_completed_title.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Outcome_Completed_TitleInputs */
var en_outcome_completed_title = () => {
	return `Mark the consultation as completed?`;
};
/**

* @param {Outcome_Completed_TitleInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var outcome_completed_title = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_outcome_completed_title(inputs);
};
// web/src/paraglide/messages/outcome_done_completed.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Outcome_Done_CompletedInputs */
var en_outcome_done_completed = () => {
	return `Marked as completed.`;
};
/**

* @param {Outcome_Done_CompletedInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var outcome_done_completed = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_outcome_done_completed(inputs);
};
// web/src/paraglide/messages/outcome_done_no_show.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Outcome_Done_No_ShowInputs */
var en_outcome_done_no_show = () => {
	return `Marked as a no-show.`;
};
/**

* @param {Outcome_Done_No_ShowInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var outcome_done_no_show = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_outcome_done_no_show(inputs);
};
// web/src/paraglide/messages/outcome_heading.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Outcome_HeadingInputs */
var en_outcome_heading = () => {
	return `Record the outcome`;
};
/**

* @param {Outcome_HeadingInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var outcome_heading = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_outcome_heading(inputs);
};
// web/src/paraglide/messages/outcome_no_show.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Outcome_No_ShowInputs */
var en_outcome_no_show = () => {
	return `Patient did not join`;
};
/**

* @param {Outcome_No_ShowInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var outcome_no_show = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_outcome_no_show(inputs);
};
// web/src/paraglide/messages/outcome_no_show_body.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ name: NonNullable<unknown> }} Outcome_No_Show_BodyInputs */
var en_outcome_no_show_body = (i) => {
	return `Use this when ${i?.name} did not join. No refund is made for a no-show. This cannot be changed later.`;
};
/**

* @param {Outcome_No_Show_BodyInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var outcome_no_show_body = (inputs, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_outcome_no_show_body(inputs);
};
// web/src/paraglide/messages/outcome_no_show_confirm.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Outcome_No_Show_ConfirmInputs */
var en_outcome_no_show_confirm = () => {
	return `Mark no-show`;
};
/**

* @param {Outcome_No_Show_ConfirmInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var outcome_no_show_confirm = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_outcome_no_show_confirm(inputs);
};
// web/src/paraglide/messages/outcome_no_show_title.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Outcome_No_Show_TitleInputs */
var en_outcome_no_show_title = () => {
	return `Mark the patient as a no-show?`;
};
/**

* @param {Outcome_No_Show_TitleInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var outcome_no_show_title = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_outcome_no_show_title(inputs);
};
// web/src/paraglide/messages/outcome_text.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Outcome_TextInputs */
var en_outcome_text = () => {
	return `Once the consultation is over, record how it went. The patient is told, and can leave feedback after a completed consultation.`;
};
/**

* @param {Outcome_TextInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var outcome_text = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_outcome_text(inputs);
};
// web/src/paraglide/messages/paid_text.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Paid_TextInputs */
var en_paid_text = () => {
	return `Payment received. Your consultation is confirmed.`;
};
/**

* @param {Paid_TextInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var paid_text = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_paid_text(inputs);
};
// web/src/paraglide/messages/pay_download_receipt.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Pay_Download_ReceiptInputs */
var en_pay_download_receipt = () => {
	return `Download receipt (PDF)`;
};
/**

* @param {Pay_Download_ReceiptInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var pay_download_receipt = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_pay_download_receipt(inputs);
};
// web/src/paraglide/messages/pay_failed.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Pay_FailedInputs */
var en_pay_failed = () => {
	return `Payment failed`;
};
/**

* @param {Pay_FailedInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var pay_failed = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_pay_failed(inputs);
};
// web/src/paraglide/messages/pay_failed_reason.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ reason: NonNullable<unknown> }} Pay_Failed_ReasonInputs */
var en_pay_failed_reason = (i) => {
	return `Payment failed: ${i?.reason}`;
};
/**

* @param {Pay_Failed_ReasonInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var pay_failed_reason = (inputs, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_pay_failed_reason(inputs);
};
// web/src/paraglide/messages/pay_none.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Pay_NoneInputs */
var en_pay_none = () => {
	return `No payment`;
};
/**

* @param {Pay_NoneInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var pay_none = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_pay_none(inputs);
};
// web/src/paraglide/messages/pay_not_paid.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Pay_Not_PaidInputs */
var en_pay_not_paid = () => {
	return `Not paid yet`;
};
/**

* @param {Pay_Not_PaidInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var pay_not_paid = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_pay_not_paid(inputs);
};
// web/src/paraglide/messages/pay_not_paid_expired.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Pay_Not_Paid_ExpiredInputs */
var en_pay_not_paid_expired = () => {
	return `Not paid (the hold expired)`;
};
/**

* @param {Pay_Not_Paid_ExpiredInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var pay_not_paid_expired = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_pay_not_paid_expired(inputs);
};
// web/src/paraglide/messages/pay_paid.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ amount: NonNullable<unknown> }} Pay_PaidInputs */
var en_pay_paid = (i) => {
	return `Paid ${i?.amount}`;
};
/**

* @param {Pay_PaidInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var pay_paid = (inputs, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_pay_paid(inputs);
};
// web/src/paraglide/messages/pay_paid_refunding.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ amount: NonNullable<unknown>, refund: NonNullable<unknown> }} Pay_Paid_RefundingInputs */
var en_pay_paid_refunding = (i) => {
	return `Paid ${i?.amount} · refund of ${i?.refund} in progress`;
};
/**

* @param {Pay_Paid_RefundingInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var pay_paid_refunding = (inputs, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_pay_paid_refunding(inputs);
};
// web/src/paraglide/messages/pay_pending.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Pay_PendingInputs */
var en_pay_pending = () => {
	return `Payment started, not completed`;
};
/**

* @param {Pay_PendingInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var pay_pending = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_pay_pending(inputs);
};
// web/src/paraglide/messages/pay_refunded.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ amount: NonNullable<unknown> }} Pay_RefundedInputs */
var en_pay_refunded = (i) => {
	return `Refunded ${i?.amount}`;
};
/**

* @param {Pay_RefundedInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var pay_refunded = (inputs, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_pay_refunded(inputs);
};
// web/src/paraglide/messages/rating_excellent.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Rating_ExcellentInputs */
var en_rating_excellent = () => {
	return `Excellent`;
};
/**

* @param {Rating_ExcellentInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var rating_excellent = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_rating_excellent(inputs);
};
// web/src/paraglide/messages/rating_fair.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Rating_FairInputs */
var en_rating_fair = () => {
	return `Fair`;
};
/**

* @param {Rating_FairInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var rating_fair = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_rating_fair(inputs);
};
// web/src/paraglide/messages/rating_good.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Rating_GoodInputs */
var en_rating_good = () => {
	return `Good`;
};
/**

* @param {Rating_GoodInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var rating_good = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_rating_good(inputs);
};
// web/src/paraglide/messages/rating_poor.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Rating_PoorInputs */
var en_rating_poor = () => {
	return `Poor`;
};
/**

* @param {Rating_PoorInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var rating_poor = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_rating_poor(inputs);
};
// web/src/paraglide/messages/rating_very_good.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Rating_Very_GoodInputs */
var en_rating_very_good = () => {
	return `Very good`;
};
/**

* @param {Rating_Very_GoodInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var rating_very_good = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_rating_very_good(inputs);
};
// web/src/paraglide/messages/recording_done.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Recording_DoneInputs */
var en_recording_done = () => {
	return `Recorded and transcribed`;
};
/**

* @param {Recording_DoneInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var recording_done = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_recording_done(inputs);
};
// web/src/paraglide/messages/recording_heading.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Recording_HeadingInputs */
var en_recording_heading = () => {
	return `Recording`;
};
/**

* @param {Recording_HeadingInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var recording_heading = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_recording_heading(inputs);
};
// web/src/paraglide/messages/recording_hint.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Recording_HintInputs */
var en_recording_hint = () => {
	return `The audio is transcribed after the call and the transcript is emailed to you and the patient; the audio itself is then deleted. Tell the patient at the start of the call.`;
};
/**

* @param {Recording_HintInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var recording_hint = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_recording_hint(inputs);
};
// web/src/paraglide/messages/recording_label.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Recording_LabelInputs */
var en_recording_label = () => {
	return `Record this consultation for a transcript`;
};
/**

* @param {Recording_LabelInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var recording_label = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_recording_label(inputs);
};
// web/src/paraglide/messages/recording_not_done.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Recording_Not_DoneInputs */
var en_recording_not_done = () => {
	return `Not recorded`;
};
/**

* @param {Recording_Not_DoneInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var recording_not_done = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_recording_not_done(inputs);
};
// web/src/paraglide/messages/recording_will.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Recording_WillInputs */
var en_recording_will = () => {
	return `This consultation will be recorded for a transcript.`;
};
/**

* @param {Recording_WillInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var recording_will = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_recording_will(inputs);
};
// web/src/paraglide/messages/recording_will_not.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Recording_Will_NotInputs */
var en_recording_will_not = () => {
	return `This consultation will not be recorded.`;
};
/**

* @param {Recording_Will_NotInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var recording_will_not = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_recording_will_not(inputs);
};
// web/src/paraglide/messages/recording_will_not_short.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Recording_Will_Not_ShortInputs */
var en_recording_will_not_short = () => {
	return `Will not be recorded`;
};
/**

* @param {Recording_Will_Not_ShortInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var recording_will_not_short = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_recording_will_not_short(inputs);
};
// web/src/paraglide/messages/recording_will_short.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Recording_Will_ShortInputs */
var en_recording_will_short = () => {
	return `Will be recorded and transcribed`;
};
/**

* @param {Recording_Will_ShortInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var recording_will_short = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_recording_will_short(inputs);
};
// web/src/paraglide/messages/save_failed.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Save_FailedInputs */
var en_save_failed = () => {
	return `We could not save that. Please try again.`;
};
/**

* @param {Save_FailedInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var save_failed = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_save_failed(inputs);
};
// web/src/paraglide/messages/transcript_by.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ provider: NonNullable<unknown> }} Transcript_ByInputs */
var en_transcript_by = (i) => {
	return `transcribed by ${i?.provider}`;
};
/**

* @param {Transcript_ByInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var transcript_by = (inputs, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_transcript_by(inputs);
};
// web/src/paraglide/messages/transcript_conversation.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Transcript_ConversationInputs */
var en_transcript_conversation = () => {
	return `The conversation`;
};
/**

* @param {Transcript_ConversationInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var transcript_conversation = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_transcript_conversation(inputs);
};
// web/src/paraglide/messages/transcript_copied.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Transcript_CopiedInputs */
var en_transcript_copied = () => {
	return `Copied to the clipboard.`;
};
/**

* @param {Transcript_CopiedInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var transcript_copied = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_transcript_copied(inputs);
};
// web/src/paraglide/messages/transcript_copy.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Transcript_CopyInputs */
var en_transcript_copy = () => {
	return `Copy`;
};
/**

* @param {Transcript_CopyInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var transcript_copy = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_transcript_copy(inputs);
};
// web/src/paraglide/messages/transcript_copy_refused.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Transcript_Copy_RefusedInputs */
var en_transcript_copy_refused = () => {
	return `Your browser did not allow copying. Use Download instead.`;
};
/**

* @param {Transcript_Copy_RefusedInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var transcript_copy_refused = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_transcript_copy_refused(inputs);
};
// web/src/paraglide/messages/transcript_download.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Transcript_DownloadInputs */
var en_transcript_download = () => {
	return `Download .txt`;
};
/**

* @param {Transcript_DownloadInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var transcript_download = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_transcript_download(inputs);
};
// web/src/paraglide/messages/transcript_failed_default.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Transcript_Failed_DefaultInputs */
var en_transcript_failed_default = () => {
	return `The transcription failed.`;
};
/**

* @param {Transcript_Failed_DefaultInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var transcript_failed_default = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_transcript_failed_default(inputs);
};
// web/src/paraglide/messages/transcript_failed_retry.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Transcript_Failed_RetryInputs */
var en_transcript_failed_retry = () => {
	return `Our team has been told and can try again; we will email you if it works.`;
};
/**

* @param {Transcript_Failed_RetryInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var transcript_failed_retry = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_transcript_failed_retry(inputs);
};
// web/src/paraglide/messages/transcript_failed_title.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Transcript_Failed_TitleInputs */
var en_transcript_failed_title = () => {
	return `We could not make a transcript of this consultation.`;
};
/**

* @param {Transcript_Failed_TitleInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var transcript_failed_title = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_transcript_failed_title(inputs);
};
// web/src/paraglide/messages/transcript_heading.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Transcript_HeadingInputs */
var en_transcript_heading = () => {
	return `Transcript`;
};
/**

* @param {Transcript_HeadingInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var transcript_heading = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_transcript_heading(inputs);
};
// web/src/paraglide/messages/transcript_language.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ language: NonNullable<unknown> }} Transcript_LanguageInputs */
var en_transcript_language = (i) => {
	return `language: ${i?.language}`;
};
/**

* @param {Transcript_LanguageInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var transcript_language = (inputs, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_transcript_language(inputs);
};
// web/src/paraglide/messages/transcript_load_failed.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Transcript_Load_FailedInputs */
var en_transcript_load_failed = () => {
	return `We could not load the transcript.`;
};
/**

* @param {Transcript_Load_FailedInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var transcript_load_failed = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_transcript_load_failed(inputs);
};
// web/src/paraglide/messages/transcript_long.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ length: NonNullable<unknown> }} Transcript_LongInputs */
var en_transcript_long = (i) => {
	return `${i?.length} long`;
};
/**

* @param {Transcript_LongInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var transcript_long = (inputs, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_transcript_long(inputs);
};
// web/src/paraglide/messages/transcript_none.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Transcript_NoneInputs */
var en_transcript_none = () => {
	return `No transcript yet. When a recorded consultation ends, its transcript appears here within a few minutes and is emailed to both of you.`;
};
/**

* @param {Transcript_NoneInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var transcript_none = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_transcript_none(inputs);
};
// web/src/paraglide/messages/transcript_off.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Transcript_OffInputs */
var en_transcript_off = () => {
	return `This consultation was not recorded, so there is no transcript.`;
};
/**

* @param {Transcript_OffInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var transcript_off = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_transcript_off(inputs);
};
// web/src/paraglide/messages/transcript_offline.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Transcript_OfflineInputs */
var en_transcript_offline = () => {
	return `made by the offline transcriber`;
};
/**

* @param {Transcript_OfflineInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var transcript_offline = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_transcript_offline(inputs);
};
// web/src/paraglide/messages/transcript_processing.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Transcript_ProcessingInputs */
var en_transcript_processing = () => {
	return `Transcribing the consultation. This usually takes a few minutes; this page updates by itself.`;
};
/**

* @param {Transcript_ProcessingInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var transcript_processing = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_transcript_processing(inputs);
};
// web/src/paraglide/messages/transcript_queued.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Transcript_QueuedInputs */
var en_transcript_queued = () => {
	return `The recording is queued for transcription. This page updates by itself.`;
};
/**

* @param {Transcript_QueuedInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var transcript_queued = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_transcript_queued(inputs);
};
// web/src/paraglide/messages/transcript_say_failed.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Transcript_Say_FailedInputs */
var en_transcript_say_failed = () => {
	return `The transcript could not be made.`;
};
/**

* @param {Transcript_Say_FailedInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var transcript_say_failed = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_transcript_say_failed(inputs);
};
// web/src/paraglide/messages/transcript_say_none.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Transcript_Say_NoneInputs */
var en_transcript_say_none = () => {
	return `No transcript yet.`;
};
/**

* @param {Transcript_Say_NoneInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var transcript_say_none = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_transcript_say_none(inputs);
};
// web/src/paraglide/messages/transcript_say_processing.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Transcript_Say_ProcessingInputs */
var en_transcript_say_processing = () => {
	return `The transcript is being made.`;
};
/**

* @param {Transcript_Say_ProcessingInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var transcript_say_processing = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_transcript_say_processing(inputs);
};
// web/src/paraglide/messages/transcript_say_ready.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Transcript_Say_ReadyInputs */
var en_transcript_say_ready = () => {
	return `The transcript is ready.`;
};
/**

* @param {Transcript_Say_ReadyInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var transcript_say_ready = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_transcript_say_ready(inputs);
};
// web/src/islands/appointment/parts.tsx
function Card({ id, testid, title, icon, children, class: cls = "card p-6 sm:p-8" }) {
	return jsxs("section", {
		class: cls,
		"aria-labelledby": id,
		"data-testid": testid,
		children: [jsxs("h2", {
			id,
			class: "flex items-center gap-2 text-lg font-semibold text-slate-900",
			children: [icon && jsx(Icon, {
				shape: icon,
				class: "size-5 text-brand-700"
			}), title]
		}), children]
	});
}
/** A label above its value, for a card's `<dl>`. */
function Detail({ label, children, testid, class: cls = "" }) {
	return jsxs("div", {
		class: `border-t border-slate-100 pt-4 ${cls}`.trim(),
		children: [jsx("dt", {
			class: "text-sm text-slate-600",
			children: label
		}), jsx("dd", {
			class: "mt-1 font-medium break-words text-slate-900",
			"data-testid": testid,
			children
		})]
	});
}
// web/src/islands/appointment/DoctorControls.tsx
/**
* The doctor's controls on an appointment: the notes editor, the outcome (Completed / No-show, each
* confirmed first) once the consultation time has come, and whether the consultation is recorded.
* Each change is a PATCH; the page re-renders from the appointment the API returns.
*/
function NotesEditor({ a }) {
	const [saved, setSaved] = useState("");
	const form = useForm({ submit: async (f) => {
		await api.call("updateAppointment", {
			params: { id: a.id },
			body: { notes: fieldValue(f, "notes") }
		});
		setSaved(notes_saved());
	} });
	return jsx(Card, {
		id: "notes-heading",
		testid: "notes-card",
		title: notes_heading(),
		icon: pencil,
		children: jsxs("form", {
			class: "mt-4 grid gap-3",
			"data-testid": "notes-form",
			noValidate: true,
			onSubmit: form.onSubmit,
			children: [
				jsx(FormError, {
					message: form.formError,
					boxRef: form.summary
				}),
				jsx("label", {
					for: "notes",
					class: "sr-only",
					children: notes_heading()
				}),
				jsx("p", {
					id: "notes-hint",
					class: "field-hint mt-0",
					children: notes_hint()
				}),
				jsx("textarea", {
					id: "notes",
					name: "notes",
					rows: 6,
					maxLength: 5e3,
					class: "field-input h-auto min-h-36 py-2.5 leading-6",
					"aria-describedby": form.errors.notes ? "notes-hint notes-error" : "notes-hint",
					"aria-invalid": form.errors.notes ? "true" : void 0,
					"data-testid": "notes-input",
					defaultValue: a.notes,
					onInput: () => setSaved("")
				}),
				jsx("p", {
					id: "notes-error",
					class: "field-error",
					"data-error-for": "notes",
					hidden: !form.errors.notes,
					children: form.errors.notes
				}),
				jsxs("div", {
					class: "flex flex-wrap items-center gap-3",
					children: [jsx(Button, {
						type: "submit",
						testid: "notes-save",
						busy: form.busy,
						busyLabel: saving(),
						children: notes_save()
					}), jsx("p", {
						class: "text-sm text-emerald-800",
						role: "status",
						"data-testid": "notes-status",
						children: saved
					})]
				})
			]
		})
	});
}
function OutcomeControls({ a, onChanged }) {
	const [asking, setAsking] = useState(null);
	const completed = asking === "COMPLETED";
	return jsxs(Card, {
		id: "outcome-heading",
		testid: "outcome-card",
		title: outcome_heading(),
		icon: badgeCheck,
		children: [
			jsx("p", {
				class: "mt-1 text-sm text-slate-600",
				children: outcome_text()
			}),
			jsxs("div", {
				class: "mt-4 flex flex-wrap gap-3",
				children: [jsxs(Button, {
					testid: "mark-completed",
					onClick: () => setAsking("COMPLETED"),
					children: [jsx(Icon, {
						shape: checkCircle,
						class: "size-4"
					}), outcome_completed()]
				}), jsxs(Button, {
					variant: "secondary",
					testid: "mark-no-show",
					onClick: () => setAsking("NO_SHOW"),
					children: [jsx(Icon, {
						shape: xCircle,
						class: "size-4"
					}), outcome_no_show()]
				})]
			}),
			jsx(ConfirmDialog, {
				open: asking !== null,
				onClose: () => setAsking(null),
				title: completed ? outcome_completed_title() : outcome_no_show_title(),
				body: jsx("p", { children: completed ? outcome_completed_body({ name: a.patient.name }) : outcome_no_show_body({ name: a.patient.name }) }),
				confirmLabel: completed ? outcome_completed_confirm() : outcome_no_show_confirm(),
				busyLabel: saving(),
				cancelLabel: not_yet(),
				tone: completed ? "primary" : "danger",
				testid: "outcome-dialog",
				onConfirm: async () => {
					const status = asking ?? "COMPLETED";
					const { appointment } = await api.call("updateAppointment", {
						params: { id: a.id },
						body: { status }
					});
					onChanged(appointment, status === "COMPLETED" ? outcome_done_completed() : outcome_done_no_show());
				}
			})
		]
	});
}
function RecordingToggle({ a }) {
	const [on, setOn] = useState(a.recordingEnabled);
	const [busy, setBusy] = useState(false);
	const [status, setStatus] = useState(null);
	const change = async (wanted) => {
		setOn(wanted);
		setBusy(true);
		setStatus({
			tone: "text-slate-600",
			text: saving()
		});
		try {
			const { appointment } = await api.call("updateAppointment", {
				params: { id: a.id },
				body: { recordingEnabled: wanted }
			});
			setOn(appointment.recordingEnabled);
			setStatus({
				tone: "text-emerald-800",
				text: wanted ? recording_will() : recording_will_not()
			});
		} catch (err) {
			setOn(!wanted);
			setStatus({
				tone: "text-red-700",
				text: err instanceof ApiError ? err.message : save_failed()
			});
		} finally {
			setBusy(false);
		}
	};
	return jsxs(Card, {
		id: "recording-heading",
		testid: "recording-card",
		title: recording_heading(),
		icon: mic,
		children: [jsxs("div", {
			class: "mt-4 flex items-start gap-4",
			children: [jsx("input", {
				id: "recording-toggle",
				type: "checkbox",
				role: "switch",
				"aria-checked": on,
				class: "switch mt-0.5",
				"aria-describedby": "recording-hint",
				"data-testid": "recording-toggle",
				checked: on,
				disabled: busy,
				onChange: (e) => void change(e.currentTarget.checked)
			}), jsxs("div", { children: [jsx("label", {
				for: "recording-toggle",
				class: "font-medium text-slate-900",
				children: recording_label()
			}), jsx("p", {
				id: "recording-hint",
				class: "mt-1 text-sm text-slate-600",
				children: recording_hint()
			})] })]
		}), jsx("p", {
			class: `mt-2 text-sm ${status?.tone ?? ""}`,
			role: "status",
			"data-testid": "recording-status",
			children: status?.text
		})]
	});
}
// web/src/islands/appointment/Feedback.tsx
/**
* The patient's feedback after a completed consultation: a 1–5 star rating made of real radio buttons
* (arrow keys move between them; a screen reader says "3 stars, Good"), a few words, and a thank-you
* once sent. Reviews are published only after our team approves them.
*/
var WORDS = [
	() => "",
	rating_poor,
	rating_fair,
	rating_good,
	rating_very_good,
	rating_excellent
];
var MAX = 1e3;
function Feedback({ appointmentId, doctorName }) {
	const [rating, setRating] = useState(0);
	const [length, setLength] = useState(0);
	const [thanks, setThanks] = useState(null);
	const thanksBox = useRef(null);
	const done = (text, testid = "feedback-thanks") => {
		setThanks({
			text,
			testid
		});
		requestAnimationFrame(() => thanksBox.current?.focus());
	};
	const form = useForm({
		validate: (f) => {
			const content = fieldValue(f, "content");
			return content && content.length < 10 ? { content: [feedback_too_short()] } : void 0;
		},
		submit: async (f) => {
			const { testimonial } = await api.call("submitTestimonial", { body: {
				appointmentId,
				rating: Number(fieldValue(f, "rating")),
				content: fieldValue(f, "content")
			} });
			done(testimonial.message);
		},
		onError: (err) => {
			if (err.code !== "already_submitted") return false;
			done(feedback_already(), "feedback-already");
			return true;
		}
	});
	return jsx(Card, {
		id: "feedback-heading",
		testid: "feedback",
		title: feedback_heading(),
		icon: star,
		children: thanks ? jsx(Notice, {
			tone: "success",
			testid: thanks.testid,
			focusable: true,
			boxRef: thanksBox,
			children: thanks.text
		}) : jsxs(Fragment, { children: [jsx("p", {
			class: "mt-1 text-sm text-slate-600",
			children: feedback_lead({ name: doctorName })
		}), jsxs("form", {
			class: "mt-4 grid gap-5",
			"data-testid": "feedback-form",
			noValidate: true,
			onSubmit: form.onSubmit,
			children: [
				jsx(FormError, {
					message: form.formError,
					boxRef: form.summary
				}),
				jsxs("fieldset", {
					"aria-invalid": form.errors.rating ? "true" : void 0,
					children: [
						jsx("legend", {
							class: "field-label",
							children: feedback_rating()
						}),
						jsxs("div", {
							class: "mt-1.5 flex flex-wrap items-center gap-1",
							children: [[
								1,
								2,
								3,
								4,
								5
							].map((n) => jsxs("span", {
								class: "relative",
								children: [jsx("input", {
									type: "radio",
									name: "rating",
									value: String(n),
									id: `rating-${n}`,
									class: "peer sr-only",
									required: n === 1,
									"data-msg-missing": feedback_rating_missing(),
									"aria-describedby": form.errors.rating ? "rating-error" : void 0,
									"aria-invalid": form.errors.rating ? "true" : void 0,
									"data-testid": `rating-${n}`,
									onChange: () => {
										setRating(n);
										form.clear("rating");
									}
								}), jsxs("label", {
									for: `rating-${n}`,
									class: "grid size-11 cursor-pointer place-items-center rounded-lg peer-focus-visible:outline-3 peer-focus-visible:outline-offset-2 peer-focus-visible:outline-accent-500",
									children: [jsx(Icon, {
										shape: star,
										class: `size-8 transition-colors ${n <= rating ? "fill-accent-400 text-accent-600" : "fill-white text-slate-400"}`
									}), jsx("span", {
										class: "sr-only",
										children: feedback_star({
											count: n,
											word: WORDS[n]?.() ?? ""
										})
									})]
								})]
							}, n)), jsx("span", {
								class: "ml-2",
								children: jsx("span", {
									class: "text-sm font-medium text-slate-700",
									"data-testid": "rating-word",
									children: WORDS[rating]?.()
								})
							})]
						}),
						jsx("p", {
							id: "rating-error",
							class: "field-error",
							"data-error-for": "rating",
							hidden: !form.errors.rating,
							children: form.errors.rating
						})
					]
				}),
				jsxs("div", { children: [
					jsx("label", {
						for: "feedback-content",
						class: "field-label",
						children: feedback_content_label()
					}),
					jsx("p", {
						id: "feedback-hint",
						class: "field-hint mt-0.5",
						children: feedback_content_hint()
					}),
					jsx("textarea", {
						id: "feedback-content",
						name: "content",
						rows: 4,
						maxLength: MAX,
						required: true,
						class: "field-input h-auto min-h-28 py-2.5 leading-6",
						"aria-describedby": `feedback-hint feedback-count${form.errors.content ? " content-error" : ""}`,
						"aria-invalid": form.errors.content ? "true" : void 0,
						"data-msg-missing": feedback_content_missing(),
						"data-testid": "feedback-content",
						onInput: (e) => setLength(e.currentTarget.value.length)
					}),
					jsx("p", {
						id: "feedback-count",
						class: "mt-1 text-right text-xs text-slate-500",
						children: book_reason_count({
							count: length.toLocaleString("en-IN"),
							max: MAX.toLocaleString("en-IN")
						})
					}),
					jsx("p", {
						id: "content-error",
						class: "field-error",
						"data-error-for": "content",
						hidden: !form.errors.content,
						children: form.errors.content
					})
				] }),
				jsx("div", { children: jsx(Button, {
					type: "submit",
					testid: "feedback-submit",
					busy: form.busy,
					busyLabel: sending(),
					children: feedback_send()
				}) })
			]
		})] })
	});
}
// web/src/islands/appointment/Transcript.tsx
/**
* The consultation transcript: "no transcript yet" (404), a progress state polled every 5 seconds
* while the pipeline works, the conversation (speaker, [m:ss], text) with Copy and Download .txt of
* the API's plain text, or a polite failure.
*/
var POLL_MS = 5e3;
/** Seconds → "m:ss" (or "h:mm:ss"). */
function clock(seconds) {
	const total = Math.max(0, Math.floor(seconds));
	const hours = Math.floor(total / 3600);
	const min = Math.floor(total % 3600 / 60);
	const s = String(total % 60).padStart(2, "0");
	return hours ? `${hours}:${String(min).padStart(2, "0")}:${s}` : `${min}:${s}`;
}
var speakerTone = (speaker) => /^doctor/i.test(speaker) ? "bg-brand-700 text-white" : /^patient/i.test(speaker) ? "bg-accent-100 text-accent-900 ring-1 ring-accent-300" : "bg-slate-100 text-slate-800 ring-1 ring-slate-300";
function describeMeta(t) {
	const parts = [];
	if (t.durationSec) parts.push(transcript_long({ length: clock(t.durationSec) }));
	if (t.language) parts.push(transcript_language({ language: t.language }));
	if (t.provider === "offline") parts.push(transcript_offline());
	else if (t.provider) parts.push(transcript_by({ provider: `${t.provider[0]?.toUpperCase()}${t.provider.slice(1)}` }));
	return parts.join(" · ");
}
function downloadText(text, filename) {
	const url = URL.createObjectURL(new Blob([text], { type: "text/plain;charset=utf-8" }));
	const link = document.createElement("a");
	link.href = url;
	link.download = filename;
	link.click();
	setTimeout(() => URL.revokeObjectURL(url), 1e4);
}
var SAY = {
	completed: transcript_say_ready,
	failed: transcript_say_failed,
	processing: transcript_say_processing,
	none: transcript_say_none
};
function Completed({ t, fileLabel }) {
	const [copied, setCopied] = useState("");
	const text = t.plainText ?? "";
	const utterances = t.utterances.length ? t.utterances : [{
		speaker: transcript_heading(),
		start: 0,
		end: 0,
		text: t.text ?? text
	}];
	return jsxs(Fragment, { children: [jsxs("div", {
		class: "flex flex-wrap items-center justify-between gap-3",
		children: [jsx("p", {
			class: "text-sm text-slate-600",
			"data-testid": "transcript-meta",
			children: describeMeta(t)
		}), jsxs("div", {
			class: "flex flex-wrap items-center gap-2",
			children: [
				jsx("span", {
					class: "text-sm text-slate-600",
					role: "status",
					children: copied
				}),
				jsxs("button", {
					type: "button",
					class: "btn-secondary min-h-10",
					"data-testid": "transcript-copy",
					onClick: () => navigator.clipboard.writeText(text).then(() => setCopied(transcript_copied()), () => setCopied(transcript_copy_refused())),
					children: [jsx(Icon, {
						shape: copy,
						class: "size-4"
					}), transcript_copy()]
				}),
				jsxs("button", {
					type: "button",
					class: "btn-secondary min-h-10",
					"data-testid": "transcript-download",
					onClick: () => downloadText(text, `${fileLabel}.txt`),
					children: [jsx(Icon, {
						shape: download,
						class: "size-4"
					}), transcript_download()]
				})
			]
		})]
	}), jsx("ol", {
		class: "mt-5 grid gap-4 border-t border-slate-100 pt-5",
		"aria-label": transcript_conversation(),
		"data-testid": "transcript-conversation",
		children: utterances.map((u, i) => jsxs("li", {
			class: "grid gap-1 sm:grid-cols-[7rem_1fr] sm:gap-4",
			"data-testid": "utterance",
			children: [jsxs("div", {
				class: "flex items-center gap-2 sm:flex-col sm:items-start sm:gap-1",
				children: [jsx("span", {
					class: `inline-flex rounded-full px-2.5 py-0.5 text-xs font-semibold ${speakerTone(u.speaker)}`,
					"data-testid": "utterance-speaker",
					children: u.speaker
				}), jsxs("span", {
					class: "font-mono text-xs text-slate-600 tabular-nums",
					"data-testid": "utterance-time",
					children: [
						"[",
						clock(u.start),
						"]"
					]
				})]
			}), jsx("p", {
				class: "leading-7 break-words text-slate-800",
				"data-testid": "utterance-text",
				children: u.text
			})]
		}, i))
	})] });
}
function Transcript({ appointmentId, fileLabel }) {
	const [state, setState] = useState({ kind: "loading" });
	const timer = useRef(void 0);
	const live = useRef("");
	const load = async () => {
		clearTimeout(timer.current);
		try {
			const { transcription: t } = await api.call("getTranscription", { params: { id: appointmentId } });
			if (t.status === "COMPLETED") setState({
				kind: "completed",
				t
			});
			else if (t.status === "FAILED") setState({
				kind: "failed",
				error: t.error
			});
			else {
				setState({
					kind: "processing",
					pending: t.status === "PENDING"
				});
				timer.current = setTimeout(() => void load(), POLL_MS);
			}
		} catch (err) {
			setState(err instanceof ApiError && err.status === 404 ? { kind: "none" } : {
				kind: "error",
				message: err instanceof ApiError ? err.message : transcript_load_failed()
			});
		}
	};
	useEffect(() => {
		load();
		return () => clearTimeout(timer.current);
	}, [appointmentId]);
	live.current = SAY[state.kind]?.() ?? live.current;
	const checkAgain = jsxs("button", {
		type: "button",
		class: "btn-secondary mt-4",
		"data-testid": "transcript-check",
		onClick: () => void load(),
		children: [jsx(Icon, {
			shape: refreshCw,
			class: "size-4"
		}), transcript_check_again()]
	});
	return jsxs(Card, {
		id: "transcript-heading",
		testid: "transcript",
		title: transcript_heading(),
		icon: fileText,
		children: [jsx("p", {
			class: "sr-only",
			role: "status",
			children: state.kind === "loading" ? "" : live.current
		}), jsxs("div", {
			class: "mt-4",
			"data-testid": "transcript-body",
			"data-state": state.kind,
			children: [
				state.kind === "loading" && jsx("div", { class: "skeleton h-4 w-2/3" }),
				state.kind === "completed" && jsx(Completed, {
					t: state.t,
					fileLabel
				}),
				state.kind === "failed" && jsxs(Notice, {
					tone: "warning",
					testid: "transcript-failed",
					live: false,
					children: [
						jsx("p", {
							class: "font-semibold",
							children: transcript_failed_title()
						}),
						jsx("p", { children: state.error ?? transcript_failed_default() }),
						jsx("p", { children: transcript_failed_retry() })
					]
				}),
				state.kind === "processing" && jsxs("p", {
					class: "flex items-center gap-3 text-slate-700",
					"data-testid": "transcript-processing",
					children: [jsx("span", {
						class: "spinner text-brand-700",
						"aria-hidden": "true"
					}), state.pending ? transcript_queued() : transcript_processing()]
				}),
				state.kind === "none" && jsxs(Fragment, { children: [jsx("p", {
					class: "text-slate-700",
					"data-testid": "transcript-none",
					children: transcript_none()
				}), checkAgain] }),
				state.kind === "error" && jsxs(Fragment, { children: [jsx("p", {
					class: "text-sm text-red-700",
					children: state.message
				}), checkAgain] })
			]
		})]
	});
}
// web/src/islands/appointment/AppointmentPage.tsx
/**
* /appointments/view/?id=: one appointment, for either party. Status and time (the viewer's zone, and
* the appointment's own zone when it differs), the hold countdown and payment for an unpaid booking,
* the price and payment state with the receipt, joining the room, cancelling (the dialog says what
* cancelling now means, refund included), the doctor's notes, outcome and recording controls, the
* transcript, and the patient's feedback after a completed consultation. What each state offers and
* says comes from the server's view (`status`, `actions`, `join`, `price`, `cancellation`).
*/
function HoldSection({ a, patient, onExpired }) {
	const left = useRemaining(a.holdExpiresAt);
	const said = useCountdownAnnouncements(left, (l) => hold_left_say({ left: l }), hold_expired_say(), onExpired);
	return jsxs("section", {
		class: "rounded-2xl border border-accent-300 bg-accent-50 p-6 sm:p-8",
		"aria-labelledby": "hold-heading",
		"data-testid": "hold",
		children: [
			jsxs("div", {
				class: "flex flex-col gap-5 sm:flex-row sm:items-center sm:justify-between",
				children: [jsxs("div", { children: [jsxs("h2", {
					id: "hold-heading",
					class: "flex items-center gap-2 text-lg font-semibold text-accent-900",
					children: [jsx(Icon, {
						shape: hourglass,
						class: "size-5 text-accent-700"
					}), patient ? hold_pay_title() : hold_wait_title()]
				}), jsx("p", {
					class: "mt-2 max-w-xl text-accent-900",
					children: patient ? hold_pay_text() : hold_wait_text()
				})] }), jsxs("div", {
					class: "shrink-0 text-left sm:text-right",
					"data-testid": "hold-countdown",
					children: [jsx("p", {
						class: "text-sm font-medium text-accent-900",
						children: hold_ends_in()
					}), jsx(Clock, {
						ms: left,
						testid: "hold-clock",
						label: hold_clock_label(),
						class: "font-mono text-3xl font-bold text-accent-900 tabular-nums"
					})]
				})]
			}),
			jsx("p", {
				class: "sr-only",
				role: "status",
				children: said
			}),
			patient && a.actions.canPay && jsxs("a", {
				href: payHref(a.id),
				class: "btn-primary mt-5 px-6 text-base",
				"data-testid": "pay-button",
				children: [jsx(Icon, {
					shape: creditCard,
					class: "size-5"
				}), row_pay({ amount: formatInr(a.price.totalPaise) })]
			})
		]
	});
}
function HoldExpired({ a, patient }) {
	return jsxs("section", {
		class: "rounded-2xl border border-accent-300 bg-accent-50 p-6 sm:p-8",
		"aria-labelledby": "hold-heading",
		"data-testid": "hold-expired",
		children: [
			jsxs("h2", {
				id: "hold-heading",
				class: "flex items-center gap-2 text-lg font-semibold text-accent-900",
				children: [jsx(Icon, {
					shape: alertTriangle,
					class: "size-5 text-accent-700"
				}), hold_expired_title()]
			}),
			jsx("p", {
				class: "mt-2 text-accent-900",
				children: patient ? hold_expired_patient() : hold_expired_doctor()
			}),
			patient && jsx("a", {
				href: doctorPageHref(a.doctor.id),
				class: "btn-primary mt-5",
				"data-testid": "book-again",
				children: hold_book_again()
			})
		]
	});
}
function JoinSection({ a, zone, onOpen }) {
	const now = Date.now();
	const opens = Date.parse(a.join.opensAt);
	const closes = Date.parse(a.join.closesAt);
	const started = now >= Date.parse(a.startAt);
	useEffect(() => {
		const wait = opens - Date.now() + 1e3;
		if (wait <= 0 || wait > 432e5) return;
		const timer = setTimeout(onOpen, wait);
		return () => clearTimeout(timer);
	}, [a.join.opensAt]);
	const joinButton = jsxs(Fragment, { children: [jsx(Icon, {
		shape: video,
		class: "size-5"
	}), join_button()] });
	return jsxs(Card, {
		id: "join-heading",
		testid: "join-card",
		title: join_heading(),
		icon: video,
		children: [a.join.canJoin ? jsxs(Fragment, { children: [jsxs("p", {
			class: "mt-2 text-slate-700",
			"data-testid": "join-state",
			children: [started ? join_open_until({ time: formatTime(a.join.closesAt, zone) }) : join_open(), started && a.recordingEnabled && jsxs(Fragment, { children: [" ", jsx("a", {
				href: "#transcript-heading",
				class: "font-semibold text-brand-700 underline underline-offset-2",
				children: join_transcript_link()
			})] })]
		}), jsx("a", {
			href: roomHref(a.id),
			class: "btn-primary mt-4 px-6 text-base",
			"data-testid": "join-link",
			children: joinButton
		})] }) : now < opens ? jsxs(Fragment, { children: [jsx("button", {
			type: "button",
			class: "btn-primary mt-4 px-6 text-base",
			disabled: true,
			"aria-describedby": "join-opens",
			"data-testid": "join-disabled",
			children: joinButton
		}), jsx("p", {
			id: "join-opens",
			class: "mt-3 text-sm text-slate-700",
			"data-testid": "join-opens",
			children: join_opens_at({
				time: formatTime(a.join.opensAt, zone),
				day: formatLongDate(a.join.opensAt, zone)
			})
		})] }) : jsx("p", {
			class: "mt-2 text-slate-700",
			"data-testid": "join-state",
			children: now > closes ? join_closed() : join_not_open()
		}), jsx("p", {
			class: "mt-4 text-sm text-slate-600",
			children: join_tip()
		})]
	});
}
/** Whether (and how) the consultation is recorded, in words that follow its state. */
function recordingText(a, expired) {
	if (a.status === "CANCELLED" || a.status === "NO_SHOW" || expired) return null;
	if (a.status === "COMPLETED") return a.recordingEnabled ? recording_done() : recording_not_done();
	return a.recordingEnabled ? recording_will_short() : recording_will_not_short();
}
function Details({ a, me, zone, expired }) {
	const patient = me.role === "patient";
	const cancelledBy = a.cancelledBy === "system" ? cancelled_by_system() : a.cancelledBy === me.id ? cancelled_by_you() : a.cancelledBy === a.doctor.id ? a.doctor.name : a.cancelledBy === a.patient.id ? a.patient.name : cancelled_by_support();
	const doctor = patient ? jsx("a", {
		href: doctorPageHref(a.doctor.id),
		class: "text-brand-700 underline-offset-2 hover:underline",
		children: a.doctor.name
	}) : a.doctor.name;
	const recording = recordingText(a, expired);
	return jsx(Card, {
		id: "details-heading",
		testid: "appointment-details",
		title: details_heading(),
		icon: calendar,
		children: jsxs("dl", {
			class: "mt-5 grid gap-x-8 gap-y-5 sm:grid-cols-2",
			children: [
				jsxs(Detail, {
					label: details_when(),
					testid: "detail-when",
					class: "sm:col-span-2",
					children: [jsx("span", {
						class: "block",
						children: `${formatLongDate(a.startAt, zone)}, ${formatTimeRange(a.startAt, a.endAt, zone)}`
					}), !sameZone(a.timeZone, zone) && jsx("span", {
						class: "mt-1 block text-sm font-normal text-slate-600",
						"data-testid": "appointment-zone-time",
						children: `${formatLongDate(a.startAt, a.timeZone)}, ${formatTimeRange(a.startAt, a.endAt, a.timeZone)} ${patient ? details_doctor_zone({ zone: a.timeZone }) : details_appointment_zone({ zone: a.timeZone })}`
					})]
				}),
				jsx(Detail, {
					label: details_length(),
					children: details_minutes({ count: minutesBetween(a.startAt, a.endAt) })
				}),
				patient ? jsx(Detail, {
					label: role_doctor(),
					testid: "detail-doctor",
					children: doctor
				}) : jsx(Detail, {
					label: role_patient(),
					testid: "detail-patient",
					children: a.patient.name
				}),
				jsx(Detail, {
					label: search_specialty_label(),
					children: a.doctor.specialtyName
				}),
				!patient && jsx(Detail, {
					label: role_doctor(),
					children: doctor
				}),
				jsx(Detail, {
					label: details_reason(),
					testid: "detail-reason",
					class: "sm:col-span-2",
					children: a.reason
				}),
				jsx(Detail, {
					label: details_booked(),
					children: formatDateTime(a.createdAt, zone)
				}),
				patient && recording && jsx(Detail, {
					label: transcript_heading(),
					testid: "detail-recording",
					children: recording
				}),
				a.status === "CANCELLED" && jsx(Detail, {
					label: details_cancelled_by(),
					testid: "detail-cancelled-by",
					children: cancelledBy
				}),
				a.status === "CANCELLED" && a.cancelReason && jsx(Detail, {
					label: details_cancel_reason(),
					children: a.cancelReason
				})
			]
		})
	});
}
function PatientNotes({ a }) {
	if (!a.notes && a.status !== "COMPLETED") return null;
	const paragraphs = a.notes.split(/\n\s*\n/).filter((p) => p.trim());
	return jsx(Card, {
		id: "notes-heading",
		testid: "doctor-notes",
		title: notes_doctor_heading(),
		icon: pencil,
		children: a.notes ? jsx("div", {
			class: "mt-3 space-y-3 leading-7 break-words text-slate-800",
			"data-testid": "notes-text",
			children: paragraphs.map((p, i) => jsx("p", {
				class: "whitespace-pre-line",
				children: p.trim()
			}, i))
		}) : jsx("p", {
			class: "mt-3 text-slate-600",
			children: notes_none({ name: a.doctor.name })
		})
	});
}
function paymentStatusText(payment, a, expired) {
	if (!payment) return a.status === "REQUESTED" ? expired ? pay_not_paid_expired() : pay_not_paid() : pay_none();
	switch (payment.status) {
		case "PENDING": return pay_pending();
		case "FAILED": return payment.failureReason ? pay_failed_reason({ reason: payment.failureReason }) : pay_failed();
		case "REFUNDED": return pay_refunded({ amount: formatInr(payment.refundPaise ?? payment.amountPaise) });
		case "COMPLETED": return payment.refundPaise ? pay_paid_refunding({
			amount: formatInr(payment.amountPaise),
			refund: formatInr(payment.refundPaise)
		}) : pay_paid({ amount: formatInr(payment.amountPaise) });
	}
}
function PaymentCard({ a, payment, expired }) {
	const status = payment?.status ?? (a.status === "REQUESTED" ? "UNPAID" : "NONE");
	const tone = status === "COMPLETED" ? "text-emerald-800" : status === "REFUNDED" ? "text-brand-800" : status === "FAILED" ? "text-red-700" : "text-slate-700";
	return jsxs(Card, {
		id: "payment-heading",
		testid: "payment-card",
		title: pay_heading(),
		icon: indianRupee,
		children: [
			jsx(PriceBreakdown, {
				price: a.price,
				testids: [
					"price-fee",
					"price-gst",
					"price-total"
				],
				class: "mt-4 grid gap-2 text-sm",
				strongClass: "border-t border-slate-200 pt-3 font-semibold text-slate-900"
			}),
			jsxs("p", {
				class: `mt-4 flex items-start gap-2 rounded-lg bg-slate-50 px-3 py-2 text-sm font-medium ${tone}`,
				"data-testid": "payment-status",
				"data-status": status,
				children: [jsx(Icon, {
					shape: status === "COMPLETED" || status === "REFUNDED" ? checkCircle : creditCard,
					class: "mt-0.5 size-4 shrink-0"
				}), paymentStatusText(payment, a, expired)]
			}),
			payment?.hasReceipt && jsxs("div", {
				class: "mt-4 grid gap-2",
				children: [jsxs("a", {
					href: `/receipts/view/?id=${encodeURIComponent(a.id)}`,
					class: "btn-secondary",
					"data-testid": "receipt-link",
					children: [jsx(Icon, {
						shape: receipt,
						class: "size-4"
					}), pay_view_receipt()]
				}), jsxs("a", {
					href: api.url("getReceiptPdf", { params: { id: a.id } }),
					class: "btn-ghost",
					download: true,
					"data-testid": "receipt-pdf-link",
					children: [jsx(Icon, {
						shape: download,
						class: "size-4"
					}), pay_download_receipt()]
				})]
			})
		]
	});
}
function CancelCard({ a, me, zone, onCancelled }) {
	const [open, setOpen] = useState(false);
	if (!a.actions.canCancel) return null;
	const patient = me.role === "patient";
	const plan = a.cancellation;
	const confirmed = a.status === "CONFIRMED";
	const explanation = patient || !confirmed ? plan?.explanation ?? "" : cancel_doctor_explanation();
	const refund = plan && confirmed ? plan.refundPaise > 0 ? patient ? cancel_refund_you({ amount: formatInr(plan.refundPaise) }) : cancel_refund_patient({ amount: formatInr(plan.refundPaise) }) : patient ? cancel_refund_none() : null : null;
	return jsxs("section", {
		class: "card p-6",
		"aria-labelledby": "cancel-heading",
		"data-testid": "cancel-card",
		children: [
			jsx("h2", {
				id: "cancel-heading",
				class: "font-semibold text-slate-900",
				children: cancel_heading()
			}),
			jsx("p", {
				class: "mt-1 text-sm leading-6 text-slate-600",
				children: explanation
			}),
			jsxs(Button, {
				variant: "ghost",
				class: "mt-4 w-full border border-red-200 bg-white text-red-700 hover:bg-red-50",
				testid: "cancel-button",
				onClick: () => setOpen(true),
				children: [jsx(Icon, {
					shape: xCircle,
					class: "size-4"
				}), cancel_button()]
			}),
			jsx(ConfirmDialog, {
				open,
				onClose: () => setOpen(false),
				title: cancel_title(),
				body: jsxs(Fragment, { children: [
					jsx("p", { children: cancel_summary({
						when: `${formatLongDate(a.startAt, zone)}, ${formatTimeRange(a.startAt, a.endAt, zone)}`,
						name: patient ? a.doctor.name : a.patient.name
					}) }),
					jsx("p", {
						class: "font-medium text-slate-900",
						"data-testid": "cancel-explanation",
						children: explanation
					}),
					refund && jsx("p", {
						class: "font-semibold text-slate-900",
						"data-testid": "cancel-refund",
						children: refund
					})
				] }),
				textField: {
					label: cancel_reason(),
					name: "reason",
					maxLength: 500,
					hint: patient ? cancel_reason_hint_patient() : cancel_reason_hint_doctor()
				},
				confirmLabel: cancel_confirm(),
				busyLabel: cancel_busy(),
				cancelLabel: cancel_keep(),
				tone: "danger",
				testid: "cancel-dialog",
				onConfirm: async (reason) => {
					const { appointment } = await api.call("cancelAppointment", {
						params: { id: a.id },
						body: reason ? { reason } : {}
					});
					const refunded = confirmed ? plan?.refundPaise ?? 0 : 0;
					onCancelled(appointment, {
						testid: "cancelled-notice",
						title: cancelled_title(),
						text: refunded > 0 ? patient ? cancelled_refund_you({ amount: formatInr(refunded) }) : cancelled_refund_patient({ amount: formatInr(refunded) }) : a.status === "REQUESTED" ? cancelled_nothing_charged() : cancelled_time_free()
					});
				}
			})
		]
	});
}
function Page({ me, id }) {
	const zone = viewerZone();
	const patient = me.role === "patient";
	const payload = useSignal(null);
	const missing = useSignal(false);
	const flash = useSignal(null);
	const flashBox = useRef(null);
	const title = useRef(null);
	const [error, setError] = useState(null);
	/** Loads again (the payment may have changed too), keeping the reader oriented. */
	const refresh = async (updated, focus = true) => {
		try {
			payload.value = await api.call("getAppointment", { params: { id } });
		} catch (err) {
			if (!updated) {
				if (!payload.value) {
					if (err instanceof ApiError && err.status === 404) missing.value = true;
					else setError(err instanceof ApiError ? err.message : problem_generic());
				}
				return;
			}
			payload.value = {
				appointment: updated,
				payment: null,
				prescriptions: payload.value?.prescriptions ?? []
			};
		}
		if (focus) requestAnimationFrame(() => (flashBox.current ?? title.current)?.focus());
	};
	useEffect(() => {
		if (!/^[0-9a-f-]{36}$/.test(id)) {
			missing.value = true;
			return;
		}
		refresh(void 0, false).then(() => {
			const a = payload.value?.appointment;
			const params = new URLSearchParams(window.location.search);
			if (a && params.get("booked") === "1" && patient && a.status === "REQUESTED" && Date.parse(a.holdExpiresAt ?? "") > Date.now()) flash.value = {
				testid: "booked-notice",
				title: booked_title(),
				text: booked_text()
			};
			else if (a && params.get("paid") === "1" && a.status === "CONFIRMED") flash.value = {
				testid: "paid-notice",
				text: paid_text()
			};
			if (params.has("booked") || params.has("paid")) {
				const url = new URL(window.location.href);
				url.searchParams.delete("booked");
				url.searchParams.delete("paid");
				window.history.replaceState(null, "", url);
			}
		});
	}, []);
	if (missing.value) return jsx("div", {
		class: "container-page py-16",
		children: jsx("div", {
			class: "mx-auto max-w-lg",
			children: jsx(EmptyState, {
				icon: calendar,
				title: appt_not_found_title(),
				text: appt_not_found_text(),
				link: {
					href: "/appointments/",
					label: nav_my_appointments(),
					primary: true
				},
				testid: "appointment-not-found"
			})
		})
	});
	if (error) return jsx("div", {
		class: "container-page py-16",
		children: jsxs("div", {
			class: "mx-auto max-w-lg rounded-2xl border border-red-200 bg-red-50/70 px-6 py-10 text-center",
			role: "alert",
			"data-testid": "page-error",
			children: [jsx("p", {
				class: "font-semibold text-slate-900",
				children: protected_error_title()
			}), jsx("p", {
				class: "mt-1 text-sm text-slate-700",
				children: error
			})]
		})
	});
	const p = payload.value;
	if (!p) return jsxs("div", {
		"aria-busy": "true",
		class: "container-page py-10",
		children: [jsx("p", {
			class: "sr-only",
			role: "status",
			children: loading()
		}), jsx("div", { class: "skeleton h-8 w-72 max-w-full" })]
	});
	const a = p.appointment;
	const other = patient ? a.doctor.name : a.patient.name;
	document.title = `${appt_title({ name: other })} · Chikitsa360`;
	const expired = a.status === "REQUESTED" && Date.parse(a.holdExpiresAt ?? "") <= Date.now();
	const started = Date.now() >= Date.parse(a.startAt);
	const showTranscript = a.status === "COMPLETED" || a.status === "CONFIRMED" && started;
	const changed = (updated, next) => {
		flash.value = next;
		refresh(updated);
	};
	const f = flash.value;
	return jsxs("div", {
		"data-testid": "appointment-page",
		children: [jsx("section", {
			class: "hero border-b border-brand-100",
			children: jsxs("div", {
				class: "container-page py-8 sm:py-10",
				children: [
					jsxs("a", {
						href: "/appointments/",
						class: "inline-flex items-center gap-1.5 rounded text-sm font-semibold text-brand-700 hover:text-brand-800",
						children: [
							jsx(Icon, {
								shape: arrowLeft,
								class: "size-4"
							}),
							" ",
							nav_my_appointments()
						]
					}),
					jsxs("div", {
						class: "mt-4 flex flex-col gap-3 sm:flex-row sm:items-start sm:justify-between",
						children: [jsxs("div", {
							class: "min-w-0",
							children: [
								jsx("p", {
									class: "eyebrow",
									children: appt_eyebrow({ specialty: a.doctor.specialtyName })
								}),
								jsx("h1", {
									ref: title,
									class: "mt-1 text-2xl font-bold tracking-tight break-words text-slate-900 sm:text-3xl",
									tabIndex: -1,
									"data-testid": "appointment-title",
									children: appt_title({ name: other })
								}),
								jsx("p", {
									class: "mt-2 text-slate-700",
									"data-testid": "appointment-when",
									children: `${formatLongDate(a.startAt, zone)} · ${formatTimeRange(a.startAt, a.endAt, zone)}`
								})
							]
						}), jsx("div", { children: jsx(StatusBadge, {
							appointment: a,
							size: "md"
						}) })]
					}),
					f && jsx("div", {
						class: "mt-5 grid gap-3",
						children: jsxs(Notice, {
							tone: "success",
							testid: f.testid,
							focusable: true,
							boxRef: flashBox,
							children: [f.title && jsx("p", {
								class: "font-semibold",
								children: f.title
							}), jsx("p", { children: f.text })]
						})
					})
				]
			})
		}), jsxs("div", {
			class: "container-page grid gap-6 py-8 sm:py-10 lg:grid-cols-[1fr_22rem] lg:items-start",
			children: [jsxs("div", {
				class: "grid min-w-0 gap-6",
				children: [
					a.status === "REQUESTED" && (expired ? jsx(HoldExpired, {
						a,
						patient
					}) : jsx(HoldSection, {
						a,
						patient,
						onExpired: () => {
							flash.value = null;
							refresh(void 0, false);
						}
					})),
					a.status === "CONFIRMED" && jsx(JoinSection, {
						a,
						zone,
						onOpen: () => void refresh(void 0, false)
					}),
					!patient && a.actions.canRecordOutcome && jsx(OutcomeControls, {
						a,
						onChanged: (u, text) => changed(u, {
							testid: "outcome-notice",
							text
						})
					}),
					jsx(Details, {
						a,
						me,
						zone,
						expired
					}),
					!patient && a.actions.canEditNotes && jsx(NotesEditor, { a }),
					!patient && (a.status === "REQUESTED" || a.status === "CONFIRMED") && jsx(RecordingToggle, { a }),
					patient && jsx(PatientNotes, { a }),
					showTranscript && (a.recordingEnabled ? jsx(Transcript, {
						appointmentId: a.id,
						fileLabel: `transcript-${a.startAt.slice(0, 10)}-${other.replace(/[^\w]+/g, "-").toLowerCase()}`
					}) : jsx(Card, {
						id: "transcript-heading",
						testid: "transcript",
						title: transcript_heading(),
						icon: fileText,
						children: jsx("p", {
							class: "mt-3 text-slate-700",
							"data-testid": "transcript-off",
							children: transcript_off()
						})
					})),
					patient && a.status === "COMPLETED" && jsx(Feedback, {
						appointmentId: a.id,
						doctorName: a.doctor.name
					})
				]
			}), jsxs("aside", {
				class: "grid gap-6",
				"aria-label": appt_side_label(),
				children: [jsx(PaymentCard, {
					a,
					payment: p.payment,
					expired
				}), jsx(CancelCard, {
					a,
					me,
					zone,
					onCancelled: changed
				})]
			})]
		})]
	});
}
function AppointmentPage() {
	return jsx(Protected, {
		roles: ["patient", "doctor"],
		children: (me) => jsx(Page, {
			me,
			id: (new URLSearchParams(window.location.search).get("id") ?? "").trim().toLowerCase()
		})
	});
}
// web/src/pages/appointments/view.astro
var view_exports = /* @__PURE__ */ __exportAll({
	default: () => $$View,
	file: () => $$file,
	url: () => $$url
});
var $$View = createComponent(($$result, $$props, $$slots) => {
	return renderTemplate`${renderComponent($$result, "Base", $$Base, {
		"title": appts_eyebrow(),
		"noindex": true
	}, { "default": ($$result) => renderTemplate`${renderComponent($$result, "Island", $$Island, {
		"name": "AppointmentPage",
		"component": AppointmentPage
	})}${renderScript($$result, "/work/wt-hindi/web/src/pages/appointments/view.astro?astro&type=script&index=0&lang.ts")}` })}`;
}, "/work/wt-hindi/web/src/pages/appointments/view.astro", void 0);
var $$file = "/work/wt-hindi/web/src/pages/appointments/view.astro";
var $$url = "/appointments/view";
// \0virtual:astro:page:src/pages/appointments/view@_@astro
var page = () => view_exports;
export { page };
