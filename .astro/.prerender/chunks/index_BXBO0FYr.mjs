import { C as stethoscope, N as pencil, V as layoutDashboard, ft as renderScript, ht as __exportAll, mt as createComponent, r as header_dashboard } from "./skip_to_content_DtyEdUnf.mjs";
import { a as renderComponent, d as renderTemplate } from "./server_DkXzZEFQ.mjs";
import { A as $$Island, D as listOf, E as initials, S as formatDateOnly, T as formatPhone, k as Icon, l as api, n as dashboardPath, t as $$Base, w as formatInr } from "./Base_BSFoRxR2.mjs";
import { t as Button } from "./Button_CN07y6wQ.mjs";
import { t as FormError } from "./FormError_CFR7y0xy.mjs";
import { t as Notice } from "./Notice_PVZELjfy.mjs";
import { i as checking, n as mfa_code_invalid, r as login_password, t as mfa_code_missing } from "./mfa_code_missing_30b6RNdg.mjs";
import { t as doctor_experience_label } from "./doctor_experience_label_toRYofpZ.mjs";
import { t as doctor_fee_label } from "./doctor_fee_label_aizMy9sP.mjs";
import { n as roleName, t as Protected } from "./Protected_D2pVYjq-.mjs";
import { n as useForm, t as fieldValue } from "./useForm_D_rb2N8J.mjs";
import { t as problem_generic } from "./problem_generic_D6AyibR1.mjs";
import { a as profile_address, i as profile_dob, n as profile_phone, r as profile_email, t as profile_zone } from "./profile_zone_CVxy7Pc_.mjs";
import { t as reset_submit } from "./reset_submit_Dpu92QGu.mjs";
import { t as VerificationBanner } from "./VerificationBanner_UnXZBmqZ.mjs";
import { r as describeTimeZone } from "./zoned_CWcmEh3i.mjs";
import { c as withEmail, t as CodeField } from "./parts_CtWdJqPx.mjs";
import { t as plural } from "./registry_BbVT5qhj.mjs";
import { Fragment, jsx, jsxs } from "preact/jsx-runtime";
import { useEffect, useRef, useState } from "preact/hooks";
// web/src/paraglide/messages/account_available.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Account_AvailableInputs */
var en_account_available = () => {
	return `Accepting consultations`;
};
/**

* @param {Account_AvailableInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var account_available = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_account_available(inputs);
};
// web/src/paraglide/messages/account_available_no.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Account_Available_NoInputs */
var en_account_available_no = () => {
	return `No — paused for now`;
};
/**

* @param {Account_Available_NoInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var account_available_no = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_account_available_no(inputs);
};
// web/src/paraglide/messages/account_available_yes.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Account_Available_YesInputs */
var en_account_available_yes = () => {
	return `Yes — patients can book open slots`;
};
/**

* @param {Account_Available_YesInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var account_available_yes = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_account_available_yes(inputs);
};
// web/src/paraglide/messages/account_bio.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Account_BioInputs */
var en_account_bio = () => {
	return `About you`;
};
/**

* @param {Account_BioInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var account_bio = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_account_bio(inputs);
};
// web/src/paraglide/messages/account_doctor.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Account_DoctorInputs */
var en_account_doctor = () => {
	return `Doctor profile`;
};
/**

* @param {Account_DoctorInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var account_doctor = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_account_doctor(inputs);
};
// web/src/paraglide/messages/account_doctor_what.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Account_Doctor_WhatInputs */
var en_account_doctor_what = () => {
	return `doctor profile`;
};
/**

* @param {Account_Doctor_WhatInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var account_doctor_what = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_account_doctor_what(inputs);
};
// web/src/paraglide/messages/account_edit.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Account_EditInputs */
var en_account_edit = () => {
	return `Edit`;
};
/**

* @param {Account_EditInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var account_edit = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_account_edit(inputs);
};
// web/src/paraglide/messages/account_edit_doctor.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Account_Edit_DoctorInputs */
var en_account_edit_doctor = () => {
	return `Edit doctor profile`;
};
/**

* @param {Account_Edit_DoctorInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var account_edit_doctor = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_account_edit_doctor(inputs);
};
// web/src/paraglide/messages/account_edit_profile.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Account_Edit_ProfileInputs */
var en_account_edit_profile = () => {
	return `Edit profile`;
};
/**

* @param {Account_Edit_ProfileInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var account_edit_profile = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_account_edit_profile(inputs);
};
// web/src/paraglide/messages/account_education.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Account_EducationInputs */
var en_account_education = () => {
	return `Education`;
};
/**

* @param {Account_EducationInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var account_education = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_account_education(inputs);
};
// web/src/paraglide/messages/account_eyebrow.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Account_EyebrowInputs */
var en_account_eyebrow = () => {
	return `Your account`;
};
/**

* @param {Account_EyebrowInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var account_eyebrow = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_account_eyebrow(inputs);
};
// web/src/paraglide/messages/account_fee.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ fee: NonNullable<unknown> }} Account_FeeInputs */
var en_account_fee = (i) => {
	return `${i?.fee} + 18% GST per consultation`;
};
/**

* @param {Account_FeeInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var account_fee = (inputs, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_account_fee(inputs);
};
// web/src/paraglide/messages/account_hospital.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Account_HospitalInputs */
var en_account_hospital = () => {
	return `Hospital or clinic`;
};
/**

* @param {Account_HospitalInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var account_hospital = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_account_hospital(inputs);
};
// web/src/paraglide/messages/account_kind.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ role: NonNullable<unknown> }} Account_KindInputs */
var en_account_kind = (i) => {
	return `${i?.role} account`;
};
/**

* @param {Account_KindInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var account_kind = (inputs, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_account_kind(inputs);
};
// web/src/paraglide/messages/account_languages.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Account_LanguagesInputs */
var en_account_languages = () => {
	return `Languages`;
};
/**

* @param {Account_LanguagesInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var account_languages = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_account_languages(inputs);
};
// web/src/paraglide/messages/account_name.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Account_NameInputs */
var en_account_name = () => {
	return `Name`;
};
/**

* @param {Account_NameInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var account_name = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_account_name(inputs);
};
// web/src/paraglide/messages/account_not_added.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Account_Not_AddedInputs */
var en_account_not_added = () => {
	return `Not added yet`;
};
/**

* @param {Account_Not_AddedInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var account_not_added = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_account_not_added(inputs);
};
// web/src/paraglide/messages/account_page.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Account_PageInputs */
var en_account_page = () => {
	return `Your account`;
};
/**

* @param {Account_PageInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var account_page = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_account_page(inputs);
};
// web/src/paraglide/messages/account_password_text.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Account_Password_TextInputs */
var en_account_password_text = () => {
	return `To change your password, we email you a code first.`;
};
/**

* @param {Account_Password_TextInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var account_password_text = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_account_password_text(inputs);
};
// web/src/paraglide/messages/account_personal.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Account_PersonalInputs */
var en_account_personal = () => {
	return `Personal details`;
};
/**

* @param {Account_PersonalInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var account_personal = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_account_personal(inputs);
};
// web/src/paraglide/messages/account_personal_what.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Account_Personal_WhatInputs */
var en_account_personal_what = () => {
	return `personal details`;
};
/**

* @param {Account_Personal_WhatInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var account_personal_what = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_account_personal_what(inputs);
};
// web/src/paraglide/messages/account_registration.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Account_RegistrationInputs */
var en_account_registration = () => {
	return `Registration number`;
};
/**

* @param {Account_RegistrationInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var account_registration = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_account_registration(inputs);
};
// web/src/paraglide/messages/account_saved_text.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Account_Saved_TextInputs */
var en_account_saved_text = () => {
	return `Your changes are in your profile.`;
};
/**

* @param {Account_Saved_TextInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var account_saved_text = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_account_saved_text(inputs);
};
// web/src/paraglide/messages/account_saved_title.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Account_Saved_TitleInputs */
var en_account_saved_title = () => {
	return `Saved.`;
};
/**

* @param {Account_Saved_TitleInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var account_saved_title = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_account_saved_title(inputs);
};
// web/src/paraglide/messages/account_since.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ role: NonNullable<unknown>, since: NonNullable<unknown> }} Account_SinceInputs */
var en_account_since = (i) => {
	return `${i?.role} account · member since ${i?.since}`;
};
/**

* @param {Account_SinceInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var account_since = (inputs, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_account_since(inputs);
};
// web/src/paraglide/messages/account_specialty.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Account_SpecialtyInputs */
var en_account_specialty = () => {
	return `Specialty`;
};
/**

* @param {Account_SpecialtyInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var account_specialty = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_account_specialty(inputs);
};
// web/src/paraglide/messages/account_years.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ count: NonNullable<unknown> }} Account_YearsInputs */
var en_account_years = (i) => {
	const countPlural = plural("en", i?.count, {});
	if (countPlural === "one") return `${i?.count} year`;
	if (countPlural === "other") return `${i?.count} years`;
	return "account_years";
};
/**

* @param {Account_YearsInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var account_years = (inputs, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_account_years(inputs);
};
// web/src/paraglide/messages/doctor_name.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ name: NonNullable<unknown> }} Doctor_NameInputs */
var en_doctor_name = (i) => {
	return `Dr. ${i?.name}`;
};
/**

* @param {Doctor_NameInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var doctor_name = (inputs, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_doctor_name(inputs);
};
// web/src/paraglide/messages/mfa_add_key.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Mfa_Add_KeyInputs */
var en_mfa_add_key = () => {
	return `Add this key to your authenticator app (Google Authenticator, Microsoft Authenticator, 1Password…), or open the link on the phone that has the app:`;
};
/**

* @param {Mfa_Add_KeyInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var mfa_add_key = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_mfa_add_key(inputs);
};
// web/src/paraglide/messages/mfa_code_from_app.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Mfa_Code_From_AppInputs */
var en_mfa_code_from_app = () => {
	return `Code from the app`;
};
/**

* @param {Mfa_Code_From_AppInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var mfa_code_from_app = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_mfa_code_from_app(inputs);
};
// web/src/paraglide/messages/mfa_heading.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Mfa_HeadingInputs */
var en_mfa_heading = () => {
	return `Two-step sign-in`;
};
/**

* @param {Mfa_HeadingInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var mfa_heading = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_mfa_heading(inputs);
};
// web/src/paraglide/messages/mfa_off.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Mfa_OffInputs */
var en_mfa_off = () => {
	return `Off. Turn it on to sign in with a code from an authenticator app as well as your password.`;
};
/**

* @param {Mfa_OffInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var mfa_off = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_mfa_off(inputs);
};
// web/src/paraglide/messages/mfa_off_admin.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Mfa_Off_AdminInputs */
var en_mfa_off_admin = () => {
	return `Off. Admins need it: turn it on to use the admin console.`;
};
/**

* @param {Mfa_Off_AdminInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var mfa_off_admin = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_mfa_off_admin(inputs);
};
// web/src/paraglide/messages/mfa_on.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Mfa_OnInputs */
var en_mfa_on = () => {
	return `On: every sign-in asks for a code from your authenticator app.`;
};
/**

* @param {Mfa_OnInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var mfa_on = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_mfa_on(inputs);
};
// web/src/paraglide/messages/mfa_open_app.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Mfa_Open_AppInputs */
var en_mfa_open_app = () => {
	return `Open in the authenticator app`;
};
/**

* @param {Mfa_Open_AppInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var mfa_open_app = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_mfa_open_app(inputs);
};
// web/src/paraglide/messages/mfa_set_up.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Mfa_Set_UpInputs */
var en_mfa_set_up = () => {
	return `Set up`;
};
/**

* @param {Mfa_Set_UpInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var mfa_set_up = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_mfa_set_up(inputs);
};
// web/src/paraglide/messages/mfa_turn_on.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Mfa_Turn_OnInputs */
var en_mfa_turn_on = () => {
	return `Turn on`;
};
/**

* @param {Mfa_Turn_OnInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var mfa_turn_on = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_mfa_turn_on(inputs);
};
// web/src/islands/account/Account.tsx
var card = "card p-6 sm:p-8";
var editLink = "text-sm font-semibold text-brand-700 underline-offset-2 hover:underline";
function Details({ rows, testid }) {
	return jsx("dl", {
		class: "mt-5 grid gap-x-8 gap-y-5 sm:grid-cols-2",
		children: rows.map(([key, label, value, wide]) => jsxs("div", {
			class: `border-t border-slate-100 pt-4 ${wide ? "sm:col-span-2" : ""}`,
			children: [jsx("dt", {
				class: "text-sm text-slate-600",
				children: label
			}), jsx("dd", {
				class: `mt-1 break-words whitespace-pre-line ${value ? "font-medium text-slate-900" : "text-slate-500"}`,
				"data-testid": `${testid}-${key}`,
				children: value || account_not_added()
			})]
		}, key))
	});
}
function Section({ id, title, edit, testid, children }) {
	return jsxs("section", {
		class: card,
		"aria-labelledby": `${id}-heading`,
		"data-testid": testid,
		id,
		children: [jsxs("div", {
			class: "flex items-center justify-between gap-4",
			children: [jsx("h2", {
				id: `${id}-heading`,
				class: "text-lg font-semibold text-slate-900",
				children: title
			}), edit && jsxs("a", {
				href: edit[0],
				class: editLink,
				children: [account_edit(), jsxs("span", {
					class: "sr-only",
					children: [" ", edit[1]]
				})]
			})]
		}), children]
	});
}
function TwoStep({ me }) {
	const [on, setOn] = useState(me.mfaEnabled);
	const [setup, setSetup] = useState(null);
	const [starting, setStarting] = useState(false);
	const [startError, setStartError] = useState(null);
	const code = useRef(null);
	useEffect(() => {
		if (setup) code.current?.focus();
	}, [setup]);
	const start = async () => {
		setStarting(true);
		setStartError(null);
		try {
			setSetup(await api.call("startMfaSetup"));
		} catch (err) {
			setStartError(err instanceof Error ? err.message : problem_generic());
		} finally {
			setStarting(false);
		}
	};
	const form = useForm({ submit: async (f) => {
		const { user } = await api.call("finishMfaSetup", { body: { code: fieldValue(f, "code") } });
		setOn(user.mfaEnabled);
		if (user.mfaEnabled) setSetup(null);
	} });
	return jsxs("section", {
		id: "mfa",
		class: card,
		"aria-labelledby": "mfa-heading",
		"data-testid": "mfa-section",
		children: [
			jsxs("div", {
				class: "flex flex-col gap-4 sm:flex-row sm:items-center sm:justify-between",
				children: [jsxs("div", { children: [jsx("h2", {
					id: "mfa-heading",
					class: "text-lg font-semibold text-slate-900",
					children: mfa_heading()
				}), jsx("p", {
					class: "mt-1 text-sm text-slate-600",
					"data-testid": "mfa-status",
					children: on ? mfa_on() : me.role === "admin" ? mfa_off_admin() : mfa_off()
				})] }), !on && jsx(Button, {
					variant: "secondary",
					testid: "mfa-setup",
					busy: starting,
					busyLabel: checking(),
					onClick: start,
					children: mfa_set_up()
				})]
			}),
			startError && jsx(Notice, {
				tone: "error",
				class: "mt-4",
				children: jsx("p", { children: startError })
			}),
			setup && !on && jsxs("div", {
				class: "mt-6 grid gap-4",
				children: [
					jsx("p", {
						class: "text-sm text-slate-700",
						children: mfa_add_key()
					}),
					jsx("p", {
						class: "rounded-lg bg-slate-50 p-3 font-mono text-sm break-all text-slate-900",
						"data-testid": "mfa-secret",
						children: setup.secret.replace(/(.{4})/g, "$1 ").trim()
					}),
					jsx("p", {
						class: "text-sm",
						children: jsx("a", {
							class: "font-semibold underline",
							href: setup.otpauthUri,
							"data-testid": "mfa-uri",
							children: mfa_open_app()
						})
					}),
					jsxs("form", {
						class: "grid gap-4 sm:max-w-xs",
						"data-testid": "mfa-verify-form",
						noValidate: true,
						onSubmit: form.onSubmit,
						children: [
							jsx(FormError, {
								message: form.formError,
								boxRef: form.summary
							}),
							jsx(CodeField, {
								id: "mfa-verify-code",
								label: mfa_code_from_app(),
								testid: "mfa-verify-code",
								missing: mfa_code_missing(),
								invalid: mfa_code_invalid(),
								error: form.errors.code,
								large: false,
								inputRef: code
							}),
							jsx(Button, {
								type: "submit",
								testid: "mfa-verify-submit",
								busy: form.busy,
								busyLabel: checking(),
								children: mfa_turn_on()
							})
						]
					})
				]
			})
		]
	});
}
function Page({ me }) {
	const [saved, setSaved] = useState(false);
	useEffect(() => {
		if (window.location.hash) document.getElementById(window.location.hash.slice(1))?.scrollIntoView();
		const params = new URLSearchParams(window.location.search);
		if (params.get("saved") !== "1") return;
		setSaved(true);
		params.delete("saved");
		const rest = params.toString();
		window.history.replaceState(null, "", `${window.location.pathname}${rest ? `?${rest}` : ""}${window.location.hash}`);
	}, []);
	const name = `${me.firstName} ${me.lastName}`;
	const since = new Date(me.createdAt);
	const p = me.role === "doctor" ? me.doctorProfile : void 0;
	return jsxs(Fragment, { children: [jsx("section", {
		class: "hero border-b border-brand-100",
		children: jsxs("div", {
			class: "container-page flex flex-col gap-6 py-8 sm:flex-row sm:items-center sm:justify-between sm:py-10",
			children: [jsxs("div", {
				class: "flex items-center gap-4",
				children: [jsx("span", {
					class: "grid size-16 shrink-0 place-items-center rounded-full bg-gradient-to-br from-brand-600 to-brand-800 text-xl font-semibold text-white",
					"aria-hidden": "true",
					children: initials(name)
				}), jsxs("div", { children: [
					jsx("p", {
						class: "eyebrow",
						children: account_eyebrow()
					}),
					jsx("h1", {
						class: "mt-1 text-2xl font-bold tracking-tight text-slate-900 sm:text-3xl",
						"data-testid": "account-heading",
						children: me.role === "doctor" ? doctor_name({ name }) : name
					}),
					jsx("p", {
						class: "mt-1 text-sm text-slate-600",
						children: Number.isNaN(since.getTime()) ? account_kind({ role: roleName(me.role) }) : account_since({
							role: roleName(me.role),
							since: new Intl.DateTimeFormat("en-IN", {
								month: "long",
								year: "numeric"
							}).format(since)
						})
					})
				] })]
			}), jsxs("div", {
				class: "flex flex-wrap gap-3",
				children: [
					jsxs("a", {
						href: "/account/edit/",
						class: "btn-primary",
						"data-testid": "edit-profile-link",
						children: [
							jsx(Icon, {
								shape: pencil,
								class: "size-4"
							}),
							" ",
							account_edit_profile()
						]
					}),
					p && jsxs("a", {
						href: "/account/doctor/",
						class: "btn-secondary",
						"data-testid": "edit-doctor-profile-link",
						children: [
							jsx(Icon, {
								shape: stethoscope,
								class: "size-4"
							}),
							" ",
							account_edit_doctor()
						]
					}),
					jsxs("a", {
						href: dashboardPath(me.role),
						class: "btn-secondary",
						children: [
							jsx(Icon, {
								shape: layoutDashboard,
								class: "size-4"
							}),
							" ",
							header_dashboard()
						]
					})
				]
			})]
		})
	}), jsxs("div", {
		class: "container-page grid gap-6 py-8 sm:py-10",
		children: [
			saved && jsx(Notice, {
				tone: "success",
				testid: "saved-notice",
				children: jsxs("p", { children: [
					jsx("strong", {
						class: "font-semibold",
						children: account_saved_title()
					}),
					" ",
					account_saved_text()
				] })
			}),
			p && jsx(VerificationBanner, { profile: p }),
			jsx(Section, {
				id: "personal",
				title: account_personal(),
				edit: ["/account/edit/", account_personal_what()],
				testid: "personal-details",
				children: jsx(Details, {
					testid: "profile",
					rows: [
						[
							"name",
							account_name(),
							name
						],
						[
							"email",
							profile_email(),
							me.email
						],
						[
							"phone",
							profile_phone(),
							me.phone ? formatPhone(me.phone) : ""
						],
						[
							"address",
							profile_address(),
							me.address
						],
						[
							"dob",
							profile_dob(),
							me.dateOfBirth ? formatDateOnly(me.dateOfBirth) : ""
						],
						[
							"timezone",
							profile_zone(),
							describeTimeZone(me.timeZone)
						]
					]
				})
			}),
			p && jsx(Section, {
				id: "doctor",
				title: account_doctor(),
				edit: ["/account/doctor/", account_doctor_what()],
				testid: "doctor-profile",
				children: jsx(Details, {
					testid: "doctor",
					rows: [
						[
							"specialty",
							account_specialty(),
							p.specialty ? p.specialtyName : ""
						],
						[
							"registration",
							account_registration(),
							p.registrationNumber
						],
						[
							"experience",
							doctor_experience_label(),
							account_years({ count: p.experienceYears })
						],
						[
							"fee",
							doctor_fee_label(),
							p.feePaise ? account_fee({ fee: formatInr(p.feePaise) }) : ""
						],
						[
							"languages",
							account_languages(),
							listOf(p.languages)
						],
						[
							"education",
							account_education(),
							p.education
						],
						[
							"hospital",
							account_hospital(),
							p.hospital
						],
						[
							"available",
							account_available(),
							p.available ? account_available_yes() : account_available_no()
						],
						[
							"bio",
							account_bio(),
							p.bio,
							true
						]
					]
				})
			}),
			jsxs("section", {
				class: `${card} flex flex-col gap-4 sm:flex-row sm:items-center sm:justify-between`,
				"aria-labelledby": "security-heading",
				children: [jsxs("div", { children: [jsx("h2", {
					id: "security-heading",
					class: "text-lg font-semibold text-slate-900",
					children: login_password()
				}), jsx("p", {
					class: "mt-1 text-sm text-slate-600",
					children: account_password_text()
				})] }), jsx("a", {
					href: withEmail("/forgot-password/", me.email),
					class: "btn-secondary",
					children: reset_submit()
				})]
			}),
			jsx(TwoStep, { me })
		]
	})] });
}
function Account() {
	return jsx(Protected, { children: (me) => jsx(Page, { me }) });
}
// web/src/pages/account/index.astro
var account_exports = /* @__PURE__ */ __exportAll({
	default: () => $$Index,
	file: () => $$file,
	url: () => $$url
});
var $$Index = createComponent(($$result, $$props, $$slots) => {
	return renderTemplate`${renderComponent($$result, "Base", $$Base, {
		"title": account_page(),
		"noindex": true
	}, { "default": ($$result) => renderTemplate`${renderComponent($$result, "Island", $$Island, {
		"name": "Account",
		"component": Account
	})}${renderScript($$result, "/work/wt-hindi/web/src/pages/account/index.astro?astro&type=script&index=0&lang.ts")}` })}`;
}, "/work/wt-hindi/web/src/pages/account/index.astro", void 0);
var $$file = "/work/wt-hindi/web/src/pages/account/index.astro";
var $$url = "/account";
// \0virtual:astro:page:src/pages/account/index@_@astro
var page = () => account_exports;
export { page };
