import "./skip_to_content_DtyEdUnf.mjs";
// web/src/paraglide/messages/reset_submit.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Reset_SubmitInputs */
var en_reset_submit = () => {
	return `Change password`;
};
/**

* @param {Reset_SubmitInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var reset_submit = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_reset_submit(inputs);
};
export { reset_submit as t };
