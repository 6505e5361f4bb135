import { C as stethoscope, M as phone, N as pencil, b as userSearch, ct as arrowRight, it as calendar, x as user } from "./skip_to_content_DtyEdUnf.mjs";
import { D as listOf, c as ApiError, h as nav_find_doctor, k as Icon, l as api, p as nav_my_appointments, w as formatInr } from "./Base_BSFoRxR2.mjs";
import { t as plural } from "./registry_BbVT5qhj.mjs";
import { a as appts_set_availability, i as appts_set_availability_short, n as appts_upcoming_empty_patient, o as appts_error_title, r as appts_today_empty_title, t as appts_upcoming_empty_title } from "./appts_upcoming_empty_title_DvdEYXGY.mjs";
import { t as Protected } from "./Protected_D2pVYjq-.mjs";
import { t as AppointmentRow } from "./AppointmentRow_qRWZXMXq.mjs";
import { t as loading } from "./loading_CPk8sSBF.mjs";
import { t as VerificationBanner } from "./VerificationBanner_UnXZBmqZ.mjs";
import { t as problem_generic } from "./problem_generic_D6AyibR1.mjs";
import { i as Skeletons, n as ErrorState, r as Region, t as EmptyState } from "./States_D_beH2ie.mjs";
import { t as search_specialty_label } from "./search_specialty_label_WXmkeNYq.mjs";
import { m as viewerZone } from "./zoned_CWcmEh3i.mjs";
import { Fragment, jsx, jsxs } from "preact/jsx-runtime";
import { useEffect } from "preact/hooks";
import { useSignal } from "@preact/signals";
// web/src/paraglide/messages/dash_add_details.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Dash_Add_DetailsInputs */
var en_dash_add_details = () => {
	return `Add your details`;
};
/**

* @param {Dash_Add_DetailsInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var dash_add_details = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_dash_add_details(inputs);
};
// web/src/paraglide/messages/dash_appointments_sr.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Dash_Appointments_SrInputs */
var en_dash_appointments_sr = () => {
	return `appointments`;
};
/**

* @param {Dash_Appointments_SrInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var dash_appointments_sr = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_dash_appointments_sr(inputs);
};
// web/src/paraglide/messages/dash_bookings.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Dash_BookingsInputs */
var en_dash_bookings = () => {
	return `Bookings`;
};
/**

* @param {Dash_BookingsInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var dash_bookings = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_dash_bookings(inputs);
};
// web/src/paraglide/messages/dash_complete_profile.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Dash_Complete_ProfileInputs */
var en_dash_complete_profile = () => {
	return `Complete your profile`;
};
/**

* @param {Dash_Complete_ProfileInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var dash_complete_profile = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_dash_complete_profile(inputs);
};
// web/src/paraglide/messages/dash_count_today.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ count: NonNullable<unknown> }} Dash_Count_TodayInputs */
var en_dash_count_today = (i) => {
	const countPlural = plural("en", i?.count, {});
	if (countPlural === "one") return `${i?.count} appointment today.`;
	if (countPlural === "other") return `${i?.count} appointments today.`;
	return "dash_count_today";
};
/**

* @param {Dash_Count_TodayInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var dash_count_today = (inputs, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_dash_count_today(inputs);
};
// web/src/paraglide/messages/dash_count_upcoming.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ count: NonNullable<unknown> }} Dash_Count_UpcomingInputs */
var en_dash_count_upcoming = (i) => {
	const countPlural = plural("en", i?.count, {});
	if (countPlural === "one") return `${i?.count} appointment coming up.`;
	if (countPlural === "other") return `${i?.count} appointments coming up.`;
	return "dash_count_upcoming";
};
/**

* @param {Dash_Count_UpcomingInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var dash_count_upcoming = (inputs, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_dash_count_upcoming(inputs);
};
// web/src/paraglide/messages/dash_doctor_eyebrow.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Dash_Doctor_EyebrowInputs */
var en_dash_doctor_eyebrow = () => {
	return `Doctor dashboard`;
};
/**

* @param {Dash_Doctor_EyebrowInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var dash_doctor_eyebrow = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_dash_doctor_eyebrow(inputs);
};
// web/src/paraglide/messages/dash_doctor_lead.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Dash_Doctor_LeadInputs */
var en_dash_doctor_lead = () => {
	return `Publish your hours, keep your profile current and see who you are consulting next.`;
};
/**

* @param {Dash_Doctor_LeadInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var dash_doctor_lead = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_dash_doctor_lead(inputs);
};
// web/src/paraglide/messages/dash_edit_profile.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Dash_Edit_ProfileInputs */
var en_dash_edit_profile = () => {
	return `Edit doctor profile`;
};
/**

* @param {Dash_Edit_ProfileInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var dash_edit_profile = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_dash_edit_profile(inputs);
};
// web/src/paraglide/messages/dash_emergency_text.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Dash_Emergency_TextInputs */
var en_dash_emergency_text = () => {
	return `For chest pain, difficulty breathing, severe bleeding or signs of a stroke, call 112 or go to the nearest hospital.`;
};
/**

* @param {Dash_Emergency_TextInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var dash_emergency_text = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_dash_emergency_text(inputs);
};
// web/src/paraglide/messages/dash_empty_doctor.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Dash_Empty_DoctorInputs */
var en_dash_empty_doctor = () => {
	return `When patients book your open slots, today’s consultations appear here. Later ones are under View all.`;
};
/**

* @param {Dash_Empty_DoctorInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var dash_empty_doctor = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_dash_empty_doctor(inputs);
};
// web/src/paraglide/messages/dash_fee.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Dash_FeeInputs */
var en_dash_fee = () => {
	return `Fee`;
};
/**

* @param {Dash_FeeInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var dash_fee = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_dash_fee(inputs);
};
// web/src/paraglide/messages/dash_fee_plus_gst.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ fee: NonNullable<unknown> }} Dash_Fee_Plus_GstInputs */
var en_dash_fee_plus_gst = (i) => {
	return `${i?.fee} + GST`;
};
/**

* @param {Dash_Fee_Plus_GstInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var dash_fee_plus_gst = (inputs, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_dash_fee_plus_gst(inputs);
};
// web/src/paraglide/messages/dash_listing.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Dash_ListingInputs */
var en_dash_listing = () => {
	return `Your listing`;
};
/**

* @param {Dash_ListingInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var dash_listing = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_dash_listing(inputs);
};
// web/src/paraglide/messages/dash_none_today.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Dash_None_TodayInputs */
var en_dash_none_today = () => {
	return `No consultations today.`;
};
/**

* @param {Dash_None_TodayInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var dash_none_today = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_dash_none_today(inputs);
};
// web/src/paraglide/messages/dash_none_yet.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Dash_None_YetInputs */
var en_dash_none_yet = () => {
	return `No appointments yet`;
};
/**

* @param {Dash_None_YetInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var dash_none_yet = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_dash_none_yet(inputs);
};
// web/src/paraglide/messages/dash_not_chosen.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Dash_Not_ChosenInputs */
var en_dash_not_chosen = () => {
	return `Not chosen yet`;
};
/**

* @param {Dash_Not_ChosenInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var dash_not_chosen = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_dash_not_chosen(inputs);
};
// web/src/paraglide/messages/dash_not_emergencies.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Dash_Not_EmergenciesInputs */
var en_dash_not_emergencies = () => {
	return `Not for emergencies`;
};
/**

* @param {Dash_Not_EmergenciesInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var dash_not_emergencies = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_dash_not_emergencies(inputs);
};
// web/src/paraglide/messages/dash_not_set.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Dash_Not_SetInputs */
var en_dash_not_set = () => {
	return `Not set yet`;
};
/**

* @param {Dash_Not_SetInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var dash_not_set = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_dash_not_set(inputs);
};
// web/src/paraglide/messages/dash_nudge.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ missing: NonNullable<unknown> }} Dash_NudgeInputs */
var en_dash_nudge = (i) => {
	return `Add your ${i?.missing}, so your doctor can reach you and knows your age before the consultation.`;
};
/**

* @param {Dash_NudgeInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var dash_nudge = (inputs, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_dash_nudge(inputs);
};
// web/src/paraglide/messages/dash_open.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Dash_OpenInputs */
var en_dash_open = () => {
	return `Open`;
};
/**

* @param {Dash_OpenInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var dash_open = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_dash_open(inputs);
};
// web/src/paraglide/messages/dash_patient_eyebrow.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Dash_Patient_EyebrowInputs */
var en_dash_patient_eyebrow = () => {
	return `Patient dashboard`;
};
/**

* @param {Dash_Patient_EyebrowInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var dash_patient_eyebrow = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_dash_patient_eyebrow(inputs);
};
// web/src/paraglide/messages/dash_patient_lead.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Dash_Patient_LeadInputs */
var en_dash_patient_lead = () => {
	return `Find the right doctor, book a slot and join your consultation from here.`;
};
/**

* @param {Dash_Patient_LeadInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var dash_patient_lead = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_dash_patient_lead(inputs);
};
// web/src/paraglide/messages/dash_paused.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Dash_PausedInputs */
var en_dash_paused = () => {
	return `Paused`;
};
/**

* @param {Dash_PausedInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var dash_paused = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_dash_paused(inputs);
};
// web/src/paraglide/messages/dash_qa_account.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Dash_Qa_AccountInputs */
var en_dash_qa_account = () => {
	return `Personal details and password.`;
};
/**

* @param {Dash_Qa_AccountInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var dash_qa_account = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_dash_qa_account(inputs);
};
// web/src/paraglide/messages/dash_qa_appointments.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Dash_Qa_AppointmentsInputs */
var en_dash_qa_appointments = () => {
	return `Upcoming and past consultations, receipts and transcripts.`;
};
/**

* @param {Dash_Qa_AppointmentsInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var dash_qa_appointments = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_dash_qa_appointments(inputs);
};
// web/src/paraglide/messages/dash_qa_availability.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Dash_Qa_AvailabilityInputs */
var en_dash_qa_availability = () => {
	return `Open the consultation slots that suit you.`;
};
/**

* @param {Dash_Qa_AvailabilityInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var dash_qa_availability = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_dash_qa_availability(inputs);
};
// web/src/paraglide/messages/dash_qa_doctor_profile.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Dash_Qa_Doctor_ProfileInputs */
var en_dash_qa_doctor_profile = () => {
	return `Specialty, registration, fee, languages and bio.`;
};
/**

* @param {Dash_Qa_Doctor_ProfileInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var dash_qa_doctor_profile = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_dash_qa_doctor_profile(inputs);
};
// web/src/paraglide/messages/dash_qa_find.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Dash_Qa_FindInputs */
var en_dash_qa_find = () => {
	return `Search verified doctors by specialty, language or name.`;
};
/**

* @param {Dash_Qa_FindInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var dash_qa_find = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_dash_qa_find(inputs);
};
// web/src/paraglide/messages/dash_qa_profile.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Dash_Qa_ProfileInputs */
var en_dash_qa_profile = () => {
	return `Contact details your doctor sees when you book.`;
};
/**

* @param {Dash_Qa_ProfileInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var dash_qa_profile = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_dash_qa_profile(inputs);
};
// web/src/paraglide/messages/dash_quick_actions.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Dash_Quick_ActionsInputs */
var en_dash_quick_actions = () => {
	return `Quick actions`;
};
/**

* @param {Dash_Quick_ActionsInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var dash_quick_actions = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_dash_quick_actions(inputs);
};
// web/src/paraglide/messages/dash_today_heading.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Dash_Today_HeadingInputs */
var en_dash_today_heading = () => {
	return `Today’s consultations`;
};
/**

* @param {Dash_Today_HeadingInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var dash_today_heading = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_dash_today_heading(inputs);
};
// web/src/paraglide/messages/dash_upcoming_heading.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Dash_Upcoming_HeadingInputs */
var en_dash_upcoming_heading = () => {
	return `Upcoming appointments`;
};
/**

* @param {Dash_Upcoming_HeadingInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var dash_upcoming_heading = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_dash_upcoming_heading(inputs);
};
// web/src/paraglide/messages/dash_view_all.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Dash_View_AllInputs */
var en_dash_view_all = () => {
	return `View all`;
};
/**

* @param {Dash_View_AllInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var dash_view_all = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_dash_view_all(inputs);
};
// web/src/paraglide/messages/dash_your_account.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Dash_Your_AccountInputs */
var en_dash_your_account = () => {
	return `Your account`;
};
/**

* @param {Dash_Your_AccountInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var dash_your_account = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_dash_your_account(inputs);
};
// web/src/paraglide/messages/dash_your_profile.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Dash_Your_ProfileInputs */
var en_dash_your_profile = () => {
	return `Your profile`;
};
/**

* @param {Dash_Your_ProfileInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var dash_your_profile = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_dash_your_profile(inputs);
};
// web/src/paraglide/messages/greet_afternoon.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Greet_AfternoonInputs */
var en_greet_afternoon = () => {
	return `Good afternoon`;
};
/**

* @param {Greet_AfternoonInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var greet_afternoon = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_greet_afternoon(inputs);
};
// web/src/paraglide/messages/greet_evening.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Greet_EveningInputs */
var en_greet_evening = () => {
	return `Good evening`;
};
/**

* @param {Greet_EveningInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var greet_evening = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_greet_evening(inputs);
};
// web/src/paraglide/messages/greet_morning.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Greet_MorningInputs */
var en_greet_morning = () => {
	return `Good morning`;
};
/**

* @param {Greet_MorningInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var greet_morning = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_greet_morning(inputs);
};
// web/src/paraglide/messages/missing_address.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Missing_AddressInputs */
var en_missing_address = () => {
	return `address`;
};
/**

* @param {Missing_AddressInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var missing_address = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_missing_address(inputs);
};
// web/src/paraglide/messages/missing_dob.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Missing_DobInputs */
var en_missing_dob = () => {
	return `date of birth`;
};
/**

* @param {Missing_DobInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var missing_dob = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_missing_dob(inputs);
};
// web/src/paraglide/messages/missing_phone.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Missing_PhoneInputs */
var en_missing_phone = () => {
	return `mobile number`;
};
/**

* @param {Missing_PhoneInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var missing_phone = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_missing_phone(inputs);
};
// web/src/islands/dashboard/Dashboard.tsx
/**
* /dashboard/patient/ and /dashboard/doctor/: a greeting, quick actions, the next appointments (a
* doctor's: today's), and beside them a doctor's listing and verification, or a patient's nudge to
* complete their profile.
*/
var SHOWN = 4;
function greeting(now = /* @__PURE__ */ new Date()) {
	const hour = now.getHours();
	return hour < 12 ? greet_morning() : hour < 17 ? greet_afternoon() : greet_evening();
}
function QuickAction({ href, icon, title, text, testid, primary = false }) {
	return jsx("li", { children: jsxs("a", {
		href,
		"data-testid": testid,
		class: `group flex h-full items-start gap-4 rounded-2xl border p-5 transition-shadow hover:shadow-lift ${primary ? "border-brand-700 bg-brand-700 text-white" : "border-slate-200/80 bg-white shadow-card"}`,
		children: [jsx("span", {
			class: `grid size-11 shrink-0 place-items-center rounded-xl ${primary ? "bg-white/15 text-white" : "bg-brand-50 text-brand-700 ring-1 ring-brand-100"}`,
			children: jsx(Icon, {
				shape: icon,
				class: "size-5"
			})
		}), jsxs("span", {
			class: "min-w-0 flex-1",
			children: [jsxs("span", {
				class: `flex items-center gap-1.5 font-semibold ${primary ? "text-white" : "text-slate-900"}`,
				children: [title, jsx(Icon, {
					shape: arrowRight,
					class: "size-4 transition-transform group-hover:translate-x-0.5"
				})]
			}), jsx("span", {
				class: `mt-1 block text-sm leading-5 ${primary ? "text-brand-100" : "text-slate-600"}`,
				children: text
			})]
		})]
	}) });
}
function UpcomingPanel({ me }) {
	const doctor = me.role === "doctor";
	const state = useSignal("loading");
	const items = useSignal([]);
	const error = useSignal("");
	const load = async () => {
		state.value = "loading";
		try {
			const page = await api.call("listAppointments", { query: {
				scope: doctor ? "today" : "upcoming",
				limit: SHOWN,
				tz: viewerZone()
			} });
			items.value = page.appointments;
			state.value = page.appointments.length ? "ready" : "empty";
		} catch (err) {
			error.value = err instanceof ApiError ? err.message : problem_generic();
			state.value = "error";
		}
	};
	useEffect(() => void load(), []);
	const n = items.value.length;
	return jsxs("section", {
		class: "card min-w-0 p-6 sm:p-8",
		"aria-labelledby": "upcoming-heading",
		"data-testid": "upcoming-appointments",
		children: [jsxs("div", {
			class: "flex items-center justify-between gap-4",
			children: [jsx("h2", {
				id: "upcoming-heading",
				class: "text-lg font-semibold text-slate-900",
				children: doctor ? dash_today_heading() : dash_upcoming_heading()
			}), jsxs("a", {
				href: doctor ? "/appointments/?tab=today" : "/appointments/",
				class: "text-sm font-semibold text-brand-700 underline-offset-2 hover:underline",
				children: [dash_view_all(), jsxs("span", {
					class: "sr-only",
					children: [" ", dash_appointments_sr()]
				})]
			})]
		}), jsx(Region, {
			class: "mt-5",
			state: state.value,
			status: state.value === "loading" ? loading() : state.value === "error" ? error.value : state.value === "empty" ? doctor ? dash_none_today() : appts_upcoming_empty_title() : doctor ? dash_count_today({ count: n }) : dash_count_upcoming({ count: n }),
			skeleton: jsx(Skeletons, {
				count: 2,
				class: "grid gap-3",
				card: () => jsx("div", { class: "skeleton h-12 w-full" })
			}),
			empty: jsx(EmptyState, {
				icon: calendar,
				title: doctor ? appts_today_empty_title() : dash_none_yet(),
				text: doctor ? dash_empty_doctor() : appts_upcoming_empty_patient(),
				link: {
					href: doctor ? "/doctor/availability/" : "/doctors/",
					label: doctor ? appts_set_availability() : nav_find_doctor(),
					primary: true,
					testid: "appointments-cta"
				},
				testid: "appointments-empty"
			}),
			error: jsx(ErrorState, {
				title: appts_error_title(),
				message: error.value,
				retryTestid: "retry-appointments",
				onRetry: () => void load()
			}),
			children: jsx("ul", {
				class: "grid gap-3",
				"data-testid": "dashboard-appointments",
				children: items.value.map((a) => jsx(AppointmentRow, {
					a,
					role: me.role,
					compact: true
				}, a.id))
			})
		})]
	});
}
function Listing({ me }) {
	const p = me.doctorProfile;
	const row = (label, value, key) => jsxs("div", {
		class: "flex justify-between gap-4 border-t border-slate-100 pt-3",
		children: [jsx("dt", {
			class: "text-slate-600",
			children: label
		}), jsx("dd", {
			class: "text-right font-medium text-slate-900",
			"data-listing": key,
			children: value
		})]
	});
	return jsxs("aside", {
		class: "card p-6",
		"aria-labelledby": "listing-heading",
		"data-testid": "listing-summary",
		children: [
			jsx("h2", {
				id: "listing-heading",
				class: "font-semibold text-slate-900",
				children: dash_listing()
			}),
			jsxs("dl", {
				class: "mt-4 grid gap-3 text-sm",
				children: [
					row(search_specialty_label(), p?.specialty ? p.specialtyName : dash_not_chosen(), "specialty"),
					row(dash_fee(), p?.feePaise ? dash_fee_plus_gst({ fee: formatInr(p.feePaise) }) : dash_not_set(), "fee"),
					row(dash_bookings(), p?.available ? dash_open() : dash_paused(), "available")
				]
			}),
			jsx("a", {
				href: "/account/doctor/",
				class: "btn-secondary mt-5 w-full",
				children: dash_edit_profile()
			})
		]
	});
}
function PatientAside({ me }) {
	const missing = [];
	if (!me.phone) missing.push(missing_phone());
	if (!me.dateOfBirth) missing.push(missing_dob());
	if (!me.address) missing.push(missing_address());
	return jsxs("aside", {
		class: "grid gap-6",
		children: [missing.length > 0 && jsxs("section", {
			class: "card p-6",
			"aria-labelledby": "profile-nudge-heading",
			"data-testid": "profile-nudge",
			children: [
				jsx("h2", {
					id: "profile-nudge-heading",
					class: "font-semibold text-slate-900",
					children: dash_complete_profile()
				}),
				jsx("p", {
					class: "mt-2 text-sm leading-6 text-slate-600",
					children: dash_nudge({ missing: listOf(missing) })
				}),
				jsxs("a", {
					href: "/account/edit/",
					class: "btn-secondary mt-4 w-full",
					children: [
						jsx(Icon, {
							shape: pencil,
							class: "size-4"
						}),
						" ",
						dash_add_details()
					]
				})
			]
		}), jsxs("section", {
			class: "rounded-2xl border border-accent-200 bg-accent-50 p-6 text-sm leading-6 text-accent-900",
			"aria-labelledby": "emergency-heading",
			children: [jsxs("h2", {
				id: "emergency-heading",
				class: "flex items-center gap-2 font-semibold",
				children: [
					jsx(Icon, {
						shape: phone,
						class: "size-4 text-accent-700"
					}),
					" ",
					dash_not_emergencies()
				]
			}), jsx("p", {
				class: "mt-2",
				children: dash_emergency_text()
			})]
		})]
	});
}
function Page({ me }) {
	const doctor = me.role === "doctor";
	return jsxs("div", {
		"data-dashboard": me.role,
		"data-testid": doctor ? "doctor-dashboard" : "patient-dashboard",
		children: [jsx("section", {
			class: "hero border-b border-brand-100",
			children: jsxs("div", {
				class: "container-page py-8 sm:py-10",
				children: [
					jsx("p", {
						class: "eyebrow",
						children: doctor ? dash_doctor_eyebrow() : dash_patient_eyebrow()
					}),
					jsx("h1", {
						class: "mt-1 text-2xl font-bold tracking-tight text-slate-900 sm:text-3xl",
						"data-testid": "greeting",
						children: `${greeting()}, ${doctor ? `Dr. ${me.lastName}` : me.firstName}`
					}),
					jsx("p", {
						class: "mt-2 max-w-2xl text-slate-600",
						children: doctor ? dash_doctor_lead() : dash_patient_lead()
					}),
					doctor && me.doctorProfile && jsx("div", {
						class: "mt-6",
						children: jsx(VerificationBanner, { profile: me.doctorProfile })
					}),
					jsx("ul", {
						class: "mt-6 grid gap-4 sm:grid-cols-3",
						"aria-label": dash_quick_actions(),
						children: doctor ? jsxs(Fragment, { children: [
							jsx(QuickAction, {
								primary: true,
								href: "/doctor/availability/",
								icon: calendar,
								title: appts_set_availability_short(),
								text: dash_qa_availability(),
								testid: "action-availability"
							}),
							jsx(QuickAction, {
								href: "/account/doctor/",
								icon: stethoscope,
								title: dash_edit_profile(),
								text: dash_qa_doctor_profile(),
								testid: "action-doctor-profile"
							}),
							jsx(QuickAction, {
								href: "/account/",
								icon: user,
								title: dash_your_account(),
								text: dash_qa_account(),
								testid: "action-account"
							})
						] }) : jsxs(Fragment, { children: [
							jsx(QuickAction, {
								primary: true,
								href: "/doctors/",
								icon: userSearch,
								title: nav_find_doctor(),
								text: dash_qa_find(),
								testid: "action-find-doctor"
							}),
							jsx(QuickAction, {
								href: "/appointments/",
								icon: calendar,
								title: nav_my_appointments(),
								text: dash_qa_appointments(),
								testid: "action-appointments"
							}),
							jsx(QuickAction, {
								href: "/account/",
								icon: user,
								title: dash_your_profile(),
								text: dash_qa_profile(),
								testid: "action-account"
							})
						] })
					})
				]
			})
		}), jsxs("div", {
			class: "container-page grid gap-6 py-8 sm:py-10 lg:grid-cols-[2fr_1fr] lg:items-start",
			children: [jsx(UpcomingPanel, { me }), doctor ? jsx(Listing, { me }) : jsx(PatientAside, { me })]
		})]
	});
}
function Dashboard({ role }) {
	return jsx(Protected, {
		roles: [role],
		children: (me) => jsx(Page, { me })
	});
}
export { dash_doctor_eyebrow as n, Dashboard as t };
