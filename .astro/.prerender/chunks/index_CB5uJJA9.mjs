import { B as lock, C as stethoscope, D as refreshCw, E as search, F as messageSquare, G as hourglass, N as pencil, O as receipt, S as trash, T as shieldCheck, U as indianRupee, V as layoutDashboard, X as download, Y as eye, Z as creditCard, _ as xCircle, b as userSearch, ct as arrowRight, dt as alertCircle, ft as renderScript, g as serviceIcons, ht as __exportAll, it as calendar, j as plus, k as quote, lt as arrowLeft, m as shapesFor, mt as createComponent, nt as checkCircle, q as fileText, rt as check, st as badgeCheck, tt as chevronDown, ut as alertTriangle, v as x, w as star, x as user } from "./skip_to_content_DtyEdUnf.mjs";
import { a as renderComponent, d as renderTemplate } from "./server_DkXzZEFQ.mjs";
import { A as $$Island, C as formatDateTime, D as listOf, O as plainTextExcerpt, c as ApiError, d as role_doctor, k as Icon, l as api, m as nav_health_tips, t as $$Base, u as role_patient, w as formatInr, x as console_badge } from "./Base_BSFoRxR2.mjs";
import { n as roleName, t as Protected } from "./Protected_D2pVYjq-.mjs";
import { t as Button } from "./Button_CN07y6wQ.mjs";
import { t as cancel } from "./cancel_D93OkVGb.mjs";
import { t as Field } from "./Field_BwHk3La6.mjs";
import { t as doctor_experience_label } from "./doctor_experience_label_toRYofpZ.mjs";
import { a as retry, i as Skeletons, n as ErrorState, t as EmptyState } from "./States_D_beH2ie.mjs";
import { a as state_verified, n as StatusBadge, o as state_rejected, r as stateLabel, t as STATUS } from "./StatusBadge_DXGDma2a.mjs";
import { n as Dialog, t as ConfirmDialog } from "./Dialog_1MLDI7Ri.mjs";
import { t as loading } from "./loading_CPk8sSBF.mjs";
import { t as PagedList } from "./PagedList_DZ9L9eJh.mjs";
import { t as Tabs } from "./Tabs_Z9oVysre.mjs";
import { t as problem_generic } from "./problem_generic_D6AyibR1.mjs";
import { c as formatTimeRange, m as viewerZone, r as describeTimeZone, s as formatTime } from "./zoned_CWcmEh3i.mjs";
import { t as scope_today } from "./scope_today_DuDs4YuR.mjs";
import { t as FormError } from "./FormError_CFR7y0xy.mjs";
import { n as tip_by, t as tip_by_team } from "./tip_by_team_BdodMyj7.mjs";
import { n as useForm, t as fieldValue } from "./useForm_D_rb2N8J.mjs";
import { n as formatInstant } from "./DateTime_A3t0TXEJ.mjs";
import { t as Markdown } from "./Markdown_Cisc29B3.mjs";
import { c as doctor_languages_label, n as DoctorAvatar, u as doctor_accepting } from "./DoctorCard_DfVKwrlj.mjs";
import { n as missingDoctorDetails } from "./VerificationBanner_UnXZBmqZ.mjs";
import { t as plural } from "./registry_BbVT5qhj.mjs";
import { createContext } from "preact";
import { Fragment as Fragment$1, jsx, jsxs } from "preact/jsx-runtime";
import { useContext, useEffect, useId, useMemo, useRef } from "preact/hooks";
import { batch, useSignal } from "@preact/signals";
// web/src/paraglide/messages/admin_account.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Admin_AccountInputs */
var en_admin_account = () => {
	return `Account`;
};
/**

* @param {Admin_AccountInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_account = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_account(inputs);
};
// web/src/paraglide/messages/admin_account_details.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Admin_Account_DetailsInputs */
var en_admin_account_details = () => {
	return `Account details`;
};
/**

* @param {Admin_Account_DetailsInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_account_details = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_account_details(inputs);
};
// web/src/paraglide/messages/admin_accounts_noun.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Admin_Accounts_NounInputs */
var en_admin_accounts_noun = () => {
	return `accounts`;
};
/**

* @param {Admin_Accounts_NounInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_accounts_noun = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_accounts_noun(inputs);
};
// web/src/paraglide/messages/admin_active.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Admin_ActiveInputs */
var en_admin_active = () => {
	return `Active`;
};
/**

* @param {Admin_ActiveInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_active = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_active(inputs);
};
// web/src/paraglide/messages/admin_active_hint.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Admin_Active_HintInputs */
var en_admin_active_hint = () => {
	return `Inactive services are kept but not shown to patients.`;
};
/**

* @param {Admin_Active_HintInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_active_hint = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_active_hint(inputs);
};
// web/src/paraglide/messages/admin_add_service.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Admin_Add_ServiceInputs */
var en_admin_add_service = () => {
	return `Add service`;
};
/**

* @param {Admin_Add_ServiceInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_add_service = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_add_service(inputs);
};
// web/src/paraglide/messages/admin_add_service_title.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Admin_Add_Service_TitleInputs */
var en_admin_add_service_title = () => {
	return `Add a service`;
};
/**

* @param {Admin_Add_Service_TitleInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_add_service_title = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_add_service_title(inputs);
};
// web/src/paraglide/messages/admin_address.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Admin_AddressInputs */
var en_admin_address = () => {
	return `Address`;
};
/**

* @param {Admin_AddressInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_address = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_address(inputs);
};
// web/src/paraglide/messages/admin_ahead.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Admin_AheadInputs */
var en_admin_ahead = () => {
	return `Appointments ahead`;
};
/**

* @param {Admin_AheadInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_ahead = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_ahead(inputs);
};
// web/src/paraglide/messages/admin_ahead_none.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Admin_Ahead_NoneInputs */
var en_admin_ahead_none = () => {
	return `None: nothing is booked ahead.`;
};
/**

* @param {Admin_Ahead_NoneInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_ahead_none = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_ahead_none(inputs);
};
// web/src/paraglide/messages/admin_amount.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Admin_AmountInputs */
var en_admin_amount = () => {
	return `Amount`;
};
/**

* @param {Admin_AmountInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_amount = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_amount(inputs);
};
// web/src/paraglide/messages/admin_apply.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Admin_ApplyInputs */
var en_admin_apply = () => {
	return `Apply`;
};
/**

* @param {Admin_ApplyInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_apply = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_apply(inputs);
};
// web/src/paraglide/messages/admin_appointment.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Admin_AppointmentInputs */
var en_admin_appointment = () => {
	return `Appointment`;
};
/**

* @param {Admin_AppointmentInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_appointment = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_appointment(inputs);
};
// web/src/paraglide/messages/admin_appointment_id.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Admin_Appointment_IdInputs */
var en_admin_appointment_id = () => {
	return `Appointment id`;
};
/**

* @param {Admin_Appointment_IdInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_appointment_id = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_appointment_id(inputs);
};
// web/src/paraglide/messages/admin_appointments_noun.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Admin_Appointments_NounInputs */
var en_admin_appointments_noun = () => {
	return `appointments`;
};
/**

* @param {Admin_Appointments_NounInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_appointments_noun = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_appointments_noun(inputs);
};
// web/src/paraglide/messages/admin_appointments_today.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Admin_Appointments_TodayInputs */
var en_admin_appointments_today = () => {
	return `Appointments today`;
};
/**

* @param {Admin_Appointments_TodayInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_appointments_today = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_appointments_today(inputs);
};
// web/src/paraglide/messages/admin_approve.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Admin_ApproveInputs */
var en_admin_approve = () => {
	return `Approve`;
};
/**

* @param {Admin_ApproveInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_approve = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_approve(inputs);
};
// web/src/paraglide/messages/admin_appt_audit_link.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Admin_Appt_Audit_LinkInputs */
var en_admin_appt_audit_link = () => {
	return `Who read or changed this appointment (audit log)`;
};
/**

* @param {Admin_Appt_Audit_LinkInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_appt_audit_link = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_appt_audit_link(inputs);
};
// web/src/paraglide/messages/admin_appt_title.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ doctor: NonNullable<unknown>, patient: NonNullable<unknown> }} Admin_Appt_TitleInputs */
var en_admin_appt_title = (i) => {
	return `${i?.doctor} with ${i?.patient}`;
};
/**

* @param {Admin_Appt_TitleInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_appt_title = (inputs, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_appt_title(inputs);
};
// web/src/paraglide/messages/admin_appts_empty.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ status: NonNullable<unknown> }} Admin_Appts_EmptyInputs */
var en_admin_appts_empty = (i) => {
	return `No ${i?.status} appointments`;
};
/**

* @param {Admin_Appts_EmptyInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_appts_empty = (inputs, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_appts_empty(inputs);
};
// web/src/paraglide/messages/admin_appts_empty_range.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Admin_Appts_Empty_RangeInputs */
var en_admin_appts_empty_range = () => {
	return `Nothing in this date range. Try a wider range or clear it.`;
};
/**

* @param {Admin_Appts_Empty_RangeInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_appts_empty_range = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_appts_empty_range(inputs);
};
// web/src/paraglide/messages/admin_appts_intro.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Admin_Appts_IntroInputs */
var en_admin_appts_intro = () => {
	return `Every consultation by status. Open one to see its payment and transcription.`;
};
/**

* @param {Admin_Appts_IntroInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_appts_intro = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_appts_intro(inputs);
};
// web/src/paraglide/messages/admin_appts_tabs.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Admin_Appts_TabsInputs */
var en_admin_appts_tabs = () => {
	return `Appointments by status`;
};
/**

* @param {Admin_Appts_TabsInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_appts_tabs = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_appts_tabs(inputs);
};
// web/src/paraglide/messages/admin_audit_any.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Admin_Audit_AnyInputs */
var en_admin_audit_any = () => {
	return `Any action`;
};
/**

* @param {Admin_Audit_AnyInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_audit_any = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_audit_any(inputs);
};
// web/src/paraglide/messages/admin_audit_backwards.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Admin_Audit_BackwardsInputs */
var en_admin_audit_backwards = () => {
	return `The end day is before the start day.`;
};
/**

* @param {Admin_Audit_BackwardsInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_audit_backwards = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_audit_backwards(inputs);
};
// web/src/paraglide/messages/admin_audit_bad_actor.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Admin_Audit_Bad_ActorInputs */
var en_admin_audit_bad_actor = () => {
	return `A user id looks like 3f2b6c1e-…-…: 36 characters.`;
};
/**

* @param {Admin_Audit_Bad_ActorInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_audit_bad_actor = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_audit_bad_actor(inputs);
};
// web/src/paraglide/messages/admin_audit_bad_record.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Admin_Audit_Bad_RecordInputs */
var en_admin_audit_bad_record = () => {
	return `A record id has no spaces, e.g. an appointment id.`;
};
/**

* @param {Admin_Audit_Bad_RecordInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_audit_bad_record = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_audit_bad_record(inputs);
};
// web/src/paraglide/messages/admin_audit_by.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Admin_Audit_ByInputs */
var en_admin_audit_by = () => {
	return `By`;
};
/**

* @param {Admin_Audit_ByInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_audit_by = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_audit_by(inputs);
};
// web/src/paraglide/messages/admin_audit_day_from.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Admin_Audit_Day_FromInputs */
var en_admin_audit_day_from = () => {
	return `From (day)`;
};
/**

* @param {Admin_Audit_Day_FromInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_audit_day_from = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_audit_day_from(inputs);
};
// web/src/paraglide/messages/admin_audit_day_to.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Admin_Audit_Day_ToInputs */
var en_admin_audit_day_to = () => {
	return `To (day, inclusive)`;
};
/**

* @param {Admin_Audit_Day_ToInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_audit_day_to = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_audit_day_to(inputs);
};
// web/src/paraglide/messages/admin_audit_export.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Admin_Audit_ExportInputs */
var en_admin_audit_export = () => {
	return `Export CSV`;
};
/**

* @param {Admin_Audit_ExportInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_audit_export = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_audit_export(inputs);
};
// web/src/paraglide/messages/admin_audit_export_all.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Admin_Audit_Export_AllInputs */
var en_admin_audit_export_all = () => {
	return `Export CSV of the whole audit log`;
};
/**

* @param {Admin_Audit_Export_AllInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_audit_export_all = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_audit_export_all(inputs);
};
// web/src/paraglide/messages/admin_audit_export_filtered.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Admin_Audit_Export_FilteredInputs */
var en_admin_audit_export_filtered = () => {
	return `Export CSV of the filtered audit log`;
};
/**

* @param {Admin_Audit_Export_FilteredInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_audit_export_filtered = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_audit_export_filtered(inputs);
};
// web/src/paraglide/messages/admin_audit_filter.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Admin_Audit_FilterInputs */
var en_admin_audit_filter = () => {
	return `Filter the audit log`;
};
/**

* @param {Admin_Audit_FilterInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_audit_filter = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_audit_filter(inputs);
};
// web/src/paraglide/messages/admin_audit_from.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Admin_Audit_FromInputs */
var en_admin_audit_from = () => {
	return `From`;
};
/**

* @param {Admin_Audit_FromInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_audit_from = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_audit_from(inputs);
};
// web/src/paraglide/messages/admin_audit_intro.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ zone: NonNullable<unknown> }} Admin_Audit_IntroInputs */
var en_admin_audit_intro = (i) => {
	return `Every read of medical or personal data and every admin action: who, what, which record, when and from where. Newest first; times in your time zone (${i?.zone}).`;
};
/**

* @param {Admin_Audit_IntroInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_audit_intro = (inputs, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_audit_intro(inputs);
};
// web/src/paraglide/messages/admin_audit_no_match.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Admin_Audit_No_MatchInputs */
var en_admin_audit_no_match = () => {
	return `No events match these filters`;
};
/**

* @param {Admin_Audit_No_MatchInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_audit_no_match = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_audit_no_match(inputs);
};
// web/src/paraglide/messages/admin_audit_no_match_text.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Admin_Audit_No_Match_TextInputs */
var en_admin_audit_no_match_text = () => {
	return `Try a wider date range, or clear a filter.`;
};
/**

* @param {Admin_Audit_No_Match_TextInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_audit_no_match_text = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_audit_no_match_text(inputs);
};
// web/src/paraglide/messages/admin_audit_nothing.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Admin_Audit_NothingInputs */
var en_admin_audit_nothing = () => {
	return `Nothing recorded yet`;
};
/**

* @param {Admin_Audit_NothingInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_audit_nothing = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_audit_nothing(inputs);
};
// web/src/paraglide/messages/admin_audit_nothing_text.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Admin_Audit_Nothing_TextInputs */
var en_admin_audit_nothing_text = () => {
	return `Reads of medical data and admin actions appear here as they happen.`;
};
/**

* @param {Admin_Audit_Nothing_TextInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_audit_nothing_text = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_audit_nothing_text(inputs);
};
// web/src/paraglide/messages/admin_audit_only_person.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Admin_Audit_Only_PersonInputs */
var en_admin_audit_only_person = () => {
	return `Only this person`;
};
/**

* @param {Admin_Audit_Only_PersonInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_audit_only_person = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_audit_only_person(inputs);
};
// web/src/paraglide/messages/admin_audit_only_record.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Admin_Audit_Only_RecordInputs */
var en_admin_audit_only_record = () => {
	return `Only this record`;
};
/**

* @param {Admin_Audit_Only_RecordInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_audit_only_record = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_audit_only_record(inputs);
};
// web/src/paraglide/messages/admin_audit_record.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Admin_Audit_RecordInputs */
var en_admin_audit_record = () => {
	return `Which record (id)`;
};
/**

* @param {Admin_Audit_RecordInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_audit_record = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_audit_record(inputs);
};
// web/src/paraglide/messages/admin_audit_record_placeholder.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Admin_Audit_Record_PlaceholderInputs */
var en_admin_audit_record_placeholder = () => {
	return `an appointment, user or content id`;
};
/**

* @param {Admin_Audit_Record_PlaceholderInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_audit_record_placeholder = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_audit_record_placeholder(inputs);
};
// web/src/paraglide/messages/admin_audit_search.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Admin_Audit_SearchInputs */
var en_admin_audit_search = () => {
	return `Search`;
};
/**

* @param {Admin_Audit_SearchInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_audit_search = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_audit_search(inputs);
};
// web/src/paraglide/messages/admin_audit_what.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Admin_Audit_WhatInputs */
var en_admin_audit_what = () => {
	return `What`;
};
/**

* @param {Admin_Audit_WhatInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_audit_what = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_audit_what(inputs);
};
// web/src/paraglide/messages/admin_audit_who.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Admin_Audit_WhoInputs */
var en_admin_audit_who = () => {
	return `Who (user id)`;
};
/**

* @param {Admin_Audit_WhoInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_audit_who = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_audit_who(inputs);
};
// web/src/paraglide/messages/admin_audit_who_placeholder.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Admin_Audit_Who_PlaceholderInputs */
var en_admin_audit_who_placeholder = () => {
	return `e.g. 3f2b6c1e-…`;
};
/**

* @param {Admin_Audit_Who_PlaceholderInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_audit_who_placeholder = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_audit_who_placeholder(inputs);
};
// web/src/paraglide/messages/admin_back_to_list.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Admin_Back_To_ListInputs */
var en_admin_back_to_list = () => {
	return `Back to the list`;
};
/**

* @param {Admin_Back_To_ListInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_back_to_list = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_back_to_list(inputs);
};
// web/src/paraglide/messages/admin_back_to_site.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Admin_Back_To_SiteInputs */
var en_admin_back_to_site = () => {
	return `Back to the site`;
};
/**

* @param {Admin_Back_To_SiteInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_back_to_site = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_back_to_site(inputs);
};
// web/src/paraglide/messages/admin_bio.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Admin_BioInputs */
var en_admin_bio = () => {
	return `Bio`;
};
/**

* @param {Admin_BioInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_bio = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_bio(inputs);
};
// web/src/paraglide/messages/admin_booked.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Admin_BookedInputs */
var en_admin_booked = () => {
	return `Booked`;
};
/**

* @param {Admin_BookedInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_booked = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_booked(inputs);
};
// web/src/paraglide/messages/admin_bookings.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Admin_BookingsInputs */
var en_admin_bookings = () => {
	return `Bookings`;
};
/**

* @param {Admin_BookingsInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_bookings = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_bookings(inputs);
};
// web/src/paraglide/messages/admin_bookings_per_day.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Admin_Bookings_Per_DayInputs */
var en_admin_bookings_per_day = () => {
	return `Bookings per day`;
};
/**

* @param {Admin_Bookings_Per_DayInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_bookings_per_day = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_bookings_per_day(inputs);
};
// web/src/paraglide/messages/admin_both_see_reason.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Admin_Both_See_ReasonInputs */
var en_admin_both_see_reason = () => {
	return `Both the patient and the doctor see your reason.`;
};
/**

* @param {Admin_Both_See_ReasonInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_both_see_reason = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_both_see_reason(inputs);
};
// web/src/paraglide/messages/admin_by_status.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Admin_By_StatusInputs */
var en_admin_by_status = () => {
	return `Appointments by status`;
};
/**

* @param {Admin_By_StatusInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_by_status = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_by_status(inputs);
};
// web/src/paraglide/messages/admin_cancel_appointment.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Admin_Cancel_AppointmentInputs */
var en_admin_cancel_appointment = () => {
	return `Cancel appointment`;
};
/**

* @param {Admin_Cancel_AppointmentInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_cancel_appointment = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_cancel_appointment(inputs);
};
// web/src/paraglide/messages/admin_cancel_future_body.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Admin_Cancel_Future_BodyInputs */
var en_admin_cancel_future_body = () => {
	return `Each one is cancelled as an admin cancellation: paid consultations are refunded in full, and both sides are emailed.`;
};
/**

* @param {Admin_Cancel_Future_BodyInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_cancel_future_body = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_cancel_future_body(inputs);
};
// web/src/paraglide/messages/admin_cancel_future_confirm.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Admin_Cancel_Future_ConfirmInputs */
var en_admin_cancel_future_confirm = () => {
	return `Cancel appointments`;
};
/**

* @param {Admin_Cancel_Future_ConfirmInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_cancel_future_confirm = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_cancel_future_confirm(inputs);
};
// web/src/paraglide/messages/admin_cancel_future_title.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ name: NonNullable<unknown> }} Admin_Cancel_Future_TitleInputs */
var en_admin_cancel_future_title = (i) => {
	return `Cancel ${i?.name}'s appointments?`;
};
/**

* @param {Admin_Cancel_Future_TitleInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_cancel_future_title = (inputs, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_cancel_future_title(inputs);
};
// web/src/paraglide/messages/admin_cancel_n.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ count: NonNullable<unknown> }} Admin_Cancel_NInputs */
var en_admin_cancel_n = (i) => {
	const countPlural = plural("en", i?.count, {});
	if (countPlural === "one") return `Cancel ${i?.count} appointment`;
	if (countPlural === "other") return `Cancel ${i?.count} appointments`;
	return "admin_cancel_n";
};
/**

* @param {Admin_Cancel_NInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_cancel_n = (inputs, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_cancel_n(inputs);
};
// web/src/paraglide/messages/admin_cancel_reason_hint.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Admin_Cancel_Reason_HintInputs */
var en_admin_cancel_reason_hint = () => {
	return `For example: the doctor is unwell and cannot consult today.`;
};
/**

* @param {Admin_Cancel_Reason_HintInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_cancel_reason_hint = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_cancel_reason_hint(inputs);
};
// web/src/paraglide/messages/admin_cancel_reason_missing.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Admin_Cancel_Reason_MissingInputs */
var en_admin_cancel_reason_missing = () => {
	return `Give a reason; both parties see it.`;
};
/**

* @param {Admin_Cancel_Reason_MissingInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_cancel_reason_missing = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_cancel_reason_missing(inputs);
};
// web/src/paraglide/messages/admin_cancel_summary.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ who: NonNullable<unknown>, when: NonNullable<unknown> }} Admin_Cancel_SummaryInputs */
var en_admin_cancel_summary = (i) => {
	return `${i?.who}, ${i?.when}.`;
};
/**

* @param {Admin_Cancel_SummaryInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_cancel_summary = (inputs, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_cancel_summary(inputs);
};
// web/src/paraglide/messages/admin_cancel_title.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Admin_Cancel_TitleInputs */
var en_admin_cancel_title = () => {
	return `Cancel this appointment?`;
};
/**

* @param {Admin_Cancel_TitleInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_cancel_title = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_cancel_title(inputs);
};
// web/src/paraglide/messages/admin_cancelled_because.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Admin_Cancelled_BecauseInputs */
var en_admin_cancelled_because = () => {
	return `Why it was cancelled`;
};
/**

* @param {Admin_Cancelled_BecauseInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_cancelled_because = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_cancelled_because(inputs);
};
// web/src/paraglide/messages/admin_cancelled_refunded.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ amount: NonNullable<unknown> }} Admin_Cancelled_RefundedInputs */
var en_admin_cancelled_refunded = (i) => {
	return `Appointment cancelled. ${i?.amount} is refunded to the patient.`;
};
/**

* @param {Admin_Cancelled_RefundedInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_cancelled_refunded = (inputs, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_cancelled_refunded(inputs);
};
// web/src/paraglide/messages/admin_cancelled_toast.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Admin_Cancelled_ToastInputs */
var en_admin_cancelled_toast = () => {
	return `Appointment cancelled.`;
};
/**

* @param {Admin_Cancelled_ToastInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_cancelled_toast = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_cancelled_toast(inputs);
};
// web/src/paraglide/messages/admin_cancelling.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Admin_CancellingInputs */
var en_admin_cancelling = () => {
	return `Cancelling…`;
};
/**

* @param {Admin_CancellingInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_cancelling = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_cancelling(inputs);
};
// web/src/paraglide/messages/admin_changed_since.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Admin_Changed_SinceInputs */
var en_admin_changed_since = () => {
	return `Changed since the last check:`;
};
/**

* @param {Admin_Changed_SinceInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_changed_since = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_changed_since(inputs);
};
// web/src/paraglide/messages/admin_chart_desc.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ days: NonNullable<unknown>, from: NonNullable<unknown>, to: NonNullable<unknown>, total: NonNullable<unknown>, most: NonNullable<unknown> }} Admin_Chart_DescInputs */
var en_admin_chart_desc = (i) => {
	return `${i?.days} days from ${i?.from} to ${i?.to}: ${i?.total} in all${i?.most}. Every day's number is in the table that follows.`;
};
/**

* @param {Admin_Chart_DescInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_chart_desc = (inputs, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_chart_desc(inputs);
};
// web/src/paraglide/messages/admin_chart_empty.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Admin_Chart_EmptyInputs */
var en_admin_chart_empty = () => {
	return `No bookings in the last 30 days`;
};
/**

* @param {Admin_Chart_EmptyInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_chart_empty = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_chart_empty(inputs);
};
// web/src/paraglide/messages/admin_chart_most.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ day: NonNullable<unknown>, count: NonNullable<unknown> }} Admin_Chart_MostInputs */
var en_admin_chart_most = (i) => {
	return `, most on ${i?.day} (${i?.count})`;
};
/**

* @param {Admin_Chart_MostInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_chart_most = (inputs, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_chart_most(inputs);
};
// web/src/paraglide/messages/admin_chart_no_data.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Admin_Chart_No_DataInputs */
var en_admin_chart_no_data = () => {
	return `No data.`;
};
/**

* @param {Admin_Chart_No_DataInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_chart_no_data = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_chart_no_data(inputs);
};
// web/src/paraglide/messages/admin_chart_title.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Admin_Chart_TitleInputs */
var en_admin_chart_title = () => {
	return `Bookings per day, last 30 days`;
};
/**

* @param {Admin_Chart_TitleInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_chart_title = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_chart_title(inputs);
};
// web/src/paraglide/messages/admin_choose_icon.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Admin_Choose_IconInputs */
var en_admin_choose_icon = () => {
	return `Choose an icon.`;
};
/**

* @param {Admin_Choose_IconInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_choose_icon = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_choose_icon(inputs);
};
// web/src/paraglide/messages/admin_clear.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Admin_ClearInputs */
var en_admin_clear = () => {
	return `Clear`;
};
/**

* @param {Admin_ClearInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_clear = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_clear(inputs);
};
// web/src/paraglide/messages/admin_consultation.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Admin_ConsultationInputs */
var en_admin_consultation = () => {
	return `Consultation`;
};
/**

* @param {Admin_ConsultationInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_consultation = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_consultation(inputs);
};
// web/src/paraglide/messages/admin_content_intro.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Admin_Content_IntroInputs */
var en_admin_content_intro = () => {
	return `What patients see on the public site: services, health tips and patient stories.`;
};
/**

* @param {Admin_Content_IntroInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_content_intro = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_content_intro(inputs);
};
// web/src/paraglide/messages/admin_dashboard_error.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Admin_Dashboard_ErrorInputs */
var en_admin_dashboard_error = () => {
	return `We could not load the dashboard`;
};
/**

* @param {Admin_Dashboard_ErrorInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_dashboard_error = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_dashboard_error(inputs);
};
// web/src/paraglide/messages/admin_dashboard_intro.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Admin_Dashboard_IntroInputs */
var en_admin_dashboard_intro = () => {
	return `The platform at a glance, from live counters.`;
};
/**

* @param {Admin_Dashboard_IntroInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_dashboard_intro = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_dashboard_intro(inputs);
};
// web/src/paraglide/messages/admin_dashboard_loaded.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Admin_Dashboard_LoadedInputs */
var en_admin_dashboard_loaded = () => {
	return `Dashboard loaded.`;
};
/**

* @param {Admin_Dashboard_LoadedInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_dashboard_loaded = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_dashboard_loaded(inputs);
};
// web/src/paraglide/messages/admin_dashboard_loading.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Admin_Dashboard_LoadingInputs */
var en_admin_dashboard_loading = () => {
	return `Loading the dashboard…`;
};
/**

* @param {Admin_Dashboard_LoadingInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_dashboard_loading = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_dashboard_loading(inputs);
};
// web/src/paraglide/messages/admin_date.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Admin_DateInputs */
var en_admin_date = () => {
	return `Date`;
};
/**

* @param {Admin_DateInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_date = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_date(inputs);
};
// web/src/paraglide/messages/admin_date_range.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Admin_Date_RangeInputs */
var en_admin_date_range = () => {
	return `Date range`;
};
/**

* @param {Admin_Date_RangeInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_date_range = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_date_range(inputs);
};
// web/src/paraglide/messages/admin_delete.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Admin_DeleteInputs */
var en_admin_delete = () => {
	return `Delete`;
};
/**

* @param {Admin_DeleteInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_delete = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_delete(inputs);
};
// web/src/paraglide/messages/admin_delete_named.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ name: NonNullable<unknown> }} Admin_Delete_NamedInputs */
var en_admin_delete_named = (i) => {
	return `Delete ${i?.name}?`;
};
/**

* @param {Admin_Delete_NamedInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_delete_named = (inputs, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_delete_named(inputs);
};
// web/src/paraglide/messages/admin_delete_quoted.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ name: NonNullable<unknown> }} Admin_Delete_QuotedInputs */
var en_admin_delete_quoted = (i) => {
	return `Delete “${i?.name}”?`;
};
/**

* @param {Admin_Delete_QuotedInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_delete_quoted = (inputs, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_delete_quoted(inputs);
};
// web/src/paraglide/messages/admin_deleting.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Admin_DeletingInputs */
var en_admin_deleting = () => {
	return `Deleting…`;
};
/**

* @param {Admin_DeletingInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_deleting = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_deleting(inputs);
};
// web/src/paraglide/messages/admin_description.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Admin_DescriptionInputs */
var en_admin_description = () => {
	return `Description`;
};
/**

* @param {Admin_DescriptionInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_description = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_description(inputs);
};
// web/src/paraglide/messages/admin_details.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Admin_DetailsInputs */
var en_admin_details = () => {
	return `Details`;
};
/**

* @param {Admin_DetailsInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_details = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_details(inputs);
};
// web/src/paraglide/messages/admin_details_error.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Admin_Details_ErrorInputs */
var en_admin_details_error = () => {
	return `We could not load these details`;
};
/**

* @param {Admin_Details_ErrorInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_details_error = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_details_error(inputs);
};
// web/src/paraglide/messages/admin_details_loaded.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Admin_Details_LoadedInputs */
var en_admin_details_loaded = () => {
	return `Details loaded.`;
};
/**

* @param {Admin_Details_LoadedInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_details_loaded = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_details_loaded(inputs);
};
// web/src/paraglide/messages/admin_details_of.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ name: NonNullable<unknown> }} Admin_Details_OfInputs */
var en_admin_details_of = (i) => {
	return `of ${i?.name}`;
};
/**

* @param {Admin_Details_OfInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_details_of = (inputs, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_details_of(inputs);
};
// web/src/paraglide/messages/admin_dir_admins.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Admin_Dir_AdminsInputs */
var en_admin_dir_admins = () => {
	return `Admins`;
};
/**

* @param {Admin_Dir_AdminsInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_dir_admins = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_dir_admins(inputs);
};
// web/src/paraglide/messages/admin_dir_disabled.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Admin_Dir_DisabledInputs */
var en_admin_dir_disabled = () => {
	return `Doctors — disabled`;
};
/**

* @param {Admin_Dir_DisabledInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_dir_disabled = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_dir_disabled(inputs);
};
// web/src/paraglide/messages/admin_dir_patients.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Admin_Dir_PatientsInputs */
var en_admin_dir_patients = () => {
	return `Patients`;
};
/**

* @param {Admin_Dir_PatientsInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_dir_patients = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_dir_patients(inputs);
};
// web/src/paraglide/messages/admin_dir_pending.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Admin_Dir_PendingInputs */
var en_admin_dir_pending = () => {
	return `Doctors — pending verification`;
};
/**

* @param {Admin_Dir_PendingInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_dir_pending = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_dir_pending(inputs);
};
// web/src/paraglide/messages/admin_dir_rejected.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Admin_Dir_RejectedInputs */
var en_admin_dir_rejected = () => {
	return `Doctors — rejected`;
};
/**

* @param {Admin_Dir_RejectedInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_dir_rejected = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_dir_rejected(inputs);
};
// web/src/paraglide/messages/admin_dir_verified.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Admin_Dir_VerifiedInputs */
var en_admin_dir_verified = () => {
	return `Doctors — verified`;
};
/**

* @param {Admin_Dir_VerifiedInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_dir_verified = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_dir_verified(inputs);
};
// web/src/paraglide/messages/admin_directory.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Admin_DirectoryInputs */
var en_admin_directory = () => {
	return `Directory`;
};
/**

* @param {Admin_DirectoryInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_directory = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_directory(inputs);
};
// web/src/paraglide/messages/admin_disable.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Admin_DisableInputs */
var en_admin_disable = () => {
	return `Disable account`;
};
/**

* @param {Admin_DisableInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_disable = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_disable(inputs);
};
// web/src/paraglide/messages/admin_disable_ahead.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ count: NonNullable<unknown> }} Admin_Disable_AheadInputs */
var en_admin_disable_ahead = (i) => {
	const countPlural = plural("en", i?.count, {});
	if (countPlural === "one") return `They have ${i?.count} appointment ahead:`;
	if (countPlural === "other") return `They have ${i?.count} appointments ahead:`;
	return "admin_disable_ahead";
};
/**

* @param {Admin_Disable_AheadInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_disable_ahead = (inputs, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_disable_ahead(inputs);
};
// web/src/paraglide/messages/admin_disable_body.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ name: NonNullable<unknown> }} Admin_Disable_BodyInputs */
var en_admin_disable_body = (i) => {
	return `${i?.name} will not be able to sign in, and is signed out of everything at once.`;
};
/**

* @param {Admin_Disable_BodyInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_disable_body = (inputs, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_disable_body(inputs);
};
// web/src/paraglide/messages/admin_disable_cancel_too.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Admin_Disable_Cancel_TooInputs */
var en_admin_disable_cancel_too = () => {
	return `Also cancel them: paid consultations are refunded in full and both sides are emailed. Otherwise they stay, and you can cancel them later from this account.`;
};
/**

* @param {Admin_Disable_Cancel_TooInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_disable_cancel_too = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_disable_cancel_too(inputs);
};
// web/src/paraglide/messages/admin_disable_doctor.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Admin_Disable_DoctorInputs */
var en_admin_disable_doctor = () => {
	return `They leave search at once and can no longer be booked or paid.`;
};
/**

* @param {Admin_Disable_DoctorInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_disable_doctor = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_disable_doctor(inputs);
};
// web/src/paraglide/messages/admin_disable_none_ahead.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Admin_Disable_None_AheadInputs */
var en_admin_disable_none_ahead = () => {
	return `They have no appointments ahead.`;
};
/**

* @param {Admin_Disable_None_AheadInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_disable_none_ahead = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_disable_none_ahead(inputs);
};
// web/src/paraglide/messages/admin_disable_reversible.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Admin_Disable_ReversibleInputs */
var en_admin_disable_reversible = () => {
	return `You can enable the account again at any time.`;
};
/**

* @param {Admin_Disable_ReversibleInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_disable_reversible = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_disable_reversible(inputs);
};
// web/src/paraglide/messages/admin_disable_title.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ name: NonNullable<unknown> }} Admin_Disable_TitleInputs */
var en_admin_disable_title = (i) => {
	return `Disable ${i?.name}'s account?`;
};
/**

* @param {Admin_Disable_TitleInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_disable_title = (inputs, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_disable_title(inputs);
};
// web/src/paraglide/messages/admin_disabled.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Admin_DisabledInputs */
var en_admin_disabled = () => {
	return `Disabled`;
};
/**

* @param {Admin_DisabledInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_disabled = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_disabled(inputs);
};
// web/src/paraglide/messages/admin_disabling.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Admin_DisablingInputs */
var en_admin_disabling = () => {
	return `Disabling…`;
};
/**

* @param {Admin_DisablingInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_disabling = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_disabling(inputs);
};
// web/src/paraglide/messages/admin_discard.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Admin_DiscardInputs */
var en_admin_discard = () => {
	return `Discard`;
};
/**

* @param {Admin_DiscardInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_discard = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_discard(inputs);
};
// web/src/paraglide/messages/admin_dismiss.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Admin_DismissInputs */
var en_admin_dismiss = () => {
	return `Dismiss message`;
};
/**

* @param {Admin_DismissInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_dismiss = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_dismiss(inputs);
};
// web/src/paraglide/messages/admin_dob.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Admin_DobInputs */
var en_admin_dob = () => {
	return `Date of birth`;
};
/**

* @param {Admin_DobInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_dob = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_dob(inputs);
};
// web/src/paraglide/messages/admin_doctor_id.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Admin_Doctor_IdInputs */
var en_admin_doctor_id = () => {
	return `Doctor id`;
};
/**

* @param {Admin_Doctor_IdInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_doctor_id = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_doctor_id(inputs);
};
// web/src/paraglide/messages/admin_doctor_name.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ name: NonNullable<unknown> }} Admin_Doctor_NameInputs */
var en_admin_doctor_name = (i) => {
	return `Dr. ${i?.name}`;
};
/**

* @param {Admin_Doctor_NameInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_doctor_name = (inputs, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_doctor_name(inputs);
};
// web/src/paraglide/messages/admin_doctor_profile.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Admin_Doctor_ProfileInputs */
var en_admin_doctor_profile = () => {
	return `Doctor profile`;
};
/**

* @param {Admin_Doctor_ProfileInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_doctor_profile = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_doctor_profile(inputs);
};
// web/src/paraglide/messages/admin_doctor_zone.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Admin_Doctor_ZoneInputs */
var en_admin_doctor_zone = () => {
	return `Doctor’s time zone`;
};
/**

* @param {Admin_Doctor_ZoneInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_doctor_zone = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_doctor_zone(inputs);
};
// web/src/paraglide/messages/admin_doctors_empty_disabled.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Admin_Doctors_Empty_DisabledInputs */
var en_admin_doctors_empty_disabled = () => {
	return `No disabled doctors`;
};
/**

* @param {Admin_Doctors_Empty_DisabledInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_doctors_empty_disabled = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_doctors_empty_disabled(inputs);
};
// web/src/paraglide/messages/admin_doctors_empty_disabled_text.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Admin_Doctors_Empty_Disabled_TextInputs */
var en_admin_doctors_empty_disabled_text = () => {
	return `Doctors whose accounts are disabled are listed here.`;
};
/**

* @param {Admin_Doctors_Empty_Disabled_TextInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_doctors_empty_disabled_text = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_doctors_empty_disabled_text(inputs);
};
// web/src/paraglide/messages/admin_doctors_empty_pending.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Admin_Doctors_Empty_PendingInputs */
var en_admin_doctors_empty_pending = () => {
	return `The queue is empty`;
};
/**

* @param {Admin_Doctors_Empty_PendingInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_doctors_empty_pending = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_doctors_empty_pending(inputs);
};
// web/src/paraglide/messages/admin_doctors_empty_pending_text.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Admin_Doctors_Empty_Pending_TextInputs */
var en_admin_doctors_empty_pending_text = () => {
	return `New doctors appear here when they register. Nobody is waiting.`;
};
/**

* @param {Admin_Doctors_Empty_Pending_TextInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_doctors_empty_pending_text = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_doctors_empty_pending_text(inputs);
};
// web/src/paraglide/messages/admin_doctors_empty_rejected.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Admin_Doctors_Empty_RejectedInputs */
var en_admin_doctors_empty_rejected = () => {
	return `No rejected doctors`;
};
/**

* @param {Admin_Doctors_Empty_RejectedInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_doctors_empty_rejected = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_doctors_empty_rejected(inputs);
};
// web/src/paraglide/messages/admin_doctors_empty_rejected_text.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Admin_Doctors_Empty_Rejected_TextInputs */
var en_admin_doctors_empty_rejected_text = () => {
	return `Doctors whose registration you reject are listed here.`;
};
/**

* @param {Admin_Doctors_Empty_Rejected_TextInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_doctors_empty_rejected_text = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_doctors_empty_rejected_text(inputs);
};
// web/src/paraglide/messages/admin_doctors_empty_verified.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Admin_Doctors_Empty_VerifiedInputs */
var en_admin_doctors_empty_verified = () => {
	return `No verified doctors yet`;
};
/**

* @param {Admin_Doctors_Empty_VerifiedInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_doctors_empty_verified = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_doctors_empty_verified(inputs);
};
// web/src/paraglide/messages/admin_doctors_empty_verified_text.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Admin_Doctors_Empty_Verified_TextInputs */
var en_admin_doctors_empty_verified_text = () => {
	return `Doctors you verify are listed here.`;
};
/**

* @param {Admin_Doctors_Empty_Verified_TextInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_doctors_empty_verified_text = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_doctors_empty_verified_text(inputs);
};
// web/src/paraglide/messages/admin_doctors_intro.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Admin_Doctors_IntroInputs */
var en_admin_doctors_intro = () => {
	return `Check each registration before verifying: verified doctors appear in search and can be booked.`;
};
/**

* @param {Admin_Doctors_IntroInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_doctors_intro = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_doctors_intro(inputs);
};
// web/src/paraglide/messages/admin_doctors_noun.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Admin_Doctors_NounInputs */
var en_admin_doctors_noun = () => {
	return `doctors`;
};
/**

* @param {Admin_Doctors_NounInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_doctors_noun = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_doctors_noun(inputs);
};
// web/src/paraglide/messages/admin_doctors_queue.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Admin_Doctors_QueueInputs */
var en_admin_doctors_queue = () => {
	return `Verification queue`;
};
/**

* @param {Admin_Doctors_QueueInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_doctors_queue = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_doctors_queue(inputs);
};
// web/src/paraglide/messages/admin_doctors_tabs.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Admin_Doctors_TabsInputs */
var en_admin_doctors_tabs = () => {
	return `Doctors by verification status`;
};
/**

* @param {Admin_Doctors_TabsInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_doctors_tabs = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_doctors_tabs(inputs);
};
// web/src/paraglide/messages/admin_edit.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Admin_EditInputs */
var en_admin_edit = () => {
	return `Edit`;
};
/**

* @param {Admin_EditInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_edit = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_edit(inputs);
};
// web/src/paraglide/messages/admin_edit_service.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ name: NonNullable<unknown> }} Admin_Edit_ServiceInputs */
var en_admin_edit_service = (i) => {
	return `Edit ${i?.name}`;
};
/**

* @param {Admin_Edit_ServiceInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_edit_service = (inputs, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_edit_service(inputs);
};
// web/src/paraglide/messages/admin_edit_tip.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Admin_Edit_TipInputs */
var en_admin_edit_tip = () => {
	return `Edit health tip`;
};
/**

* @param {Admin_Edit_TipInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_edit_tip = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_edit_tip(inputs);
};
// web/src/paraglide/messages/admin_education.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Admin_EducationInputs */
var en_admin_education = () => {
	return `Education`;
};
/**

* @param {Admin_EducationInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_education = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_education(inputs);
};
// web/src/paraglide/messages/admin_enable.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Admin_EnableInputs */
var en_admin_enable = () => {
	return `Enable account`;
};
/**

* @param {Admin_EnableInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_enable = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_enable(inputs);
};
// web/src/paraglide/messages/admin_enable_body.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ name: NonNullable<unknown> }} Admin_Enable_BodyInputs */
var en_admin_enable_body = (i) => {
	return `${i?.name} will be able to sign in again.`;
};
/**

* @param {Admin_Enable_BodyInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_enable_body = (inputs, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_enable_body(inputs);
};
// web/src/paraglide/messages/admin_enable_doctor.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Admin_Enable_DoctorInputs */
var en_admin_enable_doctor = () => {
	return `As a verified doctor, they will appear in search again.`;
};
/**

* @param {Admin_Enable_DoctorInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_enable_doctor = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_enable_doctor(inputs);
};
// web/src/paraglide/messages/admin_enable_title.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ name: NonNullable<unknown> }} Admin_Enable_TitleInputs */
var en_admin_enable_title = (i) => {
	return `Enable ${i?.name}'s account?`;
};
/**

* @param {Admin_Enable_TitleInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_enable_title = (inputs, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_enable_title(inputs);
};
// web/src/paraglide/messages/admin_enabling.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Admin_EnablingInputs */
var en_admin_enabling = () => {
	return `Enabling…`;
};
/**

* @param {Admin_EnablingInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_enabling = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_enabling(inputs);
};
// web/src/paraglide/messages/admin_error.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Admin_ErrorInputs */
var en_admin_error = () => {
	return `Error`;
};
/**

* @param {Admin_ErrorInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_error = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_error(inputs);
};
// web/src/paraglide/messages/admin_events_noun.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Admin_Events_NounInputs */
var en_admin_events_noun = () => {
	return `events`;
};
/**

* @param {Admin_Events_NounInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_events_noun = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_events_noun(inputs);
};
// web/src/paraglide/messages/admin_failed_transcriptions.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Admin_Failed_TranscriptionsInputs */
var en_admin_failed_transcriptions = () => {
	return `Failed transcriptions`;
};
/**

* @param {Admin_Failed_TranscriptionsInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_failed_transcriptions = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_failed_transcriptions(inputs);
};
// web/src/paraglide/messages/admin_failure.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Admin_FailureInputs */
var en_admin_failure = () => {
	return `Failure:`;
};
/**

* @param {Admin_FailureInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_failure = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_failure(inputs);
};
// web/src/paraglide/messages/admin_feature.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Admin_FeatureInputs */
var en_admin_feature = () => {
	return `Feature`;
};
/**

* @param {Admin_FeatureInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_feature = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_feature(inputs);
};
// web/src/paraglide/messages/admin_feature_home.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Admin_Feature_HomeInputs */
var en_admin_feature_home = () => {
	return `Feature on the home page`;
};
/**

* @param {Admin_Feature_HomeInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_feature_home = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_feature_home(inputs);
};
// web/src/paraglide/messages/admin_feature_home_hint.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Admin_Feature_Home_HintInputs */
var en_admin_feature_home_hint = () => {
	return `The newest three featured tips are shown there.`;
};
/**

* @param {Admin_Feature_Home_HintInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_feature_home_hint = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_feature_home_hint(inputs);
};
// web/src/paraglide/messages/admin_featured.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Admin_FeaturedInputs */
var en_admin_featured = () => {
	return `Featured`;
};
/**

* @param {Admin_FeaturedInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_featured = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_featured(inputs);
};
// web/src/paraglide/messages/admin_fee.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Admin_FeeInputs */
var en_admin_fee = () => {
	return `Consultation fee`;
};
/**

* @param {Admin_FeeInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_fee = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_fee(inputs);
};
// web/src/paraglide/messages/admin_for_payment.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ amount: NonNullable<unknown> }} Admin_For_PaymentInputs */
var en_admin_for_payment = (i) => {
	return `for the payment of ${i?.amount}`;
};
/**

* @param {Admin_For_PaymentInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_for_payment = (inputs, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_for_payment(inputs);
};
// web/src/paraglide/messages/admin_hidden.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Admin_HiddenInputs */
var en_admin_hidden = () => {
	return `Hidden`;
};
/**

* @param {Admin_HiddenInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_hidden = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_hidden(inputs);
};
// web/src/paraglide/messages/admin_hold_ran_out.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Admin_Hold_Ran_OutInputs */
var en_admin_hold_ran_out = () => {
	return `(the payment hold expired)`;
};
/**

* @param {Admin_Hold_Ran_OutInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_hold_ran_out = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_hold_ran_out(inputs);
};
// web/src/paraglide/messages/admin_hospital.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Admin_HospitalInputs */
var en_admin_hospital = () => {
	return `Hospital or clinic`;
};
/**

* @param {Admin_HospitalInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_hospital = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_hospital(inputs);
};
// web/src/paraglide/messages/admin_https_only.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Admin_Https_OnlyInputs */
var en_admin_https_only = () => {
	return `Use an https:// link.`;
};
/**

* @param {Admin_Https_OnlyInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_https_only = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_https_only(inputs);
};
// web/src/paraglide/messages/admin_icon.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Admin_IconInputs */
var en_admin_icon = () => {
	return `Icon`;
};
/**

* @param {Admin_IconInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_icon = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_icon(inputs);
};
// web/src/paraglide/messages/admin_identifiers.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Admin_IdentifiersInputs */
var en_admin_identifiers = () => {
	return `Identifiers`;
};
/**

* @param {Admin_IdentifiersInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_identifiers = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_identifiers(inputs);
};
// web/src/paraglide/messages/admin_image_hint.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Admin_Image_HintInputs */
var en_admin_image_hint = () => {
	return `An https:// address. It is shown only if the image is on this site.`;
};
/**

* @param {Admin_Image_HintInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_image_hint = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_image_hint(inputs);
};
// web/src/paraglide/messages/admin_image_link.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Admin_Image_LinkInputs */
var en_admin_image_link = () => {
	return `Image link`;
};
/**

* @param {Admin_Image_LinkInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_image_link = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_image_link(inputs);
};
// web/src/paraglide/messages/admin_in_all.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ count: NonNullable<unknown> }} Admin_In_AllInputs */
var en_admin_in_all = (i) => {
	return `${i?.count} in all`;
};
/**

* @param {Admin_In_AllInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_in_all = (inputs, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_in_all(inputs);
};
// web/src/paraglide/messages/admin_incl_gst.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ amount: NonNullable<unknown> }} Admin_Incl_GstInputs */
var en_admin_incl_gst = (i) => {
	return `${i?.amount} incl. GST`;
};
/**

* @param {Admin_Incl_GstInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_incl_gst = (inputs, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_incl_gst(inputs);
};
// web/src/paraglide/messages/admin_incomplete.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ missing: NonNullable<unknown> }} Admin_IncompleteInputs */
var en_admin_incomplete = (i) => {
	return `Cannot be verified yet: the doctor has not given their ${i?.missing}.`;
};
/**

* @param {Admin_IncompleteInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_incomplete = (inputs, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_incomplete(inputs);
};
// web/src/paraglide/messages/admin_joined.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Admin_JoinedInputs */
var en_admin_joined = () => {
	return `Joined`;
};
/**

* @param {Admin_JoinedInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_joined = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_joined(inputs);
};
// web/src/paraglide/messages/admin_joined_on.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ date: NonNullable<unknown> }} Admin_Joined_OnInputs */
var en_admin_joined_on = (i) => {
	return `Joined ${i?.date}`;
};
/**

* @param {Admin_Joined_OnInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_joined_on = (inputs, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_joined_on(inputs);
};
// web/src/paraglide/messages/admin_last_30.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ total: NonNullable<unknown> }} Admin_Last_30Inputs */
var en_admin_last_30 = (i) => {
	return `${i?.total} in the last 30 days`;
};
/**

* @param {Admin_Last_30Inputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_last_30 = (inputs, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_last_30(inputs);
};
// web/src/paraglide/messages/admin_list_error.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ what: NonNullable<unknown> }} Admin_List_ErrorInputs */
var en_admin_list_error = (i) => {
	return `We could not load the ${i?.what}`;
};
/**

* @param {Admin_List_ErrorInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_list_error = (inputs, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_list_error(inputs);
};
// web/src/paraglide/messages/admin_list_loaded.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ what: NonNullable<unknown>, shown: NonNullable<unknown> }} Admin_List_LoadedInputs */
var en_admin_list_loaded = (i) => {
	return `Loaded ${i?.what}; ${i?.shown} shown.`;
};
/**

* @param {Admin_List_LoadedInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_list_loaded = (inputs, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_list_loaded(inputs);
};
// web/src/paraglide/messages/admin_list_loaded_all.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ what: NonNullable<unknown>, shown: NonNullable<unknown> }} Admin_List_Loaded_AllInputs */
var en_admin_list_loaded_all = (i) => {
	return `Loaded ${i?.what}; ${i?.shown} shown, that is all.`;
};
/**

* @param {Admin_List_Loaded_AllInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_list_loaded_all = (inputs, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_list_loaded_all(inputs);
};
// web/src/paraglide/messages/admin_list_none.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ what: NonNullable<unknown> }} Admin_List_NoneInputs */
var en_admin_list_none = (i) => {
	return `No ${i?.what} to show.`;
};
/**

* @param {Admin_List_NoneInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_list_none = (inputs, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_list_none(inputs);
};
// web/src/paraglide/messages/admin_list_showing.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ what: NonNullable<unknown> }} Admin_List_ShowingInputs */
var en_admin_list_showing = (i) => {
	return `Showing ${i?.what}.`;
};
/**

* @param {Admin_List_ShowingInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_list_showing = (inputs, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_list_showing(inputs);
};
// web/src/paraglide/messages/admin_list_showing_more.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ what: NonNullable<unknown> }} Admin_List_Showing_MoreInputs */
var en_admin_list_showing_more = (i) => {
	return `Showing ${i?.what}; more can be loaded.`;
};
/**

* @param {Admin_List_Showing_MoreInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_list_showing_more = (inputs, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_list_showing_more(inputs);
};
// web/src/paraglide/messages/admin_load_more.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Admin_Load_MoreInputs */
var en_admin_load_more = () => {
	return `Load more`;
};
/**

* @param {Admin_Load_MoreInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_load_more = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_load_more(inputs);
};
// web/src/paraglide/messages/admin_loading_details.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Admin_Loading_DetailsInputs */
var en_admin_loading_details = () => {
	return `Loading details…`;
};
/**

* @param {Admin_Loading_DetailsInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_loading_details = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_loading_details(inputs);
};
// web/src/paraglide/messages/admin_md_code.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Admin_Md_CodeInputs */
var en_admin_md_code = () => {
	return `a dose or a term, set apart`;
};
/**

* @param {Admin_Md_CodeInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_md_code = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_md_code(inputs);
};
// web/src/paraglide/messages/admin_md_emphasis.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Admin_Md_EmphasisInputs */
var en_admin_md_emphasis = () => {
	return `emphasis`;
};
/**

* @param {Admin_Md_EmphasisInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_md_emphasis = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_md_emphasis(inputs);
};
// web/src/paraglide/messages/admin_md_heading.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Admin_Md_HeadingInputs */
var en_admin_md_heading = () => {
	return `a section heading (### for a smaller one)`;
};
/**

* @param {Admin_Md_HeadingInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_md_heading = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_md_heading(inputs);
};
// web/src/paraglide/messages/admin_md_help.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Admin_Md_HelpInputs */
var en_admin_md_help = () => {
	return `Formatting help`;
};
/**

* @param {Admin_Md_HelpInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_md_help = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_md_help(inputs);
};
// web/src/paraglide/messages/admin_md_link.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Admin_Md_LinkInputs */
var en_admin_md_link = () => {
	return `a link; only https:// links work`;
};
/**

* @param {Admin_Md_LinkInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_md_link = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_md_link(inputs);
};
// web/src/paraglide/messages/admin_md_list.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Admin_Md_ListInputs */
var en_admin_md_list = () => {
	return `a list, one item per line`;
};
/**

* @param {Admin_Md_ListInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_md_list = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_md_list(inputs);
};
// web/src/paraglide/messages/admin_md_paragraph.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Admin_Md_ParagraphInputs */
var en_admin_md_paragraph = () => {
	return `a new paragraph`;
};
/**

* @param {Admin_Md_ParagraphInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_md_paragraph = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_md_paragraph(inputs);
};
// web/src/paraglide/messages/admin_md_safe.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Admin_Md_SafeInputs */
var en_admin_md_safe = () => {
	return `HTML is shown as text, never run. Anything else appears exactly as typed.`;
};
/**

* @param {Admin_Md_SafeInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_md_safe = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_md_safe(inputs);
};
// web/src/paraglide/messages/admin_mfa_link.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Admin_Mfa_LinkInputs */
var en_admin_mfa_link = () => {
	return `Set up two-step sign-in`;
};
/**

* @param {Admin_Mfa_LinkInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_mfa_link = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_mfa_link(inputs);
};
// web/src/paraglide/messages/admin_mfa_text.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Admin_Mfa_TextInputs */
var en_admin_mfa_text = () => {
	return `Admins sign in with a code from an authenticator app as well as a password. Turn it on in your account, then come back.`;
};
/**

* @param {Admin_Mfa_TextInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_mfa_text = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_mfa_text(inputs);
};
// web/src/paraglide/messages/admin_mfa_title.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Admin_Mfa_TitleInputs */
var en_admin_mfa_title = () => {
	return `Turn on two-step sign-in first`;
};
/**

* @param {Admin_Mfa_TitleInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_mfa_title = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_mfa_title(inputs);
};
// web/src/paraglide/messages/admin_move_down.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ name: NonNullable<unknown> }} Admin_Move_DownInputs */
var en_admin_move_down = (i) => {
	return `Move ${i?.name} down`;
};
/**

* @param {Admin_Move_DownInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_move_down = (inputs, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_move_down(inputs);
};
// web/src/paraglide/messages/admin_move_up.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ name: NonNullable<unknown> }} Admin_Move_UpInputs */
var en_admin_move_up = (i) => {
	return `Move ${i?.name} up`;
};
/**

* @param {Admin_Move_UpInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_move_up = (inputs, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_move_up(inputs);
};
// web/src/paraglide/messages/admin_moved.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ name: NonNullable<unknown>, position: NonNullable<unknown>, count: NonNullable<unknown> }} Admin_MovedInputs */
var en_admin_moved = (i) => {
	return `${i?.name} moved to position ${i?.position} of ${i?.count}.`;
};
/**

* @param {Admin_MovedInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_moved = (inputs, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_moved(inputs);
};
// web/src/paraglide/messages/admin_n_accounts.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ count: NonNullable<unknown> }} Admin_N_AccountsInputs */
var en_admin_n_accounts = (i) => {
	const countPlural = plural("en", i?.count, {});
	if (countPlural === "one") return `${i?.count} account`;
	if (countPlural === "other") return `${i?.count} accounts`;
	return "admin_n_accounts";
};
/**

* @param {Admin_N_AccountsInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_n_accounts = (inputs, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_n_accounts(inputs);
};
// web/src/paraglide/messages/admin_n_admins.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ count: NonNullable<unknown> }} Admin_N_AdminsInputs */
var en_admin_n_admins = (i) => {
	const countPlural = plural("en", i?.count, {});
	if (countPlural === "one") return `${i?.count} admin`;
	if (countPlural === "other") return `${i?.count} admins`;
	return "admin_n_admins";
};
/**

* @param {Admin_N_AdminsInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_n_admins = (inputs, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_n_admins(inputs);
};
// web/src/paraglide/messages/admin_n_appointments.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ count: NonNullable<unknown> }} Admin_N_AppointmentsInputs */
var en_admin_n_appointments = (i) => {
	const countPlural = plural("en", i?.count, {});
	if (countPlural === "one") return `${i?.count} appointment`;
	if (countPlural === "other") return `${i?.count} appointments`;
	return "admin_n_appointments";
};
/**

* @param {Admin_N_AppointmentsInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_n_appointments = (inputs, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_n_appointments(inputs);
};
// web/src/paraglide/messages/admin_n_attempts.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ count: NonNullable<unknown> }} Admin_N_AttemptsInputs */
var en_admin_n_attempts = (i) => {
	const countPlural = plural("en", i?.count, {});
	if (countPlural === "one") return `${i?.count} attempt`;
	if (countPlural === "other") return `${i?.count} attempts`;
	return "admin_n_attempts";
};
/**

* @param {Admin_N_AttemptsInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_n_attempts = (inputs, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_n_attempts(inputs);
};
// web/src/paraglide/messages/admin_n_bookings.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ count: NonNullable<unknown> }} Admin_N_BookingsInputs */
var en_admin_n_bookings = (i) => {
	const countPlural = plural("en", i?.count, {});
	if (countPlural === "one") return `${i?.count} booking`;
	if (countPlural === "other") return `${i?.count} bookings`;
	return "admin_n_bookings";
};
/**

* @param {Admin_N_BookingsInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_n_bookings = (inputs, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_n_bookings(inputs);
};
// web/src/paraglide/messages/admin_n_doctors.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ count: NonNullable<unknown> }} Admin_N_DoctorsInputs */
var en_admin_n_doctors = (i) => {
	const countPlural = plural("en", i?.count, {});
	if (countPlural === "one") return `${i?.count} doctor`;
	if (countPlural === "other") return `${i?.count} doctors`;
	return "admin_n_doctors";
};
/**

* @param {Admin_N_DoctorsInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_n_doctors = (inputs, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_n_doctors(inputs);
};
// web/src/paraglide/messages/admin_n_events.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ count: NonNullable<unknown> }} Admin_N_EventsInputs */
var en_admin_n_events = (i) => {
	const countPlural = plural("en", i?.count, {});
	if (countPlural === "one") return `${i?.count} event`;
	if (countPlural === "other") return `${i?.count} events`;
	return "admin_n_events";
};
/**

* @param {Admin_N_EventsInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_n_events = (inputs, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_n_events(inputs);
};
// web/src/paraglide/messages/admin_n_patients.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ count: NonNullable<unknown> }} Admin_N_PatientsInputs */
var en_admin_n_patients = (i) => {
	const countPlural = plural("en", i?.count, {});
	if (countPlural === "one") return `${i?.count} patient`;
	if (countPlural === "other") return `${i?.count} patients`;
	return "admin_n_patients";
};
/**

* @param {Admin_N_PatientsInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_n_patients = (inputs, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_n_patients(inputs);
};
// web/src/paraglide/messages/admin_n_payments.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ count: NonNullable<unknown> }} Admin_N_PaymentsInputs */
var en_admin_n_payments = (i) => {
	const countPlural = plural("en", i?.count, {});
	if (countPlural === "one") return `${i?.count} payment`;
	if (countPlural === "other") return `${i?.count} payments`;
	return "admin_n_payments";
};
/**

* @param {Admin_N_PaymentsInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_n_payments = (inputs, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_n_payments(inputs);
};
// web/src/paraglide/messages/admin_n_stories.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ count: NonNullable<unknown> }} Admin_N_StoriesInputs */
var en_admin_n_stories = (i) => {
	const countPlural = plural("en", i?.count, {});
	if (countPlural === "one") return `${i?.count} story`;
	if (countPlural === "other") return `${i?.count} stories`;
	return "admin_n_stories";
};
/**

* @param {Admin_N_StoriesInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_n_stories = (inputs, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_n_stories(inputs);
};
// web/src/paraglide/messages/admin_n_tips.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ count: NonNullable<unknown> }} Admin_N_TipsInputs */
var en_admin_n_tips = (i) => {
	const countPlural = plural("en", i?.count, {});
	if (countPlural === "one") return `${i?.count} health tip`;
	if (countPlural === "other") return `${i?.count} health tips`;
	return "admin_n_tips";
};
/**

* @param {Admin_N_TipsInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_n_tips = (inputs, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_n_tips(inputs);
};
// web/src/paraglide/messages/admin_n_transcriptions.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ count: NonNullable<unknown> }} Admin_N_TranscriptionsInputs */
var en_admin_n_transcriptions = (i) => {
	const countPlural = plural("en", i?.count, {});
	if (countPlural === "one") return `${i?.count} transcription`;
	if (countPlural === "other") return `${i?.count} transcriptions`;
	return "admin_n_transcriptions";
};
/**

* @param {Admin_N_TranscriptionsInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_n_transcriptions = (inputs, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_n_transcriptions(inputs);
};
// web/src/paraglide/messages/admin_name.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Admin_NameInputs */
var en_admin_name = () => {
	return `Name`;
};
/**

* @param {Admin_NameInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_name = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_name(inputs);
};
// web/src/paraglide/messages/admin_nav_appointments.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Admin_Nav_AppointmentsInputs */
var en_admin_nav_appointments = () => {
	return `Appointments`;
};
/**

* @param {Admin_Nav_AppointmentsInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_nav_appointments = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_nav_appointments(inputs);
};
// web/src/paraglide/messages/admin_nav_audit.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Admin_Nav_AuditInputs */
var en_admin_nav_audit = () => {
	return `Audit log`;
};
/**

* @param {Admin_Nav_AuditInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_nav_audit = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_nav_audit(inputs);
};
// web/src/paraglide/messages/admin_nav_content.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Admin_Nav_ContentInputs */
var en_admin_nav_content = () => {
	return `Content`;
};
/**

* @param {Admin_Nav_ContentInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_nav_content = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_nav_content(inputs);
};
// web/src/paraglide/messages/admin_nav_count_failed.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Admin_Nav_Count_FailedInputs */
var en_admin_nav_count_failed = () => {
	return `failed`;
};
/**

* @param {Admin_Nav_Count_FailedInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_nav_count_failed = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_nav_count_failed(inputs);
};
// web/src/paraglide/messages/admin_nav_count_pending.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Admin_Nav_Count_PendingInputs */
var en_admin_nav_count_pending = () => {
	return `waiting for verification`;
};
/**

* @param {Admin_Nav_Count_PendingInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_nav_count_pending = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_nav_count_pending(inputs);
};
// web/src/paraglide/messages/admin_nav_dashboard.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Admin_Nav_DashboardInputs */
var en_admin_nav_dashboard = () => {
	return `Dashboard`;
};
/**

* @param {Admin_Nav_DashboardInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_nav_dashboard = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_nav_dashboard(inputs);
};
// web/src/paraglide/messages/admin_nav_doctors.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Admin_Nav_DoctorsInputs */
var en_admin_nav_doctors = () => {
	return `Doctors`;
};
/**

* @param {Admin_Nav_DoctorsInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_nav_doctors = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_nav_doctors(inputs);
};
// web/src/paraglide/messages/admin_nav_payments.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Admin_Nav_PaymentsInputs */
var en_admin_nav_payments = () => {
	return `Payments`;
};
/**

* @param {Admin_Nav_PaymentsInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_nav_payments = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_nav_payments(inputs);
};
// web/src/paraglide/messages/admin_nav_section.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Admin_Nav_SectionInputs */
var en_admin_nav_section = () => {
	return `Section:`;
};
/**

* @param {Admin_Nav_SectionInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_nav_section = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_nav_section(inputs);
};
// web/src/paraglide/messages/admin_nav_transcriptions.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Admin_Nav_TranscriptionsInputs */
var en_admin_nav_transcriptions = () => {
	return `Transcriptions`;
};
/**

* @param {Admin_Nav_TranscriptionsInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_nav_transcriptions = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_nav_transcriptions(inputs);
};
// web/src/paraglide/messages/admin_nav_users.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Admin_Nav_UsersInputs */
var en_admin_nav_users = () => {
	return `Users`;
};
/**

* @param {Admin_Nav_UsersInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_nav_users = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_nav_users(inputs);
};
// web/src/paraglide/messages/admin_new_tip.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Admin_New_TipInputs */
var en_admin_new_tip = () => {
	return `New health tip`;
};
/**

* @param {Admin_New_TipInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_new_tip = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_new_tip(inputs);
};
// web/src/paraglide/messages/admin_no_payment.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Admin_No_PaymentInputs */
var en_admin_no_payment = () => {
	return `No payment was started for this appointment.`;
};
/**

* @param {Admin_No_PaymentInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_no_payment = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_no_payment(inputs);
};
// web/src/paraglide/messages/admin_no_reason.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Admin_No_ReasonInputs */
var en_admin_no_reason = () => {
	return `No reason recorded.`;
};
/**

* @param {Admin_No_ReasonInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_no_reason = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_no_reason(inputs);
};
// web/src/paraglide/messages/admin_no_reason_given.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Admin_No_Reason_GivenInputs */
var en_admin_no_reason_given = () => {
	return `No reason given`;
};
/**

* @param {Admin_No_Reason_GivenInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_no_reason_given = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_no_reason_given(inputs);
};
// web/src/paraglide/messages/admin_nobody_waiting.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Admin_Nobody_WaitingInputs */
var en_admin_nobody_waiting = () => {
	return `No one waiting for verification`;
};
/**

* @param {Admin_Nobody_WaitingInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_nobody_waiting = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_nobody_waiting(inputs);
};
// web/src/paraglide/messages/admin_none.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Admin_NoneInputs */
var en_admin_none = () => {
	return `None`;
};
/**

* @param {Admin_NoneInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_none = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_none(inputs);
};
// web/src/paraglide/messages/admin_none_given.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Admin_None_GivenInputs */
var en_admin_none_given = () => {
	return `(none given)`;
};
/**

* @param {Admin_None_GivenInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_none_given = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_none_given(inputs);
};
// web/src/paraglide/messages/admin_none_now.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Admin_None_NowInputs */
var en_admin_none_now = () => {
	return `There are none at the moment.`;
};
/**

* @param {Admin_None_NowInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_none_now = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_none_now(inputs);
};
// web/src/paraglide/messages/admin_not_given.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Admin_Not_GivenInputs */
var en_admin_not_given = () => {
	return `Not given`;
};
/**

* @param {Admin_Not_GivenInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_not_given = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_not_given(inputs);
};
// web/src/paraglide/messages/admin_nothing_recorded.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Admin_Nothing_RecordedInputs */
var en_admin_nothing_recorded = () => {
	return `Nothing has been recorded yet.`;
};
/**

* @param {Admin_Nothing_RecordedInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_nothing_recorded = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_nothing_recorded(inputs);
};
// web/src/paraglide/messages/admin_nothing_refunded.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Admin_Nothing_RefundedInputs */
var en_admin_nothing_refunded = () => {
	return `Nothing refunded`;
};
/**

* @param {Admin_Nothing_RefundedInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_nothing_refunded = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_nothing_refunded(inputs);
};
// web/src/paraglide/messages/admin_nothing_to_refund.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Admin_Nothing_To_RefundInputs */
var en_admin_nothing_to_refund = () => {
	return `Nothing has been paid, so there is nothing to refund. The slot is released.`;
};
/**

* @param {Admin_Nothing_To_RefundInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_nothing_to_refund = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_nothing_to_refund(inputs);
};
// web/src/paraglide/messages/admin_nothing_to_retry.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Admin_Nothing_To_RetryInputs */
var en_admin_nothing_to_retry = () => {
	return `Nothing to retry`;
};
/**

* @param {Admin_Nothing_To_RetryInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_nothing_to_retry = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_nothing_to_retry(inputs);
};
// web/src/paraglide/messages/admin_order_conflict.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Admin_Order_ConflictInputs */
var en_admin_order_conflict = () => {
	return `The services changed while you were reordering. The list is reloaded; please reorder again.`;
};
/**

* @param {Admin_Order_ConflictInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_order_conflict = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_order_conflict(inputs);
};
// web/src/paraglide/messages/admin_order_discarded.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Admin_Order_DiscardedInputs */
var en_admin_order_discarded = () => {
	return `Order changes discarded.`;
};
/**

* @param {Admin_Order_DiscardedInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_order_discarded = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_order_discarded(inputs);
};
// web/src/paraglide/messages/admin_order_dropped.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Admin_Order_DroppedInputs */
var en_admin_order_dropped = () => {
	return `Your unsaved order changes were discarded.`;
};
/**

* @param {Admin_Order_DroppedInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_order_dropped = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_order_dropped(inputs);
};
// web/src/paraglide/messages/admin_order_id.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Admin_Order_IdInputs */
var en_admin_order_id = () => {
	return `Order id`;
};
/**

* @param {Admin_Order_IdInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_order_id = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_order_id(inputs);
};
// web/src/paraglide/messages/admin_order_saved.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Admin_Order_SavedInputs */
var en_admin_order_saved = () => {
	return `Order saved. The home page shows the services in this order.`;
};
/**

* @param {Admin_Order_SavedInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_order_saved = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_order_saved(inputs);
};
// web/src/paraglide/messages/admin_order_unsaved.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Admin_Order_UnsavedInputs */
var en_admin_order_unsaved = () => {
	return `The new order is not saved yet. The home page still shows the old one.`;
};
/**

* @param {Admin_Order_UnsavedInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_order_unsaved = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_order_unsaved(inputs);
};
// web/src/paraglide/messages/admin_own_account.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Admin_Own_AccountInputs */
var en_admin_own_account = () => {
	return `This is your own account.`;
};
/**

* @param {Admin_Own_AccountInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_own_account = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_own_account(inputs);
};
// web/src/paraglide/messages/admin_paid.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Admin_PaidInputs */
var en_admin_paid = () => {
	return `Paid`;
};
/**

* @param {Admin_PaidInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_paid = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_paid(inputs);
};
// web/src/paraglide/messages/admin_paid_at.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ when: NonNullable<unknown> }} Admin_Paid_AtInputs */
var en_admin_paid_at = (i) => {
	return `Paid ${i?.when}`;
};
/**

* @param {Admin_Paid_AtInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_paid_at = (inputs, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_paid_at(inputs);
};
// web/src/paraglide/messages/admin_patient_id.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Admin_Patient_IdInputs */
var en_admin_patient_id = () => {
	return `Patient id`;
};
/**

* @param {Admin_Patient_IdInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_patient_id = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_patient_id(inputs);
};
// web/src/paraglide/messages/admin_patients.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Admin_PatientsInputs */
var en_admin_patients = () => {
	return `Patients`;
};
/**

* @param {Admin_PatientsInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_patients = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_patients(inputs);
};
// web/src/paraglide/messages/admin_patients_note.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Admin_Patients_NoteInputs */
var en_admin_patients_note = () => {
	return `Registered patient accounts`;
};
/**

* @param {Admin_Patients_NoteInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_patients_note = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_patients_note(inputs);
};
// web/src/paraglide/messages/admin_paused.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Admin_PausedInputs */
var en_admin_paused = () => {
	return `Paused`;
};
/**

* @param {Admin_PausedInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_paused = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_paused(inputs);
};
// web/src/paraglide/messages/admin_payment.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Admin_PaymentInputs */
var en_admin_payment = () => {
	return `Payment`;
};
/**

* @param {Admin_PaymentInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_payment = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_payment(inputs);
};
// web/src/paraglide/messages/admin_payment_id.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Admin_Payment_IdInputs */
var en_admin_payment_id = () => {
	return `Payment id`;
};
/**

* @param {Admin_Payment_IdInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_payment_id = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_payment_id(inputs);
};
// web/src/paraglide/messages/admin_payments_empty.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ status: NonNullable<unknown> }} Admin_Payments_EmptyInputs */
var en_admin_payments_empty = (i) => {
	return `No ${i?.status} payments`;
};
/**

* @param {Admin_Payments_EmptyInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_payments_empty = (inputs, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_payments_empty(inputs);
};
// web/src/paraglide/messages/admin_payments_empty_text.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Admin_Payments_Empty_TextInputs */
var en_admin_payments_empty_text = () => {
	return `Payments appear here as patients pay for their bookings.`;
};
/**

* @param {Admin_Payments_Empty_TextInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_payments_empty_text = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_payments_empty_text(inputs);
};
// web/src/paraglide/messages/admin_payments_intro.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Admin_Payments_IntroInputs */
var en_admin_payments_intro = () => {
	return `Razorpay orders by status, newest first. Amounts include GST.`;
};
/**

* @param {Admin_Payments_IntroInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_payments_intro = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_payments_intro(inputs);
};
// web/src/paraglide/messages/admin_payments_noun.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Admin_Payments_NounInputs */
var en_admin_payments_noun = () => {
	return `payments`;
};
/**

* @param {Admin_Payments_NounInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_payments_noun = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_payments_noun(inputs);
};
// web/src/paraglide/messages/admin_payments_tabs.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Admin_Payments_TabsInputs */
var en_admin_payments_tabs = () => {
	return `Payments by status`;
};
/**

* @param {Admin_Payments_TabsInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_payments_tabs = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_payments_tabs(inputs);
};
// web/src/paraglide/messages/admin_pending_verification.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Admin_Pending_VerificationInputs */
var en_admin_pending_verification = () => {
	return `Pending verification`;
};
/**

* @param {Admin_Pending_VerificationInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_pending_verification = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_pending_verification(inputs);
};
// web/src/paraglide/messages/admin_phone.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Admin_PhoneInputs */
var en_admin_phone = () => {
	return `Mobile number`;
};
/**

* @param {Admin_PhoneInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_phone = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_phone(inputs);
};
// web/src/paraglide/messages/admin_plus_gst.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ amount: NonNullable<unknown> }} Admin_Plus_GstInputs */
var en_admin_plus_gst = (i) => {
	return `${i?.amount} + GST`;
};
/**

* @param {Admin_Plus_GstInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_plus_gst = (inputs, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_plus_gst(inputs);
};
// web/src/paraglide/messages/admin_position_of.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ name: NonNullable<unknown> }} Admin_Position_OfInputs */
var en_admin_position_of = (i) => {
	return `Position of ${i?.name}`;
};
/**

* @param {Admin_Position_OfInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_position_of = (inputs, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_position_of(inputs);
};
// web/src/paraglide/messages/admin_preview.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Admin_PreviewInputs */
var en_admin_preview = () => {
	return `Preview`;
};
/**

* @param {Admin_PreviewInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_preview = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_preview(inputs);
};
// web/src/paraglide/messages/admin_preview_empty.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Admin_Preview_EmptyInputs */
var en_admin_preview_empty = () => {
	return `The formatted tip appears here as you write.`;
};
/**

* @param {Admin_Preview_EmptyInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_preview_empty = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_preview_empty(inputs);
};
// web/src/paraglide/messages/admin_privacy.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Admin_PrivacyInputs */
var en_admin_privacy = () => {
	return `Privacy`;
};
/**

* @param {Admin_PrivacyInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_privacy = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_privacy(inputs);
};
// web/src/paraglide/messages/admin_provider.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Admin_ProviderInputs */
var en_admin_provider = () => {
	return `Provider`;
};
/**

* @param {Admin_ProviderInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_provider = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_provider(inputs);
};
// web/src/paraglide/messages/admin_provider_twin.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Admin_Provider_TwinInputs */
var en_admin_provider_twin = () => {
	return `Simulated (local twin)`;
};
/**

* @param {Admin_Provider_TwinInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_provider_twin = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_provider_twin(inputs);
};
// web/src/paraglide/messages/admin_publish_tip.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Admin_Publish_TipInputs */
var en_admin_publish_tip = () => {
	return `Publish tip`;
};
/**

* @param {Admin_Publish_TipInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_publish_tip = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_publish_tip(inputs);
};
// web/src/paraglide/messages/admin_range_backwards.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Admin_Range_BackwardsInputs */
var en_admin_range_backwards = () => {
	return `The end date is before the start date.`;
};
/**

* @param {Admin_Range_BackwardsInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_range_backwards = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_range_backwards(inputs);
};
// web/src/paraglide/messages/admin_range_from.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Admin_Range_FromInputs */
var en_admin_range_from = () => {
	return `From (start date)`;
};
/**

* @param {Admin_Range_FromInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_range_from = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_range_from(inputs);
};
// web/src/paraglide/messages/admin_range_to.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Admin_Range_ToInputs */
var en_admin_range_to = () => {
	return `To (end date, inclusive)`;
};
/**

* @param {Admin_Range_ToInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_range_to = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_range_to(inputs);
};
// web/src/paraglide/messages/admin_rated.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ value: NonNullable<unknown> }} Admin_RatedInputs */
var en_admin_rated = (i) => {
	return `Rated ${i?.value} out of 5`;
};
/**

* @param {Admin_RatedInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_rated = (inputs, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_rated(inputs);
};
// web/src/paraglide/messages/admin_reason.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Admin_ReasonInputs */
var en_admin_reason = () => {
	return `Reason`;
};
/**

* @param {Admin_ReasonInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_reason = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_reason(inputs);
};
// web/src/paraglide/messages/admin_reason_given.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Admin_Reason_GivenInputs */
var en_admin_reason_given = () => {
	return `Reason given:`;
};
/**

* @param {Admin_Reason_GivenInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_reason_given = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_reason_given(inputs);
};
// web/src/paraglide/messages/admin_recording_id.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Admin_Recording_IdInputs */
var en_admin_recording_id = () => {
	return `Recording id`;
};
/**

* @param {Admin_Recording_IdInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_recording_id = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_recording_id(inputs);
};
// web/src/paraglide/messages/admin_recording_off.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Admin_Recording_OffInputs */
var en_admin_recording_off = () => {
	return `Recording was turned off for this consultation.`;
};
/**

* @param {Admin_Recording_OffInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_recording_off = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_recording_off(inputs);
};
// web/src/paraglide/messages/admin_refresh.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Admin_RefreshInputs */
var en_admin_refresh = () => {
	return `Refresh`;
};
/**

* @param {Admin_RefreshInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_refresh = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_refresh(inputs);
};
// web/src/paraglide/messages/admin_refund_note.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ amount: NonNullable<unknown> }} Admin_Refund_NoteInputs */
var en_admin_refund_note = (i) => {
	return `The patient paid ${i?.amount} and is refunded in full.`;
};
/**

* @param {Admin_Refund_NoteInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_refund_note = (inputs, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_refund_note(inputs);
};
// web/src/paraglide/messages/admin_refunded.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Admin_RefundedInputs */
var en_admin_refunded = () => {
	return `Refunded`;
};
/**

* @param {Admin_RefundedInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_refunded = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_refunded(inputs);
};
// web/src/paraglide/messages/admin_refunded_at.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ when: NonNullable<unknown> }} Admin_Refunded_AtInputs */
var en_admin_refunded_at = (i) => {
	return `Refunded ${i?.when}`;
};
/**

* @param {Admin_Refunded_AtInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_refunded_at = (inputs, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_refunded_at(inputs);
};
// web/src/paraglide/messages/admin_registered_on.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ email: NonNullable<unknown>, date: NonNullable<unknown> }} Admin_Registered_OnInputs */
var en_admin_registered_on = (i) => {
	return `${i?.email} · registered ${i?.date}`;
};
/**

* @param {Admin_Registered_OnInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_registered_on = (inputs, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_registered_on(inputs);
};
// web/src/paraglide/messages/admin_registration.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Admin_RegistrationInputs */
var en_admin_registration = () => {
	return `Registration number`;
};
/**

* @param {Admin_RegistrationInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_registration = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_registration(inputs);
};
// web/src/paraglide/messages/admin_reject.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Admin_RejectInputs */
var en_admin_reject = () => {
	return `Reject`;
};
/**

* @param {Admin_RejectInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_reject = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_reject(inputs);
};
// web/src/paraglide/messages/admin_reject_body.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Admin_Reject_BodyInputs */
var en_admin_reject_body = () => {
	return `They stay out of search until their registration is verified.`;
};
/**

* @param {Admin_Reject_BodyInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_reject_body = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_reject_body(inputs);
};
// web/src/paraglide/messages/admin_reject_confirm.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Admin_Reject_ConfirmInputs */
var en_admin_reject_confirm = () => {
	return `Reject and email doctor`;
};
/**

* @param {Admin_Reject_ConfirmInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_reject_confirm = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_reject_confirm(inputs);
};
// web/src/paraglide/messages/admin_reject_emailed.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Admin_Reject_EmailedInputs */
var en_admin_reject_emailed = () => {
	return `Your reason is emailed to the doctor, so write it for them: what is wrong and what to fix.`;
};
/**

* @param {Admin_Reject_EmailedInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_reject_emailed = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_reject_emailed(inputs);
};
// web/src/paraglide/messages/admin_reject_hint.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Admin_Reject_HintInputs */
var en_admin_reject_hint = () => {
	return `For example: the registration number does not match the council register.`;
};
/**

* @param {Admin_Reject_HintInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_reject_hint = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_reject_hint(inputs);
};
// web/src/paraglide/messages/admin_reject_missing.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Admin_Reject_MissingInputs */
var en_admin_reject_missing = () => {
	return `Give the doctor a reason (at least a few words).`;
};
/**

* @param {Admin_Reject_MissingInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_reject_missing = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_reject_missing(inputs);
};
// web/src/paraglide/messages/admin_reject_reason.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Admin_Reject_ReasonInputs */
var en_admin_reject_reason = () => {
	return `Reason for the doctor`;
};
/**

* @param {Admin_Reject_ReasonInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_reject_reason = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_reject_reason(inputs);
};
// web/src/paraglide/messages/admin_reject_title.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ name: NonNullable<unknown> }} Admin_Reject_TitleInputs */
var en_admin_reject_title = (i) => {
	return `Reject ${i?.name}?`;
};
/**

* @param {Admin_Reject_TitleInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_reject_title = (inputs, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_reject_title(inputs);
};
// web/src/paraglide/messages/admin_rejected_count.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ doctors: NonNullable<unknown> }} Admin_Rejected_CountInputs */
var en_admin_rejected_count = (i) => {
	return `${i?.doctors} rejected`;
};
/**

* @param {Admin_Rejected_CountInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_rejected_count = (inputs, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_rejected_count(inputs);
};
// web/src/paraglide/messages/admin_rejected_status.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ name: NonNullable<unknown> }} Admin_Rejected_StatusInputs */
var en_admin_rejected_status = (i) => {
	return `${i?.name} rejected.`;
};
/**

* @param {Admin_Rejected_StatusInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_rejected_status = (inputs, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_rejected_status(inputs);
};
// web/src/paraglide/messages/admin_rejected_toast.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ name: NonNullable<unknown> }} Admin_Rejected_ToastInputs */
var en_admin_rejected_toast = (i) => {
	return `${i?.name} was rejected; the reason is on its way to them.`;
};
/**

* @param {Admin_Rejected_ToastInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_rejected_toast = (inputs, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_rejected_toast(inputs);
};
// web/src/paraglide/messages/admin_retry_of.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ id: NonNullable<unknown> }} Admin_Retry_OfInputs */
var en_admin_retry_of = (i) => {
	return `transcription of appointment ${i?.id}`;
};
/**

* @param {Admin_Retry_OfInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_retry_of = (inputs, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_retry_of(inputs);
};
// web/src/paraglide/messages/admin_retry_running.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Admin_Retry_RunningInputs */
var en_admin_retry_running = () => {
	return `A run is already under way: execution`;
};
/**

* @param {Admin_Retry_RunningInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_retry_running = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_retry_running(inputs);
};
// web/src/paraglide/messages/admin_retry_started.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Admin_Retry_StartedInputs */
var en_admin_retry_started = () => {
	return `Retry started as execution`;
};
/**

* @param {Admin_Retry_StartedInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_retry_started = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_retry_started(inputs);
};
// web/src/paraglide/messages/admin_retry_toast.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ execution: NonNullable<unknown> }} Admin_Retry_ToastInputs */
var en_admin_retry_toast = (i) => {
	return `Transcription retry started (${i?.execution}).`;
};
/**

* @param {Admin_Retry_ToastInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_retry_toast = (inputs, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_retry_toast(inputs);
};
// web/src/paraglide/messages/admin_revenue_month.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Admin_Revenue_MonthInputs */
var en_admin_revenue_month = () => {
	return `Revenue this month`;
};
/**

* @param {Admin_Revenue_MonthInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_revenue_month = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_revenue_month(inputs);
};
// web/src/paraglide/messages/admin_revenue_note.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Admin_Revenue_NoteInputs */
var en_admin_revenue_note = () => {
	return `Net of refunds, incl. GST`;
};
/**

* @param {Admin_Revenue_NoteInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_revenue_note = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_revenue_note(inputs);
};
// web/src/paraglide/messages/admin_revenue_today.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Admin_Revenue_TodayInputs */
var en_admin_revenue_today = () => {
	return `Revenue today`;
};
/**

* @param {Admin_Revenue_TodayInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_revenue_today = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_revenue_today(inputs);
};
// web/src/paraglide/messages/admin_review.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Admin_ReviewInputs */
var en_admin_review = () => {
	return `Review`;
};
/**

* @param {Admin_ReviewInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_review = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_review(inputs);
};
// web/src/paraglide/messages/admin_review_retry.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Admin_Review_RetryInputs */
var en_admin_review_retry = () => {
	return `Review and retry`;
};
/**

* @param {Admin_Review_RetryInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_review_retry = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_review_retry(inputs);
};
// web/src/paraglide/messages/admin_revoke.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Admin_RevokeInputs */
var en_admin_revoke = () => {
	return `Revoke verification`;
};
/**

* @param {Admin_RevokeInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_revoke = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_revoke(inputs);
};
// web/src/paraglide/messages/admin_revoke_body.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Admin_Revoke_BodyInputs */
var en_admin_revoke_body = () => {
	return `They leave search at once and cannot take new bookings. Existing appointments are not cancelled.`;
};
/**

* @param {Admin_Revoke_BodyInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_revoke_body = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_revoke_body(inputs);
};
// web/src/paraglide/messages/admin_revoke_confirm.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Admin_Revoke_ConfirmInputs */
var en_admin_revoke_confirm = () => {
	return `Revoke and email doctor`;
};
/**

* @param {Admin_Revoke_ConfirmInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_revoke_confirm = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_revoke_confirm(inputs);
};
// web/src/paraglide/messages/admin_revoke_title.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ name: NonNullable<unknown> }} Admin_Revoke_TitleInputs */
var en_admin_revoke_title = (i) => {
	return `Revoke ${i?.name}'s verification?`;
};
/**

* @param {Admin_Revoke_TitleInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_revoke_title = (inputs, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_revoke_title(inputs);
};
// web/src/paraglide/messages/admin_revoked_status.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ name: NonNullable<unknown> }} Admin_Revoked_StatusInputs */
var en_admin_revoked_status = (i) => {
	return `${i?.name} is no longer verified.`;
};
/**

* @param {Admin_Revoked_StatusInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_revoked_status = (inputs, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_revoked_status(inputs);
};
// web/src/paraglide/messages/admin_revoked_toast.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ name: NonNullable<unknown> }} Admin_Revoked_ToastInputs */
var en_admin_revoked_toast = (i) => {
	return `${i?.name} is no longer verified; the reason is on its way to them.`;
};
/**

* @param {Admin_Revoked_ToastInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_revoked_toast = (inputs, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_revoked_toast(inputs);
};
// web/src/paraglide/messages/admin_save_changes.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Admin_Save_ChangesInputs */
var en_admin_save_changes = () => {
	return `Save changes`;
};
/**

* @param {Admin_Save_ChangesInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_save_changes = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_save_changes(inputs);
};
// web/src/paraglide/messages/admin_save_order.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Admin_Save_OrderInputs */
var en_admin_save_order = () => {
	return `Save order`;
};
/**

* @param {Admin_Save_OrderInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_save_order = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_save_order(inputs);
};
// web/src/paraglide/messages/admin_saving.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Admin_SavingInputs */
var en_admin_saving = () => {
	return `Saving…`;
};
/**

* @param {Admin_SavingInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_saving = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_saving(inputs);
};
// web/src/paraglide/messages/admin_see_appointments.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Admin_See_AppointmentsInputs */
var en_admin_see_appointments = () => {
	return `See appointments`;
};
/**

* @param {Admin_See_AppointmentsInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_see_appointments = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_see_appointments(inputs);
};
// web/src/paraglide/messages/admin_sending.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Admin_SendingInputs */
var en_admin_sending = () => {
	return `Sending…`;
};
/**

* @param {Admin_SendingInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_sending = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_sending(inputs);
};
// web/src/paraglide/messages/admin_service_added.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ name: NonNullable<unknown> }} Admin_Service_AddedInputs */
var en_admin_service_added = (i) => {
	return `${i?.name} is added at the end of the list.`;
};
/**

* @param {Admin_Service_AddedInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_service_added = (inputs, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_service_added(inputs);
};
// web/src/paraglide/messages/admin_service_delete_body.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Admin_Service_Delete_BodyInputs */
var en_admin_service_delete_body = () => {
	return `It disappears from the home page. This cannot be undone.`;
};
/**

* @param {Admin_Service_Delete_BodyInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_service_delete_body = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_service_delete_body(inputs);
};
// web/src/paraglide/messages/admin_service_delete_confirm.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Admin_Service_Delete_ConfirmInputs */
var en_admin_service_delete_confirm = () => {
	return `Delete service`;
};
/**

* @param {Admin_Service_Delete_ConfirmInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_service_delete_confirm = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_service_delete_confirm(inputs);
};
// web/src/paraglide/messages/admin_service_delete_hint.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Admin_Service_Delete_HintInputs */
var en_admin_service_delete_hint = () => {
	return `To take it off the site for a while, turn it inactive instead.`;
};
/**

* @param {Admin_Service_Delete_HintInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_service_delete_hint = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_service_delete_hint(inputs);
};
// web/src/paraglide/messages/admin_service_deleted.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ name: NonNullable<unknown> }} Admin_Service_DeletedInputs */
var en_admin_service_deleted = (i) => {
	return `${i?.name} is deleted.`;
};
/**

* @param {Admin_Service_DeletedInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_service_deleted = (inputs, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_service_deleted(inputs);
};
// web/src/paraglide/messages/admin_service_description_hint.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Admin_Service_Description_HintInputs */
var en_admin_service_description_hint = () => {
	return `One or two sentences for the home page.`;
};
/**

* @param {Admin_Service_Description_HintInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_service_description_hint = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_service_description_hint(inputs);
};
// web/src/paraglide/messages/admin_service_description_invalid.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Admin_Service_Description_InvalidInputs */
var en_admin_service_description_invalid = () => {
	return `Use 5 to 300 characters.`;
};
/**

* @param {Admin_Service_Description_InvalidInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_service_description_invalid = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_service_description_invalid(inputs);
};
// web/src/paraglide/messages/admin_service_description_missing.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Admin_Service_Description_MissingInputs */
var en_admin_service_description_missing = () => {
	return `Describe the service in a sentence.`;
};
/**

* @param {Admin_Service_Description_MissingInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_service_description_missing = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_service_description_missing(inputs);
};
// web/src/paraglide/messages/admin_service_hidden.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ name: NonNullable<unknown> }} Admin_Service_HiddenInputs */
var en_admin_service_hidden = (i) => {
	return `${i?.name} is hidden from the home page.`;
};
/**

* @param {Admin_Service_HiddenInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_service_hidden = (inputs, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_service_hidden(inputs);
};
// web/src/paraglide/messages/admin_service_name_invalid.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Admin_Service_Name_InvalidInputs */
var en_admin_service_name_invalid = () => {
	return `Use 2 to 80 characters.`;
};
/**

* @param {Admin_Service_Name_InvalidInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_service_name_invalid = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_service_name_invalid(inputs);
};
// web/src/paraglide/messages/admin_service_name_missing.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Admin_Service_Name_MissingInputs */
var en_admin_service_name_missing = () => {
	return `Give the service a name.`;
};
/**

* @param {Admin_Service_Name_MissingInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_service_name_missing = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_service_name_missing(inputs);
};
// web/src/paraglide/messages/admin_service_saved.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ name: NonNullable<unknown> }} Admin_Service_SavedInputs */
var en_admin_service_saved = (i) => {
	return `${i?.name} is saved.`;
};
/**

* @param {Admin_Service_SavedInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_service_saved = (inputs, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_service_saved(inputs);
};
// web/src/paraglide/messages/admin_service_shown.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ name: NonNullable<unknown> }} Admin_Service_ShownInputs */
var en_admin_service_shown = (i) => {
	return `${i?.name} is shown on the home page.`;
};
/**

* @param {Admin_Service_ShownInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_service_shown = (inputs, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_service_shown(inputs);
};
// web/src/paraglide/messages/admin_services.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Admin_ServicesInputs */
var en_admin_services = () => {
	return `Services`;
};
/**

* @param {Admin_ServicesInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_services = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_services(inputs);
};
// web/src/paraglide/messages/admin_services_empty.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Admin_Services_EmptyInputs */
var en_admin_services_empty = () => {
	return `No services yet`;
};
/**

* @param {Admin_Services_EmptyInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_services_empty = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_services_empty(inputs);
};
// web/src/paraglide/messages/admin_services_empty_text.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Admin_Services_Empty_TextInputs */
var en_admin_services_empty_text = () => {
	return `Add the services patients can book, such as general consultations or second opinions.`;
};
/**

* @param {Admin_Services_Empty_TextInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_services_empty_text = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_services_empty_text(inputs);
};
// web/src/paraglide/messages/admin_services_intro.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Admin_Services_IntroInputs */
var en_admin_services_intro = () => {
	return `Shown on the home page in this order. Inactive services are hidden from patients.`;
};
/**

* @param {Admin_Services_IntroInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_services_intro = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_services_intro(inputs);
};
// web/src/paraglide/messages/admin_signed_in_as.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Admin_Signed_In_AsInputs */
var en_admin_signed_in_as = () => {
	return `Signed in as`;
};
/**

* @param {Admin_Signed_In_AsInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_signed_in_as = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_signed_in_as(inputs);
};
// web/src/paraglide/messages/admin_specialty.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Admin_SpecialtyInputs */
var en_admin_specialty = () => {
	return `Specialty`;
};
/**

* @param {Admin_SpecialtyInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_specialty = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_specialty(inputs);
};
// web/src/paraglide/messages/admin_started_at.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ when: NonNullable<unknown> }} Admin_Started_AtInputs */
var en_admin_started_at = (i) => {
	return `Started ${i?.when}`;
};
/**

* @param {Admin_Started_AtInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_started_at = (inputs, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_started_at(inputs);
};
// web/src/paraglide/messages/admin_status.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Admin_StatusInputs */
var en_admin_status = () => {
	return `Status`;
};
/**

* @param {Admin_StatusInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_status = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_status(inputs);
};
// web/src/paraglide/messages/admin_stories.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Admin_StoriesInputs */
var en_admin_stories = () => {
	return `Patient stories`;
};
/**

* @param {Admin_StoriesInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_stories = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_stories(inputs);
};
// web/src/paraglide/messages/admin_stories_approved.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Admin_Stories_ApprovedInputs */
var en_admin_stories_approved = () => {
	return `Approved`;
};
/**

* @param {Admin_Stories_ApprovedInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_stories_approved = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_stories_approved(inputs);
};
// web/src/paraglide/messages/admin_stories_empty_approved.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Admin_Stories_Empty_ApprovedInputs */
var en_admin_stories_empty_approved = () => {
	return `No approved stories yet`;
};
/**

* @param {Admin_Stories_Empty_ApprovedInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_stories_empty_approved = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_stories_empty_approved(inputs);
};
// web/src/paraglide/messages/admin_stories_empty_approved_text.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Admin_Stories_Empty_Approved_TextInputs */
var en_admin_stories_empty_approved_text = () => {
	return `Stories you approve are listed here, ready to feature.`;
};
/**

* @param {Admin_Stories_Empty_Approved_TextInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_stories_empty_approved_text = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_stories_empty_approved_text(inputs);
};
// web/src/paraglide/messages/admin_stories_empty_pending.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Admin_Stories_Empty_PendingInputs */
var en_admin_stories_empty_pending = () => {
	return `Nothing waiting for approval`;
};
/**

* @param {Admin_Stories_Empty_PendingInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_stories_empty_pending = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_stories_empty_pending(inputs);
};
// web/src/paraglide/messages/admin_stories_empty_pending_text.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Admin_Stories_Empty_Pending_TextInputs */
var en_admin_stories_empty_pending_text = () => {
	return `New patient stories appear here for you to review.`;
};
/**

* @param {Admin_Stories_Empty_Pending_TextInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_stories_empty_pending_text = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_stories_empty_pending_text(inputs);
};
// web/src/paraglide/messages/admin_stories_intro.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Admin_Stories_IntroInputs */
var en_admin_stories_intro = () => {
	return `Patients share these after a completed consultation. Nothing is public until you approve it.`;
};
/**

* @param {Admin_Stories_IntroInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_stories_intro = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_stories_intro(inputs);
};
// web/src/paraglide/messages/admin_stories_noun.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Admin_Stories_NounInputs */
var en_admin_stories_noun = () => {
	return `stories`;
};
/**

* @param {Admin_Stories_NounInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_stories_noun = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_stories_noun(inputs);
};
// web/src/paraglide/messages/admin_stories_tabs.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Admin_Stories_TabsInputs */
var en_admin_stories_tabs = () => {
	return `Patient stories by state`;
};
/**

* @param {Admin_Stories_TabsInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_stories_tabs = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_stories_tabs(inputs);
};
// web/src/paraglide/messages/admin_stories_waiting.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Admin_Stories_WaitingInputs */
var en_admin_stories_waiting = () => {
	return `Waiting for approval`;
};
/**

* @param {Admin_Stories_WaitingInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_stories_waiting = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_stories_waiting(inputs);
};
// web/src/paraglide/messages/admin_story_approved_status.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ name: NonNullable<unknown> }} Admin_Story_Approved_StatusInputs */
var en_admin_story_approved_status = (i) => {
	return `Story from ${i?.name} approved.`;
};
/**

* @param {Admin_Story_Approved_StatusInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_story_approved_status = (inputs, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_story_approved_status(inputs);
};
// web/src/paraglide/messages/admin_story_approved_toast.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ name: NonNullable<unknown> }} Admin_Story_Approved_ToastInputs */
var en_admin_story_approved_toast = (i) => {
	return `The story from ${i?.name} is approved. Feature it to show it on the home page.`;
};
/**

* @param {Admin_Story_Approved_ToastInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_story_approved_toast = (inputs, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_story_approved_toast(inputs);
};
// web/src/paraglide/messages/admin_story_delete_body.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Admin_Story_Delete_BodyInputs */
var en_admin_story_delete_body = () => {
	return `It is removed for good; the patient cannot submit another for this consultation.`;
};
/**

* @param {Admin_Story_Delete_BodyInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_story_delete_body = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_story_delete_body(inputs);
};
// web/src/paraglide/messages/admin_story_delete_confirm.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Admin_Story_Delete_ConfirmInputs */
var en_admin_story_delete_confirm = () => {
	return `Delete story`;
};
/**

* @param {Admin_Story_Delete_ConfirmInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_story_delete_confirm = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_story_delete_confirm(inputs);
};
// web/src/paraglide/messages/admin_story_delete_title.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ name: NonNullable<unknown> }} Admin_Story_Delete_TitleInputs */
var en_admin_story_delete_title = (i) => {
	return `Delete the story from ${i?.name}?`;
};
/**

* @param {Admin_Story_Delete_TitleInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_story_delete_title = (inputs, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_story_delete_title(inputs);
};
// web/src/paraglide/messages/admin_story_deleted_status.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ name: NonNullable<unknown> }} Admin_Story_Deleted_StatusInputs */
var en_admin_story_deleted_status = (i) => {
	return `Story from ${i?.name} deleted.`;
};
/**

* @param {Admin_Story_Deleted_StatusInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_story_deleted_status = (inputs, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_story_deleted_status(inputs);
};
// web/src/paraglide/messages/admin_story_deleted_toast.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ name: NonNullable<unknown> }} Admin_Story_Deleted_ToastInputs */
var en_admin_story_deleted_toast = (i) => {
	return `The story from ${i?.name} is deleted.`;
};
/**

* @param {Admin_Story_Deleted_ToastInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_story_deleted_toast = (inputs, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_story_deleted_toast(inputs);
};
// web/src/paraglide/messages/admin_story_featured_toast.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ name: NonNullable<unknown> }} Admin_Story_Featured_ToastInputs */
var en_admin_story_featured_toast = (i) => {
	return `The story from ${i?.name} is on the home page.`;
};
/**

* @param {Admin_Story_Featured_ToastInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_story_featured_toast = (inputs, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_story_featured_toast(inputs);
};
// web/src/paraglide/messages/admin_story_from.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ name: NonNullable<unknown> }} Admin_Story_FromInputs */
var en_admin_story_from = (i) => {
	return `the story from ${i?.name}`;
};
/**

* @param {Admin_Story_FromInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_story_from = (inputs, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_story_from(inputs);
};
// web/src/paraglide/messages/admin_story_pending_status.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ name: NonNullable<unknown> }} Admin_Story_Pending_StatusInputs */
var en_admin_story_pending_status = (i) => {
	return `Story from ${i?.name} moved back to pending.`;
};
/**

* @param {Admin_Story_Pending_StatusInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_story_pending_status = (inputs, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_story_pending_status(inputs);
};
// web/src/paraglide/messages/admin_story_pending_toast.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ name: NonNullable<unknown> }} Admin_Story_Pending_ToastInputs */
var en_admin_story_pending_toast = (i) => {
	return `The story from ${i?.name} is hidden again, waiting for approval.`;
};
/**

* @param {Admin_Story_Pending_ToastInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_story_pending_toast = (inputs, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_story_pending_toast(inputs);
};
// web/src/paraglide/messages/admin_story_unfeatured_toast.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ name: NonNullable<unknown> }} Admin_Story_Unfeatured_ToastInputs */
var en_admin_story_unfeatured_toast = (i) => {
	return `The story from ${i?.name} is no longer featured.`;
};
/**

* @param {Admin_Story_Unfeatured_ToastInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_story_unfeatured_toast = (inputs, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_story_unfeatured_toast(inputs);
};
// web/src/paraglide/messages/admin_time_zone.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Admin_Time_ZoneInputs */
var en_admin_time_zone = () => {
	return `Time zone`;
};
/**

* @param {Admin_Time_ZoneInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_time_zone = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_time_zone(inputs);
};
// web/src/paraglide/messages/admin_tip_content.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Admin_Tip_ContentInputs */
var en_admin_tip_content = () => {
	return `Content (Markdown)`;
};
/**

* @param {Admin_Tip_ContentInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_tip_content = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_tip_content(inputs);
};
// web/src/paraglide/messages/admin_tip_content_hint.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Admin_Tip_Content_HintInputs */
var en_admin_tip_content_hint = () => {
	return `Plain words work. For formatting, see “Formatting help” below.`;
};
/**

* @param {Admin_Tip_Content_HintInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_tip_content_hint = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_tip_content_hint(inputs);
};
// web/src/paraglide/messages/admin_tip_content_invalid.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Admin_Tip_Content_InvalidInputs */
var en_admin_tip_content_invalid = () => {
	return `Use 10 to 10,000 characters.`;
};
/**

* @param {Admin_Tip_Content_InvalidInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_tip_content_invalid = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_tip_content_invalid(inputs);
};
// web/src/paraglide/messages/admin_tip_content_missing.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Admin_Tip_Content_MissingInputs */
var en_admin_tip_content_missing = () => {
	return `Write the tip (at least a sentence).`;
};
/**

* @param {Admin_Tip_Content_MissingInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_tip_content_missing = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_tip_content_missing(inputs);
};
// web/src/paraglide/messages/admin_tip_delete_body.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Admin_Tip_Delete_BodyInputs */
var en_admin_tip_delete_body = () => {
	return `It is removed from the site straight away. This cannot be undone.`;
};
/**

* @param {Admin_Tip_Delete_BodyInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_tip_delete_body = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_tip_delete_body(inputs);
};
// web/src/paraglide/messages/admin_tip_delete_confirm.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Admin_Tip_Delete_ConfirmInputs */
var en_admin_tip_delete_confirm = () => {
	return `Delete health tip`;
};
/**

* @param {Admin_Tip_Delete_ConfirmInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_tip_delete_confirm = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_tip_delete_confirm(inputs);
};
// web/src/paraglide/messages/admin_tip_deleted.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ title: NonNullable<unknown> }} Admin_Tip_DeletedInputs */
var en_admin_tip_deleted = (i) => {
	return `“${i?.title}” is deleted.`;
};
/**

* @param {Admin_Tip_DeletedInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_tip_deleted = (inputs, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_tip_deleted(inputs);
};
// web/src/paraglide/messages/admin_tip_deleted_status.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ title: NonNullable<unknown> }} Admin_Tip_Deleted_StatusInputs */
var en_admin_tip_deleted_status = (i) => {
	return `${i?.title} deleted.`;
};
/**

* @param {Admin_Tip_Deleted_StatusInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_tip_deleted_status = (inputs, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_tip_deleted_status(inputs);
};
// web/src/paraglide/messages/admin_tip_published.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ title: NonNullable<unknown> }} Admin_Tip_PublishedInputs */
var en_admin_tip_published = (i) => {
	return `“${i?.title}” is published.`;
};
/**

* @param {Admin_Tip_PublishedInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_tip_published = (inputs, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_tip_published(inputs);
};
// web/src/paraglide/messages/admin_tip_saved.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ title: NonNullable<unknown> }} Admin_Tip_SavedInputs */
var en_admin_tip_saved = (i) => {
	return `“${i?.title}” is saved.`;
};
/**

* @param {Admin_Tip_SavedInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_tip_saved = (inputs, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_tip_saved(inputs);
};
// web/src/paraglide/messages/admin_tip_title.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Admin_Tip_TitleInputs */
var en_admin_tip_title = () => {
	return `Title`;
};
/**

* @param {Admin_Tip_TitleInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_tip_title = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_tip_title(inputs);
};
// web/src/paraglide/messages/admin_tip_title_invalid.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Admin_Tip_Title_InvalidInputs */
var en_admin_tip_title_invalid = () => {
	return `Use 3 to 120 characters.`;
};
/**

* @param {Admin_Tip_Title_InvalidInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_tip_title_invalid = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_tip_title_invalid(inputs);
};
// web/src/paraglide/messages/admin_tip_title_missing.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Admin_Tip_Title_MissingInputs */
var en_admin_tip_title_missing = () => {
	return `Give the tip a title.`;
};
/**

* @param {Admin_Tip_Title_MissingInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_tip_title_missing = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_tip_title_missing(inputs);
};
// web/src/paraglide/messages/admin_tips_empty.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Admin_Tips_EmptyInputs */
var en_admin_tips_empty = () => {
	return `No health tips yet`;
};
/**

* @param {Admin_Tips_EmptyInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_tips_empty = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_tips_empty(inputs);
};
// web/src/paraglide/messages/admin_tips_empty_text.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Admin_Tips_Empty_TextInputs */
var en_admin_tips_empty_text = () => {
	return `Write practical advice from our doctors; featured tips appear on the home page.`;
};
/**

* @param {Admin_Tips_Empty_TextInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_tips_empty_text = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_tips_empty_text(inputs);
};
// web/src/paraglide/messages/admin_tips_intro.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Admin_Tips_IntroInputs */
var en_admin_tips_intro = () => {
	return `Published at /health-tips/. The newest three featured tips also appear on the home page.`;
};
/**

* @param {Admin_Tips_IntroInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_tips_intro = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_tips_intro(inputs);
};
// web/src/paraglide/messages/admin_tips_noun.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Admin_Tips_NounInputs */
var en_admin_tips_noun = () => {
	return `health tips`;
};
/**

* @param {Admin_Tips_NounInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_tips_noun = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_tips_noun(inputs);
};
// web/src/paraglide/messages/admin_transcript_private.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Admin_Transcript_PrivateInputs */
var en_admin_transcript_private = () => {
	return `Transcripts are private to the patient and the doctor; only the status is shown here.`;
};
/**

* @param {Admin_Transcript_PrivateInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_transcript_private = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_transcript_private(inputs);
};
// web/src/paraglide/messages/admin_transcription.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Admin_TranscriptionInputs */
var en_admin_transcription = () => {
	return `Transcription`;
};
/**

* @param {Admin_TranscriptionInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_transcription = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_transcription(inputs);
};
// web/src/paraglide/messages/admin_transcriptions_noun.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Admin_Transcriptions_NounInputs */
var en_admin_transcriptions_noun = () => {
	return `transcriptions`;
};
/**

* @param {Admin_Transcriptions_NounInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_transcriptions_noun = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_transcriptions_noun(inputs);
};
// web/src/paraglide/messages/admin_tx_empty.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ status: NonNullable<unknown> }} Admin_Tx_EmptyInputs */
var en_admin_tx_empty = (i) => {
	return `No ${i?.status} transcriptions`;
};
/**

* @param {Admin_Tx_EmptyInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_tx_empty = (inputs, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_tx_empty(inputs);
};
// web/src/paraglide/messages/admin_tx_empty_failed.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Admin_Tx_Empty_FailedInputs */
var en_admin_tx_empty_failed = () => {
	return `No failed transcriptions`;
};
/**

* @param {Admin_Tx_Empty_FailedInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_tx_empty_failed = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_tx_empty_failed(inputs);
};
// web/src/paraglide/messages/admin_tx_empty_failed_text.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Admin_Tx_Empty_Failed_TextInputs */
var en_admin_tx_empty_failed_text = () => {
	return `Every recording went through. Nothing to retry.`;
};
/**

* @param {Admin_Tx_Empty_Failed_TextInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_tx_empty_failed_text = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_tx_empty_failed_text(inputs);
};
// web/src/paraglide/messages/admin_tx_empty_text.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Admin_Tx_Empty_TextInputs */
var en_admin_tx_empty_text = () => {
	return `Nothing in this state right now.`;
};
/**

* @param {Admin_Tx_Empty_TextInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_tx_empty_text = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_tx_empty_text(inputs);
};
// web/src/paraglide/messages/admin_tx_intro.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Admin_Tx_IntroInputs */
var en_admin_tx_intro = () => {
	return `Recorded consultations on their way to a transcript. Retry a failed one once its cause is fixed.`;
};
/**

* @param {Admin_Tx_IntroInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_tx_intro = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_tx_intro(inputs);
};
// web/src/paraglide/messages/admin_tx_tabs.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Admin_Tx_TabsInputs */
var en_admin_tx_tabs = () => {
	return `Transcriptions by status`;
};
/**

* @param {Admin_Tx_TabsInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_tx_tabs = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_tx_tabs(inputs);
};
// web/src/paraglide/messages/admin_unapprove.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Admin_UnapproveInputs */
var en_admin_unapprove = () => {
	return `Move back to pending`;
};
/**

* @param {Admin_UnapproveInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_unapprove = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_unapprove(inputs);
};
// web/src/paraglide/messages/admin_unfeature.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Admin_UnfeatureInputs */
var en_admin_unfeature = () => {
	return `Unfeature`;
};
/**

* @param {Admin_UnfeatureInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_unfeature = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_unfeature(inputs);
};
// web/src/paraglide/messages/admin_updated.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ time: NonNullable<unknown> }} Admin_UpdatedInputs */
var en_admin_updated = (i) => {
	return `Updated ${i?.time}`;
};
/**

* @param {Admin_UpdatedInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_updated = (inputs, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_updated(inputs);
};
// web/src/paraglide/messages/admin_updated_attempts.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ when: NonNullable<unknown>, attempts: NonNullable<unknown> }} Admin_Updated_AttemptsInputs */
var en_admin_updated_attempts = (i) => {
	return `Updated ${i?.when} · ${i?.attempts}`;
};
/**

* @param {Admin_Updated_AttemptsInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_updated_attempts = (inputs, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_updated_attempts(inputs);
};
// web/src/paraglide/messages/admin_user_audit_link.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Admin_User_Audit_LinkInputs */
var en_admin_user_audit_link = () => {
	return `See what this account has read or done (audit log)`;
};
/**

* @param {Admin_User_Audit_LinkInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_user_audit_link = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_user_audit_link(inputs);
};
// web/src/paraglide/messages/admin_user_cancelled_toast.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ count: NonNullable<unknown> }} Admin_User_Cancelled_ToastInputs */
var en_admin_user_cancelled_toast = (i) => {
	const countPlural = plural("en", i?.count, {});
	if (countPlural === "one") return `${i?.count} appointment cancelled; patients are refunded in full.`;
	if (countPlural === "other") return `${i?.count} appointments cancelled; patients are refunded in full.`;
	return "admin_user_cancelled_toast";
};
/**

* @param {Admin_User_Cancelled_ToastInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_user_cancelled_toast = (inputs, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_user_cancelled_toast(inputs);
};
// web/src/paraglide/messages/admin_user_disabled_toast.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ name: NonNullable<unknown> }} Admin_User_Disabled_ToastInputs */
var en_admin_user_disabled_toast = (i) => {
	return `${i?.name}'s account is disabled.`;
};
/**

* @param {Admin_User_Disabled_ToastInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_user_disabled_toast = (inputs, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_user_disabled_toast(inputs);
};
// web/src/paraglide/messages/admin_user_enabled_toast.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ name: NonNullable<unknown> }} Admin_User_Enabled_ToastInputs */
var en_admin_user_enabled_toast = (i) => {
	return `${i?.name}'s account is enabled.`;
};
/**

* @param {Admin_User_Enabled_ToastInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_user_enabled_toast = (inputs, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_user_enabled_toast(inputs);
};
// web/src/paraglide/messages/admin_user_id.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Admin_User_IdInputs */
var en_admin_user_id = () => {
	return `User id`;
};
/**

* @param {Admin_User_IdInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_user_id = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_user_id(inputs);
};
// web/src/paraglide/messages/admin_user_still_ahead.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ count: NonNullable<unknown> }} Admin_User_Still_AheadInputs */
var en_admin_user_still_ahead = (i) => {
	const countPlural = plural("en", i?.count, {});
	if (countPlural === "one") return `${i?.count} appointment still ahead: see the account.`;
	if (countPlural === "other") return `${i?.count} appointments still ahead: see the account.`;
	return "admin_user_still_ahead";
};
/**

* @param {Admin_User_Still_AheadInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_user_still_ahead = (inputs, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_user_still_ahead(inputs);
};
// web/src/paraglide/messages/admin_users_empty.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Admin_Users_EmptyInputs */
var en_admin_users_empty = () => {
	return `No accounts here`;
};
/**

* @param {Admin_Users_EmptyInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_users_empty = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_users_empty(inputs);
};
// web/src/paraglide/messages/admin_users_empty_text.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ directory: NonNullable<unknown> }} Admin_Users_Empty_TextInputs */
var en_admin_users_empty_text = (i) => {
	return `There are no accounts in “${i?.directory}”.`;
};
/**

* @param {Admin_Users_Empty_TextInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_users_empty_text = (inputs, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_users_empty_text(inputs);
};
// web/src/paraglide/messages/admin_users_intro.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Admin_Users_IntroInputs */
var en_admin_users_intro = () => {
	return `Every account by directory. Open an account to see its details or to disable it.`;
};
/**

* @param {Admin_Users_IntroInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_users_intro = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_users_intro(inputs);
};
// web/src/paraglide/messages/admin_users_note.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ patients: NonNullable<unknown>, doctors: NonNullable<unknown>, admins: NonNullable<unknown> }} Admin_Users_NoteInputs */
var en_admin_users_note = (i) => {
	return `${i?.patients} · ${i?.doctors} · ${i?.admins}`;
};
/**

* @param {Admin_Users_NoteInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_users_note = (inputs, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_users_note(inputs);
};
// web/src/paraglide/messages/admin_verification_note.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Admin_Verification_NoteInputs */
var en_admin_verification_note = () => {
	return `Verification note`;
};
/**

* @param {Admin_Verification_NoteInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_verification_note = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_verification_note(inputs);
};
// web/src/paraglide/messages/admin_verified_doctors.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Admin_Verified_DoctorsInputs */
var en_admin_verified_doctors = () => {
	return `Verified doctors`;
};
/**

* @param {Admin_Verified_DoctorsInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_verified_doctors = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_verified_doctors(inputs);
};
// web/src/paraglide/messages/admin_verified_status.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ name: NonNullable<unknown> }} Admin_Verified_StatusInputs */
var en_admin_verified_status = (i) => {
	return `${i?.name} verified.`;
};
/**

* @param {Admin_Verified_StatusInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_verified_status = (inputs, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_verified_status(inputs);
};
// web/src/paraglide/messages/admin_verified_toast.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ name: NonNullable<unknown> }} Admin_Verified_ToastInputs */
var en_admin_verified_toast = (i) => {
	return `${i?.name} is verified and now appears in search.`;
};
/**

* @param {Admin_Verified_ToastInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_verified_toast = (inputs, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_verified_toast(inputs);
};
// web/src/paraglide/messages/admin_verify.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Admin_VerifyInputs */
var en_admin_verify = () => {
	return `Verify`;
};
/**

* @param {Admin_VerifyInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_verify = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_verify(inputs);
};
// web/src/paraglide/messages/admin_verify_check.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ number: NonNullable<unknown> }} Admin_Verify_CheckInputs */
var en_admin_verify_check = (i) => {
	return `Check registration number ${i?.number} against the medical council's register first.`;
};
/**

* @param {Admin_Verify_CheckInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_verify_check = (inputs, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_verify_check(inputs);
};
// web/src/paraglide/messages/admin_verify_confirm.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Admin_Verify_ConfirmInputs */
var en_admin_verify_confirm = () => {
	return `Verify doctor`;
};
/**

* @param {Admin_Verify_ConfirmInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_verify_confirm = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_verify_confirm(inputs);
};
// web/src/paraglide/messages/admin_verify_then.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Admin_Verify_ThenInputs */
var en_admin_verify_then = () => {
	return `Once verified they appear in search, patients can book them, and we email them to say so.`;
};
/**

* @param {Admin_Verify_ThenInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_verify_then = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_verify_then(inputs);
};
// web/src/paraglide/messages/admin_verify_title.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ name: NonNullable<unknown> }} Admin_Verify_TitleInputs */
var en_admin_verify_title = (i) => {
	return `Verify ${i?.name}?`;
};
/**

* @param {Admin_Verify_TitleInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_verify_title = (inputs, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_verify_title(inputs);
};
// web/src/paraglide/messages/admin_verifying.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Admin_VerifyingInputs */
var en_admin_verifying = () => {
	return `Verifying…`;
};
/**

* @param {Admin_VerifyingInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_verifying = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_verifying(inputs);
};
// web/src/paraglide/messages/admin_view.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Admin_ViewInputs */
var en_admin_view = () => {
	return `View`;
};
/**

* @param {Admin_ViewInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_view = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_view(inputs);
};
// web/src/paraglide/messages/admin_view_tip.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ title: NonNullable<unknown> }} Admin_View_TipInputs */
var en_admin_view_tip = (i) => {
	return `${i?.title} on the site (opens in a new tab)`;
};
/**

* @param {Admin_View_TipInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_view_tip = (inputs, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_view_tip(inputs);
};
// web/src/paraglide/messages/admin_visit_reason.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Admin_Visit_ReasonInputs */
var en_admin_visit_reason = () => {
	return `Reason for the visit`;
};
/**

* @param {Admin_Visit_ReasonInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_visit_reason = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_visit_reason(inputs);
};
// web/src/paraglide/messages/admin_waiting.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ count: NonNullable<unknown> }} Admin_WaitingInputs */
var en_admin_waiting = (i) => {
	return `${i?.count} waiting for verification`;
};
/**

* @param {Admin_WaitingInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_waiting = (inputs, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_waiting(inputs);
};
// web/src/paraglide/messages/admin_when_yours.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Admin_When_YoursInputs */
var en_admin_when_yours = () => {
	return `When (your time)`;
};
/**

* @param {Admin_When_YoursInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_when_yours = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_when_yours(inputs);
};
// web/src/paraglide/messages/admin_years.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ count: NonNullable<unknown> }} Admin_YearsInputs */
var en_admin_years = (i) => {
	const countPlural = plural("en", i?.count, {});
	if (countPlural === "one") return `${i?.count} year`;
	if (countPlural === "other") return `${i?.count} years`;
	return "admin_years";
};
/**

* @param {Admin_YearsInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_years = (inputs, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_years(inputs);
};
// web/src/paraglide/messages/admin_yes.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Admin_YesInputs */
var en_admin_yes = () => {
	return `Yes`;
};
/**

* @param {Admin_YesInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_yes = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_yes(inputs);
};
// web/src/paraglide/messages/admin_your_title.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Admin_Your_TitleInputs */
var en_admin_your_title = () => {
	return `Your title`;
};
/**

* @param {Admin_Your_TitleInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var admin_your_title = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_admin_your_title(inputs);
};
// web/src/paraglide/messages/audit_admin_appointment_cancel.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Audit_Admin_Appointment_CancelInputs */
var en_audit_admin_appointment_cancel = () => {
	return `Cancelled (and refunded) an appointment`;
};
/**

* @param {Audit_Admin_Appointment_CancelInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var audit_admin_appointment_cancel = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_audit_admin_appointment_cancel(inputs);
};
// web/src/paraglide/messages/audit_admin_appointment_list.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Audit_Admin_Appointment_ListInputs */
var en_audit_admin_appointment_list = () => {
	return `Listed appointments`;
};
/**

* @param {Audit_Admin_Appointment_ListInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var audit_admin_appointment_list = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_audit_admin_appointment_list(inputs);
};
// web/src/paraglide/messages/audit_admin_appointment_read.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Audit_Admin_Appointment_ReadInputs */
var en_audit_admin_appointment_read = () => {
	return `Read an appointment`;
};
/**

* @param {Audit_Admin_Appointment_ReadInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var audit_admin_appointment_read = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_audit_admin_appointment_read(inputs);
};
// web/src/paraglide/messages/audit_admin_audit_export.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Audit_Admin_Audit_ExportInputs */
var en_audit_admin_audit_export = () => {
	return `Exported the audit log`;
};
/**

* @param {Audit_Admin_Audit_ExportInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var audit_admin_audit_export = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_audit_admin_audit_export(inputs);
};
// web/src/paraglide/messages/audit_admin_doctor_verification.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Audit_Admin_Doctor_VerificationInputs */
var en_audit_admin_doctor_verification = () => {
	return `Verified or rejected a doctor`;
};
/**

* @param {Audit_Admin_Doctor_VerificationInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var audit_admin_doctor_verification = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_audit_admin_doctor_verification(inputs);
};
// web/src/paraglide/messages/audit_admin_payment_list.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Audit_Admin_Payment_ListInputs */
var en_audit_admin_payment_list = () => {
	return `Listed payments`;
};
/**

* @param {Audit_Admin_Payment_ListInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var audit_admin_payment_list = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_audit_admin_payment_list(inputs);
};
// web/src/paraglide/messages/audit_admin_service_create.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Audit_Admin_Service_CreateInputs */
var en_audit_admin_service_create = () => {
	return `Created a service`;
};
/**

* @param {Audit_Admin_Service_CreateInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var audit_admin_service_create = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_audit_admin_service_create(inputs);
};
// web/src/paraglide/messages/audit_admin_service_delete.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Audit_Admin_Service_DeleteInputs */
var en_audit_admin_service_delete = () => {
	return `Deleted a service`;
};
/**

* @param {Audit_Admin_Service_DeleteInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var audit_admin_service_delete = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_audit_admin_service_delete(inputs);
};
// web/src/paraglide/messages/audit_admin_service_reorder.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Audit_Admin_Service_ReorderInputs */
var en_audit_admin_service_reorder = () => {
	return `Reordered the services`;
};
/**

* @param {Audit_Admin_Service_ReorderInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var audit_admin_service_reorder = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_audit_admin_service_reorder(inputs);
};
// web/src/paraglide/messages/audit_admin_service_update.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Audit_Admin_Service_UpdateInputs */
var en_audit_admin_service_update = () => {
	return `Changed a service`;
};
/**

* @param {Audit_Admin_Service_UpdateInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var audit_admin_service_update = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_audit_admin_service_update(inputs);
};
// web/src/paraglide/messages/audit_admin_testimonial_delete.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Audit_Admin_Testimonial_DeleteInputs */
var en_audit_admin_testimonial_delete = () => {
	return `Deleted a testimonial`;
};
/**

* @param {Audit_Admin_Testimonial_DeleteInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var audit_admin_testimonial_delete = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_audit_admin_testimonial_delete(inputs);
};
// web/src/paraglide/messages/audit_admin_testimonial_list.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Audit_Admin_Testimonial_ListInputs */
var en_audit_admin_testimonial_list = () => {
	return `Listed testimonials`;
};
/**

* @param {Audit_Admin_Testimonial_ListInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var audit_admin_testimonial_list = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_audit_admin_testimonial_list(inputs);
};
// web/src/paraglide/messages/audit_admin_testimonial_moderate.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Audit_Admin_Testimonial_ModerateInputs */
var en_audit_admin_testimonial_moderate = () => {
	return `Moderated a testimonial`;
};
/**

* @param {Audit_Admin_Testimonial_ModerateInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var audit_admin_testimonial_moderate = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_audit_admin_testimonial_moderate(inputs);
};
// web/src/paraglide/messages/audit_admin_tip_create.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Audit_Admin_Tip_CreateInputs */
var en_audit_admin_tip_create = () => {
	return `Created a health tip`;
};
/**

* @param {Audit_Admin_Tip_CreateInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var audit_admin_tip_create = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_audit_admin_tip_create(inputs);
};
// web/src/paraglide/messages/audit_admin_tip_delete.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Audit_Admin_Tip_DeleteInputs */
var en_audit_admin_tip_delete = () => {
	return `Deleted a health tip`;
};
/**

* @param {Audit_Admin_Tip_DeleteInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var audit_admin_tip_delete = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_audit_admin_tip_delete(inputs);
};
// web/src/paraglide/messages/audit_admin_tip_update.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Audit_Admin_Tip_UpdateInputs */
var en_audit_admin_tip_update = () => {
	return `Changed a health tip`;
};
/**

* @param {Audit_Admin_Tip_UpdateInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var audit_admin_tip_update = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_audit_admin_tip_update(inputs);
};
// web/src/paraglide/messages/audit_admin_transcription_retry.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Audit_Admin_Transcription_RetryInputs */
var en_audit_admin_transcription_retry = () => {
	return `Retried a transcription`;
};
/**

* @param {Audit_Admin_Transcription_RetryInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var audit_admin_transcription_retry = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_audit_admin_transcription_retry(inputs);
};
// web/src/paraglide/messages/audit_admin_user_list.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Audit_Admin_User_ListInputs */
var en_audit_admin_user_list = () => {
	return `Listed users`;
};
/**

* @param {Audit_Admin_User_ListInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var audit_admin_user_list = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_audit_admin_user_list(inputs);
};
// web/src/paraglide/messages/audit_admin_user_read.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Audit_Admin_User_ReadInputs */
var en_audit_admin_user_read = () => {
	return `Read a user’s profile`;
};
/**

* @param {Audit_Admin_User_ReadInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var audit_admin_user_read = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_audit_admin_user_read(inputs);
};
// web/src/paraglide/messages/audit_admin_user_status.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Audit_Admin_User_StatusInputs */
var en_audit_admin_user_status = () => {
	return `Disabled or enabled an account`;
};
/**

* @param {Audit_Admin_User_StatusInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var audit_admin_user_status = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_audit_admin_user_status(inputs);
};
// web/src/paraglide/messages/audit_appointment_cancel.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Audit_Appointment_CancelInputs */
var en_audit_appointment_cancel = () => {
	return `Cancelled an appointment`;
};
/**

* @param {Audit_Appointment_CancelInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var audit_appointment_cancel = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_audit_appointment_cancel(inputs);
};
// web/src/paraglide/messages/audit_appointment_list.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Audit_Appointment_ListInputs */
var en_audit_appointment_list = () => {
	return `Listed their appointments`;
};
/**

* @param {Audit_Appointment_ListInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var audit_appointment_list = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_audit_appointment_list(inputs);
};
// web/src/paraglide/messages/audit_appointment_read.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Audit_Appointment_ReadInputs */
var en_audit_appointment_read = () => {
	return `Read an appointment`;
};
/**

* @param {Audit_Appointment_ReadInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var audit_appointment_read = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_audit_appointment_read(inputs);
};
// web/src/paraglide/messages/audit_appointment_update.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Audit_Appointment_UpdateInputs */
var en_audit_appointment_update = () => {
	return `Changed notes or outcome`;
};
/**

* @param {Audit_Appointment_UpdateInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var audit_appointment_update = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_audit_appointment_update(inputs);
};
// web/src/paraglide/messages/audit_chat_history_read.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Audit_Chat_History_ReadInputs */
var en_audit_chat_history_read = () => {
	return `Read the chat history`;
};
/**

* @param {Audit_Chat_History_ReadInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var audit_chat_history_read = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_audit_chat_history_read(inputs);
};
// web/src/paraglide/messages/audit_prescription_download.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Audit_Prescription_DownloadInputs */
var en_audit_prescription_download = () => {
	return `Downloaded a prescription PDF`;
};
/**

* @param {Audit_Prescription_DownloadInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var audit_prescription_download = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_audit_prescription_download(inputs);
};
// web/src/paraglide/messages/audit_prescription_draft_save.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Audit_Prescription_Draft_SaveInputs */
var en_audit_prescription_draft_save = () => {
	return `Saved a prescription draft`;
};
/**

* @param {Audit_Prescription_Draft_SaveInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var audit_prescription_draft_save = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_audit_prescription_draft_save(inputs);
};
// web/src/paraglide/messages/audit_prescription_issue.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Audit_Prescription_IssueInputs */
var en_audit_prescription_issue = () => {
	return `Signed and issued a prescription`;
};
/**

* @param {Audit_Prescription_IssueInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var audit_prescription_issue = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_audit_prescription_issue(inputs);
};
// web/src/paraglide/messages/audit_prescription_list.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Audit_Prescription_ListInputs */
var en_audit_prescription_list = () => {
	return `Listed the prescriptions`;
};
/**

* @param {Audit_Prescription_ListInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var audit_prescription_list = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_audit_prescription_list(inputs);
};
// web/src/paraglide/messages/audit_prescription_read.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Audit_Prescription_ReadInputs */
var en_audit_prescription_read = () => {
	return `Read a prescription`;
};
/**

* @param {Audit_Prescription_ReadInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var audit_prescription_read = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_audit_prescription_read(inputs);
};
// web/src/paraglide/messages/audit_receipt_download.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Audit_Receipt_DownloadInputs */
var en_audit_receipt_download = () => {
	return `Downloaded a receipt PDF`;
};
/**

* @param {Audit_Receipt_DownloadInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var audit_receipt_download = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_audit_receipt_download(inputs);
};
// web/src/paraglide/messages/audit_receipt_read.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Audit_Receipt_ReadInputs */
var en_audit_receipt_read = () => {
	return `Read a receipt`;
};
/**

* @param {Audit_Receipt_ReadInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var audit_receipt_read = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_audit_receipt_read(inputs);
};
// web/src/paraglide/messages/audit_subject_appointment.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Audit_Subject_AppointmentInputs */
var en_audit_subject_appointment = () => {
	return `Appointment`;
};
/**

* @param {Audit_Subject_AppointmentInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var audit_subject_appointment = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_audit_subject_appointment(inputs);
};
// web/src/paraglide/messages/audit_subject_appointments.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Audit_Subject_AppointmentsInputs */
var en_audit_subject_appointments = () => {
	return `Appointment list`;
};
/**

* @param {Audit_Subject_AppointmentsInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var audit_subject_appointments = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_audit_subject_appointments(inputs);
};
// web/src/paraglide/messages/audit_subject_audit_log.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Audit_Subject_Audit_LogInputs */
var en_audit_subject_audit_log = () => {
	return `Audit log`;
};
/**

* @param {Audit_Subject_Audit_LogInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var audit_subject_audit_log = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_audit_subject_audit_log(inputs);
};
// web/src/paraglide/messages/audit_subject_chat.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Audit_Subject_ChatInputs */
var en_audit_subject_chat = () => {
	return `Chat of appointment`;
};
/**

* @param {Audit_Subject_ChatInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var audit_subject_chat = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_audit_subject_chat(inputs);
};
// web/src/paraglide/messages/audit_subject_health_tip.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Audit_Subject_Health_TipInputs */
var en_audit_subject_health_tip = () => {
	return `Health tip`;
};
/**

* @param {Audit_Subject_Health_TipInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var audit_subject_health_tip = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_audit_subject_health_tip(inputs);
};
// web/src/paraglide/messages/audit_subject_payments.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Audit_Subject_PaymentsInputs */
var en_audit_subject_payments = () => {
	return `Payment list`;
};
/**

* @param {Audit_Subject_PaymentsInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var audit_subject_payments = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_audit_subject_payments(inputs);
};
// web/src/paraglide/messages/audit_subject_prescription.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Audit_Subject_PrescriptionInputs */
var en_audit_subject_prescription = () => {
	return `Prescription of appointment`;
};
/**

* @param {Audit_Subject_PrescriptionInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var audit_subject_prescription = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_audit_subject_prescription(inputs);
};
// web/src/paraglide/messages/audit_subject_receipt.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Audit_Subject_ReceiptInputs */
var en_audit_subject_receipt = () => {
	return `Receipt of appointment`;
};
/**

* @param {Audit_Subject_ReceiptInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var audit_subject_receipt = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_audit_subject_receipt(inputs);
};
// web/src/paraglide/messages/audit_subject_service.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Audit_Subject_ServiceInputs */
var en_audit_subject_service = () => {
	return `Service`;
};
/**

* @param {Audit_Subject_ServiceInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var audit_subject_service = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_audit_subject_service(inputs);
};
// web/src/paraglide/messages/audit_subject_services.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Audit_Subject_ServicesInputs */
var en_audit_subject_services = () => {
	return `Services`;
};
/**

* @param {Audit_Subject_ServicesInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var audit_subject_services = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_audit_subject_services(inputs);
};
// web/src/paraglide/messages/audit_subject_testimonial.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Audit_Subject_TestimonialInputs */
var en_audit_subject_testimonial = () => {
	return `Testimonial`;
};
/**

* @param {Audit_Subject_TestimonialInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var audit_subject_testimonial = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_audit_subject_testimonial(inputs);
};
// web/src/paraglide/messages/audit_subject_testimonials.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Audit_Subject_TestimonialsInputs */
var en_audit_subject_testimonials = () => {
	return `Testimonial list`;
};
/**

* @param {Audit_Subject_TestimonialsInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var audit_subject_testimonials = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_audit_subject_testimonials(inputs);
};
// web/src/paraglide/messages/audit_subject_transcript.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Audit_Subject_TranscriptInputs */
var en_audit_subject_transcript = () => {
	return `Transcript of appointment`;
};
/**

* @param {Audit_Subject_TranscriptInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var audit_subject_transcript = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_audit_subject_transcript(inputs);
};
// web/src/paraglide/messages/audit_subject_transcription.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Audit_Subject_TranscriptionInputs */
var en_audit_subject_transcription = () => {
	return `Transcription of appointment`;
};
/**

* @param {Audit_Subject_TranscriptionInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var audit_subject_transcription = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_audit_subject_transcription(inputs);
};
// web/src/paraglide/messages/audit_subject_user.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Audit_Subject_UserInputs */
var en_audit_subject_user = () => {
	return `User`;
};
/**

* @param {Audit_Subject_UserInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var audit_subject_user = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_audit_subject_user(inputs);
};
// web/src/paraglide/messages/audit_subject_users.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Audit_Subject_UsersInputs */
var en_audit_subject_users = () => {
	return `User list`;
};
/**

* @param {Audit_Subject_UsersInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var audit_subject_users = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_audit_subject_users(inputs);
};
// web/src/paraglide/messages/audit_transcript_read.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Audit_Transcript_ReadInputs */
var en_audit_transcript_read = () => {
	return `Read the transcript`;
};
/**

* @param {Audit_Transcript_ReadInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var audit_transcript_read = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_audit_transcript_read(inputs);
};
// web/src/paraglide/messages/close.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} CloseInputs */
var en_close = () => {
	return `Close`;
};
/**

* @param {CloseInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var close = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_close(inputs);
};
// functions/contract/api.ts
var appointmentStatuses = [
	"REQUESTED",
	"CONFIRMED",
	"COMPLETED",
	"CANCELLED",
	"NO_SHOW"
];
/** The admin's user lists: patients, admins, and doctors by verification state (or disabled). */
var directories = [
	"patient",
	"admin",
	"doctor-pending",
	"doctor-verified",
	"doctor-rejected",
	"doctor-disabled"
];
// web/src/islands/admin/context.ts
/**
* What every console view gets from the console (islands/admin/AdminConsole.tsx), through Preact
* context: the admin, the view's address parameters, toasts, the navigation counts and the drawers.
* Views import this module and ui.tsx, never the console or each other: a view opens another area's
* drawer by name (`openDrawer({ kind: 'user', … })`) and drawers.tsx maps the name to the component.
*/
var ViewCtx = createContext(null);
function useView() {
	const ctx = useContext(ViewCtx);
	if (!ctx) throw new Error("A console view rendered outside the console");
	return ctx;
}
// web/src/islands/admin/ui.tsx
/**
* The console's own pieces on top of the shared components: a view's header and tabs, label/value
* grids, row buttons, a button that asks first, `useResource` (one thing, e.g. a drawer's record) and
* `AdminList`, a cursor-paged list with every state it can be in (loading, empty, error with Retry,
* "Load more", a row taken out with focus kept in the list).
*/
var messageOf = (err) => err instanceof ApiError ? err.message : problem_generic();
/** A date input's day as an instant: the start of that day (or of the day after) in the viewer's zone. */
var startOfDay = (ymd, plusDays = 0) => {
	const d = /* @__PURE__ */ new Date(`${ymd}T00:00:00`);
	d.setDate(d.getDate() + plusDays);
	return d.toISOString();
};
var YMD = /^\d{4}-\d{2}-\d{2}$/;
/** Focus on the view's title (after navigating, or when what had focus is gone). */
var focusTitle = () => document.getElementById("view-title")?.focus();
/** Focus on the first match of `selector`, after the current render (and a closing dialog's own focus). */
var focusLater = (selector) => requestAnimationFrame(() => document.querySelector(selector)?.focus());
var fullName = (u) => u.role === "doctor" ? admin_doctor_name({ name: `${u.firstName} ${u.lastName}` }) : `${u.firstName} ${u.lastName}`;
/** The view's title (the page's only h1, focused after navigating), its description and actions. */
function ViewHeader(props) {
	return jsxs("header", {
		class: "flex flex-col gap-4 sm:flex-row sm:items-end sm:justify-between",
		children: [jsxs("div", {
			class: "min-w-0",
			children: [jsx("h1", {
				id: "view-title",
				tabIndex: -1,
				class: "text-2xl font-bold text-slate-900",
				"data-testid": "view-title",
				children: props.title
			}), jsx("p", {
				class: "mt-1 max-w-2xl text-slate-600",
				children: props.description
			})]
		}), props.children && jsx("div", {
			class: "flex shrink-0 flex-wrap items-center gap-2",
			children: props.children
		})]
	});
}
/** A label/value grid; an empty value (falsy: numbers are shown formatted) says "Not given". */
function Details({ rows }) {
	return jsx("dl", {
		class: "grid gap-x-6 gap-y-3 text-sm sm:grid-cols-2",
		children: rows.map(([label, value, testid]) => jsxs("div", {
			class: "min-w-0",
			children: [jsx("dt", {
				class: "text-slate-500",
				children: label
			}), jsx("dd", {
				class: "mt-0.5 font-medium break-words text-slate-900",
				"data-testid": testid,
				children: !value ? jsx("i", {
					class: "font-normal text-slate-500",
					children: admin_not_given()
				}) : value
			})]
		}, label))
	});
}
/** A titled group inside a drawer. */
var Section = ({ title, children }) => jsxs("section", {
	class: "mt-6 border-t border-slate-100 pt-5",
	children: [jsx("h3", {
		class: "mb-3 text-sm font-semibold tracking-wide text-slate-500 uppercase",
		children: title
	}), children]
});
/** Monospace, selectable ids. */
var Mono = ({ text }) => jsx("span", {
	class: "font-mono text-[0.8125rem] break-all",
	children: text
});
var TONES$1 = {
	slate: "bg-slate-100 text-slate-700 ring-slate-200",
	red: "bg-red-50 text-red-800 ring-red-200",
	amber: "bg-accent-50 text-accent-900 ring-accent-300",
	sky: "bg-sky-50 text-sky-800 ring-sky-200"
};
/** A small coloured label (role, "Disabled", "Featured", "Hidden", a count). */
var Badge = (props) => jsx("span", {
	class: `inline-flex rounded-full px-2.5 py-0.5 text-xs font-semibold whitespace-nowrap ring-1 ring-inset ${TONES$1[props.tone ?? "slate"]}`,
	"data-testid": props.testid,
	children: props.children
});
/** Role, verification and "Disabled" as badges. */
var UserBadges = ({ user: u }) => jsxs(Fragment$1, { children: [
	jsx(Badge, {
		tone: u.role === "admin" ? "sky" : "slate",
		children: roleName(u.role)
	}),
	u.doctorProfile && jsx(StatusBadge, { status: u.doctorProfile.verificationStatus }),
	u.disabled && jsx(Badge, {
		tone: "red",
		testid: "disabled-badge",
		children: admin_disabled()
	})
] });
var rowClass = "rounded-2xl border border-slate-200/80 bg-white p-4 shadow-card sm:p-5";
var LOOKS = {
	primary: ["primary", "min-h-9 px-3 text-[0.8125rem]"],
	secondary: ["secondary", "min-h-9 px-3 text-[0.8125rem]"],
	ghost: ["ghost", "min-h-9 px-3 text-[0.8125rem]"],
	danger: ["ghost", "min-h-9 px-3 text-[0.8125rem] text-red-700 hover:bg-red-50 hover:text-red-800"],
	/** Full size, for a drawer's or a panel's main action. */
	main: ["primary", ""],
	"main-danger": ["danger", ""]
};
/** A button with an icon, a label and its object for screen readers. */
function Act({ label, sr, icon, look = "secondary", class: cls = "", ...rest }) {
	const [variant, size] = LOOKS[look];
	return jsxs(Button, {
		variant,
		class: `${size} ${cls}`,
		...rest,
		children: [
			icon && jsx(Icon, {
				shape: icon,
				class: "size-4 shrink-0"
			}),
			label,
			sr && jsxs("span", {
				class: "sr-only",
				children: [" ", sr]
			})
		]
	});
}
/**
* A button that asks first (the one dialog system) and runs `onConfirm` inside the dialog, which
* shows an API error and stays open. The dialog's testid is the button's with "-dialog".
*/
function ConfirmButton({ dialog, onOpen, ...act }) {
	const asking = useSignal(false);
	const close = () => {
		asking.value = false;
	};
	return jsxs(Fragment$1, { children: [jsx(Act, {
		look: "danger",
		...act,
		onClick: () => {
			onOpen?.();
			asking.value = true;
		}
	}), asking.value && jsx(ConfirmDialog, {
		tone: "danger",
		testid: `${act.testid}-dialog`,
		...dialog,
		open: true,
		onClose: close
	})] });
}
/** An on/off switch (a checkbox with role="switch"), label and hint on the left. */
function Switch(props) {
	const id = useId();
	const on = useSignal(props.checked);
	return jsxs("div", {
		class: "flex items-start justify-between gap-4 rounded-xl border border-slate-200 p-4",
		children: [jsxs("div", { children: [jsx("label", {
			for: id,
			class: "field-label",
			children: props.label
		}), jsx("p", {
			id: `${id}-hint`,
			class: "field-hint mt-0.5",
			children: props.hint
		})] }), jsx("input", {
			id,
			name: props.name,
			type: "checkbox",
			role: "switch",
			class: "switch mt-0.5",
			"aria-describedby": `${id}-hint`,
			checked: on.value,
			"aria-checked": on.value,
			onChange: (e) => {
				on.value = e.currentTarget.checked;
			},
			"data-testid": props.testid
		})]
	});
}
/**
* Tabs over one panel whose content follows the tab (shared Tabs: roving tabindex, arrows, Home, End).
* The tab is the address parameter `param` (left out for `fallback`), so each tab has a link; `clear`
* names parameters that belong to the tab being left (a sub-tab).
*/
function ViewTabs(props) {
	const { values, param, fallback = values[0] } = props;
	const ctx = useView();
	const id = useId();
	const value = useSignal(values.find((v) => v === ctx.params.get(param)) ?? fallback);
	const select = (next) => {
		value.value = next;
		const cleared = Object.fromEntries((props.clear ?? []).map((k) => [k, null]));
		ctx.setParams({
			[param]: next === fallback ? null : next,
			...cleared
		});
	};
	return jsxs("div", {
		class: "mt-6",
		children: [jsx(Tabs, {
			label: props.label,
			testid: props.testid,
			tabs: values.map((v) => ({
				id: `${id}-${v}`,
				label: props.labelOf(v),
				attrs: { "data-testid": `tab-${v.toLowerCase()}` }
			})),
			selected: values.indexOf(value.value),
			onSelect: (i) => values[i] && values[i] !== value.value && select(values[i]),
			panelId: () => `${id}-panel`,
			class: "flex gap-1 overflow-x-auto border-b border-slate-200",
			tabClass: "-mb-px min-h-11 shrink-0 border-b-2 border-transparent px-3 text-sm font-semibold whitespace-nowrap text-slate-600 hover:text-slate-900 aria-selected:border-brand-700 aria-selected:text-brand-800"
		}), jsx("div", {
			role: "tabpanel",
			id: `${id}-panel`,
			"aria-labelledby": `${id}-${value.value}`,
			class: "pt-5",
			children: props.children(value.value)
		})]
	});
}
var skeleton = () => jsxs(Fragment$1, { children: [jsx("div", { class: "skeleton h-4 w-2/5" }), jsx("div", { class: "skeleton mt-3 h-3.5 w-3/4" })] });
var ListSkeleton = () => jsx(Skeletons, {
	count: 3,
	class: "grid gap-3",
	card: skeleton
});
/** Reads something on mount (and again on `load()`); a refresh keeps what is shown until it answers. */
function useResource(fetch) {
	const data = useSignal(null);
	const state = useSignal("loading");
	const error = useSignal("");
	const controller = useRef(new AbortController());
	const load = async () => {
		if (!data.value) state.value = "loading";
		try {
			const value = await fetch(controller.current.signal);
			batch(() => {
				data.value = value;
				state.value = "ready";
			});
		} catch (err) {
			if (controller.current.signal.aborted) return;
			batch(() => {
				error.value = messageOf(err);
				state.value = "error";
			});
		}
	};
	useEffect(() => {
		load();
		return () => controller.current.abort();
	}, []);
	return {
		data,
		state,
		error,
		load
	};
}
/** A drawer's loading, error and loaded states, announced. */
function DrawerBody({ res, children }) {
	const { state, data, error } = res;
	return jsxs("div", {
		"aria-busy": state.value === "loading" ? "true" : "false",
		children: [jsx("p", {
			class: "sr-only",
			role: "status",
			children: state.value === "loading" ? admin_loading_details() : state.value === "error" ? error.value : admin_details_loaded()
		}), state.value === "error" ? jsx(ErrorState, {
			message: error.value,
			title: admin_details_error(),
			onRetry: () => void res.load()
		}) : data.value ? children(data.value) : jsx(ListSkeleton, {})]
	});
}
/**
* A list read page by page through the API's cursor, from the moment it mounts; a newer load drops
* an older one's late answer. `remove` takes a row out (after a decision or a delete) and keeps focus
* in the list; `update` changes one in place.
*/
function useList(key, noun, fetchPage, testid) {
	const items = useSignal([]);
	const state = useSignal("loading");
	const status = useSignal(loading());
	const error = useSignal("");
	const moreError = useSignal("");
	const cursor = useSignal(null);
	const loadingMore = useSignal(false);
	const inFlight = useRef(null);
	const say = (page, append) => {
		const shown = items.value.length;
		const what = noun.count(append ? page.items.length : shown);
		if (append) return (page.nextCursor ? admin_list_loaded : admin_list_loaded_all)({
			what,
			shown
		});
		if (!shown) return admin_list_none({ what: noun.plural });
		return (page.nextCursor ? admin_list_showing_more : admin_list_showing)({ what });
	};
	const run = async (append) => {
		inFlight.current?.abort();
		const controller = new AbortController();
		inFlight.current = controller;
		batch(() => {
			moreError.value = "";
			if (append) loadingMore.value = true;
			else [state.value, status.value] = ["loading", loading()];
		});
		try {
			const page = await fetchPage(append ? cursor.value ?? void 0 : void 0, controller.signal);
			if (controller.signal.aborted) return;
			batch(() => {
				items.value = append ? [...items.value, ...page.items] : page.items;
				cursor.value = page.nextCursor;
				state.value = items.value.length ? "ready" : "empty";
				status.value = say(page, append);
			});
		} catch (err) {
			if (controller.signal.aborted) return;
			batch(() => {
				status.value = messageOf(err);
				if (append) moreError.value = status.value;
				else [error.value, state.value] = [status.value, "error"];
			});
		} finally {
			if (append) loadingMore.value = false;
		}
	};
	useEffect(() => {
		run(false);
		return () => inFlight.current?.abort();
	}, []);
	return {
		items,
		state,
		status,
		error,
		moreError,
		cursor,
		loadingMore,
		load: () => run(false),
		more: () => run(true),
		remove(id, message) {
			const index = items.value.findIndex((item) => key(item) === id);
			if (index < 0) return;
			batch(() => {
				items.value = items.value.filter((_, i) => i !== index);
				if (!items.value.length && !cursor.value) state.value = "empty";
				if (message) status.value = message;
			});
			requestAnimationFrame(() => {
				const rows = document.querySelector(`[data-testid="${testid}-items"]`)?.children;
				((rows?.[index] ?? rows?.[index - 1])?.querySelector("button, a[href]") ?? document.getElementById("view-title"))?.focus();
			});
		},
		update(id, change) {
			items.value = items.value.map((item) => key(item) === id ? change(item) : item);
		}
	};
}
/** A paged list on screen: its states, the rows and "Load more". */
function AdminList(props) {
	const { testid } = props;
	const list = useList(props.itemKey, props.noun, props.fetch, testid);
	useEffect(() => {
		if (list.state.value === "ready") props.onReady?.();
	}, [list.state.value]);
	const retry = () => void list.load().then(() => {
		(document.querySelector(`[data-testid="${testid}"]`)?.querySelector("[data-retry], li button, li a[href]") ?? document.getElementById("view-title"))?.focus();
	});
	return jsxs("div", {
		"data-testid": testid,
		"data-state": list.state.value,
		children: [jsx(PagedList, {
			state: list.state.value,
			status: list.status.value,
			skeleton: jsx(ListSkeleton, {}),
			empty: props.empty,
			error: jsx(ErrorState, {
				message: list.error.value,
				title: admin_list_error({ what: props.noun.plural }),
				onRetry: retry
			}),
			items: list.items.value,
			itemKey: props.itemKey,
			renderItem: (item) => props.renderItem(item, list),
			listClass: "grid grid-cols-1 gap-3",
			listTestid: `${testid}-items`,
			hasMore: Boolean(list.cursor.value),
			loadingMore: list.loadingMore.value,
			onMore: () => void list.more(),
			moreLabel: admin_load_more(),
			moreBusyLabel: loading(),
			focusSelector: "button, a[href]"
		}), list.moreError.value && jsx("p", {
			class: "mt-2 text-center text-sm font-medium text-red-700",
			role: "alert",
			children: list.moreError.value
		})]
	});
}
// web/src/islands/admin/Appointments.tsx
/**
* Appointments: by status and date range (the viewer's days), each opening the appointment drawer
* (payment, transcription, cancel with refund).
*/
function AppointmentRow({ appointment: a, reload }) {
	const ctx = useView();
	const who = admin_appt_title({
		doctor: a.doctor.name,
		patient: a.patient.name
	});
	return jsxs("li", {
		class: `${rowClass} flex flex-col gap-3 sm:flex-row sm:items-center`,
		"data-testid": "appointment-row",
		"data-appointment-id": a.id,
		"data-status": a.status,
		children: [
			jsxs("div", {
				class: "w-full shrink-0 text-sm font-semibold text-slate-900 sm:w-44",
				children: [jsx("p", {
					class: "mb-1",
					children: formatDateTime(a.startAt).replace(/, (?=\d)/, " · ")
				}), jsx(StatusBadge, { appointment: a })]
			}),
			jsxs("div", {
				class: "min-w-0 flex-1",
				children: [jsx("p", {
					class: "font-medium text-slate-900",
					children: who
				}), jsxs("p", {
					class: "truncate text-sm text-slate-600",
					children: [
						a.doctor.specialtyName,
						" · ",
						a.reason || admin_no_reason_given()
					]
				})]
			}),
			jsx("p", {
				class: "text-sm font-semibold text-slate-900 tabular-nums",
				children: formatInr(a.price.totalPaise)
			}),
			jsx(Act, {
				label: admin_details(),
				sr: admin_details_of({ name: who }),
				testid: "appointment-details",
				onClick: () => ctx.openDrawer({
					kind: "appointment",
					id: a.id,
					onChange: reload
				})
			})
		]
	});
}
function Appointments() {
	const ctx = useView();
	const day = (name) => YMD.test(ctx.params.get(name) ?? "") ? ctx.params.get(name) : "";
	const range = useSignal({
		from: day("from"),
		to: day("to")
	});
	const draft = useSignal(range.value);
	const rangeError = useSignal("");
	const apply = (next) => {
		range.value = next;
		ctx.setParams({
			from: next.from || null,
			to: next.to || null
		});
	};
	const input = (name, label) => jsx(Field, {
		id: `range-${name}`,
		name,
		type: "date",
		optional: true,
		label,
		testid: `range-${name}`,
		value: draft.value[name],
		error: name === "to" ? rangeError.value : null,
		onInput: (e) => {
			draft.value = {
				...draft.value,
				[name]: e.currentTarget.value
			};
		}
	});
	return jsxs(Fragment$1, { children: [
		jsx(ViewHeader, {
			title: admin_nav_appointments(),
			description: admin_appts_intro()
		}),
		jsxs("form", {
			class: "mt-5 grid gap-3 sm:grid-cols-[1fr_1fr_auto_auto] sm:items-start",
			"aria-label": admin_date_range(),
			"data-testid": "range-form",
			noValidate: true,
			onSubmit: (event) => {
				event.preventDefault();
				const { from, to } = draft.value;
				rangeError.value = from && to && to < from ? admin_range_backwards() : "";
				if (rangeError.value) document.getElementById("range-to")?.focus();
				else apply(draft.value);
			},
			children: [
				input("from", admin_range_from()),
				input("to", admin_range_to()),
				jsx(Button, {
					type: "submit",
					variant: "secondary",
					class: "h-12 sm:mt-7",
					testid: "range-apply",
					children: admin_apply()
				}),
				jsx(Button, {
					variant: "ghost",
					class: "h-12 sm:mt-7",
					testid: "range-clear",
					onClick: () => {
						draft.value = {
							from: "",
							to: ""
						};
						rangeError.value = "";
						apply(draft.value);
					},
					children: admin_clear()
				})
			]
		}),
		jsx(ViewTabs, {
			label: admin_appts_tabs(),
			values: appointmentStatuses,
			labelOf: (s) => STATUS[s].label(),
			param: "status",
			fallback: "CONFIRMED",
			testid: "appointment-tabs",
			children: (status) => jsx(AdminList, {
				testid: "appointments-list",
				noun: {
					count: (count) => admin_n_appointments({ count }),
					plural: admin_appointments_noun()
				},
				itemKey: (a) => a.id,
				fetch: (cursor, signal) => {
					const { from, to } = range.value;
					const q = {
						status,
						from: from ? startOfDay(from) : void 0,
						to: to ? startOfDay(to, 1) : void 0
					};
					return api.call("adminListAppointments", { query: {
						...q,
						cursor,
						limit: 20
					} }, { signal }).then((p) => ({
						items: p.appointments,
						nextCursor: p.nextCursor
					}));
				},
				renderItem: (a, list) => jsx(AppointmentRow, {
					appointment: a,
					reload: () => void list.load()
				}),
				empty: jsx(EmptyState, {
					icon: calendar,
					title: admin_appts_empty({ status: STATUS[status].label().toLowerCase() }),
					text: range.value.from || range.value.to ? admin_appts_empty_range() : admin_none_now(),
					testid: "appointments-empty"
				})
			}, `${status}|${range.value.from}|${range.value.to}`)
		})
	] });
}
// web/src/lib/audit-actions.ts
/**
* What each audit action means, for the admin console's audit log: a label (a message of the catalog)
* and an icon per action of the route table (functions/contract/routes.ts `audit`).
* tests/unit/audit.test.ts checks that every audited action has one, so a new audited route cannot show
* up as a bare code.
*/
var auditActions = {
	"appointment.list": {
		label: audit_appointment_list,
		icon: calendar
	},
	"appointment.read": {
		label: audit_appointment_read,
		icon: calendar
	},
	"appointment.update": {
		label: audit_appointment_update,
		icon: pencil
	},
	"appointment.cancel": {
		label: audit_appointment_cancel,
		icon: xCircle
	},
	"receipt.read": {
		label: audit_receipt_read,
		icon: receipt
	},
	"receipt.download": {
		label: audit_receipt_download,
		icon: download
	},
	"chat.history.read": {
		label: audit_chat_history_read,
		icon: messageSquare
	},
	"transcript.read": {
		label: audit_transcript_read,
		icon: fileText
	},
	"prescription.list": {
		label: audit_prescription_list,
		icon: fileText
	},
	"prescription.draft.save": {
		label: audit_prescription_draft_save,
		icon: pencil
	},
	"prescription.issue": {
		label: audit_prescription_issue,
		icon: badgeCheck
	},
	"prescription.read": {
		label: audit_prescription_read,
		icon: fileText
	},
	"prescription.download": {
		label: audit_prescription_download,
		icon: download
	},
	"admin.user.list": {
		label: audit_admin_user_list,
		icon: userSearch
	},
	"admin.user.read": {
		label: audit_admin_user_read,
		icon: user
	},
	"admin.user.status": {
		label: audit_admin_user_status,
		icon: lock
	},
	"admin.doctor.verification": {
		label: audit_admin_doctor_verification,
		icon: badgeCheck
	},
	"admin.appointment.list": {
		label: audit_admin_appointment_list,
		icon: calendar
	},
	"admin.appointment.read": {
		label: audit_admin_appointment_read,
		icon: calendar
	},
	"admin.appointment.cancel": {
		label: audit_admin_appointment_cancel,
		icon: xCircle
	},
	"admin.payment.list": {
		label: audit_admin_payment_list,
		icon: creditCard
	},
	"admin.service.create": {
		label: audit_admin_service_create,
		icon: plus
	},
	"admin.service.reorder": {
		label: audit_admin_service_reorder,
		icon: layoutDashboard
	},
	"admin.service.update": {
		label: audit_admin_service_update,
		icon: pencil
	},
	"admin.service.delete": {
		label: audit_admin_service_delete,
		icon: trash
	},
	"admin.tip.create": {
		label: audit_admin_tip_create,
		icon: plus
	},
	"admin.tip.update": {
		label: audit_admin_tip_update,
		icon: pencil
	},
	"admin.tip.delete": {
		label: audit_admin_tip_delete,
		icon: trash
	},
	"admin.testimonial.list": {
		label: audit_admin_testimonial_list,
		icon: quote
	},
	"admin.testimonial.moderate": {
		label: audit_admin_testimonial_moderate,
		icon: checkCircle
	},
	"admin.testimonial.delete": {
		label: audit_admin_testimonial_delete,
		icon: trash
	},
	"admin.transcription.retry": {
		label: audit_admin_transcription_retry,
		icon: refreshCw
	},
	"admin.audit.export": {
		label: audit_admin_audit_export,
		icon: download
	}
};
/** Record kinds as the console names them. */
var auditSubjects = {
	appointment: audit_subject_appointment,
	appointments: audit_subject_appointments,
	chat: audit_subject_chat,
	transcript: audit_subject_transcript,
	receipt: audit_subject_receipt,
	prescription: audit_subject_prescription,
	user: audit_subject_user,
	users: audit_subject_users,
	payments: audit_subject_payments,
	service: audit_subject_service,
	services: audit_subject_services,
	healthTip: audit_subject_health_tip,
	testimonial: audit_subject_testimonial,
	testimonials: audit_subject_testimonials,
	transcription: audit_subject_transcription,
	auditLog: audit_subject_audit_log
};
/** The record kinds whose id is an appointment's: the console can open that appointment. */
var appointmentSubjects = /* @__PURE__ */ new Set([
	"appointment",
	"chat",
	"transcript",
	"receipt",
	"transcription",
	"prescription"
]);
// web/src/islands/admin/Audit.tsx
/**
* Audit log: every read of medical or personal data and every privileged action, newest first, from
* the moment the view opens. The filters (who, which record, what, which days) live in the address,
* so a filtered view has a link of its own; "Export CSV" downloads the same selection.
*/
var UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Record ids, and the names list pages are recorded under (directory=patient): what the API accepts. */
var RECORD = /^[\x21-\x7e]{1,300}$/;
var NONE = {
	actorId: "",
	subjectId: "",
	action: "",
	from: "",
	to: ""
};
var CHECKS = {
	actorId: (v) => UUID.test(v),
	subjectId: (v) => RECORD.test(v),
	action: (v) => Object.hasOwn(auditActions, v),
	from: (v) => YMD.test(v),
	to: (v) => YMD.test(v)
};
/** The filters in an address; anything that is not a valid filter is left out. */
function filtersFrom(params) {
	const out = { ...NONE };
	for (const key of Object.keys(NONE)) {
		const value = params.get(key) ?? "";
		if (CHECKS[key](value)) out[key] = value;
	}
	return out;
}
/** What is wrong with filters typed in the form (field → message). */
function filterErrors(f) {
	const errors = {};
	if (f.actorId && !UUID.test(f.actorId)) errors.actorId = admin_audit_bad_actor();
	if (f.subjectId && !RECORD.test(f.subjectId)) errors.subjectId = admin_audit_bad_record();
	if (f.from && f.to && f.to < f.from) errors.to = admin_audit_backwards();
	return errors;
}
/** The API's query: from the start of `from` to the end of `to`, in the viewer's zone. */
var toQuery = (f) => ({
	actorId: f.actorId || void 0,
	subjectId: f.subjectId || void 0,
	action: f.action || void 0,
	from: f.from ? startOfDay(f.from) : void 0,
	to: f.to ? startOfDay(f.to, 1) : void 0
});
var filtered = (f) => Object.values(f).some(Boolean);
var filterLink = (params, testid, text) => jsx("a", {
	href: `#/audit?${new URLSearchParams(params)}`,
	class: "font-medium text-brand-700 hover:underline",
	"data-testid": testid,
	children: text
});
function EventRow({ event: e }) {
	const ctx = useView();
	const meaning = auditActions[e.action];
	return jsx("li", {
		class: rowClass,
		"data-testid": "audit-row",
		"data-action": e.action,
		"data-actor-id": e.actorId,
		"data-subject-id": e.subjectId,
		children: jsxs("div", {
			class: "flex flex-col gap-3 sm:flex-row sm:items-start",
			children: [
				jsx("span", {
					class: "grid size-10 shrink-0 place-items-center rounded-xl bg-brand-50 text-brand-700 ring-1 ring-brand-100",
					children: jsx(Icon, {
						shape: meaning?.icon ?? shieldCheck,
						class: "size-5"
					})
				}),
				jsxs("div", {
					class: "min-w-0 flex-1",
					children: [
						jsx("p", {
							class: "font-medium text-slate-900",
							children: meaning?.label() ?? e.action
						}),
						jsx("p", {
							class: "text-sm text-slate-600",
							"data-testid": "audit-time",
							children: formatDateTime(e.at)
						}),
						jsxs("p", {
							class: "mt-2 flex flex-wrap items-center gap-x-2 gap-y-1 text-sm text-slate-700",
							children: [
								jsx("span", {
									class: "text-slate-500",
									children: admin_audit_by()
								}),
								e.actorName && jsx("span", {
									class: "font-medium",
									children: e.actorName
								}),
								jsx(Badge, { children: roleName(e.actorRole) }),
								jsx(Mono, { text: e.actorId }),
								filterLink({ actorId: e.actorId }, "audit-filter-actor", admin_audit_only_person())
							]
						}),
						jsxs("p", {
							class: "mt-1 flex flex-wrap items-center gap-x-2 gap-y-1 text-sm text-slate-700",
							children: [
								jsx("span", {
									class: "text-slate-500",
									children: auditSubjects[e.subjectType]?.() ?? e.subjectType
								}),
								jsx(Mono, { text: e.subjectId }),
								filterLink({ subjectId: e.subjectId }, "audit-filter-subject", admin_audit_only_record())
							]
						}),
						(e.sourceIp || e.userAgent) && jsxs("p", {
							class: "mt-1 text-sm break-words text-slate-600",
							children: [jsxs("span", {
								class: "text-slate-500",
								children: [admin_audit_from(), " "]
							}), [e.sourceIp, e.userAgent].filter(Boolean).join(" · ")]
						}),
						e.detail && jsx("p", {
							class: "mt-1 line-clamp-3 text-sm break-words text-slate-600",
							title: e.detail,
							"data-testid": "audit-detail",
							children: e.detail
						})
					]
				}),
				appointmentSubjects.has(e.subjectType) && jsx(Act, {
					icon: calendar,
					label: admin_appointment(),
					sr: e.subjectId.slice(0, 8),
					onClick: () => ctx.openDrawer({
						kind: "appointment",
						id: e.subjectId
					})
				})
			]
		})
	});
}
/** The form's fields: name, label, the shared Field's attributes. */
var FIELDS = [
	[
		"actorId",
		"audit-actor",
		admin_audit_who,
		{
			maxLength: 36,
			placeholder: admin_audit_who_placeholder()
		}
	],
	[
		"subjectId",
		"audit-subject",
		admin_audit_record,
		{
			maxLength: 300,
			placeholder: admin_audit_record_placeholder()
		}
	],
	[
		"action",
		"audit-action",
		admin_audit_what,
		{ as: "select" }
	],
	[
		"from",
		"audit-from",
		admin_audit_day_from,
		{ type: "date" }
	],
	[
		"to",
		"audit-to",
		admin_audit_day_to,
		{ type: "date" }
	]
];
function Audit() {
	const ctx = useView();
	const filters = useSignal(filtersFrom(ctx.params));
	const draft = useSignal(filters.value);
	const errors = useSignal({});
	const run = useSignal(0);
	const apply = (next) => {
		filters.value = next;
		run.value++;
		ctx.setParams({ ...next });
	};
	return jsxs(Fragment$1, { children: [
		jsx(ViewHeader, {
			title: admin_nav_audit(),
			description: admin_audit_intro({ zone: viewerZone() }),
			children: jsxs("a", {
				class: "btn-secondary",
				download: "",
				href: api.url("adminExportAudit", { query: toQuery(filters.value) }),
				"aria-label": filtered(filters.value) ? admin_audit_export_filtered() : admin_audit_export_all(),
				"data-testid": "audit-export",
				children: [jsx(Icon, {
					shape: download,
					class: "size-4"
				}), admin_audit_export()]
			})
		}),
		jsxs("form", {
			class: "card mt-6 grid gap-4 p-5 sm:grid-cols-2 lg:grid-cols-3",
			"aria-label": admin_audit_filter(),
			"data-testid": "audit-form",
			noValidate: true,
			onSubmit: (event) => {
				event.preventDefault();
				errors.value = filterErrors(draft.value);
				const first = Object.keys(errors.value)[0];
				if (first) document.getElementById(`audit-${first}`)?.focus();
				else apply(draft.value);
			},
			children: [FIELDS.map(([name, testid, label, attrs]) => jsx(Field, {
				id: `audit-${name}`,
				name,
				label: label(),
				optional: true,
				autocomplete: "off",
				testid,
				...attrs,
				value: draft.value[name],
				error: errors.value[name],
				onInput: (e) => {
					draft.value = {
						...draft.value,
						[name]: e.currentTarget.value
					};
					errors.value = {
						...errors.value,
						[name]: ""
					};
				},
				children: name === "action" && [jsx("option", {
					value: "",
					children: admin_audit_any()
				}, ""), ...Object.entries(auditActions).map(([value, { label }]) => jsxs("option", {
					value,
					children: [
						label(),
						" (",
						value,
						")"
					]
				}, value))]
			}, name)), jsxs("div", {
				class: "flex items-end gap-2",
				children: [jsxs(Button, {
					type: "submit",
					class: "h-12 flex-1",
					testid: "audit-search",
					children: [jsx(Icon, {
						shape: search,
						class: "size-4"
					}), admin_audit_search()]
				}), jsx(Button, {
					variant: "ghost",
					class: "h-12",
					testid: "audit-clear",
					onClick: () => {
						draft.value = NONE;
						errors.value = {};
						apply(NONE);
					},
					children: admin_clear()
				})]
			})]
		}),
		jsx("div", {
			class: "mt-6",
			children: jsx(AdminList, {
				testid: "audit-list",
				noun: {
					count: (count) => admin_n_events({ count }),
					plural: admin_events_noun()
				},
				itemKey: (e) => e.id,
				fetch: (cursor, signal) => api.call("adminAuditLog", { query: {
					...toQuery(filters.value),
					cursor,
					limit: 20
				} }, { signal }).then((p) => ({
					items: p.events,
					nextCursor: p.nextCursor
				})),
				renderItem: (e) => jsx(EventRow, { event: e }),
				empty: jsx(EmptyState, {
					icon: shieldCheck,
					title: filtered(filters.value) ? admin_audit_no_match() : admin_audit_nothing(),
					text: filtered(filters.value) ? admin_audit_no_match_text() : admin_audit_nothing_text(),
					testid: "audit-empty"
				})
			}, run.value)
		})
	] });
}
// web/src/islands/admin/Services.tsx
/**
* Services on the home page: add and edit (with an icon picker), show or hide, delete, and reorder
* with Move up / Move down (keyboard friendly, unlike drag and drop), then Save order.
*/
var HEADING = "services-heading";
var focusHeading = () => focusLater(`#${HEADING}`);
/** The service icon picker: a radio group drawn as tiles, each with its icon and name. */
var IconPicker = ({ value, error }) => jsxs("fieldset", {
	"aria-describedby": error ? "icon-error" : void 0,
	"data-testid": "icon-picker",
	children: [
		jsx("legend", {
			class: "field-label",
			children: admin_icon()
		}),
		jsx("div", {
			class: "mt-2 grid grid-cols-3 gap-2 sm:grid-cols-4",
			children: Object.keys(serviceIcons).map((icon) => jsxs("div", { children: [jsx("input", {
				id: `icon-${icon}`,
				type: "radio",
				name: "icon",
				value: icon,
				class: "peer sr-only",
				defaultChecked: icon === value,
				"data-testid": `icon-${icon}`
			}), jsxs("label", {
				for: `icon-${icon}`,
				class: "flex min-h-16 cursor-pointer flex-col items-center justify-center gap-1 rounded-xl border border-slate-200 p-2 text-xs font-medium text-slate-700 peer-checked:border-brand-600 peer-checked:bg-brand-50 peer-checked:text-brand-800 peer-checked:ring-1 peer-checked:ring-brand-600 peer-focus-visible:outline-3 peer-focus-visible:outline-offset-2 peer-focus-visible:outline-accent-500 hover:border-brand-300",
				children: [jsx(Icon, {
					shape: shapesFor(icon),
					class: "size-5"
				}), icon.replace("-", " ")]
			})] }, icon))
		}),
		jsx("p", {
			id: "icon-error",
			class: "field-error",
			"data-error-for": "icon",
			hidden: !error,
			children: error
		})
	]
});
function ServiceDialog(props) {
	const { existing } = props;
	const form = useForm({
		validate: (f) => fieldValue(f, "icon") ? void 0 : { icon: [admin_choose_icon()] },
		submit: async (f) => {
			const active = f.elements.namedItem("active").checked;
			const body = {
				name: fieldValue(f, "name"),
				description: fieldValue(f, "description"),
				icon: fieldValue(f, "icon"),
				active
			};
			await (existing ? api.call("adminUpdateService", {
				params: { serviceId: existing.id },
				body
			}) : api.call("adminCreateService", { body }));
			await props.onSaved();
		}
	});
	return jsx(Dialog, {
		open: true,
		onClose: () => !form.busy && props.onClose(),
		title: existing ? admin_edit_service({ name: existing.name }) : admin_add_service_title(),
		testid: "service-dialog",
		class: "dialog w-[min(34rem,calc(100vw-2rem))] rounded-2xl p-6 shadow-lift backdrop:bg-slate-900/50",
		children: jsxs("form", {
			class: "mt-4 grid gap-5",
			noValidate: true,
			onSubmit: form.onSubmit,
			onInput: (e) => form.clear(e.target.name),
			children: [
				jsx(Field, {
					id: "service-name",
					name: "name",
					label: admin_name(),
					defaultValue: existing?.name,
					minLength: 2,
					maxLength: 80,
					missing: admin_service_name_missing(),
					invalid: admin_service_name_invalid(),
					error: form.errors.name,
					testid: "service-name-input",
					autocomplete: "off"
				}),
				jsx(Field, {
					id: "service-description",
					name: "description",
					as: "textarea",
					label: admin_description(),
					hint: admin_service_description_hint(),
					defaultValue: existing?.description,
					minLength: 5,
					maxLength: 300,
					rows: 3,
					missing: admin_service_description_missing(),
					invalid: admin_service_description_invalid(),
					error: form.errors.description,
					testid: "service-description-input"
				}),
				jsx(IconPicker, {
					value: existing?.icon ?? "",
					error: form.errors.icon
				}),
				jsx(Switch, {
					name: "active",
					label: admin_active(),
					hint: admin_active_hint(),
					checked: existing?.active ?? true,
					testid: "service-active-input"
				}),
				jsx(FormError, {
					message: form.formError,
					boxRef: form.summary
				}),
				jsxs("div", {
					class: "flex flex-col-reverse gap-2 sm:flex-row sm:justify-end",
					children: [jsx(Button, {
						variant: "ghost",
						testid: "dialog-cancel",
						onClick: props.onClose,
						disabled: form.busy,
						children: cancel()
					}), jsx(Button, {
						type: "submit",
						testid: "dialog-save",
						busy: form.busy,
						busyLabel: admin_saving(),
						children: existing ? admin_save_changes() : admin_add_service()
					})]
				})
			]
		})
	});
}
function Services() {
	const ctx = useView();
	const saved = useResource((signal) => api.call("adminListServices", void 0, { signal }).then((r) => r.services));
	/** The order being arranged, until it is saved or discarded. */
	const order = useSignal(null);
	const status = useSignal("");
	const editing = useSignal(null);
	const savingOrder = useSignal(false);
	const list = order.value ?? saved.data.value ?? [];
	const dirty = list.some((s, i) => s.id !== saved.data.value?.[i]?.id);
	const row = (id) => `[data-service-id="${id}"]`;
	/** Reads the saved list again; an unsaved order is kept (`keep`: an edit) or dropped. */
	const reload = async (keep) => {
		const kept = keep && dirty ? list.map((s) => s.id) : null;
		await saved.load();
		const byId = new Map((saved.data.value ?? []).map((s) => [s.id, s]));
		order.value = kept?.flatMap((id) => byId.get(id) ?? []) ?? null;
	};
	const move = (index, delta) => {
		const next = [...list];
		const [item, other] = [next[index], next[index + delta]];
		if (!item || !other) return;
		[next[index], next[index + delta]] = [other, item];
		order.value = next;
		requestAnimationFrame(() => {
			const moved = document.querySelector(row(item.id));
			(moved?.querySelector(`[data-testid="move-${delta < 0 ? "up" : "down"}"]:not(:disabled)`) ?? moved?.querySelector("button:not(:disabled)"))?.focus();
		});
		status.value = admin_moved({
			name: item.name,
			position: index + delta + 1,
			count: next.length
		});
	};
	/** Shows or hides one at once (the switch follows the click) and puts it back if the API refuses. */
	const toggle = async (s, active) => {
		const set = (value) => batch(() => {
			const apply = (xs) => xs?.map((x) => x.id === s.id ? {
				...x,
				active: value
			} : x) ?? null;
			saved.data.value = apply(saved.data.value);
			order.value = apply(order.value);
		});
		set(active);
		try {
			await api.call("adminUpdateService", {
				params: { serviceId: s.id },
				body: { active }
			});
			ctx.notify((active ? admin_service_shown : admin_service_hidden)({ name: s.name }));
		} catch (err) {
			set(!active);
			ctx.notify(messageOf(err), "error");
		}
	};
	const saveOrder = async () => {
		savingOrder.value = true;
		try {
			const { services } = await api.call("adminReorderServices", { body: { ids: list.map((s) => s.id) } });
			batch(() => {
				saved.data.value = services;
				order.value = null;
			});
			focusHeading();
			ctx.notify(admin_order_saved());
		} catch (err) {
			const conflict = err instanceof ApiError && err.status === 409;
			ctx.notify(conflict ? admin_order_conflict() : messageOf(err), "error");
			if (conflict) await reload(false);
		} finally {
			savingOrder.value = false;
		}
	};
	const onSaved = async () => {
		const existing = editing.value === "new" ? null : editing.value;
		const hadOrder = dirty;
		await reload(Boolean(existing));
		const fresh = saved.data.value ?? [];
		const target = fresh.find((x) => x.id === existing?.id) ?? fresh[fresh.length - 1];
		editing.value = null;
		const name = target?.name ?? "";
		const added = `${admin_service_added({ name })}${hadOrder ? ` ${admin_order_dropped()}` : ""}`;
		ctx.notify(existing ? admin_service_saved({ name }) : added);
		if (target) focusLater(`${row(target.id)} [data-testid="edit-service"]`);
	};
	const state = saved.state.value === "ready" && !list.length ? "empty" : saved.state.value;
	return jsxs("section", {
		"aria-labelledby": HEADING,
		children: [
			jsxs("div", {
				class: "flex flex-col gap-3 sm:flex-row sm:items-end sm:justify-between",
				children: [jsxs("div", { children: [jsx("h2", {
					id: HEADING,
					tabIndex: -1,
					class: "text-lg font-semibold text-slate-900",
					children: admin_services()
				}), jsx("p", {
					class: "mt-0.5 text-sm text-slate-600",
					children: admin_services_intro()
				})] }), jsx(Act, {
					look: "main",
					icon: plus,
					label: admin_add_service(),
					testid: "add-service",
					onClick: () => {
						editing.value = "new";
					}
				})]
			}),
			jsx("p", {
				class: "sr-only",
				role: "status",
				children: state === "loading" ? loading() : status.value
			}),
			dirty && jsxs("div", {
				class: "sticky top-32 z-10 mt-4 flex flex-col gap-3 rounded-xl border border-accent-300 bg-accent-50 p-3 pl-4 text-sm font-medium text-accent-900 shadow-card sm:flex-row sm:items-center sm:justify-between md:top-20",
				"data-testid": "order-bar",
				children: [jsxs("p", {
					class: "flex items-center gap-2",
					children: [jsx(Icon, {
						shape: alertTriangle,
						class: "size-4 shrink-0 text-accent-700"
					}), admin_order_unsaved()]
				}), jsxs("div", {
					class: "flex gap-2",
					children: [jsx(Button, {
						variant: "ghost",
						testid: "discard-order",
						onClick: () => {
							order.value = null;
							status.value = admin_order_discarded();
							focusHeading();
						},
						children: admin_discard()
					}), jsx(Button, {
						testid: "save-order",
						busy: savingOrder.value,
						onClick: () => void saveOrder(),
						children: admin_save_order()
					})]
				})]
			}),
			jsxs("div", {
				class: "mt-4",
				"data-testid": "services-region",
				"data-state": state,
				"aria-busy": state === "loading" ? "true" : "false",
				children: [
					state === "loading" && jsx(ListSkeleton, {}),
					state === "error" && jsx(ErrorState, {
						message: saved.error.value,
						title: admin_list_error({ what: admin_services().toLowerCase() }),
						onRetry: () => void saved.load().then(focusHeading)
					}),
					state === "empty" && jsx(EmptyState, {
						icon: stethoscope,
						title: admin_services_empty(),
						text: admin_services_empty_text(),
						testid: "services-empty"
					}),
					state === "ready" && jsx("ol", {
						class: "@container grid gap-2.5",
						"aria-labelledby": HEADING,
						"data-testid": "services-list",
						children: list.map((s, index) => jsxs("li", {
							class: "flex flex-col gap-3 rounded-2xl border border-slate-200/80 bg-white p-4 shadow-card @3xl:flex-row @3xl:items-center",
							"data-testid": "service-row",
							"data-service-id": s.id,
							"data-position": index + 1,
							children: [jsxs("div", {
								class: "flex min-w-0 flex-1 items-start gap-3",
								children: [
									jsx("span", {
										class: "w-5 pt-2.5 text-right text-sm font-semibold text-slate-500 tabular-nums",
										"aria-hidden": "true",
										children: index + 1
									}),
									jsx("span", {
										class: "grid size-10 shrink-0 place-items-center rounded-xl bg-brand-50 text-brand-700 ring-1 ring-brand-100",
										children: jsx(Icon, {
											shape: shapesFor(s.icon),
											class: "size-5"
										})
									}),
									jsxs("div", {
										class: "min-w-0",
										children: [jsxs("h3", {
											class: "flex flex-wrap items-center gap-2 font-semibold text-slate-900",
											children: [jsx("span", {
												"data-testid": "service-name",
												children: s.name
											}), !s.active && jsx(Badge, { children: admin_hidden() })]
										}), jsx("p", {
											class: "mt-0.5 line-clamp-2 text-sm text-slate-600",
											children: s.description
										})]
									})
								]
							}), jsxs("div", {
								class: "flex flex-wrap items-center gap-2 pl-8 @3xl:pl-0",
								children: [
									jsxs("fieldset", {
										class: "flex gap-1",
										children: [jsx("legend", {
											class: "sr-only",
											children: admin_position_of({ name: s.name })
										}), ["up", "down"].map((dir) => jsx("button", {
											type: "button",
											class: "grid size-10 place-items-center rounded-lg border border-slate-200 bg-white text-slate-700 hover:border-brand-300 hover:bg-brand-50 disabled:opacity-40",
											"aria-label": (dir === "up" ? admin_move_up : admin_move_down)({ name: s.name }),
											"data-testid": `move-${dir}`,
											disabled: dir === "up" ? index === 0 : index === list.length - 1,
											onClick: () => move(index, dir === "up" ? -1 : 1),
											children: jsx(Icon, {
												shape: arrowRight,
												class: `size-4 ${dir === "up" ? "-rotate-90" : "rotate-90"}`
											})
										}, dir))]
									}),
									jsxs("label", {
										class: "ml-1 flex min-h-10 cursor-pointer items-center gap-2 px-2 text-sm font-medium text-slate-700",
										children: [
											jsx("input", {
												type: "checkbox",
												role: "switch",
												class: "switch",
												checked: s.active,
												"aria-checked": s.active,
												"data-testid": "service-active",
												onChange: (e) => void toggle(s, e.currentTarget.checked)
											}),
											admin_active(),
											jsxs("span", {
												class: "sr-only",
												children: [": ", s.name]
											})
										]
									}),
									jsx(Act, {
										icon: pencil,
										label: admin_edit(),
										sr: s.name,
										testid: "edit-service",
										onClick: () => {
											editing.value = s;
										}
									}),
									jsx(ConfirmButton, {
										icon: trash,
										label: admin_delete(),
										sr: s.name,
										testid: "delete-service",
										dialog: {
											title: admin_delete_named({ name: s.name }),
											body: jsxs(Fragment$1, { children: [jsx("p", { children: admin_service_delete_body() }), jsx("p", { children: admin_service_delete_hint() })] }),
											confirmLabel: admin_service_delete_confirm(),
											busyLabel: admin_deleting(),
											onConfirm: async () => {
												await api.call("adminDeleteService", { params: { serviceId: s.id } });
												await reload(false);
												ctx.notify(admin_service_deleted({ name: s.name }));
												focusHeading();
											}
										}
									})
								]
							})]
						}, s.id))
					})
				]
			}),
			editing.value && jsx(ServiceDialog, {
				existing: editing.value === "new" ? null : editing.value,
				onClose: () => {
					editing.value = null;
				},
				onSaved
			})
		]
	});
}
// web/src/islands/admin/Stories.tsx
/** Patient stories: approve them, feature approved ones on the home page, send them back, or delete them. */
function StoryRow({ story: t, state, list }) {
	const ctx = useView();
	const busy = useSignal(null);
	const sr = admin_story_from({ name: t.name });
	const rating = Math.max(0, Math.min(5, Math.round(t.rating)));
	/** Approves, features or sends back; `done` gets the story as it is now. */
	const moderate = async (which, change, done) => {
		busy.value = which;
		try {
			done((await api.call("adminModerateTestimonial", {
				params: { testimonialId: t.id },
				body: change
			})).testimonial);
		} catch (err) {
			ctx.notify(messageOf(err), "error");
		} finally {
			busy.value = null;
		}
	};
	const taken = (status, toast) => {
		list.remove(t.id, status);
		ctx.notify(toast);
	};
	return jsxs("li", {
		class: rowClass,
		"data-testid": "testimonial-row",
		"data-testimonial-id": t.id,
		"data-featured": String(t.featured),
		children: [jsxs("figure", {
			"aria-labelledby": `story-${t.id}`,
			children: [jsxs("div", {
				class: "flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-slate-500",
				children: [
					jsx("span", {
						class: "flex gap-0.5",
						role: "img",
						"aria-label": admin_rated({ value: rating }),
						children: [
							0,
							1,
							2,
							3,
							4
						].map((i) => jsx("span", {
							class: i < rating ? "text-accent-500 [&_svg]:fill-current" : "text-slate-300",
							children: jsx(Icon, {
								shape: star,
								class: "size-4"
							})
						}, i))
					}),
					jsx("figcaption", {
						id: `story-${t.id}`,
						class: "font-semibold text-slate-900",
						children: t.name
					}),
					formatInstant({
						iso: t.createdAt,
						format: "date"
					}),
					t.featured && jsx(Badge, {
						tone: "amber",
						testid: "featured-badge",
						children: admin_featured()
					})
				]
			}), jsx("blockquote", {
				class: "mt-2 text-sm leading-6 whitespace-pre-line text-slate-700",
				children: t.content
			})]
		}), jsxs("div", {
			class: "mt-4 flex flex-wrap gap-2",
			children: [state === "pending" ? jsx(Act, {
				look: "primary",
				icon: check,
				label: admin_approve(),
				sr,
				busy: busy.value === "approve",
				testid: "approve-testimonial",
				onClick: () => moderate("approve", { approved: true }, () => taken(admin_story_approved_status({ name: t.name }), admin_story_approved_toast({ name: t.name })))
			}) : jsxs(Fragment$1, { children: [jsx(Act, {
				look: t.featured ? "secondary" : "primary",
				icon: star,
				label: t.featured ? admin_unfeature() : admin_feature(),
				sr,
				busy: busy.value === "feature",
				testid: "feature-testimonial",
				onClick: () => moderate("feature", { featured: !t.featured }, (fresh) => {
					list.update(t.id, (x) => ({
						...x,
						...fresh
					}));
					ctx.notify((fresh.featured ? admin_story_featured_toast : admin_story_unfeatured_toast)({ name: t.name }));
				})
			}), jsx(Act, {
				look: "ghost",
				label: admin_unapprove(),
				sr,
				busy: busy.value === "unapprove",
				testid: "unapprove-testimonial",
				onClick: () => moderate("unapprove", { approved: false }, () => taken(admin_story_pending_status({ name: t.name }), admin_story_pending_toast({ name: t.name })))
			})] }), jsx(ConfirmButton, {
				icon: trash,
				label: admin_delete(),
				sr,
				testid: "delete-testimonial",
				dialog: {
					title: admin_story_delete_title({ name: t.name }),
					body: jsx("p", { children: admin_story_delete_body() }),
					confirmLabel: admin_story_delete_confirm(),
					busyLabel: admin_deleting(),
					onConfirm: async () => {
						await api.call("adminDeleteTestimonial", { params: { testimonialId: t.id } });
						taken(admin_story_deleted_status({ name: t.name }), admin_story_deleted_toast({ name: t.name }));
					}
				}
			})]
		})]
	});
}
function Stories() {
	return jsxs("section", {
		"aria-labelledby": "stories-heading",
		children: [
			jsx("h2", {
				id: "stories-heading",
				tabIndex: -1,
				class: "text-lg font-semibold text-slate-900",
				children: admin_stories()
			}),
			jsx("p", {
				class: "mt-0.5 text-sm text-slate-600",
				children: admin_stories_intro()
			}),
			jsx(ViewTabs, {
				label: admin_stories_tabs(),
				values: ["pending", "approved"],
				labelOf: (s) => s === "pending" ? admin_stories_waiting() : admin_stories_approved(),
				param: "stories",
				testid: "testimonial-tabs",
				children: (state) => jsx(AdminList, {
					testid: "testimonials-list",
					noun: {
						count: (count) => admin_n_stories({ count }),
						plural: admin_stories_noun()
					},
					itemKey: (t) => t.id,
					fetch: async (_cursor, signal) => ({
						items: (await api.call("adminListTestimonials", { query: { state } }, { signal })).testimonials,
						nextCursor: null
					}),
					renderItem: (t, list) => jsx(StoryRow, {
						story: t,
						state,
						list
					}),
					empty: state === "pending" ? jsx(EmptyState, {
						icon: quote,
						title: admin_stories_empty_pending(),
						text: admin_stories_empty_pending_text(),
						testid: "testimonials-empty"
					}) : jsx(EmptyState, {
						icon: quote,
						title: admin_stories_empty_approved(),
						text: admin_stories_empty_approved_text(),
						testid: "testimonials-empty"
					})
				}, state)
			})
		]
	});
}
// web/src/islands/admin/Tips.tsx
/**
* Health tips: list, write (Markdown with a live preview through the same safe renderer the public
* page uses), feature on the home page, and delete.
*/
var MAX_CONTENT = 1e4;
var HELP = [
	["## Heading", admin_md_heading],
	["**bold**, *italic*", admin_md_emphasis],
	["- item or 1. item", admin_md_list],
	["`code`", admin_md_code],
	["[text](https://…)", admin_md_link],
	["blank line", admin_md_paragraph]
];
function TipRow({ tip, list, edit }) {
	const ctx = useView();
	return jsxs("li", {
		class: `${rowClass} flex flex-col gap-3 sm:flex-row sm:items-start`,
		"data-testid": "tip-row",
		"data-tip-id": tip.id,
		children: [jsxs("div", {
			class: "min-w-0 flex-1 text-sm text-slate-600",
			children: [
				jsxs("h3", {
					class: "flex flex-wrap items-center gap-2 text-base font-semibold text-slate-900",
					children: [jsx("span", {
						"data-testid": "tip-title",
						children: tip.title
					}), tip.featured && jsx(Badge, {
						tone: "amber",
						testid: "featured-badge",
						children: admin_featured()
					})]
				}),
				tip.authorName ? tip_by({ name: tip.authorName }) : tip_by_team(),
				" ·",
				" ",
				formatInstant({
					iso: tip.createdAt,
					format: "date"
				}),
				jsx("p", {
					class: "mt-2 line-clamp-2 text-slate-700",
					children: plainTextExcerpt(tip.content, 200)
				})
			]
		}), jsxs("div", {
			class: "flex flex-wrap gap-2",
			children: [
				jsx(Act, {
					icon: pencil,
					label: admin_edit(),
					sr: tip.title,
					testid: "edit-tip",
					onClick: edit
				}),
				jsxs("a", {
					href: `/health-tips/view/?id=${encodeURIComponent(tip.id)}`,
					target: "_blank",
					rel: "noopener",
					class: "btn-ghost min-h-9 px-3 text-[0.8125rem]",
					"data-testid": "view-tip",
					children: [admin_view(), jsxs("span", {
						class: "sr-only",
						children: [" ", admin_view_tip({ title: tip.title })]
					})]
				}),
				jsx(ConfirmButton, {
					icon: trash,
					label: admin_delete(),
					sr: tip.title,
					testid: "delete-tip",
					dialog: {
						title: admin_delete_quoted({ name: tip.title }),
						body: jsx("p", { children: admin_tip_delete_body() }),
						confirmLabel: admin_tip_delete_confirm(),
						busyLabel: admin_deleting(),
						onConfirm: async () => {
							await api.call("adminDeleteHealthTip", { params: { tipId: tip.id } });
							list.remove(tip.id, admin_tip_deleted_status({ title: tip.title }));
							ctx.notify(admin_tip_deleted({ title: tip.title }));
						}
					}
				})
			]
		})]
	});
}
function TipList({ focusId, edit }) {
	return jsxs("section", {
		"aria-labelledby": "tips-heading",
		children: [jsxs("div", {
			class: "mb-4 flex flex-col gap-3 sm:flex-row sm:items-end sm:justify-between",
			children: [jsxs("div", { children: [jsx("h2", {
				id: "tips-heading",
				tabIndex: -1,
				class: "text-lg font-semibold text-slate-900",
				children: nav_health_tips()
			}), jsx("p", {
				class: "mt-0.5 text-sm text-slate-600",
				children: admin_tips_intro()
			})] }), jsx(Act, {
				look: "main",
				icon: plus,
				label: admin_new_tip(),
				testid: "new-tip",
				onClick: () => edit(null)
			})]
		}), jsx(AdminList, {
			testid: "tips-list",
			noun: {
				count: (count) => admin_n_tips({ count }),
				plural: admin_tips_noun()
			},
			itemKey: (t) => t.id,
			fetch: async (_cursor, signal) => ({
				items: (await api.call("adminListHealthTips", void 0, { signal })).healthTips,
				nextCursor: null
			}),
			renderItem: (t, list) => jsx(TipRow, {
				tip: t,
				list,
				edit: () => edit(t)
			}),
			empty: jsx(EmptyState, {
				icon: fileText,
				title: admin_tips_empty(),
				text: admin_tips_empty_text(),
				testid: "tips-empty"
			}),
			onReady: () => focusId && focusLater(`[data-tip-id="${focusId}"] [data-testid="edit-tip"]`)
		})]
	});
}
function Editor({ tip, done }) {
	const ctx = useView();
	const id = useId();
	const title = useSignal(tip?.title ?? "");
	const content = useSignal(tip?.content ?? "");
	const form = useForm({
		validate: (f) => {
			const url = fieldValue(f, "imageUrl");
			return url && !/^https:\/\//i.test(url) ? { imageUrl: [admin_https_only()] } : void 0;
		},
		submit: async (f) => {
			const body = {
				title: fieldValue(f, "title"),
				content: content.value.trim(),
				featured: f.elements.namedItem("featured").checked
			};
			const imageUrl = fieldValue(f, "imageUrl");
			const { healthTip } = tip ? await api.call("adminUpdateHealthTip", {
				params: { tipId: tip.id },
				body: {
					...body,
					imageUrl
				}
			}) : await api.call("adminCreateHealthTip", { body: imageUrl ? {
				...body,
				imageUrl
			} : body });
			ctx.notify(tip ? admin_tip_saved({ title: healthTip.title }) : admin_tip_published({ title: healthTip.title }));
			done(healthTip.id);
		}
	});
	useEffect(() => document.getElementById(`${id}-title`)?.focus(), []);
	return jsxs("section", {
		"aria-labelledby": `${id}-heading`,
		"data-testid": "tip-editor",
		children: [jsxs("div", {
			class: "flex flex-wrap items-center justify-between gap-3",
			children: [jsx("h2", {
				id: `${id}-heading`,
				tabIndex: -1,
				class: "text-lg font-semibold text-slate-900",
				children: tip ? admin_edit_tip() : admin_new_tip()
			}), jsx(Act, {
				look: "ghost",
				icon: arrowLeft,
				label: admin_back_to_list(),
				onClick: () => done(tip?.id)
			})]
		}), jsxs("form", {
			class: "card mt-4 grid gap-5 p-5 sm:p-6",
			"data-testid": "tip-form",
			noValidate: true,
			onSubmit: form.onSubmit,
			onInput: (e) => form.clear(e.target.name),
			children: [
				jsx(Field, {
					id: `${id}-title`,
					name: "title",
					label: admin_tip_title(),
					value: title.value,
					onInput: (e) => {
						title.value = e.currentTarget.value;
					},
					minLength: 3,
					maxLength: 120,
					missing: admin_tip_title_missing(),
					invalid: admin_tip_title_invalid(),
					error: form.errors.title,
					testid: "tip-title-input",
					autocomplete: "off"
				}),
				jsxs("div", {
					class: "grid gap-5 lg:grid-cols-2",
					children: [jsx(Field, {
						id: `${id}-image`,
						name: "imageUrl",
						type: "url",
						optional: true,
						label: admin_image_link(),
						hint: admin_image_hint(),
						defaultValue: tip?.imageUrl ?? "",
						invalid: admin_https_only(),
						maxLength: 2e3,
						error: form.errors.imageUrl,
						testid: "tip-image"
					}), jsx(Switch, {
						name: "featured",
						label: admin_feature_home(),
						hint: admin_feature_home_hint(),
						checked: tip?.featured ?? false,
						testid: "tip-featured"
					})]
				}),
				jsxs("div", {
					class: "grid gap-5 lg:grid-cols-2 lg:items-start",
					children: [jsxs("div", { children: [jsx(Field, {
						id: `${id}-content`,
						name: "content",
						as: "textarea",
						label: admin_tip_content(),
						hint: admin_tip_content_hint(),
						value: content.value,
						onInput: (e) => {
							content.value = e.currentTarget.value;
						},
						minLength: 10,
						maxLength: MAX_CONTENT,
						rows: 18,
						missing: admin_tip_content_missing(),
						invalid: admin_tip_content_invalid(),
						error: form.errors.content,
						testid: "tip-content",
						describedBy: `${id}-counter`,
						after: jsxs("p", {
							id: `${id}-counter`,
							class: "mt-1 text-right text-xs text-slate-600 tabular-nums",
							"data-testid": "tip-counter",
							children: [
								content.value.length.toLocaleString("en-IN"),
								" / ",
								MAX_CONTENT.toLocaleString("en-IN")
							]
						})
					}), jsxs("details", {
						class: "mt-3 rounded-xl border border-slate-200 bg-slate-50 px-4 py-3 text-sm",
						children: [
							jsx("summary", {
								class: "cursor-pointer font-semibold text-slate-800",
								children: admin_md_help()
							}),
							jsx("dl", {
								class: "mt-3 grid gap-x-4 gap-y-1.5 sm:grid-cols-[auto_1fr]",
								children: HELP.map(([code, what]) => jsxs("div", {
									class: "contents",
									children: [jsx("dt", { children: jsx("code", {
										class: "rounded bg-white px-1.5 py-0.5 font-mono text-xs text-slate-800 ring-1 ring-slate-200",
										children: code
									}) }), jsx("dd", {
										class: "text-slate-600",
										children: what()
									})]
								}, code))
							}),
							jsx("p", {
								class: "mt-3 text-slate-600",
								children: admin_md_safe()
							})
						]
					})] }), jsxs("section", {
						class: "rounded-xl border border-slate-200 bg-white p-5 lg:sticky lg:top-20",
						"aria-label": admin_preview(),
						children: [
							jsxs("p", {
								class: "mb-4 flex items-center gap-2 border-b border-slate-100 pb-3 text-xs font-semibold tracking-wide text-slate-500 uppercase",
								children: [jsx(Icon, {
									shape: eye,
									class: "size-4"
								}), admin_preview()]
							}),
							jsx("p", {
								class: `text-2xl font-bold tracking-tight ${title.value.trim() ? "text-slate-900" : "text-slate-500"}`,
								"data-testid": "tip-preview-title",
								children: title.value.trim() || admin_your_title()
							}),
							jsx("div", {
								class: "mt-4 min-h-24",
								children: content.value.trim() ? jsx(Markdown, {
									source: content.value,
									testid: "tip-preview"
								}) : jsx("p", {
									class: "text-sm text-slate-500 italic",
									"data-testid": "tip-preview",
									children: admin_preview_empty()
								})
							})
						]
					})]
				}),
				jsx(FormError, {
					message: form.formError,
					boxRef: form.summary
				}),
				jsxs("div", {
					class: "flex flex-col-reverse gap-2 border-t border-slate-200 pt-5 sm:flex-row sm:justify-end",
					children: [jsx(Button, {
						variant: "ghost",
						testid: "tip-cancel",
						onClick: () => done(tip?.id),
						children: cancel()
					}), jsx(Button, {
						type: "submit",
						testid: "tip-save",
						busy: form.busy,
						busyLabel: admin_saving(),
						children: tip ? admin_save_changes() : admin_publish_tip()
					})]
				})
			]
		})]
	});
}
function Tips() {
	const editing = useSignal(null);
	const focusId = useSignal(null);
	if (editing.value) return jsx(Editor, {
		tip: editing.value.tip,
		done: (savedId) => {
			focusId.value = savedId ?? null;
			editing.value = null;
		}
	});
	return jsx(TipList, {
		focusId: focusId.value,
		edit: (tip) => {
			editing.value = { tip };
		}
	});
}
// web/src/islands/admin/Content.tsx
/** Content: the public site's services, health tips and patient stories, one tab each. */
var TABS$1 = [
	"services",
	"tips",
	"stories"
];
var label$1 = (t) => t === "services" ? admin_services() : t === "tips" ? nav_health_tips() : admin_stories();
function Content() {
	return jsxs(Fragment$1, { children: [jsx(ViewHeader, {
		title: admin_nav_content(),
		description: admin_content_intro()
	}), jsx(ViewTabs, {
		label: admin_nav_content(),
		values: TABS$1,
		labelOf: label$1,
		param: "tab",
		clear: ["stories"],
		testid: "content-tabs",
		children: (tab) => tab === "services" ? jsx(Services, {}) : tab === "tips" ? jsx(Tips, {}) : jsx(Stories, {})
	})] });
}
// web/src/islands/admin/Dashboard.tsx
/** Dashboard: the platform's counters as stat cards, and bookings per day as an accessible bar chart. */
var dayShort = new Intl.DateTimeFormat("en-IN", {
	day: "numeric",
	month: "short",
	timeZone: "UTC"
});
var dayLong = new Intl.DateTimeFormat("en-IN", {
	weekday: "short",
	day: "numeric",
	month: "short",
	year: "numeric",
	timeZone: "UTC"
});
/** Bucket dates are calendar days: read them at UTC noon so no zone moves them. */
var dayOf = (ymd) => /* @__PURE__ */ new Date(`${ymd}T12:00:00Z`);
var n = (value) => value.toLocaleString("en-IN");
/** A round axis maximum: 4 gridline steps of 1, 2 or 5 × 10ⁿ. */
function niceMax(max) {
	const raw = Math.max(1, Math.ceil(max / 4));
	const power = 10 ** Math.floor(Math.log10(raw));
	return ([
		1,
		2,
		5,
		10
	].map((k) => k * power).find((s) => s >= raw) ?? raw) * 4;
}
/** What the chart shows, in words (its <desc>). */
function describeChart(data) {
	const first = data[0];
	const last = data[data.length - 1];
	if (!first || !last) return admin_chart_no_data();
	const total = data.reduce((a, d) => a + d.count, 0);
	const busiest = data.reduce((best, d) => d.count > best.count ? d : best, first);
	return admin_chart_desc({
		days: data.length,
		from: dayShort.format(dayOf(first.date)),
		to: dayShort.format(dayOf(last.date)),
		total: admin_n_bookings({ count: total }),
		most: busiest.count > 0 ? admin_chart_most({
			day: dayShort.format(dayOf(busiest.date)),
			count: busiest.count
		}) : ""
	});
}
function BookingsChart({ data, width }) {
	const id = useId();
	const height = 240;
	const margin = {
		top: 16,
		right: 8,
		bottom: 30,
		left: 36
	};
	const plotW = Math.max(120, width - margin.left - margin.right);
	const plotH = height - margin.top - margin.bottom;
	const top = niceMax(Math.max(0, ...data.map((d) => d.count)));
	const total = data.reduce((a, d) => a + d.count, 0);
	const y = (v) => margin.top + plotH - v / top * plotH;
	const band = plotW / Math.max(1, data.length);
	const barW = Math.max(3, Math.min(28, band * .66));
	const every = Math.max(1, Math.ceil(data.length / Math.max(1, Math.floor(plotW / 58))));
	return jsxs("svg", {
		width,
		height,
		viewBox: `0 0 ${width} ${height}`,
		role: "img",
		"aria-labelledby": `${id}-t ${id}-d`,
		class: "block max-w-full",
		"data-testid": "bookings-chart",
		children: [
			jsx("title", {
				id: `${id}-t`,
				children: admin_chart_title()
			}),
			jsx("desc", {
				id: `${id}-d`,
				children: describeChart(data)
			}),
			jsx("g", { children: [
				0,
				1,
				2,
				3,
				4
			].map((i) => jsxs("g", { children: [jsx("line", {
				x1: margin.left,
				x2: margin.left + plotW,
				y1: y(top / 4 * i),
				y2: y(top / 4 * i),
				stroke: i === 0 ? "#94a3b8" : "#e2e8f0",
				"stroke-width": 1,
				"shape-rendering": "crispEdges"
			}), jsx("text", {
				x: margin.left - 8,
				y: y(top / 4 * i) + 4,
				"text-anchor": "end",
				"font-size": 11,
				fill: "#64748b",
				children: top / 4 * i
			})] }, i)) }),
			jsx("g", { children: data.map((d, i) => {
				const h = d.count > 0 ? Math.max(2, d.count / top * plotH) : 0;
				const today = i === data.length - 1;
				return jsxs("g", { children: [jsx("rect", {
					x: margin.left + i * band + (band - barW) / 2,
					y: margin.top + plotH - h,
					width: barW,
					height: h,
					rx: Math.min(4, barW / 3),
					fill: today ? "#0f6e66" : "#43b3a4",
					"data-date": d.date,
					"data-count": d.count,
					children: jsx("title", { children: `${dayLong.format(dayOf(d.date))}: ${admin_n_bookings({ count: d.count })}` })
				}), (data.length - 1 - i) % every === 0 && jsx("text", {
					x: today ? margin.left + plotW : margin.left + i * band + band / 2,
					y: 230,
					"text-anchor": today ? "end" : "middle",
					"font-size": 11,
					fill: today ? "#0f6e66" : "#64748b",
					"font-weight": today ? 600 : 400,
					children: today ? scope_today() : dayShort.format(dayOf(d.date))
				})] }, d.date);
			}) }),
			total === 0 && jsx("text", {
				x: margin.left + plotW / 2,
				y: margin.top + plotH / 2,
				"text-anchor": "middle",
				"font-size": 13,
				fill: "#475569",
				children: admin_chart_empty()
			})
		]
	});
}
/** The chart's numbers as a table for screen readers (the wrapper is hidden: a table ignores sr-only). */
function ChartTable({ data }) {
	return jsx("div", {
		class: "sr-only",
		children: jsxs("table", {
			"data-testid": "bookings-table",
			children: [
				jsx("caption", { children: admin_chart_title() }),
				jsx("thead", { children: jsxs("tr", { children: [jsx("th", {
					scope: "col",
					children: admin_date()
				}), jsx("th", {
					scope: "col",
					children: admin_bookings()
				})] }) }),
				jsx("tbody", { children: data.map((d) => jsxs("tr", { children: [jsx("th", {
					scope: "row",
					children: dayLong.format(dayOf(d.date))
				}), jsx("td", { children: d.count })] }, d.date)) })
			]
		})
	});
}
var TONES = {
	brand: "bg-brand-50 text-brand-700 ring-brand-100",
	amber: "bg-accent-50 text-accent-800 ring-accent-200",
	red: "bg-red-50 text-red-700 ring-red-200"
};
var link = (href, text) => jsx("a", {
	href,
	class: "font-semibold text-brand-700 hover:underline",
	children: text
});
/** The counters: [id, label, value, icon, note, tone]. */
function counters(s) {
	const { pending, rejected } = s.doctors;
	const { failed } = s.transcriptions;
	const { patients, doctors, admins } = s.users;
	const users = admin_users_note({
		patients: admin_n_patients({ count: patients }),
		doctors: admin_n_doctors({ count: doctors }),
		admins: admin_n_admins({ count: admins })
	});
	const waiting = pending ? [
		admin_waiting({ count: pending }),
		" · ",
		link("#/doctors", admin_review())
	] : admin_nobody_waiting();
	const gone = admin_rejected_count({ doctors: admin_n_doctors({ count: rejected }) });
	const retry = failed ? link("#/transcriptions", admin_review_retry()) : admin_nothing_to_retry();
	const today = link("#/appointments", admin_see_appointments());
	return [
		[
			"users",
			admin_nav_users(),
			n(s.users.total),
			user,
			users,
			"brand"
		],
		[
			"doctors-verified",
			admin_verified_doctors(),
			n(s.doctors.verified),
			badgeCheck,
			waiting,
			"brand"
		],
		[
			"doctors-pending",
			admin_pending_verification(),
			n(pending),
			hourglass,
			gone,
			pending ? "amber" : "brand"
		],
		[
			"patients",
			admin_patients(),
			n(patients),
			user,
			admin_patients_note(),
			"brand"
		],
		[
			"appointments-today",
			admin_appointments_today(),
			n(s.appointments.today),
			calendar,
			today,
			"brand"
		],
		[
			"revenue-today",
			admin_revenue_today(),
			formatInr(s.revenue.todayPaise),
			indianRupee,
			admin_revenue_note(),
			"brand"
		],
		[
			"revenue-month",
			admin_revenue_month(),
			formatInr(s.revenue.monthPaise),
			indianRupee,
			admin_revenue_note(),
			"brand"
		],
		[
			"transcriptions-failed",
			admin_failed_transcriptions(),
			n(failed),
			alertTriangle,
			retry,
			failed ? "red" : "brand"
		]
	];
}
function Chart({ data }) {
	const box = useRef(null);
	const width = useSignal(0);
	useEffect(() => {
		const el = box.current;
		if (!el) return;
		const measure = () => {
			width.value = Math.floor(el.clientWidth);
		};
		measure();
		const observer = new ResizeObserver(() => requestAnimationFrame(measure));
		observer.observe(el);
		return () => observer.disconnect();
	}, []);
	return jsx("div", {
		class: "mt-5 w-full",
		ref: box,
		children: width.value > 0 && jsx(BookingsChart, {
			data,
			width: width.value
		})
	});
}
function Figures({ s }) {
	const total = s.bookingsPerDay.reduce((a, d) => a + d.count, 0);
	const statusTotal = appointmentStatuses.reduce((a, k) => a + (s.appointments.byStatus[k] ?? 0), 0);
	return jsxs(Fragment$1, { children: [jsx("dl", {
		class: "grid grid-cols-2 gap-3 sm:gap-4 xl:grid-cols-4",
		children: counters(s).map(([id, label, value, icon, note, tone]) => jsxs("div", {
			class: "card flex flex-col p-4 sm:p-5",
			"data-testid": `stat-${id}`,
			children: [
				jsxs("dt", {
					class: "flex items-start gap-2.5 text-sm font-medium text-slate-600 sm:items-center",
					children: [jsx("span", {
						class: `grid size-8 shrink-0 place-items-center rounded-lg ring-1 ${TONES[tone]}`,
						children: jsx(Icon, {
							shape: icon,
							class: "size-4"
						})
					}), label]
				}),
				jsx("dd", {
					class: "mt-3 text-2xl font-bold text-slate-900 tabular-nums",
					"data-value": true,
					children: value
				}),
				jsx("dd", {
					class: "mt-1 text-sm text-slate-600",
					children: note
				})
			]
		}, id))
	}), jsxs("div", {
		class: "mt-6 grid gap-6 xl:grid-cols-3",
		children: [jsxs("section", {
			class: "card p-5 sm:p-6 xl:col-span-2",
			"aria-labelledby": "chart-heading",
			"data-testid": "bookings-card",
			children: [
				jsxs("div", {
					class: "flex flex-wrap items-baseline justify-between gap-2 text-sm text-slate-600",
					children: [jsx("h2", {
						id: "chart-heading",
						class: "text-base font-semibold text-slate-900",
						children: admin_bookings_per_day()
					}), admin_last_30({ total: admin_n_bookings({ count: total }) })]
				}),
				jsx(Chart, { data: s.bookingsPerDay }),
				jsx(ChartTable, { data: s.bookingsPerDay })
			]
		}), jsxs("section", {
			class: "card p-5 sm:p-6",
			"aria-labelledby": "status-heading",
			"data-testid": "appointments-by-status",
			children: [
				jsx("h2", {
					id: "status-heading",
					class: "text-base font-semibold text-slate-900",
					children: admin_by_status()
				}),
				jsx("p", {
					class: "mt-1 text-sm text-slate-600",
					children: admin_in_all({ count: n(statusTotal) })
				}),
				jsx("ul", {
					class: "mt-4 divide-y divide-slate-100",
					children: appointmentStatuses.map((k) => jsxs("li", {
						class: "flex items-center justify-between gap-3 py-2.5",
						children: [jsx("a", {
							href: `#/appointments?status=${k}`,
							class: "text-sm font-medium text-slate-700 hover:underline",
							children: STATUS[k].label()
						}), jsx(Badge, {
							tone: k === "NO_SHOW" ? "red" : k === "REQUESTED" ? "amber" : "slate",
							children: n(s.appointments.byStatus[k] ?? 0)
						})]
					}, k))
				})
			]
		})]
	})] });
}
function Dashboard() {
	const stats = useResource((signal) => api.call("adminStats", void 0, { signal }));
	const refreshing = useSignal(false);
	const { state, data } = stats;
	return jsxs(Fragment$1, { children: [
		jsxs(ViewHeader, {
			title: admin_nav_dashboard(),
			description: admin_dashboard_intro(),
			children: [data.value && jsx("p", {
				class: "text-sm text-slate-600",
				"data-testid": "stats-as-of",
				children: admin_updated({ time: formatTime(data.value.asOf) })
			}), jsx(Act, {
				icon: refreshCw,
				label: admin_refresh(),
				testid: "refresh-stats",
				busy: refreshing.value,
				onClick: async () => {
					refreshing.value = true;
					await stats.load();
					refreshing.value = false;
				}
			})]
		}),
		jsx("p", {
			class: "sr-only",
			role: "status",
			children: state.value === "loading" ? admin_dashboard_loading() : state.value === "error" ? stats.error.value : admin_dashboard_loaded()
		}),
		jsx("div", {
			class: "mt-6",
			"data-testid": "dashboard",
			"data-state": state.value,
			"aria-busy": state.value === "loading" ? "true" : "false",
			children: state.value === "loading" ? jsx(ListSkeleton, {}) : state.value === "error" || !data.value ? jsx(ErrorState, {
				message: stats.error.value,
				title: admin_dashboard_error(),
				onRetry: () => void stats.load().then(focusTitle)
			}) : jsx(Figures, { s: data.value })
		})
	] });
}
// web/src/islands/admin/Doctors.tsx
var TABS = [
	"pending",
	"verified",
	"rejected",
	"disabled"
];
var TAB = {
	pending: [
		admin_doctors_queue,
		badgeCheck,
		admin_doctors_empty_pending,
		admin_doctors_empty_pending_text
	],
	verified: [
		state_verified,
		stethoscope,
		admin_doctors_empty_verified,
		admin_doctors_empty_verified_text
	],
	rejected: [
		state_rejected,
		xCircle,
		admin_doctors_empty_rejected,
		admin_doctors_empty_rejected_text
	],
	disabled: [
		admin_disabled,
		lock,
		admin_doctors_empty_disabled,
		admin_doctors_empty_disabled_text
	]
};
function DoctorRow({ user: u, list }) {
	const ctx = useView();
	const p = u.doctorProfile;
	const name = fullName(u);
	const status = p?.verificationStatus ?? "pending";
	const missing = p ? missingDoctorDetails(p) : [admin_doctor_profile().toLowerCase()];
	const revoking = status === "verified";
	const decided = (message, toast) => {
		list.remove(u.id, message);
		ctx.notify(toast);
		ctx.refreshCounts();
	};
	const note = (tone, label, testid) => jsxs("p", {
		class: `mt-3 rounded-xl border p-3 text-sm ${tone}`,
		"data-testid": testid,
		children: [
			jsx("b", { children: label }),
			" ",
			p?.verificationNote
		]
	});
	return jsx("li", {
		class: rowClass,
		"data-testid": "doctor-row",
		"data-user-id": u.id,
		"data-status": status,
		children: jsxs("article", {
			"aria-labelledby": `doctor-${u.id}`,
			children: [
				jsxs("div", {
					class: "flex items-start gap-4",
					children: [jsx(DoctorAvatar, {
						doctor: {
							id: u.id,
							name
						},
						size: "size-12 text-base"
					}), jsxs("div", {
						class: "min-w-0 flex-1",
						children: [jsxs("div", {
							class: "flex flex-wrap items-center gap-x-3 gap-y-1",
							children: [
								jsx("h2", {
									id: `doctor-${u.id}`,
									class: "text-base font-semibold text-slate-900",
									"data-testid": "doctor-name",
									children: name
								}),
								jsx(StatusBadge, { status }),
								u.disabled && jsx(Badge, {
									tone: "red",
									children: admin_disabled()
								})
							]
						}), jsx("p", {
							class: "mt-0.5 text-sm break-all text-slate-600",
							children: admin_registered_on({
								email: u.email,
								date: formatInstant({
									iso: u.createdAt,
									format: "date"
								})
							})
						})]
					})]
				}),
				jsx("div", {
					class: "mt-4 grid gap-3 rounded-xl bg-slate-50/80 p-4",
					children: jsx(Details, { rows: [
						[
							admin_registration(),
							p?.registrationNumber,
							"doctor-registration"
						],
						[
							admin_specialty(),
							p?.specialtyName,
							"doctor-specialty"
						],
						[doctor_experience_label(), p?.experienceYears && admin_years({ count: p.experienceYears })],
						[
							admin_fee(),
							p?.feePaise && admin_plus_gst({ amount: formatInr(p.feePaise) }),
							"doctor-fee"
						],
						[
							doctor_languages_label(),
							p?.languages.length && listOf(p.languages),
							"doctor-languages"
						],
						[admin_hospital(), p?.hospital],
						[admin_education(), p?.education],
						[admin_bio(), p?.bio && jsx("span", {
							class: "font-normal whitespace-pre-line",
							"data-testid": "doctor-bio",
							children: p.bio
						})]
					] })
				}),
				status !== "verified" && missing.length > 0 && jsxs("p", {
					class: "mt-3 flex gap-2 rounded-xl border border-accent-300 bg-accent-50 p-3 text-sm text-accent-900",
					"data-testid": "doctor-incomplete",
					children: [jsx(Icon, {
						shape: alertTriangle,
						class: "mt-0.5 size-4 shrink-0 text-accent-700"
					}), admin_incomplete({ missing: listOf(missing) })]
				}),
				status === "rejected" && p?.verificationNote && note("border-red-200 bg-red-50 text-red-900", admin_reason_given()),
				status === "pending" && p?.verificationNote && note("border-sky-200 bg-sky-50 text-sky-900", admin_changed_since(), "doctor-change-note"),
				jsxs("div", {
					class: "mt-4 flex flex-wrap gap-2",
					children: [
						!u.disabled && !revoking && jsx(ConfirmButton, {
							look: "primary",
							icon: badgeCheck,
							label: admin_verify(),
							sr: name,
							testid: "verify-doctor",
							dialog: {
								testid: "verify-dialog",
								tone: "primary",
								title: admin_verify_title({ name }),
								confirmLabel: admin_verify_confirm(),
								busyLabel: admin_verifying(),
								onConfirm: async () => {
									await api.call("adminDecideVerification", {
										params: { userId: u.id },
										body: { decision: "verify" }
									});
									decided(admin_verified_status({ name }), admin_verified_toast({ name }));
								},
								body: jsxs(Fragment$1, { children: [jsx("p", { children: admin_verify_check({ number: p?.registrationNumber || admin_none_given() }) }), jsx("p", { children: admin_verify_then() })] })
							}
						}),
						!u.disabled && status !== "rejected" && jsx(ConfirmButton, {
							label: revoking ? admin_revoke() : admin_reject(),
							sr: name,
							testid: revoking ? "revoke-doctor" : "reject-doctor",
							dialog: {
								testid: "reject-dialog",
								title: revoking ? admin_revoke_title({ name }) : admin_reject_title({ name }),
								confirmLabel: revoking ? admin_revoke_confirm() : admin_reject_confirm(),
								busyLabel: admin_sending(),
								textField: {
									label: admin_reject_reason(),
									name: "reason",
									hint: admin_reject_hint(),
									missing: admin_reject_missing(),
									minLength: 5,
									maxLength: 1e3
								},
								onConfirm: async (reason) => {
									await api.call("adminDecideVerification", {
										params: { userId: u.id },
										body: {
											decision: "reject",
											note: reason
										}
									});
									decided(revoking ? admin_revoked_status({ name }) : admin_rejected_status({ name }), revoking ? admin_revoked_toast({ name }) : admin_rejected_toast({ name }));
								},
								body: jsxs(Fragment$1, { children: [jsx("p", { children: revoking ? admin_revoke_body() : admin_reject_body() }), jsx("p", { children: admin_reject_emailed() })] })
							}
						}),
						jsx(Act, {
							look: "ghost",
							icon: user,
							label: admin_account(),
							sr: admin_details_of({ name }),
							testid: "doctor-account",
							onClick: () => ctx.openDrawer({
								kind: "user",
								id: u.id
							})
						})
					]
				})
			]
		})
	});
}
function Doctors() {
	return jsxs(Fragment$1, { children: [jsx(ViewHeader, {
		title: admin_nav_doctors(),
		description: admin_doctors_intro()
	}), jsx(ViewTabs, {
		label: admin_doctors_tabs(),
		values: TABS,
		labelOf: (t) => TAB[t][0](),
		param: "tab",
		testid: "doctor-tabs",
		children: (tab) => jsx(AdminList, {
			testid: "admin-doctors",
			noun: {
				count: (count) => admin_n_doctors({ count }),
				plural: admin_doctors_noun()
			},
			itemKey: (u) => u.id,
			fetch: (cursor, signal) => api.call("adminListUsers", { query: {
				directory: `doctor-${tab}`,
				cursor,
				limit: 20
			} }, { signal }).then((p) => ({
				items: p.users,
				nextCursor: p.nextCursor
			})),
			renderItem: (u, list) => jsx(DoctorRow, {
				user: u,
				list
			}),
			empty: jsx(EmptyState, {
				icon: TAB[tab][1],
				title: TAB[tab][2](),
				text: TAB[tab][3](),
				testid: "doctors-empty"
			})
		}, tab)
	})] });
}
// web/src/components/Drawer.tsx
function Drawer({ open, onClose, title, children, testid }) {
	return jsxs(Dialog, {
		open,
		onClose,
		title,
		testid,
		class: "drawer m-0 ml-auto h-dvh max-h-none w-full max-w-xl overflow-y-auto bg-white p-6 shadow-lift backdrop:bg-slate-900/40",
		titleClass: "pr-12 text-xl font-semibold text-slate-900",
		children: [jsxs("button", {
			type: "button",
			class: "btn-ghost absolute top-4 right-4 px-2.5",
			"data-testid": "drawer-close",
			"data-autofocus": true,
			onClick: onClose,
			children: [jsx(Icon, {
				shape: x,
				class: "size-5"
			}), jsx("span", {
				class: "sr-only",
				children: close()
			})]
		}), jsx("div", {
			class: "mt-4",
			children
		})]
	});
}
// web/src/islands/admin/AppointmentDrawer.tsx
function Appointment({ detail: d, cancelled }) {
	const ctx = useView();
	const { appointment: a, payment, transcription: t } = d;
	const paid = payment?.status === "COMPLETED" ? payment.amountPaise : 0;
	const who = admin_appt_title({
		doctor: a.doctor.name,
		patient: a.patient.name
	});
	return jsxs(Fragment$1, { children: [
		jsxs("p", {
			class: "flex flex-wrap items-center gap-2 text-sm text-slate-600",
			children: [
				jsx(StatusBadge, { appointment: a }),
				" ",
				a.doctor.specialtyName
			]
		}),
		jsx("p", {
			class: "mt-2 text-lg font-semibold text-slate-900",
			"data-testid": "drawer-appointment-title",
			children: who
		}),
		jsx("p", {
			class: "text-sm text-slate-600",
			children: formatDateTime(a.startAt)
		}),
		jsx(Section, {
			title: admin_consultation(),
			children: jsx(Details, { rows: [
				[admin_when_yours(), formatTimeRange(a.startAt, a.endAt)],
				[role_doctor(), a.doctor.name],
				[role_patient(), a.patient.name],
				[admin_fee(), admin_incl_gst({ amount: formatInr(a.price.totalPaise) })],
				[admin_booked(), formatDateTime(a.createdAt)],
				[admin_doctor_zone(), describeTimeZone(a.timeZone)],
				[admin_visit_reason(), a.reason && jsx("span", {
					class: "font-normal whitespace-pre-line",
					children: a.reason
				})],
				...a.status === "CANCELLED" ? [[admin_cancelled_because(), `${a.cancelReason || admin_no_reason()}${a.cancelledBy === "system" ? ` ${admin_hold_ran_out()}` : ""}`]] : []
			] })
		}),
		jsx(Section, {
			title: admin_payment(),
			children: payment ? jsx(Details, { rows: [
				[
					admin_status(),
					jsx(StatusBadge, { status: payment.status }, "s"),
					"drawer-payment-status"
				],
				[admin_amount(), formatInr(payment.amountPaise)],
				[admin_refunded(), payment.refundPaise ? formatInr(payment.refundPaise) : admin_nothing_refunded()],
				[admin_order_id(), jsx(Mono, { text: payment.orderId }, "o")]
			] }) : jsx("p", {
				class: "text-sm text-slate-600",
				children: admin_no_payment()
			})
		}),
		jsx(Section, {
			title: admin_transcription(),
			children: t ? jsxs(Fragment$1, { children: [
				jsx(Details, { rows: [[
					admin_status(),
					jsx(StatusBadge, { status: t.status }, "s"),
					"drawer-transcription-status"
				]] }),
				t.error && jsx("p", {
					class: "mt-3 rounded-xl bg-red-50 p-3 font-mono text-xs break-words text-red-900",
					children: t.error
				}),
				jsx("p", {
					class: "mt-3 text-xs text-slate-500",
					children: admin_transcript_private()
				})
			] }) : jsx("p", {
				class: "text-sm text-slate-600",
				children: a.recordingEnabled ? admin_nothing_recorded() : admin_recording_off()
			})
		}),
		jsxs(Section, {
			title: admin_identifiers(),
			children: [jsx(Details, { rows: [
				[
					admin_appointment_id(),
					jsx(Mono, { text: a.id }, "a"),
					"drawer-appointment-id"
				],
				[admin_doctor_id(), jsx(Mono, { text: a.doctor.id }, "d")],
				[admin_patient_id(), jsx(Mono, { text: a.patient.id }, "p")]
			] }), jsx("a", {
				href: `#/audit?subjectId=${encodeURIComponent(a.id)}`,
				class: "mt-4 inline-block text-sm font-semibold text-brand-700 hover:underline",
				children: admin_appt_audit_link()
			})]
		}),
		(a.status === "REQUESTED" || a.status === "CONFIRMED") && jsx("div", {
			class: "mt-8 flex justify-end border-t border-slate-100 pt-5",
			children: jsx(ConfirmButton, {
				look: "main-danger",
				label: admin_cancel_appointment(),
				testid: "cancel-appointment",
				dialog: {
					testid: "cancel-dialog",
					title: admin_cancel_title(),
					confirmLabel: admin_cancel_appointment(),
					busyLabel: admin_cancelling(),
					textField: {
						label: admin_reason(),
						name: "reason",
						hint: admin_cancel_reason_hint(),
						missing: admin_cancel_reason_missing(),
						minLength: 3,
						maxLength: 500
					},
					onConfirm: async (reason) => {
						await api.call("adminCancelAppointment", {
							params: { appointmentId: a.id },
							body: { reason }
						});
						ctx.notify(paid ? admin_cancelled_refunded({ amount: formatInr(paid) }) : admin_cancelled_toast());
						await cancelled();
					},
					body: jsxs(Fragment$1, { children: [
						jsx("p", { children: admin_cancel_summary({
							who,
							when: formatDateTime(a.startAt)
						}) }),
						jsx("p", {
							class: "font-medium text-slate-900",
							"data-testid": "refund-note",
							children: paid ? admin_refund_note({ amount: formatInr(paid) }) : admin_nothing_to_refund()
						}),
						jsx("p", { children: admin_both_see_reason() })
					] })
				}
			})
		})
	] });
}
function AppointmentDrawer(props) {
	const res = useResource((signal) => api.call("adminGetAppointment", { params: { appointmentId: props.id } }, { signal }));
	const cancelled = async () => {
		props.onChange?.();
		await res.load();
		focusLater("[data-testid=\"appointment-drawer\"] [data-testid=\"drawer-close\"]");
	};
	return jsx(Drawer, {
		open: true,
		onClose: props.onClose,
		title: admin_appointment(),
		testid: "appointment-drawer",
		children: jsx(DrawerBody, {
			res,
			children: (d) => jsx(Appointment, {
				detail: d,
				cancelled
			})
		})
	});
}
// web/src/islands/admin/UserDrawer.tsx
/**
* An account in a drawer: its details, a doctor's profile, the appointments it still has ahead, and
* disabling (which shows those appointments and may cancel them, refunded in full) or enabling it.
*/
/** The appointments an account still has ahead, one line each (when, with whom, status). */
var FutureList = ({ user, appointments }) => jsx("ul", {
	class: "grid gap-2",
	"data-testid": "future-appointments",
	children: appointments.map((a) => jsxs("li", {
		class: "flex flex-wrap items-center gap-x-3 gap-y-1 rounded-lg bg-slate-50 px-3 py-2 text-sm",
		"data-testid": "future-appointment",
		"data-appointment-id": a.id,
		children: [
			jsx("b", {
				class: "font-medium text-slate-900",
				children: formatDateTime(a.startAt, a.timeZone)
			}),
			user.role === "doctor" ? a.patient.name : a.doctor.name,
			jsx(StatusBadge, { appointment: a })
		]
	}, a.id))
});
/** What disabling (and cancelling) did, for the toast. */
var disabledMessage = (name, { cancelled, futureAppointments: ahead }) => [
	admin_user_disabled_toast({ name }),
	cancelled.length ? admin_user_cancelled_toast({ count: cancelled.length }) : "",
	ahead.length ? admin_user_still_ahead({ count: ahead.length }) : ""
].filter(Boolean).join(" ");
function Account({ detail, changed }) {
	const ctx = useView();
	const cancelToo = useSignal(false);
	const { user: u, futureAppointments: future } = detail;
	const p = u.doctorProfile;
	const name = fullName(u);
	const self = u.id === ctx.me.id;
	const setDisabled = async (disabled, cancelAppointments) => {
		const result = await api.call("adminSetUserStatus", {
			params: { userId: u.id },
			body: disabled ? {
				disabled,
				cancelAppointments
			} : { disabled }
		});
		changed(result);
		ctx.notify(disabled ? disabledMessage(name, result) : admin_user_enabled_toast({ name }));
	};
	return jsxs(Fragment$1, { children: [
		jsxs("div", {
			class: "flex items-center gap-4",
			children: [jsx(DoctorAvatar, { doctor: {
				id: u.id,
				name: `${u.firstName} ${u.lastName}`
			} }), jsxs("div", {
				class: "min-w-0",
				children: [
					jsx("p", {
						class: "text-lg font-semibold text-slate-900",
						"data-testid": "drawer-name",
						children: name
					}),
					jsx("p", {
						class: "text-sm break-all text-slate-600",
						children: u.email
					}),
					jsx("p", {
						class: "mt-2 flex flex-wrap gap-1.5",
						children: jsx(UserBadges, { user: u })
					})
				]
			})]
		}),
		jsx(Section, {
			title: admin_account(),
			children: jsx(Details, { rows: [
				[admin_phone(), u.phone?.replace(/^\+91(\d{5})(\d{5})$/, "+91 $1 $2")],
				[admin_dob(), u.dateOfBirth && formatInstant({
					iso: `${u.dateOfBirth}T12:00:00Z`,
					zone: "UTC",
					format: "date"
				})],
				[admin_address(), u.address],
				[admin_time_zone(), describeTimeZone(u.timeZone)],
				[admin_joined(), formatDateTime(u.createdAt)],
				[
					admin_user_id(),
					jsx(Mono, { text: u.id }, "id"),
					"drawer-user-id"
				]
			] })
		}),
		p && jsx(Section, {
			title: admin_doctor_profile(),
			children: jsx(Details, { rows: [
				[admin_specialty(), p.specialtyName],
				[admin_registration(), p.registrationNumber],
				[doctor_experience_label(), p.experienceYears && admin_years({ count: p.experienceYears })],
				[admin_fee(), p.feePaise && admin_plus_gst({ amount: formatInr(p.feePaise) })],
				[doctor_languages_label(), listOf(p.languages)],
				[doctor_accepting(), p.available ? admin_yes() : admin_paused()],
				[admin_hospital(), p.hospital],
				[admin_education(), p.education],
				[admin_bio(), p.bio && jsx("span", {
					class: "font-normal whitespace-pre-line",
					children: p.bio
				})],
				[admin_verification_note(), p.verificationNote]
			] })
		}),
		u.role !== "admin" && jsxs(Section, {
			title: admin_ahead(),
			children: [future.length ? jsx(FutureList, {
				user: u,
				appointments: future
			}) : jsx("p", {
				class: "text-sm text-slate-600",
				children: admin_ahead_none()
			}), u.disabled && future.length > 0 && jsx(ConfirmButton, {
				class: "mt-3",
				label: admin_cancel_n({ count: future.length }),
				testid: "cancel-future",
				dialog: {
					title: admin_cancel_future_title({ name }),
					confirmLabel: admin_cancel_future_confirm(),
					busyLabel: admin_cancelling(),
					onConfirm: () => setDisabled(true, true),
					body: jsxs(Fragment$1, { children: [jsx("p", { children: admin_cancel_future_body() }), jsx(FutureList, {
						user: u,
						appointments: future
					})] })
				}
			})]
		}),
		jsx(Section, {
			title: admin_privacy(),
			children: jsx("a", {
				href: `#/audit?actorId=${encodeURIComponent(u.id)}`,
				class: "text-sm font-semibold text-brand-700 hover:underline",
				"data-testid": "user-audit-link",
				children: admin_user_audit_link()
			})
		}),
		jsxs("div", {
			class: "mt-8 flex flex-wrap items-center justify-end gap-2 border-t border-slate-100 pt-5",
			children: [self && jsx("p", {
				class: "mr-auto text-sm text-slate-600",
				children: admin_own_account()
			}), u.disabled ? jsx(ConfirmButton, {
				look: "main",
				icon: checkCircle,
				label: admin_enable(),
				disabled: self,
				testid: "enable-user",
				dialog: {
					testid: "enable-dialog",
					tone: "primary",
					title: admin_enable_title({ name }),
					confirmLabel: admin_enable(),
					busyLabel: admin_enabling(),
					onConfirm: () => setDisabled(false, false),
					body: jsxs(Fragment$1, { children: [jsx("p", { children: admin_enable_body({ name }) }), p?.verificationStatus === "verified" && jsx("p", { children: admin_enable_doctor() })] })
				}
			}) : jsx(ConfirmButton, {
				look: "main-danger",
				icon: lock,
				label: admin_disable(),
				disabled: self,
				testid: "disable-user",
				onOpen: () => {
					cancelToo.value = false;
				},
				dialog: {
					testid: "disable-dialog",
					title: admin_disable_title({ name }),
					confirmLabel: admin_disable(),
					busyLabel: admin_disabling(),
					onConfirm: () => setDisabled(true, cancelToo.value),
					body: jsxs("div", {
						class: "grid gap-2",
						children: [
							jsx("p", { children: admin_disable_body({ name }) }),
							u.role === "doctor" && jsx("p", { children: admin_disable_doctor() }),
							future.length ? jsxs(Fragment$1, { children: [
								jsx("p", {
									class: "font-semibold text-slate-900",
									children: admin_disable_ahead({ count: future.length })
								}),
								jsx(FutureList, {
									user: u,
									appointments: future
								}),
								jsxs("label", {
									class: "mt-1 flex items-start gap-2 font-medium text-slate-900",
									children: [jsx("input", {
										type: "checkbox",
										class: "mt-1 size-4 shrink-0 accent-red-700",
										"data-testid": "disable-cancel-appointments",
										checked: cancelToo.value,
										onChange: (e) => {
											cancelToo.value = e.currentTarget.checked;
										}
									}), admin_disable_cancel_too()]
								})
							] }) : jsx("p", { children: admin_disable_none_ahead() }),
							jsx("p", { children: admin_disable_reversible() })
						]
					})
				}
			})]
		})
	] });
}
function UserDrawer(props) {
	const res = useResource((signal) => api.call("adminGetUser", { params: { userId: props.id } }, { signal }));
	const changed = (result) => {
		res.data.value = {
			user: result.user,
			futureAppointments: result.futureAppointments
		};
		props.onChange?.(result.user);
	};
	return jsx(Drawer, {
		open: true,
		onClose: props.onClose,
		title: admin_account_details(),
		testid: "user-drawer",
		children: jsx(DrawerBody, {
			res,
			children: (d) => jsx(Account, {
				detail: d,
				changed
			})
		})
	});
}
// web/src/islands/admin/drawers.tsx
/**
* The drawer registry: which component shows which kind of record. Views ask for a drawer by kind
* through the ViewContext, so the doctors, payments, transcriptions and audit views open the account
* and appointment drawers without importing the views that also list them.
*/
function DrawerHost({ request, onClose }) {
	if (!request) return null;
	if (request.kind === "user") return jsx(UserDrawer, {
		id: request.id,
		onChange: request.onChange,
		onClose
	}, `u${request.id}`);
	return jsx(AppointmentDrawer, {
		id: request.id,
		onChange: request.onChange,
		onClose
	}, `a${request.id}`);
}
// web/src/islands/admin/Payments.tsx
/** The console's tab order: what was paid first. */
var paymentStatuses = [
	"COMPLETED",
	"PENDING",
	"FAILED",
	"REFUNDED"
];
var label = (s) => s === "COMPLETED" ? admin_paid() : stateLabel(s);
function PaymentRow({ payment: p }) {
	const ctx = useView();
	const when = p.status === "REFUNDED" && p.refundedAt ? admin_refunded_at({ when: formatDateTime(p.refundedAt) }) : p.paidAt ? admin_paid_at({ when: formatDateTime(p.paidAt) }) : admin_started_at({ when: formatDateTime(p.createdAt) });
	const refunded = p.refundPaise || p.status === "REFUNDED" ? formatInr(p.refundPaise ?? 0) : admin_none();
	return jsxs("li", {
		class: `${rowClass} flex flex-col gap-4 lg:flex-row lg:items-start`,
		"data-testid": "payment-row",
		"data-appointment-id": p.appointmentId,
		"data-status": p.status,
		children: [
			jsxs("div", {
				class: "shrink-0 lg:w-48",
				children: [
					jsx("p", {
						class: "text-xl font-bold text-slate-900 tabular-nums",
						"data-testid": "payment-amount",
						children: formatInr(p.amountPaise)
					}),
					jsx(StatusBadge, { status: p.status }),
					jsx("p", {
						class: "mt-1 text-sm text-slate-600",
						children: when
					})
				]
			}),
			jsxs("div", {
				class: "min-w-0 flex-1",
				children: [jsx(Details, { rows: [
					[admin_refunded(), refunded],
					[admin_provider(), p.provider === "simulated" ? admin_provider_twin() : "Razorpay"],
					[admin_order_id(), jsx(Mono, { text: p.orderId }, "o")],
					[admin_payment_id(), p.providerPaymentId && jsx(Mono, { text: p.providerPaymentId }, "p")]
				] }), p.failureReason && jsxs("p", {
					class: "mt-3 rounded-xl border border-red-200 bg-red-50 p-3 text-sm text-red-900",
					children: [
						jsx("b", { children: admin_failure() }),
						" ",
						p.failureReason
					]
				})]
			}),
			jsx(Act, {
				icon: calendar,
				label: admin_appointment(),
				sr: admin_for_payment({ amount: formatInr(p.amountPaise) }),
				testid: "payment-appointment",
				onClick: () => ctx.openDrawer({
					kind: "appointment",
					id: p.appointmentId
				})
			})
		]
	});
}
function Payments() {
	return jsxs(Fragment$1, { children: [jsx(ViewHeader, {
		title: admin_nav_payments(),
		description: admin_payments_intro()
	}), jsx(ViewTabs, {
		label: admin_payments_tabs(),
		values: paymentStatuses,
		labelOf: label,
		param: "status",
		testid: "payment-tabs",
		children: (status) => jsx(AdminList, {
			testid: "payments-list",
			noun: {
				count: (count) => admin_n_payments({ count }),
				plural: admin_payments_noun()
			},
			itemKey: (p) => p.appointmentId,
			fetch: (cursor, signal) => api.call("adminListPayments", { query: {
				status,
				cursor,
				limit: 20
			} }, { signal }).then((p) => ({
				items: p.payments,
				nextCursor: p.nextCursor
			})),
			renderItem: (p) => jsx(PaymentRow, { payment: p }),
			empty: jsx(EmptyState, {
				icon: creditCard,
				title: admin_payments_empty({ status: label(status).toLowerCase() }),
				text: admin_payments_empty_text(),
				testid: "payments-empty"
			})
		}, status)
	})] });
}
// web/src/islands/admin/Transcriptions.tsx
/**
* Transcriptions: the failed ones with their error and a Retry (a new run of the state machine, whose
* execution name is shown), and the other states for a look at the pipeline.
*/
/** The console's tab order: what needs a retry first. */
var transcriptionStatuses = [
	"FAILED",
	"PENDING",
	"PROCESSING",
	"COMPLETED"
];
function TranscriptionRow({ item: t, list }) {
	const ctx = useView();
	const busy = useSignal(false);
	const started = useSignal(null);
	const row = `[data-testid="transcription-row"][data-appointment-id="${t.appointmentId}"]`;
	const retry$1 = async () => {
		busy.value = true;
		try {
			started.value = await api.call("adminRetryTranscription", { params: { appointmentId: t.appointmentId } });
			list.update(t.appointmentId, (x) => ({
				...x,
				status: "PENDING"
			}));
			ctx.notify(admin_retry_toast({ execution: started.value.execution }));
			ctx.refreshCounts();
			focusLater(`${row} button`);
		} catch (err) {
			ctx.notify(messageOf(err), "error");
		} finally {
			busy.value = false;
		}
	};
	return jsxs("li", {
		class: `${rowClass} flex flex-col gap-4 lg:flex-row lg:items-start`,
		"data-testid": "transcription-row",
		"data-appointment-id": t.appointmentId,
		"data-status": t.status,
		children: [jsxs("div", {
			class: "min-w-0 flex-1",
			children: [
				jsxs("p", {
					class: "mb-3 flex flex-wrap items-center gap-3 text-sm text-slate-600",
					children: [jsx(StatusBadge, { status: t.status }), admin_updated_attempts({
						when: formatDateTime(t.updatedAt),
						attempts: admin_n_attempts({ count: t.attempts })
					})]
				}),
				jsx(Details, { rows: [[admin_appointment_id(), jsx(Mono, { text: t.appointmentId }, "a")], [admin_recording_id(), jsx(Mono, { text: t.recordingId }, "r")]] }),
				t.error && jsxs("div", {
					class: "mt-3 rounded-xl border border-red-200 bg-red-50 p-3 text-red-900",
					children: [jsx("p", {
						class: "text-xs font-semibold uppercase",
						children: admin_error()
					}), jsx("p", {
						class: "mt-1 font-mono text-xs leading-5 break-words",
						"data-testid": "transcription-error",
						children: t.error
					})]
				}),
				started.value && jsxs("p", {
					class: "mt-3 rounded-xl border border-emerald-200 bg-emerald-50 p-3 text-sm text-emerald-900",
					"data-testid": "retry-result",
					children: [
						started.value.retried ? admin_retry_started() : admin_retry_running(),
						" ",
						jsx("code", {
							class: "font-mono text-xs font-semibold break-all",
							"data-testid": "execution-name",
							children: started.value.execution
						}),
						"."
					]
				})
			]
		}), jsxs("div", {
			class: "flex flex-wrap gap-2",
			children: [t.status === "FAILED" && jsx(Act, {
				look: "primary",
				icon: refreshCw,
				label: retry(),
				sr: admin_retry_of({ id: t.appointmentId.slice(0, 8) }),
				busy: busy.value,
				testid: "retry-transcription",
				onClick: () => void retry$1()
			}), jsx(Act, {
				icon: calendar,
				label: admin_appointment(),
				sr: t.appointmentId.slice(0, 8),
				testid: "transcription-appointment",
				onClick: () => ctx.openDrawer({
					kind: "appointment",
					id: t.appointmentId
				})
			})]
		})]
	});
}
function Transcriptions() {
	return jsxs(Fragment$1, { children: [jsx(ViewHeader, {
		title: admin_nav_transcriptions(),
		description: admin_tx_intro()
	}), jsx(ViewTabs, {
		label: admin_tx_tabs(),
		values: transcriptionStatuses,
		labelOf: stateLabel,
		param: "status",
		testid: "transcription-tabs",
		children: (status) => jsx(AdminList, {
			testid: "transcriptions-list",
			noun: {
				count: (count) => admin_n_transcriptions({ count }),
				plural: admin_transcriptions_noun()
			},
			itemKey: (t) => t.appointmentId,
			fetch: (cursor, signal) => api.call("adminListTranscriptions", { query: {
				status,
				cursor,
				limit: 20
			} }, { signal }).then((p) => ({
				items: p.transcriptions,
				nextCursor: p.nextCursor
			})),
			renderItem: (t, list) => jsx(TranscriptionRow, {
				item: t,
				list
			}),
			empty: status === "FAILED" ? jsx(EmptyState, {
				icon: checkCircle,
				title: admin_tx_empty_failed(),
				text: admin_tx_empty_failed_text(),
				testid: "transcriptions-empty"
			}) : jsx(EmptyState, {
				icon: fileText,
				title: admin_tx_empty({ status: stateLabel(status).toLowerCase() }),
				text: admin_tx_empty_text(),
				testid: "transcriptions-empty"
			})
		}, status)
	})] });
}
// web/src/islands/admin/Users.tsx
/** Users: every account by directory; an account's drawer shows its details and disables or enables it. */
var LABELS = {
	patient: admin_dir_patients,
	"doctor-pending": admin_dir_pending,
	"doctor-verified": admin_dir_verified,
	"doctor-rejected": admin_dir_rejected,
	"doctor-disabled": admin_dir_disabled,
	admin: admin_dir_admins
};
function UserList({ directory }) {
	const ctx = useView();
	return jsx(AdminList, {
		testid: "users-list",
		noun: {
			count: (count) => admin_n_accounts({ count }),
			plural: admin_accounts_noun()
		},
		itemKey: (u) => u.id,
		fetch: (cursor, signal) => api.call("adminListUsers", { query: {
			directory,
			cursor,
			limit: 20
		} }, { signal }).then((p) => ({
			items: p.users,
			nextCursor: p.nextCursor
		})),
		empty: jsx(EmptyState, {
			icon: user,
			title: admin_users_empty(),
			text: admin_users_empty_text({ directory: LABELS[directory]() })
		}),
		renderItem: (u, list) => jsxs("li", {
			class: `${rowClass} flex flex-col gap-3 sm:flex-row sm:items-center`,
			"data-testid": "user-row",
			"data-user-id": u.id,
			children: [
				jsxs("div", {
					class: "flex min-w-0 flex-1 items-center gap-3",
					children: [jsx(DoctorAvatar, {
						doctor: {
							id: u.id,
							name: fullName(u)
						},
						size: "size-10 text-sm"
					}), jsxs("div", {
						class: "min-w-0",
						children: [jsx("p", {
							class: "font-semibold text-slate-900",
							children: fullName(u)
						}), jsx("p", {
							class: "truncate text-sm text-slate-600",
							children: u.email
						})]
					})]
				}),
				jsxs("div", {
					class: "flex flex-wrap items-center gap-1.5 text-xs text-slate-500 sm:justify-end",
					children: [jsx(UserBadges, { user: u }), admin_joined_on({ date: formatInstant({
						iso: u.createdAt,
						format: "date"
					}) })]
				}),
				jsx(Act, {
					label: admin_details(),
					sr: admin_details_of({ name: fullName(u) }),
					testid: "user-details",
					onClick: () => ctx.openDrawer({
						kind: "user",
						id: u.id,
						onChange: (fresh) => list.update(u.id, () => fresh)
					})
				})
			]
		})
	});
}
function Users() {
	const ctx = useView();
	const wanted = ctx.params.get("directory");
	const directory = useSignal(directories.find((d) => d === wanted) ?? "patient");
	return jsxs(Fragment$1, { children: [
		jsx(ViewHeader, {
			title: admin_nav_users(),
			description: admin_users_intro()
		}),
		jsx(Field, {
			id: "directory",
			name: "directory",
			as: "select",
			label: admin_directory(),
			class: "mt-6 sm:w-80",
			testid: "directory-select",
			value: directory.value,
			onChange: (e) => {
				directory.value = e.currentTarget.value;
				ctx.setParams({ directory: directory.value === "patient" ? null : directory.value });
			},
			children: directories.map((d) => jsx("option", {
				value: d,
				children: LABELS[d]()
			}, d))
		}),
		jsx("div", {
			class: "mt-5",
			children: jsx(UserList, { directory: directory.value }, directory.value)
		})
	] });
}
// web/src/islands/admin/AdminConsole.tsx
/**
* /admin/: the console, one island. The guard (Protected) confirms an admin before anything from
* /api/admin is asked for; anyone else sees only the refusal. Sections are hash routes
* (#/doctors?tab=verified), so the page never reloads and every view has a link of its own. The
* console owns the route, the toasts, the navigation counts and the open drawer, and hands views a
* ViewContext (context.ts); views never import the console or each other.
*/
var SECTIONS = [
	{
		id: "dashboard",
		label: admin_nav_dashboard,
		icon: layoutDashboard,
		view: Dashboard
	},
	{
		id: "doctors",
		label: admin_nav_doctors,
		icon: stethoscope,
		view: Doctors
	},
	{
		id: "users",
		label: admin_nav_users,
		icon: user,
		view: Users
	},
	{
		id: "appointments",
		label: admin_nav_appointments,
		icon: calendar,
		view: Appointments
	},
	{
		id: "payments",
		label: admin_nav_payments,
		icon: indianRupee,
		view: Payments
	},
	{
		id: "content",
		label: admin_nav_content,
		icon: pencil,
		view: Content
	},
	{
		id: "transcriptions",
		label: admin_nav_transcriptions,
		icon: fileText,
		view: Transcriptions
	},
	{
		id: "audit",
		label: admin_nav_audit,
		icon: shieldCheck,
		view: Audit
	}
];
function parseHash(hash) {
	const [path = "", query = ""] = hash.replace(/^#\/?/, "").split("?");
	return {
		section: SECTIONS.find((s) => s.id === path) ?? SECTIONS[0],
		params: new URLSearchParams(query)
	};
}
function Console({ me }) {
	const route = useSignal({
		...parseHash(window.location.hash),
		key: 0
	});
	const navOpen = useSignal(false);
	const counts = useSignal({
		doctors: 0,
		transcriptions: 0
	});
	const toasts = useSignal([]);
	const drawer = useSignal(null);
	const toastId = useRef(0);
	const focusOnShow = useRef(false);
	/** The address the view on screen stands for (its filters included), to tell a real navigation apart. */
	const shown = useRef(window.location.hash);
	const toggle = useRef(null);
	const mfaNeeded = useSignal(!me.mfaEnabled);
	const refreshCounts = async () => {
		if (mfaNeeded.value) return;
		try {
			const stats = await api.call("adminStats");
			counts.value = {
				doctors: stats.doctors.pending,
				transcriptions: stats.transcriptions.failed
			};
		} catch (err) {
			if (err instanceof ApiError && err.code === "mfa_required") mfaNeeded.value = true;
		}
	};
	const show = (focus) => {
		focusOnShow.current = focus;
		shown.current = window.location.hash;
		batch(() => {
			route.value = {
				...parseHash(window.location.hash),
				key: route.value.key + 1
			};
			navOpen.value = false;
			drawer.value = null;
		});
	};
	useEffect(() => {
		const onHash = () => {
			if (window.location.hash !== shown.current) show(true);
		};
		window.addEventListener("hashchange", onHash);
		refreshCounts();
		return () => window.removeEventListener("hashchange", onHash);
	}, []);
	const { section, params, key } = route.value;
	useEffect(() => {
		document.title = `${section.label()} · ${console_badge()} · Chikitsa360`;
		if (focusOnShow.current) focusTitle();
		focusOnShow.current = false;
	}, [key]);
	const ctx = useMemo(() => ({
		me,
		params,
		setParams(changes) {
			const merged = new URLSearchParams(parseHash(window.location.hash).params);
			for (const [name, value] of Object.entries(changes)) if (value) merged.set(name, value);
			else merged.delete(name);
			const query = merged.toString();
			shown.current = `#/${section.id}${query ? `?${query}` : ""}`;
			history.replaceState(history.state, "", shown.current);
		},
		notify(message, tone = "success") {
			const id = ++toastId.current;
			toasts.value = [...toasts.value, {
				id,
				message,
				tone
			}].slice(-4);
			if (tone !== "error") setTimeout(() => {
				toasts.value = toasts.value.filter((t) => t.id !== id);
			}, 7e3);
		},
		refreshCounts: () => void refreshCounts(),
		openDrawer(request) {
			drawer.value = request;
		}
	}), [key]);
	const View = section.view;
	return jsxs(ViewCtx.Provider, {
		value: ctx,
		children: [
			jsxs("div", {
				class: "mx-auto w-full max-w-[96rem] md:flex md:min-h-[calc(100dvh-4rem)]",
				"data-testid": "admin-console",
				children: [jsx("div", {
					class: "contents md:block md:w-60 md:shrink-0 md:border-r md:border-slate-200 md:bg-white lg:w-64",
					children: jsxs("nav", {
						"aria-label": console_badge(),
						class: "sticky top-16 z-30 border-b border-slate-200 bg-white/95 backdrop-blur md:max-h-[calc(100dvh-4rem)] md:overflow-y-auto md:border-b-0 md:bg-white",
						onKeyDown: (event) => {
							if (event.key === "Escape" && navOpen.value) {
								navOpen.value = false;
								toggle.current?.focus();
							}
						},
						children: [jsxs("div", {
							class: "flex items-center justify-between gap-3 px-4 py-2 md:px-5 md:pt-6 md:pb-3",
							children: [jsxs("p", {
								class: "flex items-center gap-2 text-xs font-semibold tracking-wide text-brand-800 uppercase",
								children: [jsx(Icon, {
									shape: shieldCheck,
									class: "size-4 text-brand-700"
								}), console_badge()]
							}), jsxs("button", {
								type: "button",
								ref: toggle,
								class: "btn-ghost -mr-2 min-h-11 gap-1.5 px-3 text-slate-900 md:hidden",
								"aria-expanded": navOpen.value,
								"aria-controls": "admin-nav-list",
								"data-testid": "admin-nav-toggle",
								onClick: () => {
									navOpen.value = !navOpen.value;
									if (navOpen.value) requestAnimationFrame(() => document.querySelector("#admin-nav-list a[aria-current=\"page\"]")?.focus());
								},
								children: [
									jsxs("span", {
										class: "sr-only",
										children: [admin_nav_section(), " "]
									}),
									jsx("span", { children: section.label() }),
									jsx(Icon, {
										shape: chevronDown,
										class: "size-4"
									})
								]
							})]
						}), jsxs("ul", {
							id: "admin-nav-list",
							class: `${navOpen.value ? "grid" : "hidden"} gap-0.5 px-3 pb-4 md:grid`,
							"data-testid": "admin-nav",
							children: [
								SECTIONS.map((s) => {
									const count = s.id === "doctors" ? counts.value.doctors : s.id === "transcriptions" ? counts.value.transcriptions : 0;
									return jsx("li", { children: jsxs("a", {
										href: `#/${s.id}`,
										"data-testid": `nav-${s.id}`,
										"aria-current": s.id === section.id ? "page" : void 0,
										class: "group flex min-h-11 items-center gap-3 rounded-lg px-3 py-2 text-[0.9375rem] font-medium text-slate-700 hover:bg-slate-100 hover:text-slate-900 aria-[current=page]:bg-brand-50 aria-[current=page]:text-brand-800 aria-[current=page]:ring-1 aria-[current=page]:ring-brand-100",
										onClick: (event) => {
											if (`#/${s.id}` === window.location.hash) {
												event.preventDefault();
												show(true);
											}
										},
										children: [
											jsx(Icon, {
												shape: s.icon,
												class: "size-5 text-slate-500 group-aria-[current=page]:text-brand-700"
											}),
											jsx("span", {
												class: "flex-1",
												children: s.label()
											}),
											count > 0 && jsxs("span", {
												class: "rounded-full bg-accent-100 px-2 py-0.5 text-xs font-semibold text-accent-900",
												"data-testid": `nav-count-${s.id}`,
												children: [count, jsxs("span", {
													class: "sr-only",
													children: [" ", s.id === "doctors" ? admin_nav_count_pending() : admin_nav_count_failed()]
												})]
											})
										]
									}) }, s.id);
								}),
								jsxs("li", {
									class: "mt-4 border-t border-slate-100 px-3 pt-4 text-sm text-slate-600",
									children: [
										admin_signed_in_as(),
										" ",
										jsxs("span", {
											class: "font-medium text-slate-900",
											children: [
												me.firstName,
												" ",
												me.lastName
											]
										})
									]
								}),
								jsx("li", { children: jsxs("a", {
									href: "/",
									class: "flex min-h-11 items-center gap-3 rounded-lg px-3 py-2 text-sm font-medium text-brand-700 hover:bg-brand-50",
									children: [
										jsx(Icon, {
											shape: arrowLeft,
											class: "size-4"
										}),
										" ",
										admin_back_to_site()
									]
								}) })
							]
						})]
					})
				}), jsx("div", {
					class: "min-w-0 flex-1 px-4 py-6 sm:px-6 lg:px-10 lg:py-8",
					"data-admin-view": true,
					"data-view": section.id,
					"data-testid": "admin-view",
					children: mfaNeeded.value ? jsxs("div", {
						class: "card p-6 sm:p-8",
						"data-testid": "admin-mfa-required",
						children: [
							jsx("h1", {
								class: "text-lg font-semibold text-slate-900",
								children: admin_mfa_title()
							}),
							jsx("p", {
								class: "mt-2 text-slate-700",
								children: admin_mfa_text()
							}),
							jsx("a", {
								href: "/account/#mfa",
								class: "btn-primary mt-4",
								children: admin_mfa_link()
							})
						]
					}) : jsx(View, {}, key)
				})]
			}),
			jsx("div", {
				class: "pointer-events-none fixed inset-x-3 bottom-3 z-50 flex flex-col items-stretch gap-2 sm:inset-x-auto sm:right-5 sm:bottom-5 sm:w-96",
				role: "status",
				"aria-live": "polite",
				"data-testid": "toasts",
				children: toasts.value.map((t) => jsxs("div", {
					class: `pointer-events-auto flex w-full items-start gap-3 rounded-xl border bg-white p-3 pl-4 text-sm text-slate-800 shadow-lift ${t.tone === "error" ? "border-red-200" : "border-emerald-200"}`,
					"data-testid": "toast",
					"data-tone": t.tone,
					children: [
						jsx(Icon, {
							shape: t.tone === "error" ? alertCircle : checkCircle,
							class: `mt-1.5 size-5 shrink-0 ${t.tone === "error" ? "text-red-700" : "text-emerald-700"}`
						}),
						jsx("p", {
							class: "flex-1 py-1.5 leading-5",
							children: t.message
						}),
						jsxs("button", {
							type: "button",
							class: "grid size-8 shrink-0 place-items-center rounded-lg text-slate-500 hover:bg-slate-100 hover:text-slate-800",
							onClick: () => {
								toasts.value = toasts.value.filter((x) => x.id !== t.id);
							},
							children: [jsx(Icon, {
								shape: x,
								class: "size-4"
							}), jsx("span", {
								class: "sr-only",
								children: admin_dismiss()
							})]
						})
					]
				}, t.id))
			}),
			jsx(DrawerHost, {
				request: drawer.value,
				onClose: () => {
					drawer.value = null;
				}
			})
		]
	});
}
function AdminConsole() {
	return jsx(Protected, {
		roles: ["admin"],
		children: (me) => jsx(Console, { me })
	});
}
// web/src/pages/admin/index.astro
var admin_exports = /* @__PURE__ */ __exportAll({
	default: () => $$Index,
	file: () => $$file,
	url: () => $$url
});
var $$Index = createComponent(($$result, $$props, $$slots) => {
	return renderTemplate`${renderComponent($$result, "Base", $$Base, {
		"title": console_badge(),
		"noindex": true,
		"chrome": "console"
	}, { "default": ($$result) => renderTemplate`${renderComponent($$result, "Island", $$Island, {
		"name": "AdminConsole",
		"component": AdminConsole
	})}${renderScript($$result, "/work/wt-hindi/web/src/pages/admin/index.astro?astro&type=script&index=0&lang.ts")}` })}`;
}, "/work/wt-hindi/web/src/pages/admin/index.astro", void 0);
var $$file = "/work/wt-hindi/web/src/pages/admin/index.astro";
var $$url = "/admin";
// \0virtual:astro:page:src/pages/admin/index@_@astro
var page = () => admin_exports;
export { page };
