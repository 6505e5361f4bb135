import "./skip_to_content_DtyEdUnf.mjs";
// web/src/paraglide/messages/checking.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} CheckingInputs */
var en_checking = () => {
	return `Checking…`;
};
/**

* @param {CheckingInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var checking = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_checking(inputs);
};
// web/src/paraglide/messages/login_password.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Login_PasswordInputs */
var en_login_password = () => {
	return `Password`;
};
/**

* @param {Login_PasswordInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var login_password = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_login_password(inputs);
};
// web/src/paraglide/messages/mfa_code_invalid.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Mfa_Code_InvalidInputs */
var en_mfa_code_invalid = () => {
	return `The code is 6 digits.`;
};
/**

* @param {Mfa_Code_InvalidInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var mfa_code_invalid = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_mfa_code_invalid(inputs);
};
// web/src/paraglide/messages/mfa_code_missing.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Mfa_Code_MissingInputs */
var en_mfa_code_missing = () => {
	return `Enter the 6-digit code from your authenticator app.`;
};
/**

* @param {Mfa_Code_MissingInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var mfa_code_missing = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_mfa_code_missing(inputs);
};
export { checking as i, mfa_code_invalid as n, login_password as r, mfa_code_missing as t };
