import "./skip_to_content_DtyEdUnf.mjs";
// web/src/paraglide/messages/auth_password_eyebrow.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Auth_Password_EyebrowInputs */
var en_auth_password_eyebrow = () => {
	return `Password help`;
};
/**

* @param {Auth_Password_EyebrowInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var auth_password_eyebrow = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_auth_password_eyebrow(inputs);
};
export { auth_password_eyebrow as t };
