import "./skip_to_content_DtyEdUnf.mjs";
// web/src/paraglide/messages/profile_back.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Profile_BackInputs */
var en_profile_back = () => {
	return `Back to your account`;
};
/**

* @param {Profile_BackInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var profile_back = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_profile_back(inputs);
};
export { profile_back as t };
