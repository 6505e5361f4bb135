import "./skip_to_content_DtyEdUnf.mjs";
// web/src/paraglide/messages/profile_address.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Profile_AddressInputs */
var en_profile_address = () => {
	return `Address`;
};
/**

* @param {Profile_AddressInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var profile_address = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_profile_address(inputs);
};
// web/src/paraglide/messages/profile_dob.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Profile_DobInputs */
var en_profile_dob = () => {
	return `Date of birth`;
};
/**

* @param {Profile_DobInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var profile_dob = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_profile_dob(inputs);
};
// web/src/paraglide/messages/profile_email.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Profile_EmailInputs */
var en_profile_email = () => {
	return `Email address`;
};
/**

* @param {Profile_EmailInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var profile_email = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_profile_email(inputs);
};
// web/src/paraglide/messages/profile_phone.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Profile_PhoneInputs */
var en_profile_phone = () => {
	return `Mobile number`;
};
/**

* @param {Profile_PhoneInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var profile_phone = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_profile_phone(inputs);
};
// web/src/paraglide/messages/profile_zone.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Profile_ZoneInputs */
var en_profile_zone = () => {
	return `Time zone`;
};
/**

* @param {Profile_ZoneInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var profile_zone = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_profile_zone(inputs);
};
export { profile_address as a, profile_dob as i, profile_phone as n, profile_email as r, profile_zone as t };
