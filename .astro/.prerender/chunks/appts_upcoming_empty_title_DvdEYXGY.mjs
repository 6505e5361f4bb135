import "./skip_to_content_DtyEdUnf.mjs";
// web/src/paraglide/messages/appts_error_title.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Appts_Error_TitleInputs */
var en_appts_error_title = () => {
	return `We could not load your appointments`;
};
/**

* @param {Appts_Error_TitleInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var appts_error_title = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_appts_error_title(inputs);
};
// web/src/paraglide/messages/appts_set_availability.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Appts_Set_AvailabilityInputs */
var en_appts_set_availability = () => {
	return `Set your availability`;
};
/**

* @param {Appts_Set_AvailabilityInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var appts_set_availability = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_appts_set_availability(inputs);
};
// web/src/paraglide/messages/appts_set_availability_short.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Appts_Set_Availability_ShortInputs */
var en_appts_set_availability_short = () => {
	return `Set availability`;
};
/**

* @param {Appts_Set_Availability_ShortInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var appts_set_availability_short = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_appts_set_availability_short(inputs);
};
// web/src/paraglide/messages/appts_today_empty_title.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Appts_Today_Empty_TitleInputs */
var en_appts_today_empty_title = () => {
	return `No consultations today`;
};
/**

* @param {Appts_Today_Empty_TitleInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var appts_today_empty_title = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_appts_today_empty_title(inputs);
};
// web/src/paraglide/messages/appts_upcoming_empty_patient.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Appts_Upcoming_Empty_PatientInputs */
var en_appts_upcoming_empty_patient = () => {
	return `Book a video consultation with a verified doctor and it will appear here.`;
};
/**

* @param {Appts_Upcoming_Empty_PatientInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var appts_upcoming_empty_patient = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_appts_upcoming_empty_patient(inputs);
};
// web/src/paraglide/messages/appts_upcoming_empty_title.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Appts_Upcoming_Empty_TitleInputs */
var en_appts_upcoming_empty_title = () => {
	return `No upcoming appointments`;
};
/**

* @param {Appts_Upcoming_Empty_TitleInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var appts_upcoming_empty_title = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_appts_upcoming_empty_title(inputs);
};
export { appts_set_availability as a, appts_set_availability_short as i, appts_upcoming_empty_patient as n, appts_error_title as o, appts_today_empty_title as r, appts_upcoming_empty_title as t };
