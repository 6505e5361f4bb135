import { ft as renderScript, ht as __exportAll, lt as arrowLeft, mt as createComponent, ut as alertTriangle, v as x } from "./skip_to_content_DtyEdUnf.mjs";
import { a as renderComponent, d as renderTemplate } from "./server_DkXzZEFQ.mjs";
import { A as $$Island, k as Icon, l as api, t as $$Base, w as formatInr } from "./Base_BSFoRxR2.mjs";
import { t as Button } from "./Button_CN07y6wQ.mjs";
import { t as cancel } from "./cancel_D93OkVGb.mjs";
import { t as Field } from "./Field_BwHk3La6.mjs";
import { t as doctor_fee_label } from "./doctor_fee_label_aizMy9sP.mjs";
import { t as FormError } from "./FormError_CFR7y0xy.mjs";
import { t as Protected } from "./Protected_D2pVYjq-.mjs";
import { n as useForm, t as fieldValue } from "./useForm_D_rb2N8J.mjs";
import { t as profile_back } from "./profile_back_4iamQjHd.mjs";
import { t as saving } from "./saving_BPl4zf-h.mjs";
import { t as search_specialty_label } from "./search_specialty_label_WXmkeNYq.mjs";
import { t as VerificationBanner } from "./VerificationBanner_UnXZBmqZ.mjs";
import { n as doctor_education_label, r as doctor_clinic_label, t as priceWithGst } from "./price_DbeCp5Vj.mjs";
import { Fragment, jsx, jsxs } from "preact/jsx-runtime";
import { useEffect, useImperativeHandle, useRef, useState } from "preact/hooks";
// web/src/paraglide/messages/chips_added.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ value: NonNullable<unknown> }} Chips_AddedInputs */
var en_chips_added = (i) => {
	return `${i?.value} added.`;
};
/**

* @param {Chips_AddedInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var chips_added = (inputs, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_chips_added(inputs);
};
// web/src/paraglide/messages/chips_at_most.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ max: NonNullable<unknown> }} Chips_At_MostInputs */
var en_chips_at_most = (i) => {
	return `List at most ${i?.max}.`;
};
/**

* @param {Chips_At_MostInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var chips_at_most = (inputs, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_chips_at_most(inputs);
};
// web/src/paraglide/messages/chips_remove.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ value: NonNullable<unknown> }} Chips_RemoveInputs */
var en_chips_remove = (i) => {
	return `Remove ${i?.value}`;
};
/**

* @param {Chips_RemoveInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var chips_remove = (inputs, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_chips_remove(inputs);
};
// web/src/paraglide/messages/chips_removed.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ value: NonNullable<unknown> }} Chips_RemovedInputs */
var en_chips_removed = (i) => {
	return `${i?.value} removed.`;
};
/**

* @param {Chips_RemovedInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var chips_removed = (inputs, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_chips_removed(inputs);
};
// web/src/paraglide/messages/doctor_form_accepting.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Doctor_Form_AcceptingInputs */
var en_doctor_form_accepting = () => {
	return `Accepting consultations`;
};
/**

* @param {Doctor_Form_AcceptingInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var doctor_form_accepting = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_doctor_form_accepting(inputs);
};
// web/src/paraglide/messages/doctor_form_accepting_hint.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Doctor_Form_Accepting_HintInputs */
var en_doctor_form_accepting_hint = () => {
	return `Turn this off to pause new bookings. Booked appointments stay.`;
};
/**

* @param {Doctor_Form_Accepting_HintInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var doctor_form_accepting_hint = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_doctor_form_accepting_hint(inputs);
};
// web/src/paraglide/messages/doctor_form_add_language.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Doctor_Form_Add_LanguageInputs */
var en_doctor_form_add_language = () => {
	return `Add a language`;
};
/**

* @param {Doctor_Form_Add_LanguageInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var doctor_form_add_language = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_doctor_form_add_language(inputs);
};
// web/src/paraglide/messages/doctor_form_bio.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Doctor_Form_BioInputs */
var en_doctor_form_bio = () => {
	return `About you`;
};
/**

* @param {Doctor_Form_BioInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var doctor_form_bio = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_doctor_form_bio(inputs);
};
// web/src/paraglide/messages/doctor_form_bio_hint.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Doctor_Form_Bio_HintInputs */
var en_doctor_form_bio_hint = () => {
	return `What you treat and how you work with patients, in your own words.`;
};
/**

* @param {Doctor_Form_Bio_HintInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var doctor_form_bio_hint = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_doctor_form_bio_hint(inputs);
};
// web/src/paraglide/messages/doctor_form_bio_long.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Doctor_Form_Bio_LongInputs */
var en_doctor_form_bio_long = () => {
	return `Keep the bio under 2,000 characters.`;
};
/**

* @param {Doctor_Form_Bio_LongInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var doctor_form_bio_long = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_doctor_form_bio_long(inputs);
};
// web/src/paraglide/messages/doctor_form_choose_specialty.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Doctor_Form_Choose_SpecialtyInputs */
var en_doctor_form_choose_specialty = () => {
	return `Choose your specialty`;
};
/**

* @param {Doctor_Form_Choose_SpecialtyInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var doctor_form_choose_specialty = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_doctor_form_choose_specialty(inputs);
};
// web/src/paraglide/messages/doctor_form_chosen_languages.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Doctor_Form_Chosen_LanguagesInputs */
var en_doctor_form_chosen_languages = () => {
	return `Chosen languages`;
};
/**

* @param {Doctor_Form_Chosen_LanguagesInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var doctor_form_chosen_languages = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_doctor_form_chosen_languages(inputs);
};
// web/src/paraglide/messages/doctor_form_education_hint.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Doctor_Form_Education_HintInputs */
var en_doctor_form_education_hint = () => {
	return `e.g. MBBS, MD (Medicine)`;
};
/**

* @param {Doctor_Form_Education_HintInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var doctor_form_education_hint = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_doctor_form_education_hint(inputs);
};
// web/src/paraglide/messages/doctor_form_experience.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Doctor_Form_ExperienceInputs */
var en_doctor_form_experience = () => {
	return `Years of experience`;
};
/**

* @param {Doctor_Form_ExperienceInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var doctor_form_experience = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_doctor_form_experience(inputs);
};
// web/src/paraglide/messages/doctor_form_experience_invalid.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Doctor_Form_Experience_InvalidInputs */
var en_doctor_form_experience_invalid = () => {
	return `Enter whole years of experience, from 0 to 70.`;
};
/**

* @param {Doctor_Form_Experience_InvalidInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var doctor_form_experience_invalid = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_doctor_form_experience_invalid(inputs);
};
// web/src/paraglide/messages/doctor_form_experience_missing.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Doctor_Form_Experience_MissingInputs */
var en_doctor_form_experience_missing = () => {
	return `Enter whole years of experience.`;
};
/**

* @param {Doctor_Form_Experience_MissingInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var doctor_form_experience_missing = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_doctor_form_experience_missing(inputs);
};
// web/src/paraglide/messages/doctor_form_fee_hint.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Doctor_Form_Fee_HintInputs */
var en_doctor_form_fee_hint = () => {
	return `Patients pay this plus 18% GST. Between ₹100 and ₹50,000.`;
};
/**

* @param {Doctor_Form_Fee_HintInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var doctor_form_fee_hint = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_doctor_form_fee_hint(inputs);
};
// web/src/paraglide/messages/doctor_form_fee_invalid.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Doctor_Form_Fee_InvalidInputs */
var en_doctor_form_fee_invalid = () => {
	return `Enter a fee between ₹100 and ₹50,000, with at most 2 decimal places.`;
};
/**

* @param {Doctor_Form_Fee_InvalidInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var doctor_form_fee_invalid = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_doctor_form_fee_invalid(inputs);
};
// web/src/paraglide/messages/doctor_form_fee_missing.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Doctor_Form_Fee_MissingInputs */
var en_doctor_form_fee_missing = () => {
	return `Enter the fee in rupees.`;
};
/**

* @param {Doctor_Form_Fee_MissingInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var doctor_form_fee_missing = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_doctor_form_fee_missing(inputs);
};
// web/src/paraglide/messages/doctor_form_fee_preview.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ total: NonNullable<unknown> }} Doctor_Form_Fee_PreviewInputs */
var en_doctor_form_fee_preview = (i) => {
	return `Patients pay ${i?.total} including GST.`;
};
/**

* @param {Doctor_Form_Fee_PreviewInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var doctor_form_fee_preview = (inputs, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_doctor_form_fee_preview(inputs);
};
// web/src/paraglide/messages/doctor_form_hospital_hint.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Doctor_Form_Hospital_HintInputs */
var en_doctor_form_hospital_hint = () => {
	return `Where you practise, with the city.`;
};
/**

* @param {Doctor_Form_Hospital_HintInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var doctor_form_hospital_hint = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_doctor_form_hospital_hint(inputs);
};
// web/src/paraglide/messages/doctor_form_language_invalid.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Doctor_Form_Language_InvalidInputs */
var en_doctor_form_language_invalid = () => {
	return `Languages are words, like Hindi.`;
};
/**

* @param {Doctor_Form_Language_InvalidInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var doctor_form_language_invalid = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_doctor_form_language_invalid(inputs);
};
// web/src/paraglide/messages/doctor_form_languages.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Doctor_Form_LanguagesInputs */
var en_doctor_form_languages = () => {
	return `Languages you consult in`;
};
/**

* @param {Doctor_Form_LanguagesInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var doctor_form_languages = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_doctor_form_languages(inputs);
};
// web/src/paraglide/messages/doctor_form_languages_hint.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Doctor_Form_Languages_HintInputs */
var en_doctor_form_languages_hint = () => {
	return `Type a language and press Enter or a comma. Patients can search by language.`;
};
/**

* @param {Doctor_Form_Languages_HintInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var doctor_form_languages_hint = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_doctor_form_languages_hint(inputs);
};
// web/src/paraglide/messages/doctor_form_languages_missing.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Doctor_Form_Languages_MissingInputs */
var en_doctor_form_languages_missing = () => {
	return `Add at least one language.`;
};
/**

* @param {Doctor_Form_Languages_MissingInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var doctor_form_languages_missing = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_doctor_form_languages_missing(inputs);
};
// web/src/paraglide/messages/doctor_form_lead.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Doctor_Form_LeadInputs */
var en_doctor_form_lead = () => {
	return `Patients see this when they choose a doctor. Our medical team checks your registration before you are listed.`;
};
/**

* @param {Doctor_Form_LeadInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var doctor_form_lead = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_doctor_form_lead(inputs);
};
// web/src/paraglide/messages/doctor_form_registration.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Doctor_Form_RegistrationInputs */
var en_doctor_form_registration = () => {
	return `Medical council registration number`;
};
/**

* @param {Doctor_Form_RegistrationInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var doctor_form_registration = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_doctor_form_registration(inputs);
};
// web/src/paraglide/messages/doctor_form_registration_hint.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Doctor_Form_Registration_HintInputs */
var en_doctor_form_registration_hint = () => {
	return `As on your State Medical Council or NMC certificate, e.g. DMC/R/04512.`;
};
/**

* @param {Doctor_Form_Registration_HintInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var doctor_form_registration_hint = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_doctor_form_registration_hint(inputs);
};
// web/src/paraglide/messages/doctor_form_registration_missing.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Doctor_Form_Registration_MissingInputs */
var en_doctor_form_registration_missing = () => {
	return `Enter your medical council registration number, e.g. DMC/R/04512.`;
};
/**

* @param {Doctor_Form_Registration_MissingInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var doctor_form_registration_missing = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_doctor_form_registration_missing(inputs);
};
// web/src/paraglide/messages/doctor_form_reverify.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Doctor_Form_ReverifyInputs */
var en_doctor_form_reverify = () => {
	return `Changing your registration number sends your profile back for verification, and you leave search until an admin checks it.`;
};
/**

* @param {Doctor_Form_ReverifyInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var doctor_form_reverify = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_doctor_form_reverify(inputs);
};
// web/src/paraglide/messages/doctor_form_save.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Doctor_Form_SaveInputs */
var en_doctor_form_save = () => {
	return `Save doctor profile`;
};
/**

* @param {Doctor_Form_SaveInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var doctor_form_save = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_doctor_form_save(inputs);
};
// web/src/paraglide/messages/doctor_form_specialty_missing.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Doctor_Form_Specialty_MissingInputs */
var en_doctor_form_specialty_missing = () => {
	return `Choose a specialty from the list.`;
};
/**

* @param {Doctor_Form_Specialty_MissingInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var doctor_form_specialty_missing = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_doctor_form_specialty_missing(inputs);
};
// web/src/paraglide/messages/doctor_form_title.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Doctor_Form_TitleInputs */
var en_doctor_form_title = () => {
	return `Your doctor profile`;
};
/**

* @param {Doctor_Form_TitleInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var doctor_form_title = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_doctor_form_title(inputs);
};
// web/src/components/ChipInput.tsx
function ChipInput({ id, name, values, onChange, check, onRefuse, normalise = (v) => v, max = 12, invalid, describedBy, placeholder, listLabel, suggestions, testid, handle }) {
	const [typed, setTyped] = useState("");
	const [said, setSaid] = useState("");
	const input = useRef(null);
	const commitText = (text, current) => {
		let next = current;
		let problem = null;
		const left = [];
		for (const part of text.split(",")) {
			const value = normalise(part.trim().replace(/\s+/g, " "));
			if (!value || next.some((v) => v.toLowerCase() === value.toLowerCase())) continue;
			const refused = next.length >= max ? chips_at_most({ max }) : check?.(value) ?? null;
			if (refused) {
				problem ??= refused;
				left.push(part.trim());
				continue;
			}
			next = [...next, value];
			setSaid(chips_added({ value }));
		}
		if (next !== current) onChange(next);
		if (problem) onRefuse?.(problem);
		setTyped(left.join(", "));
		return {
			values: next,
			refused: problem
		};
	};
	useImperativeHandle(handle ?? null, () => ({ commit: () => commitText(typed, values) }), [typed, values]);
	const remove = (index) => {
		const value = values[index];
		onChange(values.filter((_, i) => i !== index));
		setSaid(chips_removed({ value: value ?? "" }));
	};
	return jsxs(Fragment, { children: [
		jsxs("div", {
			class: "mt-1.5 flex min-h-12 flex-wrap items-center gap-2 rounded-lg border border-slate-300 bg-white px-2 py-1.5 focus-within:border-brand-600 has-[[aria-invalid=true]]:border-red-600",
			children: [values.length > 0 && jsx("ul", {
				class: "flex flex-wrap gap-2",
				"data-testid": testid ? `${testid}-chips` : void 0,
				"aria-label": listLabel,
				children: values.map((value, i) => jsxs("li", {
					class: "inline-flex h-8 items-center gap-1 rounded-full border border-brand-200 bg-brand-50 pr-0.5 pl-3 text-sm font-medium text-brand-800",
					"data-chip": value,
					children: [value, jsx("button", {
						type: "button",
						class: "grid size-7 place-items-center rounded-full text-brand-700 hover:bg-brand-100 hover:text-brand-900",
						"aria-label": chips_remove({ value }),
						onClick: () => {
							remove(i);
							input.current?.focus();
						},
						children: jsx(Icon, {
							shape: x,
							class: "size-4"
						})
					})]
				}, value))
			}), jsx("input", {
				ref: input,
				id,
				"data-name": name,
				type: "text",
				list: suggestions ? `${id}-suggestions` : void 0,
				autocomplete: "off",
				maxLength: 30,
				enterkeyhint: "enter",
				placeholder,
				class: "h-9 min-w-32 flex-1 border-0 bg-transparent px-1 text-base text-slate-900 placeholder:text-slate-500 focus:outline-none",
				"aria-describedby": describedBy,
				"aria-invalid": invalid ? "true" : void 0,
				"data-testid": testid ? `${testid}-input` : void 0,
				value: typed,
				onInput: (e) => {
					const text = e.currentTarget.value;
					if (text.includes(",")) commitText(text, values);
					else setTyped(text);
				},
				onKeyDown: (e) => {
					if ((e.key === "Enter" || e.key === ",") && typed.trim()) {
						e.preventDefault();
						commitText(typed, values);
					} else if (e.key === ",") e.preventDefault();
					else if (e.key === "Backspace" && !typed && values.length) remove(values.length - 1);
				},
				onBlur: () => {
					if (typed.trim()) commitText(typed, values);
				}
			})]
		}),
		suggestions && jsx("datalist", {
			id: `${id}-suggestions`,
			children: suggestions.map((s) => jsx("option", { value: s }, s))
		}),
		jsx("p", {
			class: "sr-only",
			role: "status",
			children: said
		})
	] });
}
// web/src/islands/account/DoctorProfileForm.tsx
/** /account/doctor/: the doctor profile form (PATCH /api/me/doctor-profile). */
var BIO_MAX = 2e3;
var COMMON_LANGUAGES = [
	"English",
	"Hindi",
	"Bengali",
	"Marathi",
	"Telugu",
	"Tamil",
	"Gujarati",
	"Urdu",
	"Kannada",
	"Odia",
	"Malayalam",
	"Punjabi",
	"Assamese",
	"Konkani",
	"Sindhi",
	"Nepali"
];
var count = new Intl.NumberFormat("en-IN");
function Form({ profile }) {
	const [specialties, setSpecialties] = useState([]);
	const [languages, setLanguages] = useState(profile.languages);
	const [fee, setFee] = useState(profile.feePaise ? String(profile.feePaise / 100) : "");
	const [bio, setBio] = useState(profile.bio);
	const [registration, setRegistration] = useState(profile.registrationNumber);
	const [available, setAvailable] = useState(profile.available);
	const [specialty, setSpecialty] = useState(profile.specialty);
	const chips = useRef(null);
	/** The languages as the last check left them (with anything typed but not yet added). */
	const committed = useRef(languages);
	useEffect(() => {
		api.call("listSpecialties").then((r) => setSpecialties(r.specialties), () => void 0);
	}, []);
	const form = useForm({
		validate: () => {
			const errors = {};
			const { values, refused } = chips.current?.commit() ?? {
				values: languages,
				refused: null
			};
			committed.current = values;
			if (refused) errors.languages = [refused];
			else if (!values.length) errors.languages = [doctor_form_languages_missing()];
			if (bio.trim().length > BIO_MAX) errors.bio = [doctor_form_bio_long()];
			return Object.keys(errors).length ? errors : void 0;
		},
		submit: async (f) => {
			await api.call("updateDoctorProfile", { body: {
				specialty: fieldValue(f, "specialty"),
				registrationNumber: fieldValue(f, "registrationNumber"),
				experienceYears: Number(fieldValue(f, "experienceYears")),
				feeRupees: Number(fieldValue(f, "feeRupees")),
				languages: committed.current,
				education: fieldValue(f, "education"),
				hospital: fieldValue(f, "hospital"),
				bio: fieldValue(f, "bio"),
				available
			} });
			window.location.assign("/account/?saved=1");
			return "navigating";
		}
	});
	const rupees = Number(fee);
	const preview = fee && Number.isFinite(rupees) && rupees >= 100 && rupees <= 5e4 ? doctor_form_fee_preview({ total: formatInr(priceWithGst(Math.round(rupees * 100)).totalPaise) }) : "";
	const reverify = profile.verificationStatus === "verified" && registration.trim() !== profile.registrationNumber;
	return jsxs("form", {
		id: "doctor-form",
		class: "card mt-6 grid gap-6 p-6 sm:p-8",
		"data-testid": "doctor-form",
		noValidate: true,
		onSubmit: form.onSubmit,
		children: [
			jsx(FormError, {
				message: form.formError,
				boxRef: form.summary
			}),
			jsxs("div", {
				class: "grid gap-5 sm:grid-cols-2",
				children: [jsxs(Field, {
					id: "specialty",
					name: "specialty",
					as: "select",
					label: search_specialty_label(),
					missing: doctor_form_specialty_missing(),
					testid: "specialty",
					error: form.errors.specialty,
					value: specialties.length ? specialty : "",
					onChange: (e) => setSpecialty(e.currentTarget.value),
					children: [jsx("option", {
						value: "",
						children: doctor_form_choose_specialty()
					}), specialties.map((s) => jsx("option", {
						value: s.id,
						children: s.name
					}, s.id))]
				}), jsx(Field, {
					id: "experienceYears",
					name: "experienceYears",
					type: "number",
					label: doctor_form_experience(),
					inputMode: "numeric",
					min: "0",
					max: "70",
					step: "1",
					missing: doctor_form_experience_missing(),
					invalid: doctor_form_experience_invalid(),
					testid: "experience",
					error: form.errors.experienceYears,
					defaultValue: String(profile.experienceYears ?? 0)
				})]
			}),
			jsx(Field, {
				id: "registrationNumber",
				name: "registrationNumber",
				label: doctor_form_registration(),
				hint: doctor_form_registration_hint(),
				autocomplete: "off",
				spellcheck: false,
				autocapitalize: "characters",
				maxLength: 30,
				missing: doctor_form_registration_missing(),
				testid: "registration",
				error: form.errors.registrationNumber,
				value: registration,
				onInput: (e) => setRegistration(e.currentTarget.value),
				after: reverify && jsxs("p", {
					class: "mt-2 flex gap-2 rounded-lg bg-accent-50 px-3 py-2 text-sm text-accent-900",
					children: [jsx(Icon, {
						shape: alertTriangle,
						class: "mt-0.5 size-4 shrink-0 text-accent-700"
					}), jsx("span", { children: doctor_form_reverify() })]
				})
			}),
			jsxs("div", { children: [
				jsx("label", {
					for: "feeRupees",
					class: "field-label",
					children: doctor_fee_label()
				}),
				jsx("p", {
					id: "feeRupees-hint",
					class: "field-hint mt-0.5",
					children: doctor_form_fee_hint()
				}),
				jsxs("div", {
					class: "relative mt-1.5 max-w-xs",
					children: [jsx("span", {
						class: "pointer-events-none absolute top-1/2 left-3 -translate-y-1/2 text-base font-semibold text-slate-600",
						"aria-hidden": "true",
						children: "₹"
					}), jsx("input", {
						id: "feeRupees",
						name: "feeRupees",
						type: "number",
						inputMode: "decimal",
						min: "100",
						max: "50000",
						step: "0.01",
						required: true,
						class: "field-input mt-0 pl-8",
						"aria-describedby": `feeRupees-hint fee-preview${form.errors.feeRupees ? " feeRupees-error" : ""}`,
						"aria-invalid": form.errors.feeRupees ? "true" : void 0,
						"data-msg-missing": doctor_form_fee_missing(),
						"data-msg-invalid": doctor_form_fee_invalid(),
						"data-testid": "fee",
						value: fee,
						onInput: (e) => setFee(e.currentTarget.value)
					})]
				}),
				jsx("p", {
					id: "fee-preview",
					class: "field-hint",
					"data-testid": "fee-preview",
					"aria-live": "polite",
					children: preview
				}),
				jsx("p", {
					id: "feeRupees-error",
					class: "field-error",
					"data-error-for": "feeRupees",
					hidden: !form.errors.feeRupees,
					children: form.errors.feeRupees
				})
			] }),
			jsxs("div", { children: [
				jsx("label", {
					for: "language-input",
					class: "field-label",
					children: doctor_form_languages()
				}),
				jsx("p", {
					id: "languages-hint",
					class: "field-hint mt-0.5",
					children: doctor_form_languages_hint()
				}),
				jsx(ChipInput, {
					id: "language-input",
					name: "languages",
					values: languages,
					onChange: (next) => {
						setLanguages(next);
						form.clear("languages");
					},
					normalise: (v) => v.charAt(0).toLocaleUpperCase("en-IN") + v.slice(1),
					check: (v) => v.length < 2 || v.length > 30 || !/^[\p{L} ]+$/u.test(v) ? doctor_form_language_invalid() : null,
					invalid: Boolean(form.errors.languages),
					describedBy: `languages-hint${form.errors.languages ? " languages-error" : ""}`,
					placeholder: doctor_form_add_language(),
					listLabel: doctor_form_chosen_languages(),
					suggestions: COMMON_LANGUAGES,
					testid: "language",
					handle: chips
				}),
				jsx("p", {
					id: "languages-error",
					class: "field-error",
					"data-error-for": "languages",
					hidden: !form.errors.languages,
					children: form.errors.languages
				})
			] }),
			jsxs("div", {
				class: "grid gap-5 sm:grid-cols-2",
				children: [jsx(Field, {
					id: "education",
					name: "education",
					label: doctor_education_label(),
					optional: true,
					maxLength: 500,
					hint: doctor_form_education_hint(),
					testid: "education",
					error: form.errors.education,
					defaultValue: profile.education
				}), jsx(Field, {
					id: "hospital",
					name: "hospital",
					label: doctor_clinic_label(),
					optional: true,
					maxLength: 200,
					hint: doctor_form_hospital_hint(),
					testid: "hospital",
					error: form.errors.hospital,
					defaultValue: profile.hospital
				})]
			}),
			jsx(Field, {
				id: "bio",
				name: "bio",
				as: "textarea",
				label: doctor_form_bio(),
				optional: true,
				rows: 5,
				maxLength: BIO_MAX,
				hint: doctor_form_bio_hint(),
				testid: "bio",
				error: form.errors.bio,
				describedBy: "bio-counter",
				value: bio,
				onInput: (e) => setBio(e.currentTarget.value),
				after: jsx("p", {
					class: `mt-1 text-right text-sm ${bio.length > BIO_MAX * .9 ? "text-accent-800" : "text-slate-600"}`,
					id: "bio-counter",
					"data-testid": "bio-counter",
					"aria-live": "polite",
					children: `${count.format(bio.length)} / ${count.format(BIO_MAX)}`
				})
			}),
			jsxs("div", {
				class: "flex items-start justify-between gap-4 rounded-xl border border-slate-200 bg-slate-50/70 p-4",
				children: [jsxs("label", {
					for: "available",
					class: "min-w-0",
					children: [jsx("span", {
						class: "block font-medium text-slate-900",
						children: doctor_form_accepting()
					}), jsx("span", {
						class: "mt-0.5 block text-sm text-slate-600",
						id: "available-hint",
						children: doctor_form_accepting_hint()
					})]
				}), jsx("input", {
					id: "available",
					name: "available",
					type: "checkbox",
					role: "switch",
					class: "switch mt-0.5",
					"aria-describedby": "available-hint",
					"data-testid": "available",
					checked: available,
					"aria-checked": available,
					onChange: (e) => setAvailable(e.currentTarget.checked)
				})]
			}),
			jsxs("div", {
				class: "flex flex-col-reverse gap-3 border-t border-slate-100 pt-6 sm:flex-row sm:justify-end",
				children: [jsx("a", {
					href: "/account/",
					class: "btn-ghost",
					children: cancel()
				}), jsx(Button, {
					type: "submit",
					class: "px-6",
					testid: "doctor-save",
					busy: form.busy,
					busyLabel: saving(),
					children: doctor_form_save()
				})]
			})
		]
	});
}
function Page({ me }) {
	return jsxs("div", {
		class: "container-page max-w-3xl py-8 sm:py-10",
		children: [
			jsxs("a", {
				href: "/account/",
				class: "inline-flex items-center gap-1.5 rounded text-sm font-semibold text-brand-700 hover:text-brand-800",
				children: [
					jsx(Icon, {
						shape: arrowLeft,
						class: "size-4"
					}),
					" ",
					profile_back()
				]
			}),
			jsx("h1", {
				class: "mt-4 text-2xl font-bold tracking-tight text-slate-900 sm:text-3xl",
				children: doctor_form_title()
			}),
			jsx("p", {
				class: "mt-2 text-slate-600",
				children: doctor_form_lead()
			}),
			me.doctorProfile && jsxs(Fragment, { children: [jsx("div", {
				class: "mt-6",
				children: jsx(VerificationBanner, {
					profile: me.doctorProfile,
					onProfileForm: true
				})
			}), jsx(Form, { profile: me.doctorProfile })] })
		]
	});
}
function DoctorProfileForm() {
	return jsx(Protected, {
		roles: ["doctor"],
		children: (me) => jsx(Page, { me })
	});
}
// web/src/pages/account/doctor.astro
var doctor_exports = /* @__PURE__ */ __exportAll({
	default: () => $$Doctor,
	file: () => $$file,
	url: () => $$url
});
var $$Doctor = createComponent(($$result, $$props, $$slots) => {
	return renderTemplate`${renderComponent($$result, "Base", $$Base, {
		"title": doctor_form_title(),
		"noindex": true
	}, { "default": ($$result) => renderTemplate`${renderComponent($$result, "Island", $$Island, {
		"name": "DoctorProfileForm",
		"component": DoctorProfileForm
	})}${renderScript($$result, "/work/wt-hindi/web/src/pages/account/doctor.astro?astro&type=script&index=0&lang.ts")}` })}`;
}, "/work/wt-hindi/web/src/pages/account/doctor.astro", void 0);
var $$file = "/work/wt-hindi/web/src/pages/account/doctor.astro";
var $$url = "/account/doctor";
// \0virtual:astro:page:src/pages/account/doctor@_@astro
var page = () => doctor_exports;
export { page };
