import { S as trash, ft as renderScript, ht as __exportAll, i as appointmentHref, lt as arrowLeft, mt as createComponent, r as header_dashboard } from "./skip_to_content_DtyEdUnf.mjs";
import { a as renderComponent, d as renderTemplate } from "./server_DkXzZEFQ.mjs";
import { A as $$Island, c as ApiError, g as nav_availability, k as Icon, l as api, t as $$Base } from "./Base_BSFoRxR2.mjs";
import "./AppointmentRow_qRWZXMXq.mjs";
import { t as Button } from "./Button_CN07y6wQ.mjs";
import { t as count_slots } from "./count_slots_Bw_DNeul.mjs";
import { t as ConfirmDialog } from "./Dialog_1MLDI7Ri.mjs";
import { t as FormError } from "./FormError_CFR7y0xy.mjs";
import { t as Notice } from "./Notice_PVZELjfy.mjs";
import { t as Protected } from "./Protected_D2pVYjq-.mjs";
import { t as problem_generic } from "./problem_generic_D6AyibR1.mjs";
import { n as ErrorState, r as Region } from "./States_D_beH2ie.mjs";
import { t as scope_today } from "./scope_today_DuDs4YuR.mjs";
import { n as useForm } from "./useForm_D_rb2N8J.mjs";
import { r as verify_doctor_profile, t as VerificationBanner } from "./VerificationBanner_UnXZBmqZ.mjs";
import { a as formatDay, d as minutesOfDay, g as ymdIn, h as weekdayOf, l as hhmmIn, r as describeTimeZone, s as formatTime, t as addDaysYmd } from "./zoned_CWcmEh3i.mjs";
import { t as plural } from "./registry_BbVT5qhj.mjs";
import { Fragment, jsx, jsxs } from "preact/jsx-runtime";
import { useEffect, useRef, useState } from "preact/hooks";
import { useSignal } from "@preact/signals";
// web/src/paraglide/messages/avail_awaiting_payment.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Avail_Awaiting_PaymentInputs */
var en_avail_awaiting_payment = () => {
	return `, awaiting payment`;
};
/**

* @param {Avail_Awaiting_PaymentInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var avail_awaiting_payment = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_avail_awaiting_payment(inputs);
};
// web/src/paraglide/messages/avail_change_zone.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Avail_Change_ZoneInputs */
var en_avail_change_zone = () => {
	return `Change your time zone`;
};
/**

* @param {Avail_Change_ZoneInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var avail_change_zone = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_avail_change_zone(inputs);
};
// web/src/paraglide/messages/avail_choose_day.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Avail_Choose_DayInputs */
var en_avail_choose_day = () => {
	return `Choose at least one day.`;
};
/**

* @param {Avail_Choose_DayInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var avail_choose_day = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_avail_choose_day(inputs);
};
// web/src/paraglide/messages/avail_clear.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Avail_ClearInputs */
var en_avail_clear = () => {
	return `Clear`;
};
/**

* @param {Avail_ClearInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var avail_clear = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_avail_clear(inputs);
};
// web/src/paraglide/messages/avail_days.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Avail_DaysInputs */
var en_avail_days = () => {
	return `Days`;
};
/**

* @param {Avail_DaysInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var avail_days = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_avail_days(inputs);
};
// web/src/paraglide/messages/avail_days_chosen.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ days: NonNullable<unknown> }} Avail_Days_ChosenInputs */
var en_avail_days_chosen = (i) => {
	return `${i?.days} chosen.`;
};
/**

* @param {Avail_Days_ChosenInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var avail_days_chosen = (inputs, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_avail_days_chosen(inputs);
};
// web/src/paraglide/messages/avail_delete_confirm.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Avail_Delete_ConfirmInputs */
var en_avail_delete_confirm = () => {
	return `Delete slot`;
};
/**

* @param {Avail_Delete_ConfirmInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var avail_delete_confirm = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_avail_delete_confirm(inputs);
};
// web/src/paraglide/messages/avail_delete_label.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ where: NonNullable<unknown> }} Avail_Delete_LabelInputs */
var en_avail_delete_label = (i) => {
	return `Delete the ${i?.where} slot`;
};
/**

* @param {Avail_Delete_LabelInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var avail_delete_label = (inputs, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_avail_delete_label(inputs);
};
// web/src/paraglide/messages/avail_delete_text.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Avail_Delete_TextInputs */
var en_avail_delete_text = () => {
	return `Patients will no longer be able to book this time.`;
};
/**

* @param {Avail_Delete_TextInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var avail_delete_text = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_avail_delete_text(inputs);
};
// web/src/paraglide/messages/avail_delete_title.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Avail_Delete_TitleInputs */
var en_avail_delete_title = () => {
	return `Delete this slot?`;
};
/**

* @param {Avail_Delete_TitleInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var avail_delete_title = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_avail_delete_title(inputs);
};
// web/src/paraglide/messages/avail_deleted.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ time: NonNullable<unknown>, day: NonNullable<unknown> }} Avail_DeletedInputs */
var en_avail_deleted = (i) => {
	return `Deleted the ${i?.time} slot on ${i?.day}.`;
};
/**

* @param {Avail_DeletedInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var avail_deleted = (inputs, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_avail_deleted(inputs);
};
// web/src/paraglide/messages/avail_deleting.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Avail_DeletingInputs */
var en_avail_deleting = () => {
	return `Deleting…`;
};
/**

* @param {Avail_DeletingInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var avail_deleting = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_avail_deleting(inputs);
};
// web/src/paraglide/messages/avail_end_after.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Avail_End_AfterInputs */
var en_avail_end_after = () => {
	return `Choose a time after the start.`;
};
/**

* @param {Avail_End_AfterInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var avail_end_after = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_avail_end_after(inputs);
};
// web/src/paraglide/messages/avail_end_missing.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Avail_End_MissingInputs */
var en_avail_end_missing = () => {
	return `Choose an end time.`;
};
/**

* @param {Avail_End_MissingInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var avail_end_missing = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_avail_end_missing(inputs);
};
// web/src/paraglide/messages/avail_error_title.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Avail_Error_TitleInputs */
var en_avail_error_title = () => {
	return `We could not load your slots`;
};
/**

* @param {Avail_Error_TitleInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var avail_error_title = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_avail_error_title(inputs);
};
// web/src/paraglide/messages/avail_from.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Avail_FromInputs */
var en_avail_from = () => {
	return `From`;
};
/**

* @param {Avail_FromInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var avail_from = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_avail_from(inputs);
};
// web/src/paraglide/messages/avail_heading.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Avail_HeadingInputs */
var en_avail_heading = () => {
	return `Your consultation hours`;
};
/**

* @param {Avail_HeadingInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var avail_heading = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_avail_heading(inputs);
};
// web/src/paraglide/messages/avail_keep.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Avail_KeepInputs */
var en_avail_keep = () => {
	return `Keep it`;
};
/**

* @param {Avail_KeepInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var avail_keep = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_avail_keep(inputs);
};
// web/src/paraglide/messages/avail_lead.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Avail_LeadInputs */
var en_avail_lead = () => {
	return `Open the times patients can book.`;
};
/**

* @param {Avail_LeadInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var avail_lead = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_avail_lead(inputs);
};
// web/src/paraglide/messages/avail_legend.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Avail_LegendInputs */
var en_avail_legend = () => {
	return `What the colours mean`;
};
/**

* @param {Avail_LegendInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var avail_legend = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_avail_legend(inputs);
};
// web/src/paraglide/messages/avail_length.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Avail_LengthInputs */
var en_avail_length = () => {
	return `Length of each consultation`;
};
/**

* @param {Avail_LengthInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var avail_length = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_avail_length(inputs);
};
// web/src/paraglide/messages/avail_loaded.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ slots: NonNullable<unknown> }} Avail_LoadedInputs */
var en_avail_loaded = (i) => {
	return `${i?.slots} in the next 14 days.`;
};
/**

* @param {Avail_LoadedInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var avail_loaded = (inputs, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_avail_loaded(inputs);
};
// web/src/paraglide/messages/avail_minutes.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ count: NonNullable<unknown> }} Avail_MinutesInputs */
var en_avail_minutes = (i) => {
	return `${i?.count} min`;
};
/**

* @param {Avail_MinutesInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var avail_minutes = (inputs, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_avail_minutes(inputs);
};
// web/src/paraglide/messages/avail_n_booked.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ n: NonNullable<unknown> }} Avail_N_BookedInputs */
var en_avail_n_booked = (i) => {
	return `${i?.n} booked`;
};
/**

* @param {Avail_N_BookedInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var avail_n_booked = (inputs, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_avail_n_booked(inputs);
};
// web/src/paraglide/messages/avail_n_free.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ n: NonNullable<unknown> }} Avail_N_FreeInputs */
var en_avail_n_free = (i) => {
	return `${i?.n} free`;
};
/**

* @param {Avail_N_FreeInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var avail_n_free = (inputs, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_avail_n_free(inputs);
};
// web/src/paraglide/messages/avail_n_held.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ n: NonNullable<unknown> }} Avail_N_HeldInputs */
var en_avail_n_held = (i) => {
	return `${i?.n} held`;
};
/**

* @param {Avail_N_HeldInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var avail_n_held = (inputs, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_avail_n_held(inputs);
};
// web/src/paraglide/messages/avail_next_14.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Avail_Next_14Inputs */
var en_avail_next_14 = () => {
	return `The next 14 days`;
};
/**

* @param {Avail_Next_14Inputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var avail_next_14 = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_avail_next_14(inputs);
};
// web/src/paraglide/messages/avail_next_week.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Avail_Next_WeekInputs */
var en_avail_next_week = () => {
	return `Next 7 days`;
};
/**

* @param {Avail_Next_WeekInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var avail_next_week = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_avail_next_week(inputs);
};
// web/src/paraglide/messages/avail_no_days.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Avail_No_DaysInputs */
var en_avail_no_days = () => {
	return `No days chosen yet.`;
};
/**

* @param {Avail_No_DaysInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var avail_no_days = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_avail_no_days(inputs);
};
// web/src/paraglide/messages/avail_no_slots.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Avail_No_SlotsInputs */
var en_avail_no_slots = () => {
	return `No slots`;
};
/**

* @param {Avail_No_SlotsInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var avail_no_slots = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_avail_no_slots(inputs);
};
// web/src/paraglide/messages/avail_paused_text.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Avail_Paused_TextInputs */
var en_avail_paused_text = () => {
	return `Patients cannot book your slots until you turn bookings back on in your`;
};
/**

* @param {Avail_Paused_TextInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var avail_paused_text = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_avail_paused_text(inputs);
};
// web/src/paraglide/messages/avail_paused_title.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Avail_Paused_TitleInputs */
var en_avail_paused_title = () => {
	return `Bookings are paused.`;
};
/**

* @param {Avail_Paused_TitleInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var avail_paused_title = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_avail_paused_title(inputs);
};
// web/src/paraglide/messages/avail_preview_end.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Avail_Preview_EndInputs */
var en_avail_preview_end = () => {
	return `The end time must be after the start time.`;
};
/**

* @param {Avail_Preview_EndInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var avail_preview_end = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_avail_preview_end(inputs);
};
// web/src/paraglide/messages/avail_preview_hours.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Avail_Preview_HoursInputs */
var en_avail_preview_hours = () => {
	return `Choose the hours to see how many slots this opens.`;
};
/**

* @param {Avail_Preview_HoursInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var avail_preview_hours = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_avail_preview_hours(inputs);
};
// web/src/paraglide/messages/avail_preview_leftover.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ minutes: NonNullable<unknown> }} Avail_Preview_LeftoverInputs */
var en_avail_preview_leftover = (i) => {
	return `The last ${i?.minutes} minutes do not fit a whole slot and stay closed.`;
};
/**

* @param {Avail_Preview_LeftoverInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var avail_preview_leftover = (inputs, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_avail_preview_leftover(inputs);
};
// web/src/paraglide/messages/avail_preview_per_day.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ count: NonNullable<unknown>, duration: NonNullable<unknown> }} Avail_Preview_Per_DayInputs */
var en_avail_preview_per_day = (i) => {
	const countPlural = plural("en", i?.count, {});
	if (countPlural === "one") return `${i?.count} slot of ${i?.duration} minutes a day. Choose days to publish them.`;
	if (countPlural === "other") return `${i?.count} slots of ${i?.duration} minutes a day. Choose days to publish them.`;
	return "avail_preview_per_day";
};
/**

* @param {Avail_Preview_Per_DayInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var avail_preview_per_day = (inputs, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_avail_preview_per_day(inputs);
};
// web/src/paraglide/messages/avail_preview_short.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ duration: NonNullable<unknown> }} Avail_Preview_ShortInputs */
var en_avail_preview_short = (i) => {
	return `The hours are shorter than one ${i?.duration}-minute slot.`;
};
/**

* @param {Avail_Preview_ShortInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var avail_preview_short = (inputs, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_avail_preview_short(inputs);
};
// web/src/paraglide/messages/avail_preview_total.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ total: NonNullable<unknown>, perDay: NonNullable<unknown>, duration: NonNullable<unknown>, start: NonNullable<unknown>, end: NonNullable<unknown>, days: NonNullable<unknown> }} Avail_Preview_TotalInputs */
var en_avail_preview_total = (i) => {
	return `${i?.total} in all: ${i?.perDay} a day of ${i?.duration} minutes, ${i?.start}–${i?.end}, on ${i?.days}.`;
};
/**

* @param {Avail_Preview_TotalInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var avail_preview_total = (inputs, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_avail_preview_total(inputs);
};
// web/src/paraglide/messages/avail_publish.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Avail_PublishInputs */
var en_avail_publish = () => {
	return `Publish slots`;
};
/**

* @param {Avail_PublishInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var avail_publish = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_avail_publish(inputs);
};
// web/src/paraglide/messages/avail_publish_heading.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Avail_Publish_HeadingInputs */
var en_avail_publish_heading = () => {
	return `Publish new slots`;
};
/**

* @param {Avail_Publish_HeadingInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var avail_publish_heading = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_avail_publish_heading(inputs);
};
// web/src/paraglide/messages/avail_publish_lead.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Avail_Publish_LeadInputs */
var en_avail_publish_lead = () => {
	return `Choose days and hours; we split them into slots patients can book.`;
};
/**

* @param {Avail_Publish_LeadInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var avail_publish_lead = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_avail_publish_lead(inputs);
};
// web/src/paraglide/messages/avail_publish_n.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ slots: NonNullable<unknown> }} Avail_Publish_NInputs */
var en_avail_publish_n = (i) => {
	return `Publish ${i?.slots}`;
};
/**

* @param {Avail_Publish_NInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var avail_publish_n = (inputs, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_avail_publish_n(inputs);
};
// web/src/paraglide/messages/avail_published.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ slots: NonNullable<unknown>, days: NonNullable<unknown> }} Avail_PublishedInputs */
var en_avail_published = (i) => {
	return `Published ${i?.slots} on ${i?.days}.`;
};
/**

* @param {Avail_PublishedInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var avail_published = (inputs, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_avail_published(inputs);
};
// web/src/paraglide/messages/avail_published_next.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Avail_Published_NextInputs */
var en_avail_published_next = () => {
	return `Patients can book them now.`;
};
/**

* @param {Avail_Published_NextInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var avail_published_next = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_avail_published_next(inputs);
};
// web/src/paraglide/messages/avail_publishing.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Avail_PublishingInputs */
var en_avail_publishing = () => {
	return `Publishing…`;
};
/**

* @param {Avail_PublishingInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var avail_publishing = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_avail_publishing(inputs);
};
// web/src/paraglide/messages/avail_room_for_one.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ duration: NonNullable<unknown> }} Avail_Room_For_OneInputs */
var en_avail_room_for_one = (i) => {
	return `Leave room for at least one ${i?.duration}-minute slot.`;
};
/**

* @param {Avail_Room_For_OneInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var avail_room_for_one = (inputs, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_avail_room_for_one(inputs);
};
// web/src/paraglide/messages/avail_start_missing.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Avail_Start_MissingInputs */
var en_avail_start_missing = () => {
	return `Choose a start time.`;
};
/**

* @param {Avail_Start_MissingInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var avail_start_missing = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_avail_start_missing(inputs);
};
// web/src/paraglide/messages/avail_summary.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ free: NonNullable<unknown>, held: NonNullable<unknown>, booked: NonNullable<unknown>, zone: NonNullable<unknown> }} Avail_SummaryInputs */
var en_avail_summary = (i) => {
	return `${i?.free} free · ${i?.held} held · ${i?.booked} booked, from today in ${i?.zone}.`;
};
/**

* @param {Avail_SummaryInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var avail_summary = (inputs, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_avail_summary(inputs);
};
// web/src/paraglide/messages/avail_summary_none.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ zone: NonNullable<unknown> }} Avail_Summary_NoneInputs */
var en_avail_summary_none = (i) => {
	return `No slots yet. Times are in ${i?.zone}.`;
};
/**

* @param {Avail_Summary_NoneInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var avail_summary_none = (inputs, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_avail_summary_none(inputs);
};
// web/src/paraglide/messages/avail_title.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Avail_TitleInputs */
var en_avail_title = () => {
	return `Your availability`;
};
/**

* @param {Avail_TitleInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var avail_title = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_avail_title(inputs);
};
// web/src/paraglide/messages/avail_today_passed.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ start: NonNullable<unknown> }} Avail_Today_PassedInputs */
var en_avail_today_passed = (i) => {
	return `Today's hours start at ${i?.start}, which has passed. Choose a later start, or leave today out.`;
};
/**

* @param {Avail_Today_PassedInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var avail_today_passed = (inputs, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_avail_today_passed(inputs);
};
// web/src/paraglide/messages/avail_today_sr.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Avail_Today_SrInputs */
var en_avail_today_sr = () => {
	return `(today)`;
};
/**

* @param {Avail_Today_SrInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var avail_today_sr = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_avail_today_sr(inputs);
};
// web/src/paraglide/messages/avail_too_many.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ total: NonNullable<unknown>, max: NonNullable<unknown> }} Avail_Too_ManyInputs */
var en_avail_too_many = (i) => {
	return `That is ${i?.total} slots; publish at most ${i?.max} at a time.`;
};
/**

* @param {Avail_Too_ManyInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var avail_too_many = (inputs, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_avail_too_many(inputs);
};
// web/src/paraglide/messages/avail_until.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Avail_UntilInputs */
var en_avail_until = () => {
	return `Until`;
};
/**

* @param {Avail_UntilInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var avail_until = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_avail_until(inputs);
};
// web/src/paraglide/messages/avail_view.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Avail_ViewInputs */
var en_avail_view = () => {
	return `View`;
};
/**

* @param {Avail_ViewInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var avail_view = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_avail_view(inputs);
};
// web/src/paraglide/messages/avail_view_label.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ where: NonNullable<unknown> }} Avail_View_LabelInputs */
var en_avail_view_label = (i) => {
	return `View the booking at ${i?.where}`;
};
/**

* @param {Avail_View_LabelInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var avail_view_label = (inputs, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_avail_view_label(inputs);
};
// web/src/paraglide/messages/avail_weekdays.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Avail_WeekdaysInputs */
var en_avail_weekdays = () => {
	return `Weekdays, 2 weeks`;
};
/**

* @param {Avail_WeekdaysInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var avail_weekdays = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_avail_weekdays(inputs);
};
// web/src/paraglide/messages/avail_where.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ time: NonNullable<unknown>, day: NonNullable<unknown> }} Avail_WhereInputs */
var en_avail_where = (i) => {
	return `${i?.time} on ${i?.day}`;
};
/**

* @param {Avail_WhereInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var avail_where = (inputs, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_avail_where(inputs);
};
// web/src/paraglide/messages/avail_zone.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ zone: NonNullable<unknown> }} Avail_ZoneInputs */
var en_avail_zone = (i) => {
	return `Times on this page are in your time zone, ${i?.zone}.`;
};
/**

* @param {Avail_ZoneInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var avail_zone = (inputs, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_avail_zone(inputs);
};
// web/src/paraglide/messages/count_days.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ count: NonNullable<unknown> }} Count_DaysInputs */
var en_count_days = (i) => {
	const countPlural = plural("en", i?.count, {});
	if (countPlural === "one") return `${i?.count} day`;
	if (countPlural === "other") return `${i?.count} days`;
	return "count_days";
};
/**

* @param {Count_DaysInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var count_days = (inputs, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_count_days(inputs);
};
// web/src/paraglide/messages/details_minutes_short.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ count: NonNullable<unknown> }} Details_Minutes_ShortInputs */
var en_details_minutes_short = (i) => {
	return `${i?.count} minutes`;
};
/**

* @param {Details_Minutes_ShortInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var details_minutes_short = (inputs, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_details_minutes_short(inputs);
};
// web/src/paraglide/messages/slot_booked.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Slot_BookedInputs */
var en_slot_booked = () => {
	return `Booked`;
};
/**

* @param {Slot_BookedInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var slot_booked = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_slot_booked(inputs);
};
// web/src/paraglide/messages/slot_free.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Slot_FreeInputs */
var en_slot_free = () => {
	return `Free`;
};
/**

* @param {Slot_FreeInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var slot_free = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_slot_free(inputs);
};
// web/src/paraglide/messages/slot_held.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Slot_HeldInputs */
var en_slot_held = () => {
	return `Held`;
};
/**

* @param {Slot_HeldInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var slot_held = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_slot_held(inputs);
};
// web/src/paraglide/messages/slot_held_long.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Slot_Held_LongInputs */
var en_slot_held_long = () => {
	return `Held, awaiting payment`;
};
/**

* @param {Slot_Held_LongInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var slot_held_long = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_slot_held_long(inputs);
};
// web/src/paraglide/messages/wd_fri.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Wd_FriInputs */
var en_wd_fri = () => {
	return `Fri`;
};
/**

* @param {Wd_FriInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var wd_fri = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_wd_fri(inputs);
};
// web/src/paraglide/messages/wd_mon.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Wd_MonInputs */
var en_wd_mon = () => {
	return `Mon`;
};
/**

* @param {Wd_MonInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var wd_mon = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_wd_mon(inputs);
};
// web/src/paraglide/messages/wd_sat.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Wd_SatInputs */
var en_wd_sat = () => {
	return `Sat`;
};
/**

* @param {Wd_SatInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var wd_sat = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_wd_sat(inputs);
};
// web/src/paraglide/messages/wd_sun.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Wd_SunInputs */
var en_wd_sun = () => {
	return `Sun`;
};
/**

* @param {Wd_SunInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var wd_sun = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_wd_sun(inputs);
};
// web/src/paraglide/messages/wd_thu.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Wd_ThuInputs */
var en_wd_thu = () => {
	return `Thu`;
};
/**

* @param {Wd_ThuInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var wd_thu = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_wd_thu(inputs);
};
// web/src/paraglide/messages/wd_tue.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Wd_TueInputs */
var en_wd_tue = () => {
	return `Tue`;
};
/**

* @param {Wd_TueInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var wd_tue = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_wd_tue(inputs);
};
// web/src/paraglide/messages/wd_wed.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Wd_WedInputs */
var en_wd_wed = () => {
	return `Wed`;
};
/**

* @param {Wd_WedInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var wd_wed = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_wd_wed(inputs);
};
// web/src/islands/availability/Availability.tsx
/**
* /doctor/availability/: a doctor publishes consultation slots and sees the next 14 days. Everything is
* in the DOCTOR's time zone (their profile's), whatever the browser's zone is, because that is the
* zone the API splits the hours in. The form previews how many slots it opens; the API's field errors
* land on the matching fields; free slots can be deleted (held and booked ones link to their
* appointment instead).
*/
var DAYS_SHOWN = 14;
var MAX_SLOTS = 400;
var DURATIONS = [
	15,
	20,
	30,
	45,
	60
];
var WEEKDAYS = [
	wd_mon,
	wd_tue,
	wd_wed,
	wd_thu,
	wd_fri,
	wd_sat,
	wd_sun
];
var LOOK = {
	free: {
		dot: "bg-emerald-500",
		label: slot_free,
		box: "border-emerald-200 bg-emerald-50/60"
	},
	held: {
		dot: "bg-accent-500",
		label: slot_held_long,
		box: "border-accent-300 bg-accent-50"
	},
	booked: {
		dot: "bg-brand-700",
		label: slot_booked,
		box: "border-brand-200 bg-brand-50"
	}
};
function plan(start, end, duration, days) {
	if (!start || !end || !duration) return null;
	const span = minutesOfDay(end) - minutesOfDay(start);
	if (span <= 0) return null;
	const perDay = Math.floor(span / duration);
	const last = minutesOfDay(start) + perDay * duration;
	const lastEnd = `${String(Math.floor(last / 60)).padStart(2, "0")}:${String(last % 60).padStart(2, "0")}`;
	return {
		perDay,
		total: perDay * days,
		duration,
		leftover: span - perDay * duration,
		lastEnd
	};
}
function PublishForm({ zone, today, onPublished }) {
	const dates = useSignal([]);
	const start = useSignal("09:00");
	const end = useSignal("13:00");
	const duration = useSignal(30);
	const result = useSignal(null);
	const resultBox = useRef(null);
	const p = plan(start.value, end.value, duration.value, dates.value.length);
	const form = useForm({
		validate: () => {
			result.value = null;
			const errors = {};
			if (!dates.value.length) errors.dates = [avail_choose_day()];
			if (start.value && end.value && minutesOfDay(end.value) <= minutesOfDay(start.value)) errors.endTime = [avail_end_after()];
			else if (p && !p.perDay) errors.endTime = [avail_room_for_one({ duration: p.duration })];
			if (!errors.dates && dates.value.includes(today) && start.value && minutesOfDay(start.value) <= minutesOfDay(hhmmIn(/* @__PURE__ */ new Date(), zone))) errors.dates = [avail_today_passed({ start: start.value })];
			if (!errors.dates && p && p.total > MAX_SLOTS) errors.dates = [avail_too_many({
				total: p.total,
				max: MAX_SLOTS
			})];
			return Object.keys(errors).length ? errors : void 0;
		},
		submit: async () => {
			const res = await api.call("createSlots", { body: {
				dates: dates.value,
				startTime: start.value,
				endTime: end.value,
				durationMinutes: duration.value
			} });
			dates.value = [];
			result.value = {
				created: res.created,
				days: new Set(res.slots.map((s) => s.localDate)).size
			};
			await onPublished();
			resultBox.current?.focus();
		}
	});
	const set = (next) => {
		dates.value = next;
		form.clear("dates");
	};
	const quick = (kind) => {
		const tomorrow = addDaysYmd(today, 1);
		const next = [];
		if (kind === "week") for (let i = 0; i < 7; i++) next.push(addDaysYmd(tomorrow, i));
		if (kind === "weekdays") for (let i = 0; i < 14; i++) {
			const day = addDaysYmd(tomorrow, i);
			if (weekdayOf(day) !== 0 && weekdayOf(day) !== 6) next.push(day);
		}
		set(next);
	};
	const monday = addDaysYmd(today, -((weekdayOf(today) + 6) % 7));
	const cells = Array.from({ length: 35 }, (_, i) => addDaysYmd(monday, i));
	const days = dates.value.length;
	const preview = !start.value || !end.value ? avail_preview_hours() : !p ? avail_preview_end() : !p.perDay ? avail_preview_short({ duration: p.duration }) : !days ? avail_preview_per_day({
		count: p.perDay,
		duration: p.duration
	}) : `${avail_preview_total({
		total: count_slots({ count: p.total }),
		perDay: p.perDay,
		duration: p.duration,
		start: start.value,
		end: p.lastEnd,
		days: count_days({ count: days })
	})}${p.leftover ? ` ${avail_preview_leftover({ minutes: p.leftover })}` : ""}`;
	const timeField = (name, label, value, onInput, missing, testid) => jsxs("div", { children: [
		jsx("label", {
			for: name,
			class: "field-label",
			children: label
		}),
		jsx("input", {
			id: name,
			name,
			type: "time",
			step: 300,
			required: true,
			class: "field-input",
			"data-msg-missing": missing,
			"data-testid": testid,
			value,
			"aria-invalid": form.errors[name] ? "true" : void 0,
			"aria-describedby": form.errors[name] ? `${name}-error` : void 0,
			onInput: (e) => {
				onInput(e.currentTarget.value);
				form.clear(name);
			}
		}),
		jsx("p", {
			id: `${name}-error`,
			class: "field-error",
			"data-error-for": name,
			hidden: !form.errors[name],
			children: form.errors[name]
		})
	] });
	return jsxs("form", {
		id: "publish-form",
		class: "card grid min-w-0 gap-6 p-6 sm:p-7 lg:sticky lg:top-20",
		"aria-labelledby": "publish-heading",
		"data-testid": "publish-form",
		noValidate: true,
		onSubmit: form.onSubmit,
		children: [
			jsxs("div", { children: [jsx("h2", {
				id: "publish-heading",
				class: "text-lg font-semibold text-slate-900",
				children: avail_publish_heading()
			}), jsx("p", {
				class: "mt-1 text-sm text-slate-600",
				children: avail_publish_lead()
			})] }),
			result.value && jsxs(Notice, {
				tone: "success",
				testid: "publish-success",
				focusable: true,
				boxRef: resultBox,
				children: [jsx("p", {
					class: "font-semibold",
					children: avail_published({
						slots: count_slots({ count: result.value.created }),
						days: count_days({ count: result.value.days })
					})
				}), jsx("p", { children: avail_published_next() })]
			}),
			jsx(FormError, {
				message: form.formError,
				boxRef: form.summary
			}),
			jsxs("fieldset", {
				"aria-describedby": `dates-count${form.errors.dates ? " dates-error" : ""}`,
				"aria-invalid": form.errors.dates ? "true" : void 0,
				children: [
					jsx("legend", {
						class: "field-label",
						children: avail_days()
					}),
					jsxs("div", {
						class: "mt-2 flex flex-wrap gap-2",
						children: [
							jsx("button", {
								type: "button",
								class: "btn-secondary min-h-9 px-3 text-xs",
								"data-testid": "quick-week",
								onClick: () => quick("week"),
								children: avail_next_week()
							}),
							jsx("button", {
								type: "button",
								class: "btn-secondary min-h-9 px-3 text-xs",
								"data-testid": "quick-weekdays",
								onClick: () => quick("weekdays"),
								children: avail_weekdays()
							}),
							jsx("button", {
								type: "button",
								class: "btn-ghost min-h-9 px-3 text-xs",
								"data-testid": "quick-clear",
								onClick: () => quick("clear"),
								children: avail_clear()
							})
						]
					}),
					jsx("div", {
						class: "mt-3 grid grid-cols-7 gap-1 text-center text-xs font-semibold text-slate-500",
						"aria-hidden": "true",
						children: WEEKDAYS.map((d) => jsx("span", { children: d() }, d()))
					}),
					jsx("div", {
						class: "mt-1 grid grid-cols-7 gap-1",
						"data-testid": "date-grid",
						children: cells.map((day) => day < today ? jsx("span", {
							class: "h-12",
							"aria-hidden": "true"
						}, day) : jsxs("label", {
							for: `date-${day}`,
							class: "relative block cursor-pointer",
							children: [
								jsx("input", {
									type: "checkbox",
									name: "dates",
									value: day,
									id: `date-${day}`,
									class: "peer sr-only",
									"data-testid": `date-${day}`,
									checked: dates.value.includes(day),
									onChange: (e) => set(e.currentTarget.checked ? [...dates.value, day] : dates.value.filter((d) => d !== day))
								}),
								jsxs("span", {
									class: "flex h-12 flex-col items-center justify-center rounded-lg border border-slate-200 bg-white text-slate-800 transition-colors hover:border-brand-400 peer-checked:border-brand-700 peer-checked:bg-brand-700 peer-checked:text-white peer-focus-visible:outline-3 peer-focus-visible:outline-offset-2 peer-focus-visible:outline-accent-500",
									"aria-hidden": "true",
									children: [jsx("span", {
										class: "text-sm leading-4 font-semibold",
										children: String(Number(day.slice(8)))
									}), jsx("span", {
										class: "text-[0.6875rem] leading-4",
										children: day === today ? scope_today() : new Intl.DateTimeFormat("en-IN", {
											month: "short",
											timeZone: "UTC"
										}).format(/* @__PURE__ */ new Date(`${day}T12:00:00Z`))
									})]
								}),
								jsx("span", {
									class: "sr-only",
									children: `${formatDay(day, "long")}${day === today ? ` ${avail_today_sr()}` : ""}`
								})
							]
						}, day))
					}),
					jsx("p", {
						id: "dates-count",
						class: "mt-2 text-sm text-slate-600",
						"aria-live": "polite",
						children: days ? avail_days_chosen({ days: count_days({ count: days }) }) : avail_no_days()
					}),
					jsx("p", {
						id: "dates-error",
						class: "field-error",
						"data-error-for": "dates",
						hidden: !form.errors.dates,
						children: form.errors.dates
					})
				]
			}),
			jsxs("div", {
				class: "grid grid-cols-2 gap-4",
				children: [timeField("startTime", avail_from(), start.value, (v) => start.value = v, avail_start_missing(), "start-time"), timeField("endTime", avail_until(), end.value, (v) => end.value = v, avail_end_missing(), "end-time")]
			}),
			jsxs("div", { children: [
				jsx("label", {
					for: "durationMinutes",
					class: "field-label",
					children: avail_length()
				}),
				jsx("select", {
					id: "durationMinutes",
					name: "durationMinutes",
					class: "field-input",
					"data-testid": "duration",
					value: String(duration.value),
					onChange: (e) => duration.value = Number(e.currentTarget.value),
					children: DURATIONS.map((d) => jsx("option", {
						value: String(d),
						children: details_minutes_short({ count: d })
					}, d))
				}),
				jsx("p", {
					id: "durationMinutes-error",
					class: "field-error",
					"data-error-for": "durationMinutes",
					hidden: !form.errors.durationMinutes,
					children: form.errors.durationMinutes
				})
			] }),
			jsx("div", {
				class: "rounded-xl bg-brand-50 px-4 py-3 text-sm leading-6 text-brand-900 ring-1 ring-brand-100",
				"aria-live": "polite",
				"data-testid": "slot-preview",
				children: preview
			}),
			jsx(Button, {
				type: "submit",
				class: "w-full",
				testid: "publish-submit",
				busy: form.busy,
				busyLabel: avail_publishing(),
				children: p?.total ? avail_publish_n({ slots: count_slots({ count: p.total }) }) : avail_publish()
			})
		]
	});
}
function SlotChip({ slot, day, zone, onDelete }) {
	const look = LOOK[slot.status];
	const minutes = Math.round((Date.parse(slot.endAt) - Date.parse(slot.startAt)) / 6e4);
	const where = avail_where({
		time: formatTime(slot.startAt, zone),
		day: formatDay(day, "long")
	});
	return jsxs("li", {
		class: `flex min-h-12 items-center gap-2.5 rounded-lg border py-1.5 pr-1 pl-3 text-sm ${look.box}`,
		"data-testid": "schedule-slot",
		"data-status": slot.status,
		"data-slot-id": slot.id,
		"data-start": slot.startAt,
		children: [
			jsx("span", {
				class: `size-2.5 shrink-0 rounded-full ${look.dot}`,
				"aria-hidden": "true"
			}),
			jsxs("span", {
				class: "min-w-0 flex-1 leading-5",
				children: [
					jsx("span", {
						class: "block font-semibold text-slate-900 tabular-nums",
						children: formatTime(slot.startAt, zone)
					}),
					jsx("span", {
						class: "block text-xs text-slate-600",
						children: `${avail_minutes({ count: minutes })} · ${slot.status === "held" ? slot_held() : look.label()}`
					}),
					slot.status === "held" && jsx("span", {
						class: "sr-only",
						children: avail_awaiting_payment()
					})
				]
			}),
			slot.status === "free" ? jsx("button", {
				type: "button",
				class: "grid size-9 shrink-0 place-items-center rounded-lg text-slate-600 hover:bg-red-50 hover:text-red-700",
				"aria-label": avail_delete_label({ where }),
				"data-testid": "delete-slot",
				onClick: () => onDelete(slot, day),
				children: jsx(Icon, {
					shape: trash,
					class: "size-4"
				})
			}) : slot.appointmentId && jsx("a", {
				href: appointmentHref(slot.appointmentId),
				class: "shrink-0 rounded px-1 text-sm font-semibold text-brand-700 underline-offset-2 hover:underline",
				"aria-label": avail_view_label({ where }),
				"data-testid": "slot-appointment-link",
				children: avail_view()
			})
		]
	});
}
function Schedule({ zone, today, slots, state, error, status, onRetry, onDelete }) {
	const byDay = /* @__PURE__ */ new Map();
	for (const s of slots) byDay.set(ymdIn(s.startAt, zone), [...byDay.get(ymdIn(s.startAt, zone)) ?? [], s]);
	const counts = (list) => ({
		free: list.filter((s) => s.status === "free").length,
		held: list.filter((s) => s.status === "held").length,
		booked: list.filter((s) => s.status === "booked").length
	});
	const all = counts(slots);
	return jsxs("section", {
		class: "card min-w-0 p-6 sm:p-7",
		"aria-labelledby": "schedule-heading",
		"data-testid": "schedule",
		children: [jsxs("div", {
			class: "flex flex-col gap-3 sm:flex-row sm:items-end sm:justify-between",
			children: [jsxs("div", { children: [jsx("h2", {
				id: "schedule-heading",
				class: "text-lg font-semibold text-slate-900",
				children: avail_next_14()
			}), jsx("p", {
				class: "mt-1 text-sm text-slate-600",
				"data-testid": "schedule-summary",
				children: state === "ready" && (slots.length ? avail_summary({
					...all,
					zone: describeTimeZone(zone)
				}) : avail_summary_none({ zone: describeTimeZone(zone) }))
			})] }), jsx("ul", {
				class: "flex flex-wrap gap-3 text-xs text-slate-700",
				"aria-label": avail_legend(),
				children: [
					"free",
					"held",
					"booked"
				].map((k) => jsxs("li", {
					class: "flex items-center gap-1.5",
					children: [
						jsx("span", {
							class: `size-3 rounded-full ${LOOK[k].dot}`,
							"aria-hidden": "true"
						}),
						" ",
						LOOK[k].label()
					]
				}, k))
			})]
		}), jsx(Region, {
			class: "mt-5",
			state,
			status,
			skeleton: jsx("div", {
				class: "grid gap-4",
				"aria-hidden": "true",
				children: [
					0,
					1,
					2,
					3
				].map((i) => jsxs("div", {
					class: "border-t border-slate-100 pt-4",
					children: [jsx("div", { class: "skeleton h-5 w-48" }), jsx("div", { class: "skeleton mt-3 h-10 w-full rounded-lg" })]
				}, i))
			}),
			error: jsx(ErrorState, {
				title: avail_error_title(),
				message: error,
				retryTestid: "retry-schedule",
				onRetry
			}),
			children: jsx("ol", {
				class: "grid gap-1",
				"data-testid": "schedule-days",
				children: Array.from({ length: DAYS_SHOWN }, (_, i) => addDaysYmd(today, i)).map((day, i) => {
					const list = (byDay.get(day) ?? []).sort((a, b) => a.startAt.localeCompare(b.startAt));
					const c = counts(list);
					return jsxs("li", {
						class: "border-t border-slate-100 py-4 first:border-0 first:pt-0",
						"data-testid": "schedule-day",
						"data-day": day,
						children: [jsxs("div", {
							class: "flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1",
							children: [jsxs("h3", {
								id: `day-${day}`,
								tabIndex: -1,
								class: "font-semibold text-slate-900",
								children: [formatDay(day, "long"), i === 0 && jsx("span", {
									class: "ml-2 text-sm font-medium text-brand-700",
									children: scope_today()
								})]
							}), jsx("p", {
								class: "text-sm text-slate-600",
								children: list.length ? [
									c.free && avail_n_free({ n: c.free }),
									c.held && avail_n_held({ n: c.held }),
									c.booked && avail_n_booked({ n: c.booked })
								].filter(Boolean).join(" · ") : avail_no_slots()
							})]
						}), list.length > 0 && jsx("ul", {
							class: "mt-3 grid grid-cols-1 gap-2 min-[420px]:grid-cols-2 sm:grid-cols-3 lg:grid-cols-2 xl:grid-cols-3",
							"aria-labelledby": `day-${day}`,
							children: list.map((s) => jsx(SlotChip, {
								slot: s,
								day,
								zone,
								onDelete
							}, s.id))
						})]
					}, day);
				})
			})
		})]
	});
}
function Page({ me }) {
	const zone = me.timeZone || "Asia/Kolkata";
	const today = ymdIn(/* @__PURE__ */ new Date(), zone);
	const slots = useSignal([]);
	const state = useSignal("loading");
	const error = useSignal("");
	const status = useSignal("");
	const [deleting, setDeleting] = useState(null);
	const load = async (announce = true) => {
		try {
			slots.value = (await api.call("listMySlots", { query: {
				from: today,
				to: addDaysYmd(today, 13)
			} })).slots;
			state.value = "ready";
			if (announce) status.value = avail_loaded({ slots: count_slots({ count: slots.value.length }) });
		} catch (err) {
			error.value = err instanceof ApiError ? err.message : problem_generic();
			status.value = error.value;
			state.value = "error";
		}
	};
	useEffect(() => void load(false), []);
	const profile = me.doctorProfile;
	const d = deleting;
	return jsxs(Fragment, { children: [
		jsx("section", {
			class: "hero border-b border-brand-100",
			children: jsxs("div", {
				class: "container-page py-8 sm:py-10",
				children: [
					jsxs("a", {
						href: "/dashboard/doctor/",
						class: "inline-flex items-center gap-1.5 rounded text-sm font-semibold text-brand-700 hover:text-brand-800",
						children: [
							jsx(Icon, {
								shape: arrowLeft,
								class: "size-4"
							}),
							" ",
							header_dashboard()
						]
					}),
					jsx("p", {
						class: "eyebrow mt-4",
						children: nav_availability()
					}),
					jsx("h1", {
						class: "mt-1 text-2xl font-bold tracking-tight text-slate-900 sm:text-3xl",
						"data-testid": "availability-heading",
						children: avail_heading()
					}),
					jsxs("p", {
						class: "mt-2 max-w-2xl text-slate-600",
						children: [
							avail_lead(),
							" ",
							jsx("span", {
								"data-testid": "availability-zone",
								children: avail_zone({ zone: describeTimeZone(zone) })
							}),
							" ",
							jsx("a", {
								href: "/account/edit/",
								class: "font-semibold text-brand-700 underline underline-offset-2",
								children: avail_change_zone()
							}),
							"."
						]
					}),
					profile && (profile.verificationStatus !== "verified" || !profile.available) && jsxs("div", {
						class: "mt-6 grid gap-3",
						children: [profile.verificationStatus !== "verified" && jsx(VerificationBanner, { profile }), !profile.available && jsxs(Notice, {
							tone: "warning",
							testid: "bookings-paused",
							live: false,
							children: [jsx("p", {
								class: "font-semibold",
								children: avail_paused_title()
							}), jsxs("p", { children: [
								avail_paused_text(),
								" ",
								jsx("a", {
									href: "/account/doctor/",
									class: "font-semibold underline underline-offset-2",
									children: verify_doctor_profile()
								}),
								"."
							] })]
						})]
					})
				]
			})
		}),
		jsxs("div", {
			class: "container-page grid gap-6 py-8 sm:py-10 lg:grid-cols-[25rem_1fr] lg:items-start",
			children: [jsx(PublishForm, {
				zone,
				today,
				onPublished: () => load(true)
			}), jsx(Schedule, {
				zone,
				today,
				slots: slots.value,
				state: state.value,
				error: error.value,
				status: status.value,
				onRetry: () => void load(),
				onDelete: (slot, day) => setDeleting({
					slot,
					day
				})
			})]
		}),
		jsx(ConfirmDialog, {
			open: d !== null,
			onClose: () => setDeleting(null),
			title: avail_delete_title(),
			body: d && jsxs(Fragment, { children: [jsx("p", {
				class: "font-medium text-slate-900",
				children: `${formatTime(d.slot.startAt, zone)} – ${formatTime(d.slot.endAt, zone)}, ${formatDay(d.day, "long")}`
			}), jsx("p", { children: avail_delete_text() })] }),
			confirmLabel: avail_delete_confirm(),
			busyLabel: avail_deleting(),
			cancelLabel: avail_keep(),
			tone: "danger",
			testid: "delete-dialog",
			onConfirm: async () => {
				if (!d) return;
				try {
					await api.call("deleteSlot", { params: { slotId: d.slot.id } });
				} catch (err) {
					if (err instanceof ApiError && err.status === 409) load(false);
					throw err;
				}
				const free = slots.value.filter((s) => ymdIn(s.startAt, zone) === d.day && s.status === "free");
				const at = free.findIndex((s) => s.id === d.slot.id);
				const next = free[at + 1] ?? free[at - 1];
				slots.value = slots.value.filter((s) => s.id !== d.slot.id);
				status.value = avail_deleted({
					time: formatTime(d.slot.startAt, zone),
					day: formatDay(d.day, "long")
				});
				requestAnimationFrame(() => ((next && document.querySelector(`[data-slot-id="${CSS.escape(next.id)}"] [data-testid="delete-slot"]`)) ?? document.getElementById(`day-${d.day}`))?.focus());
			}
		})
	] });
}
function Availability() {
	return jsx(Protected, {
		roles: ["doctor"],
		children: (me) => jsx(Page, { me })
	});
}
// web/src/pages/doctor/availability/index.astro
var availability_exports = /* @__PURE__ */ __exportAll({
	default: () => $$Index,
	file: () => $$file,
	url: () => $$url
});
var $$Index = createComponent(($$result, $$props, $$slots) => {
	return renderTemplate`${renderComponent($$result, "Base", $$Base, {
		"title": avail_title(),
		"noindex": true
	}, { "default": ($$result) => renderTemplate`${renderComponent($$result, "Island", $$Island, {
		"name": "Availability",
		"component": Availability
	})}${renderScript($$result, "/work/wt-hindi/web/src/pages/doctor/availability/index.astro?astro&type=script&index=0&lang.ts")}` })}`;
}, "/work/wt-hindi/web/src/pages/doctor/availability/index.astro", void 0);
var $$file = "/work/wt-hindi/web/src/pages/doctor/availability/index.astro";
var $$url = "/doctor/availability";
// \0virtual:astro:page:src/pages/doctor/availability/index@_@astro
var page = () => availability_exports;
export { page };
