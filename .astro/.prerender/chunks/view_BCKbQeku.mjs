import { $ as clock, H as languages, at as building, b as userSearch, ft as renderScript, ht as __exportAll, it as calendar, lt as arrowLeft, mt as createComponent, o as pageHref, ot as briefcase, st as badgeCheck, z as logIn } from "./skip_to_content_DtyEdUnf.mjs";
import { a as renderComponent, d as renderTemplate } from "./server_DkXzZEFQ.mjs";
import { A as $$Island, D as listOf, a as loginUrl, b as footer_create_account, c as ApiError, h as nav_find_doctor, i as getMeIfSignedIn, k as Icon, l as api, t as $$Base, w as formatInr } from "./Base_BSFoRxR2.mjs";
import { t as book_reason_count } from "./book_reason_count_BBMzABaW.mjs";
import { t as book_zone_note } from "./book_zone_note_B8nFrpxl.mjs";
import { t as count_slots } from "./count_slots_Bw_DNeul.mjs";
import { t as Button } from "./Button_CN07y6wQ.mjs";
import { a as DoctorFact, c as doctor_languages_label, l as doctor_hospital_label, n as DoctorAvatar, s as experienceText, t as AvailabilityPill } from "./DoctorCard_DfVKwrlj.mjs";
import { t as doctor_experience_label } from "./doctor_experience_label_toRYofpZ.mjs";
import { t as doctor_fee_label } from "./doctor_fee_label_aizMy9sP.mjs";
import { t as Field } from "./Field_BwHk3La6.mjs";
import { t as problem_generic } from "./problem_generic_D6AyibR1.mjs";
import { t as FormError } from "./FormError_CFR7y0xy.mjs";
import { t as search_results_all } from "./search_results_all_c48zlU73.mjs";
import { t as search_specialty_label } from "./search_specialty_label_WXmkeNYq.mjs";
import { t as Notice } from "./Notice_PVZELjfy.mjs";
import { n as ErrorState, t as EmptyState } from "./States_D_beH2ie.mjs";
import { n as doctor_education_label, r as doctor_clinic_label, t as priceWithGst } from "./price_DbeCp5Vj.mjs";
import { a as formatDay, c as formatTimeRange, f as relativeDayName, g as ymdIn, m as viewerZone, p as sameZone, r as describeTimeZone, s as formatTime, t as addDaysYmd } from "./zoned_CWcmEh3i.mjs";
import { t as Tabs } from "./Tabs_Z9oVysre.mjs";
import { Fragment, jsx, jsxs } from "preact/jsx-runtime";
import { useEffect, useRef, useState } from "preact/hooks";
import { useSignal } from "@preact/signals";
// web/src/paraglide/messages/book_busy.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Book_BusyInputs */
var en_book_busy = () => {
	return `Booking…`;
};
/**

* @param {Book_BusyInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var book_busy = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_book_busy(inputs);
};
// web/src/paraglide/messages/book_chosen.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ when: NonNullable<unknown> }} Book_ChosenInputs */
var en_book_chosen = (i) => {
	return `Chosen: ${i?.when}. Now tell the doctor why you are booking.`;
};
/**

* @param {Book_ChosenInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var book_chosen = (inputs, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_book_chosen(inputs);
};
// web/src/paraglide/messages/book_chosen_sign_in.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ when: NonNullable<unknown> }} Book_Chosen_Sign_InInputs */
var en_book_chosen_sign_in = (i) => {
	return `Chosen: ${i?.when}. Sign in to book it.`;
};
/**

* @param {Book_Chosen_Sign_InInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var book_chosen_sign_in = (inputs, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_book_chosen_sign_in(inputs);
};
// web/src/paraglide/messages/book_days_label.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Book_Days_LabelInputs */
var en_book_days_label = () => {
	return `Days`;
};
/**

* @param {Book_Days_LabelInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var book_days_label = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_book_days_label(inputs);
};
// web/src/paraglide/messages/book_doctor_unavailable.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ name: NonNullable<unknown> }} Book_Doctor_UnavailableInputs */
var en_book_doctor_unavailable = (i) => {
	return `${i?.name} is not taking new bookings right now.`;
};
/**

* @param {Book_Doctor_UnavailableInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var book_doctor_unavailable = (inputs, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_book_doctor_unavailable(inputs);
};
// web/src/paraglide/messages/book_find_another.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Book_Find_AnotherInputs */
var en_book_find_another = () => {
	return `Find another doctor`;
};
/**

* @param {Book_Find_AnotherInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var book_find_another = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_book_find_another(inputs);
};
// web/src/paraglide/messages/book_heading.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Book_HeadingInputs */
var en_book_heading = () => {
	return `Choose a time`;
};
/**

* @param {Book_HeadingInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var book_heading = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_book_heading(inputs);
};
// web/src/paraglide/messages/book_hold_note.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Book_Hold_NoteInputs */
var en_book_hold_note = () => {
	return `We hold this time for you for 15 minutes while you pay. Nothing is charged until you pay.`;
};
/**

* @param {Book_Hold_NoteInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var book_hold_note = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_book_hold_note(inputs);
};
// web/src/paraglide/messages/book_no_slots_text.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ name: NonNullable<unknown> }} Book_No_Slots_TextInputs */
var en_book_no_slots_text = (i) => {
	return `${i?.name} has no free consultation times in the next 7 days. Check again soon, or see other doctors.`;
};
/**

* @param {Book_No_Slots_TextInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var book_no_slots_text = (inputs, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_book_no_slots_text(inputs);
};
// web/src/paraglide/messages/book_no_slots_title.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Book_No_Slots_TitleInputs */
var en_book_no_slots_title = () => {
	return `No free times this week`;
};
/**

* @param {Book_No_Slots_TitleInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var book_no_slots_title = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_book_no_slots_title(inputs);
};
// web/src/paraglide/messages/book_no_times_day.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ day: NonNullable<unknown> }} Book_No_Times_DayInputs */
var en_book_no_times_day = (i) => {
	return `No free times on ${i?.day}.`;
};
/**

* @param {Book_No_Times_DayInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var book_no_times_day = (inputs, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_book_no_times_day(inputs);
};
// web/src/paraglide/messages/book_none.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Book_NoneInputs */
var en_book_none = () => {
	return `None`;
};
/**

* @param {Book_NoneInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var book_none = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_book_none(inputs);
};
// web/src/paraglide/messages/book_patients_only.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Book_Patients_OnlyInputs */
var en_book_patients_only = () => {
	return `Only patients can book consultations.`;
};
/**

* @param {Book_Patients_OnlyInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var book_patients_only = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_book_patients_only(inputs);
};
// web/src/paraglide/messages/book_patients_only_admin.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Book_Patients_Only_AdminInputs */
var en_book_patients_only_admin = () => {
	return `You are signed in with an admin account, so these times are shown for information.`;
};
/**

* @param {Book_Patients_Only_AdminInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var book_patients_only_admin = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_book_patients_only_admin(inputs);
};
// web/src/paraglide/messages/book_patients_only_doctor.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Book_Patients_Only_DoctorInputs */
var en_book_patients_only_doctor = () => {
	return `You are signed in with a doctor account, so these times are shown for information.`;
};
/**

* @param {Book_Patients_Only_DoctorInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var book_patients_only_doctor = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_book_patients_only_doctor(inputs);
};
// web/src/paraglide/messages/book_reason_hint.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Book_Reason_HintInputs */
var en_book_reason_hint = () => {
	return `Your symptoms or question, in a sentence or two. Only your doctor sees this.`;
};
/**

* @param {Book_Reason_HintInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var book_reason_hint = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_book_reason_hint(inputs);
};
// web/src/paraglide/messages/book_reason_label.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Book_Reason_LabelInputs */
var en_book_reason_label = () => {
	return `Why are you booking?`;
};
/**

* @param {Book_Reason_LabelInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var book_reason_label = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_book_reason_label(inputs);
};
// web/src/paraglide/messages/book_reason_missing.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Book_Reason_MissingInputs */
var en_book_reason_missing = () => {
	return `Tell the doctor briefly why you are booking.`;
};
/**

* @param {Book_Reason_MissingInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var book_reason_missing = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_book_reason_missing(inputs);
};
// web/src/paraglide/messages/book_reason_short.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Book_Reason_ShortInputs */
var en_book_reason_short = () => {
	return `Tell the doctor briefly why you are booking (at least 3 characters).`;
};
/**

* @param {Book_Reason_ShortInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var book_reason_short = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_book_reason_short(inputs);
};
// web/src/paraglide/messages/book_sign_in.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Book_Sign_InInputs */
var en_book_sign_in = () => {
	return `Sign in to book`;
};
/**

* @param {Book_Sign_InInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var book_sign_in = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_book_sign_in(inputs);
};
// web/src/paraglide/messages/book_sign_in_text.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Book_Sign_In_TextInputs */
var en_book_sign_in_text = () => {
	return `Sign in with your patient account to book this time. We will bring you back here.`;
};
/**

* @param {Book_Sign_In_TextInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var book_sign_in_text = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_book_sign_in_text(inputs);
};
// web/src/paraglide/messages/book_slot_gone.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Book_Slot_GoneInputs */
var en_book_slot_gone = () => {
	return `The time you chose is no longer free. Please choose another.`;
};
/**

* @param {Book_Slot_GoneInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var book_slot_gone = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_book_slot_gone(inputs);
};
// web/src/paraglide/messages/book_slot_past.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Book_Slot_PastInputs */
var en_book_slot_past = () => {
	return `That time has just passed. Please choose a later time.`;
};
/**

* @param {Book_Slot_PastInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var book_slot_past = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_book_slot_past(inputs);
};
// web/src/paraglide/messages/book_slot_taken.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Book_Slot_TakenInputs */
var en_book_slot_taken = () => {
	return `This slot was just taken by someone else. Please choose another time.`;
};
/**

* @param {Book_Slot_TakenInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var book_slot_taken = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_book_slot_taken(inputs);
};
// web/src/paraglide/messages/book_submit.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Book_SubmitInputs */
var en_book_submit = () => {
	return `Book this time`;
};
/**

* @param {Book_SubmitInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var book_submit = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_book_submit(inputs);
};
// web/src/paraglide/messages/book_your_time.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Book_Your_TimeInputs */
var en_book_your_time = () => {
	return `Your chosen time`;
};
/**

* @param {Book_Your_TimeInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var book_your_time = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_book_your_time(inputs);
};
// web/src/paraglide/messages/book_zone_doctor.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ name: NonNullable<unknown>, zone: NonNullable<unknown> }} Book_Zone_DoctorInputs */
var en_book_zone_doctor = (i) => {
	return `${i?.name} works in ${i?.zone}.`;
};
/**

* @param {Book_Zone_DoctorInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var book_zone_doctor = (inputs, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_book_zone_doctor(inputs);
};
// web/src/paraglide/messages/doctor_about.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ name: NonNullable<unknown> }} Doctor_AboutInputs */
var en_doctor_about = (i) => {
	return `About ${i?.name}`;
};
/**

* @param {Doctor_AboutInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var doctor_about = (inputs, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_doctor_about(inputs);
};
// web/src/paraglide/messages/doctor_checked_note.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Doctor_Checked_NoteInputs */
var en_doctor_checked_note = () => {
	return `Our medical team checked this doctor's registration with the medical council before listing them.`;
};
/**

* @param {Doctor_Checked_NoteInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var doctor_checked_note = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_doctor_checked_note(inputs);
};
// web/src/paraglide/messages/doctor_description.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Doctor_DescriptionInputs */
var en_doctor_description = () => {
	return `A verified doctor's profile, fee and free consultation times on Chikitsa360.`;
};
/**

* @param {Doctor_DescriptionInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var doctor_description = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_doctor_description(inputs);
};
// web/src/paraglide/messages/doctor_error_title.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Doctor_Error_TitleInputs */
var en_doctor_error_title = () => {
	return `We could not load this doctor`;
};
/**

* @param {Doctor_Error_TitleInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var doctor_error_title = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_doctor_error_title(inputs);
};
// web/src/paraglide/messages/doctor_fee_total.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ gst: NonNullable<unknown>, total: NonNullable<unknown> }} Doctor_Fee_TotalInputs */
var en_doctor_fee_total = (i) => {
	return `+ 18% GST ${i?.gst} = ${i?.total} in total`;
};
/**

* @param {Doctor_Fee_TotalInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var doctor_fee_total = (inputs, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_doctor_fee_total(inputs);
};
// web/src/paraglide/messages/doctor_loading.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Doctor_LoadingInputs */
var en_doctor_loading = () => {
	return `Loading the doctor's profile…`;
};
/**

* @param {Doctor_LoadingInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var doctor_loading = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_doctor_loading(inputs);
};
// web/src/paraglide/messages/doctor_missing_gone.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Doctor_Missing_GoneInputs */
var en_doctor_missing_gone = () => {
	return `This doctor is not listed on Chikitsa360 any more, or the link is mistyped.`;
};
/**

* @param {Doctor_Missing_GoneInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var doctor_missing_gone = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_doctor_missing_gone(inputs);
};
// web/src/paraglide/messages/doctor_missing_link.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Doctor_Missing_LinkInputs */
var en_doctor_missing_link = () => {
	return `The link may be old or mistyped. Search our verified doctors instead.`;
};
/**

* @param {Doctor_Missing_LinkInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var doctor_missing_link = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_doctor_missing_link(inputs);
};
// web/src/paraglide/messages/doctor_missing_title.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Doctor_Missing_TitleInputs */
var en_doctor_missing_title = () => {
	return `We could not find this doctor`;
};
/**

* @param {Doctor_Missing_TitleInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var doctor_missing_title = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_doctor_missing_title(inputs);
};
// web/src/paraglide/messages/doctor_no_bio.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ name: NonNullable<unknown> }} Doctor_No_BioInputs */
var en_doctor_no_bio = (i) => {
	return `${i?.name} has not written an introduction yet.`;
};
/**

* @param {Doctor_No_BioInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var doctor_no_bio = (inputs, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_doctor_no_bio(inputs);
};
// web/src/paraglide/messages/doctor_page_title.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Doctor_Page_TitleInputs */
var en_doctor_page_title = () => {
	return `Doctor profile`;
};
/**

* @param {Doctor_Page_TitleInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var doctor_page_title = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_doctor_page_title(inputs);
};
// web/src/paraglide/messages/doctor_registration_checked.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Doctor_Registration_CheckedInputs */
var en_doctor_registration_checked = () => {
	return `Checked by our team`;
};
/**

* @param {Doctor_Registration_CheckedInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var doctor_registration_checked = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_doctor_registration_checked(inputs);
};
// web/src/paraglide/messages/doctor_registration_label.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Doctor_Registration_LabelInputs */
var en_doctor_registration_label = () => {
	return `Registration number`;
};
/**

* @param {Doctor_Registration_LabelInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var doctor_registration_label = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_doctor_registration_label(inputs);
};
// web/src/paraglide/messages/doctor_see_times.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Doctor_See_TimesInputs */
var en_doctor_see_times = () => {
	return `See free times`;
};
/**

* @param {Doctor_See_TimesInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var doctor_see_times = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_doctor_see_times(inputs);
};
// web/src/paraglide/messages/doctor_speaks.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ languages: NonNullable<unknown> }} Doctor_SpeaksInputs */
var en_doctor_speaks = (i) => {
	return `Speaks ${i?.languages}`;
};
/**

* @param {Doctor_SpeaksInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var doctor_speaks = (inputs, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_doctor_speaks(inputs);
};
// web/src/paraglide/messages/period_afternoon.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Period_AfternoonInputs */
var en_period_afternoon = () => {
	return `Afternoon`;
};
/**

* @param {Period_AfternoonInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var period_afternoon = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_period_afternoon(inputs);
};
// web/src/paraglide/messages/period_evening.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Period_EveningInputs */
var en_period_evening = () => {
	return `Evening`;
};
/**

* @param {Period_EveningInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var period_evening = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_period_evening(inputs);
};
// web/src/paraglide/messages/period_morning.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Period_MorningInputs */
var en_period_morning = () => {
	return `Morning`;
};
/**

* @param {Period_MorningInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var period_morning = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_period_morning(inputs);
};
// web/src/islands/doctor/DayPicker.tsx
/**
* The doctor's free times as day tabs (today and the next days, with each day's count) and, for the
* chosen day, the times grouped into morning, afternoon and evening. Days are in the viewer's zone.
*/
var whenText = (slot, zone) => `${formatDay(ymdIn(slot.startAt, zone), "long")}, ${formatTimeRange(slot.startAt, slot.endAt, zone)}`;
function period(iso, zone) {
	const hour = Number(new Intl.DateTimeFormat("en-GB", {
		hour: "2-digit",
		hourCycle: "h23",
		timeZone: zone
	}).format(new Date(iso)));
	return hour < 12 ? period_morning() : hour < 17 ? period_afternoon() : period_evening();
}
function DayPicker({ slots, zone, selectedId, wantedDay, disabled, onChoose }) {
	const today = ymdIn(/* @__PURE__ */ new Date(), zone);
	const byDay = /* @__PURE__ */ new Map();
	for (const s of slots) {
		const day = ymdIn(s.startAt, zone);
		byDay.set(day, [...byDay.get(day) ?? [], s]);
	}
	const lastDay = [...byDay.keys()].sort().at(-1) ?? today;
	const days = [];
	for (let d = today; d <= lastDay || days.length < 7; d = addDaysYmd(d, 1)) days.push(d);
	const initial = () => {
		const wanted = days.findIndex((d) => d === wantedDay && byDay.has(d));
		return wanted >= 0 ? wanted : Math.max(0, days.findIndex((d) => byDay.has(d)));
	};
	const [index, setIndex] = useState(initial);
	useEffect(() => setIndex(initial()), [slots, wantedDay]);
	useEffect(() => {
		const tab = document.getElementById(`day-tab-${index}`);
		const list = tab?.parentElement;
		if (tab && list) list.scrollLeft += tab.getBoundingClientRect().left - list.getBoundingClientRect().left - 8;
	}, []);
	const day = days[index] ?? today;
	const daySlots = byDay.get(day) ?? [];
	const groups = /* @__PURE__ */ new Map();
	for (const s of daySlots) {
		const name = period(s.startAt, zone);
		groups.set(name, [...groups.get(name) ?? [], s]);
	}
	return jsxs(Fragment, { children: [jsx(Tabs, {
		label: book_days_label(),
		testid: "day-tabs",
		class: "-mx-1 flex snap-x gap-2 overflow-x-auto px-1 pt-1 pb-2",
		tabClass: "flex min-w-[4.75rem] shrink-0 snap-start flex-col items-center rounded-xl border border-slate-200 bg-white px-2 py-2 text-center text-slate-700 transition-colors hover:border-brand-300 aria-selected:border-brand-700 aria-selected:bg-brand-700 aria-selected:text-white",
		selected: index,
		onSelect: setIndex,
		panelId: (i) => `day-panel-${i}`,
		tabs: days.map((d, i) => {
			const count = byDay.get(d)?.length ?? 0;
			return {
				id: `day-tab-${i}`,
				attrs: {
					"data-testid": "day-tab",
					"data-day": d,
					"data-count": String(count)
				},
				label: jsxs(Fragment, { children: [
					jsx("span", {
						class: "text-xs font-semibold",
						children: relativeDayName(d, today)
					}),
					jsx("span", {
						class: "text-base leading-6 font-bold",
						children: formatDay(d).replace(/^\w+,\s*/, "")
					}),
					jsx("span", {
						class: "text-xs",
						children: count ? count_slots({ count }) : book_none()
					})
				] })
			};
		})
	}), jsx("div", {
		id: `day-panel-${index}`,
		role: "tabpanel",
		"aria-labelledby": `day-tab-${index}`,
		tabIndex: daySlots.length ? void 0 : 0,
		class: "mt-4",
		"data-testid": "day-panel",
		"data-day": day,
		children: daySlots.length ? [...groups].map(([name, list]) => jsxs("div", {
			class: "mt-3 first:mt-0",
			role: "group",
			"aria-label": `${name}, ${formatDay(day, "long")}`,
			children: [jsx("p", {
				class: "text-xs font-semibold tracking-wide text-slate-600 uppercase",
				children: name
			}), jsx("div", {
				class: "mt-2 grid grid-cols-3 gap-2 sm:grid-cols-4 lg:grid-cols-3",
				children: list.map((slot) => jsx("button", {
					type: "button",
					class: "min-h-11 rounded-lg border border-brand-200 bg-white px-2 text-sm font-semibold text-brand-800 tabular-nums transition-colors hover:border-brand-400 hover:bg-brand-50 aria-pressed:border-brand-700 aria-pressed:bg-brand-700 aria-pressed:text-white disabled:cursor-not-allowed disabled:border-slate-200 disabled:bg-slate-50 disabled:text-slate-600",
					"aria-pressed": selectedId === slot.id,
					"aria-label": `${formatTime(slot.startAt, zone)}, ${formatDay(ymdIn(slot.startAt, zone), "long")}`,
					disabled,
					"data-testid": "slot",
					"data-slot-id": slot.id,
					"data-start": slot.startAt,
					onClick: () => onChoose(slot),
					children: formatTime(slot.startAt, zone)
				}, slot.id))
			})]
		}, name)) : jsx("p", {
			class: "rounded-lg bg-slate-50 px-4 py-6 text-center text-sm text-slate-600",
			children: book_no_times_day({ day: formatDay(day, "long") })
		})
	})] });
}
// web/src/islands/doctor/DoctorProfile.tsx
/**
* /doctors/view/?id=: a verified doctor's profile and free times for the next 7 days, grouped by day
* in the VIEWER's time zone (a patient abroad sees their own clock), and booking: choose a time, say
* why, and the slot is held while the patient pays. Signed-out visitors sign in first and come back
* to the same time; doctors and admins can look but not book.
*/
var REASON_MAX = 1e3;
function Detail({ label, value, testid }) {
	return jsxs("div", {
		class: "border-t border-slate-100 pt-4",
		children: [jsx("dt", {
			class: "text-sm text-slate-600",
			children: label
		}), jsx("dd", {
			class: "mt-1 font-medium break-words text-slate-900",
			"data-testid": testid,
			children: value
		})]
	});
}
function DoctorProfile() {
	const load = useSignal({ state: "loading" });
	const me = useSignal(null);
	const slots = useSignal([]);
	const selected = useSignal(null);
	const keepDay = useSignal(null);
	const reason = useSignal("");
	const reasonError = useSignal(null);
	const formError = useSignal(null);
	const slotNote = useSignal(null);
	const busy = useSignal(false);
	const announce = useSignal("");
	const zone = useRef("Asia/Kolkata");
	const doctorId = useRef("");
	const reasonBox = useRef(null);
	const signInLink = useRef(null);
	const noteBox = useRef(null);
	const errorBox = useRef(null);
	const canBook = () => !me.value || me.value.role === "patient";
	const backHere = (slotId) => `/doctors/view/?id=${encodeURIComponent(doctorId.current)}${slotId ? `&slot=${encodeURIComponent(slotId)}` : ""}`;
	function choose(slot) {
		selected.value = slot;
		reasonError.value = null;
		formError.value = null;
		const when = whenText(slot, zone.current);
		announce.value = me.value ? book_chosen({ when }) : book_chosen_sign_in({ when });
		requestAnimationFrame(() => (me.value ? reasonBox.current : signInLink.current)?.focus());
	}
	async function fetchDoctor() {
		const params = new URLSearchParams(window.location.search);
		doctorId.current = (params.get("id") ?? "").trim();
		load.value = { state: "loading" };
		if (!/^[0-9a-f-]{36}$/i.test(doctorId.current)) {
			load.value = {
				state: "missing",
				message: doctor_missing_link()
			};
			return;
		}
		try {
			const [payload, viewer] = await Promise.all([api.call("getDoctor", { params: { id: doctorId.current } }), getMeIfSignedIn().catch(() => null)]);
			me.value = viewer;
			slots.value = payload.slots;
			document.title = `${payload.doctor.name}, ${payload.doctor.specialtyName} · Chikitsa360`;
			load.value = {
				state: "ready",
				payload
			};
			const wanted = params.get("slot");
			if (wanted && canBook()) {
				const slot = payload.slots.find((s) => s.id === wanted);
				if (slot) choose(slot);
				else if (viewer) slotNote.value = {
					testid: "slot-gone",
					tone: "warning",
					text: book_slot_gone()
				};
			}
		} catch (err) {
			load.value = err instanceof ApiError && err.status === 404 ? {
				state: "missing",
				message: doctor_missing_gone()
			} : {
				state: "error",
				message: err instanceof ApiError ? err.message : problem_generic()
			};
		}
	}
	/** The chosen time was taken or has passed: reload the times, keep the day, say so. */
	async function slotLost(message) {
		const gone = selected.value;
		keepDay.value = gone ? ymdIn(gone.startAt, zone.current) : null;
		selected.value = null;
		slots.value = slots.value.filter((s) => s.id !== gone?.id);
		try {
			slots.value = (await api.call("getDoctor", { params: { id: doctorId.current } })).slots;
		} catch {}
		slotNote.value = {
			testid: "slot-taken",
			tone: "error",
			text: message
		};
		requestAnimationFrame(() => noteBox.current?.focus());
	}
	async function book(event) {
		event.preventDefault();
		const text = reason.value.trim();
		const invalid = !text ? book_reason_missing() : text.length < 3 ? book_reason_short() : null;
		reasonError.value = invalid;
		formError.value = null;
		if (invalid) {
			reasonBox.current?.focus();
			return;
		}
		const slot = selected.value;
		if (!slot) return;
		busy.value = true;
		try {
			const { appointment } = await api.call("book", { body: {
				slotId: slot.id,
				reason: text
			} });
			window.location.assign(pageHref(`/appointments/view/?id=${encodeURIComponent(appointment.id)}&booked=1`));
			return;
		} catch (err) {
			busy.value = false;
			if (!(err instanceof ApiError)) throw err;
			if (err.status === 401) {
				window.location.assign(loginUrl(backHere(slot.id)));
				return;
			}
			if (err.code === "slot_taken" || err.code === "slot_past" || err.status === 404) {
				slotLost(err.code === "slot_past" ? book_slot_past() : book_slot_taken());
				return;
			}
			const field = err.fieldError("reason");
			if (field) {
				reasonError.value = field;
				reasonBox.current?.focus();
			} else {
				formError.value = err.message;
				requestAnimationFrame(() => errorBox.current?.focus());
			}
		}
	}
	useEffect(() => {
		zone.current = viewerZone();
		fetchDoctor();
	}, []);
	const l = load.value;
	if (l.state === "loading") return jsxs("div", {
		"data-state": "loading",
		"aria-busy": "true",
		children: [
			jsx("p", {
				class: "sr-only",
				role: "status",
				children: doctor_loading()
			}),
			jsx("section", {
				class: "hero border-b border-brand-100",
				"aria-hidden": "true",
				children: jsxs("div", {
					class: "container-page py-8 sm:py-10",
					children: [jsx("div", { class: "skeleton h-4 w-24" }), jsxs("div", {
						class: "mt-6 flex items-center gap-5",
						children: [jsx("div", { class: "skeleton size-20 rounded-full" }), jsxs("div", {
							class: "flex-1",
							children: [jsx("div", { class: "skeleton h-8 w-72 max-w-full" }), jsx("div", { class: "skeleton mt-3 h-4 w-40" })]
						})]
					})]
				})
			}),
			jsxs("div", {
				class: "container-page grid gap-6 py-8 lg:grid-cols-[1fr_26rem]",
				"aria-hidden": "true",
				children: [jsxs("div", {
					class: "card p-6",
					children: [
						jsx("div", { class: "skeleton h-5 w-40" }),
						jsx("div", { class: "skeleton mt-5 h-4 w-full" }),
						jsx("div", { class: "skeleton mt-3 h-4 w-5/6" })
					]
				}), jsxs("div", {
					class: "card p-6",
					children: [jsx("div", { class: "skeleton h-6 w-32" }), jsx("div", { class: "skeleton mt-5 h-10 w-full rounded-lg" })]
				})]
			})
		]
	});
	if (l.state !== "ready") return jsx("div", {
		"data-state": "error",
		class: "container-page py-16",
		children: jsx("div", {
			class: "mx-auto max-w-lg",
			children: l.state === "missing" ? jsx(EmptyState, {
				icon: userSearch,
				title: doctor_missing_title(),
				text: l.message,
				link: {
					href: pageHref("/doctors/"),
					label: nav_find_doctor(),
					primary: true
				},
				testid: "doctor-not-found"
			}) : jsx(ErrorState, {
				title: doctor_error_title(),
				message: l.message,
				retryTestid: "retry-doctor",
				onRetry: () => void fetchDoctor()
			})
		})
	});
	const d = l.payload.doctor;
	const price = priceWithGst(d.feePaise);
	const bio = d.bio.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);
	const viewer = me.value;
	const sel = selected.value;
	return jsxs("div", {
		"data-state": "ready",
		children: [
			jsx("p", {
				class: "sr-only",
				role: "status",
				"aria-live": "polite",
				children: announce.value
			}),
			jsx("section", {
				class: "hero border-b border-brand-100",
				children: jsxs("div", {
					class: "container-page py-8 sm:py-10",
					children: [
						jsxs("a", {
							href: pageHref("/doctors/"),
							class: "inline-flex items-center gap-1.5 rounded text-sm font-semibold text-brand-700 hover:text-brand-800",
							children: [
								jsx(Icon, {
									shape: arrowLeft,
									class: "size-4"
								}),
								" ",
								search_results_all()
							]
						}),
						jsxs("div", {
							class: "mt-5 flex flex-col gap-5 sm:flex-row sm:items-center",
							children: [
								jsx(DoctorAvatar, {
									doctor: d,
									size: "size-20 text-2xl"
								}),
								jsxs("div", {
									class: "min-w-0 flex-1",
									children: [
										jsx("h1", {
											class: "text-2xl font-bold tracking-tight break-words text-slate-900 sm:text-3xl",
											"data-testid": "doctor-profile-name",
											children: d.name
										}),
										jsx("p", {
											class: "mt-1 font-medium text-brand-700",
											"data-testid": "doctor-profile-specialty",
											children: d.specialtyName
										}),
										jsx(AvailabilityPill, { available: d.available })
									]
								}),
								jsxs("a", {
									href: "#book-heading",
									class: "btn-primary self-start sm:self-center lg:hidden",
									"data-testid": "jump-to-times",
									children: [
										jsx(Icon, {
											shape: calendar,
											class: "size-4"
										}),
										" ",
										doctor_see_times()
									]
								})
							]
						}),
						jsx("dl", {
							class: "mt-6 flex flex-wrap gap-x-8 gap-y-3",
							children: [
								[
									briefcase,
									doctor_experience_label(),
									experienceText(d.experienceYears)
								],
								...d.languages.length ? [[
									languages,
									doctor_languages_label(),
									doctor_speaks({ languages: listOf(d.languages) })
								]] : [],
								...d.hospital ? [[
									building,
									doctor_hospital_label(),
									d.hospital
								]] : []
							].map(([icon, label, value]) => jsx(DoctorFact, {
								icon,
								label,
								class: "flex items-center gap-2 text-sm text-slate-700",
								iconClass: "size-4 shrink-0 text-brand-700",
								children: value
							}, label))
						})
					]
				})
			}),
			jsxs("div", {
				class: "container-page grid gap-6 py-8 sm:py-10 lg:grid-cols-[1fr_27rem] lg:items-start",
				children: [jsxs("section", {
					class: "card min-w-0 p-6 sm:p-8",
					"aria-labelledby": "about-heading",
					"data-testid": "doctor-about",
					children: [
						jsx("h2", {
							id: "about-heading",
							class: "text-lg font-semibold text-slate-900",
							children: doctor_about({ name: d.name })
						}),
						jsx("div", {
							class: "mt-3 space-y-3 leading-7 break-words text-slate-700",
							children: bio.length ? bio.map((p) => jsx("p", { children: p }, p)) : jsx("p", {
								class: "text-slate-600",
								children: doctor_no_bio({ name: d.name })
							})
						}),
						jsxs("dl", {
							class: "mt-6 grid gap-x-8 gap-y-5 sm:grid-cols-2",
							children: [
								jsx(Detail, {
									label: search_specialty_label(),
									value: d.specialtyName
								}),
								jsx(Detail, {
									label: doctor_experience_label(),
									value: experienceText(d.experienceYears)
								}),
								jsx(Detail, {
									label: doctor_registration_label(),
									value: d.registrationNumber || doctor_registration_checked(),
									testid: "registration-number"
								}),
								d.education && jsx(Detail, {
									label: doctor_education_label(),
									value: d.education,
									testid: "education"
								}),
								d.languages.length > 0 && jsx(Detail, {
									label: doctor_languages_label(),
									value: listOf(d.languages)
								}),
								d.hospital && jsx(Detail, {
									label: doctor_clinic_label(),
									value: d.hospital
								})
							]
						}),
						jsxs("p", {
							class: "mt-6 flex gap-2 rounded-lg bg-brand-50 px-4 py-3 text-sm text-brand-900",
							children: [jsx(Icon, {
								shape: badgeCheck,
								class: "mt-0.5 size-4 shrink-0 text-brand-700"
							}), jsx("span", { children: doctor_checked_note() })]
						})
					]
				}), jsxs("section", {
					class: "card min-w-0 p-6 sm:p-7 lg:sticky lg:top-20",
					"aria-labelledby": "book-heading",
					"data-testid": "booking-card",
					children: [
						jsxs("div", {
							class: "rounded-xl bg-slate-50 p-4 ring-1 ring-slate-200/80",
							"data-testid": "fee-box",
							children: [
								jsx("p", {
									class: "text-sm text-slate-600",
									children: doctor_fee_label()
								}),
								jsx("p", {
									class: "mt-0.5 text-2xl font-bold text-slate-900",
									"data-testid": "profile-fee",
									children: formatInr(price.basePaise)
								}),
								jsx("p", {
									class: "mt-1 text-sm text-slate-600",
									"data-testid": "profile-fee-total",
									children: doctor_fee_total({
										gst: formatInr(price.gstPaise),
										total: formatInr(price.totalPaise)
									})
								})
							]
						}),
						jsx("h2", {
							id: "book-heading",
							class: "mt-6 text-lg font-semibold text-slate-900",
							children: book_heading()
						}),
						jsxs("p", {
							class: "mt-1 text-sm text-slate-600",
							"data-testid": "zone-note",
							children: [book_zone_note({ zone: describeTimeZone(zone.current) }), !sameZone(d.timeZone, zone.current) && ` ${book_zone_doctor({
								name: d.name,
								zone: describeTimeZone(d.timeZone)
							})}`]
						}),
						jsxs("div", {
							class: "mt-4 grid gap-3",
							children: [
								slotNote.value && jsx(Notice, {
									tone: slotNote.value.tone,
									testid: slotNote.value.testid,
									focusable: true,
									boxRef: noteBox,
									children: slotNote.value.text
								}),
								viewer && viewer.role !== "patient" && jsxs(Notice, {
									tone: "info",
									live: false,
									testid: "patients-only-note",
									children: [jsx("p", {
										class: "font-semibold",
										children: book_patients_only()
									}), jsx("p", { children: viewer.role === "admin" ? book_patients_only_admin() : book_patients_only_doctor() })]
								}),
								!d.available && jsx(Notice, {
									tone: "warning",
									live: false,
									testid: "doctor-unavailable-note",
									children: book_doctor_unavailable({ name: d.name })
								})
							]
						}),
						jsx("div", {
							class: "mt-4",
							"data-testid": "slots",
							children: slots.value.length ? jsx(DayPicker, {
								slots: slots.value,
								zone: zone.current,
								selectedId: sel?.id ?? null,
								wantedDay: keepDay.value ?? (sel ? ymdIn(sel.startAt, zone.current) : new URLSearchParams(window.location.search).get("date")),
								disabled: !canBook(),
								onChoose: choose
							}) : jsx(EmptyState, {
								icon: calendar,
								title: book_no_slots_title(),
								text: book_no_slots_text({ name: d.name }),
								link: {
									href: pageHref("/doctors/"),
									label: book_find_another()
								},
								testid: "no-slots"
							})
						}),
						sel && jsxs("div", {
							class: "mt-5 border-t border-slate-100 pt-5",
							children: [
								jsx("p", {
									class: "text-sm text-slate-600",
									children: book_your_time()
								}),
								jsx("p", {
									class: "mt-0.5 font-semibold text-slate-900",
									"data-testid": "selected-slot",
									children: whenText(sel, zone.current)
								}),
								viewer ? jsxs("form", {
									id: "book-form",
									class: "mt-4 grid gap-4",
									"data-testid": "book-form",
									noValidate: true,
									onSubmit: book,
									children: [
										jsx(FormError, {
											message: formError.value,
											boxRef: errorBox
										}),
										jsx(Field, {
											id: "reason",
											name: "reason",
											as: "textarea",
											label: book_reason_label(),
											hint: book_reason_hint(),
											maxLength: REASON_MAX,
											rows: 4,
											testid: "reason",
											error: reasonError.value,
											describedBy: "reason-count",
											controlRef: reasonBox,
											value: reason.value,
											onInput: (e) => {
												reason.value = e.currentTarget.value;
											},
											after: jsx("p", {
												class: "mt-1 text-right text-xs text-slate-500",
												id: "reason-count",
												"data-testid": "reason-count",
												children: book_reason_count({
													count: reason.value.length.toLocaleString("en-IN"),
													max: REASON_MAX.toLocaleString("en-IN")
												})
											})
										}),
										jsx(Button, {
											type: "submit",
											class: "w-full",
											testid: "book-submit",
											busy: busy.value,
											busyLabel: book_busy(),
											children: book_submit()
										}),
										jsxs("p", {
											class: "flex gap-2 text-sm text-slate-600",
											children: [jsx(Icon, {
												shape: clock,
												class: "mt-0.5 size-4 shrink-0 text-slate-500"
											}), jsx("span", { children: book_hold_note() })]
										})
									]
								}) : jsxs("div", {
									class: "mt-4",
									children: [jsx("p", {
										class: "text-sm text-slate-700",
										children: book_sign_in_text()
									}), jsxs("div", {
										class: "mt-4 grid gap-3 sm:grid-cols-2",
										children: [jsxs("a", {
											href: loginUrl(backHere(sel.id)),
											ref: signInLink,
											class: "btn-primary",
											"data-testid": "sign-in-to-book",
											children: [
												jsx(Icon, {
													shape: logIn,
													class: "size-4"
												}),
												" ",
												book_sign_in()
											]
										}), jsx("a", {
											href: pageHref("/register/"),
											class: "btn-secondary",
											"data-testid": "register-to-book",
											children: footer_create_account()
										})]
									})]
								})
							]
						})
					]
				})]
			})
		]
	});
}
// web/src/pages/doctors/view.astro
var view_exports = /* @__PURE__ */ __exportAll({
	default: () => $$View,
	file: () => $$file,
	url: () => $$url
});
var $$View = createComponent(($$result, $$props, $$slots) => {
	return renderTemplate`${renderComponent($$result, "Base", $$Base, {
		"title": doctor_page_title(),
		"description": doctor_description()
	}, { "default": ($$result) => renderTemplate`${renderComponent($$result, "Island", $$Island, {
		"name": "DoctorProfile",
		"component": DoctorProfile
	})}${renderScript($$result, "/work/wt-hindi/web/src/pages/doctors/view.astro?astro&type=script&index=0&lang.ts")}` })}`;
}, "/work/wt-hindi/web/src/pages/doctors/view.astro", void 0);
var $$file = "/work/wt-hindi/web/src/pages/doctors/view.astro";
var $$url = "/doctors/view";
// \0virtual:astro:page:src/pages/doctors/view@_@astro
var page = () => view_exports;
export { page };
