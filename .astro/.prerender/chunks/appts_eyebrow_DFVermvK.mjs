import "./skip_to_content_DtyEdUnf.mjs";
// web/src/paraglide/messages/appts_eyebrow.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Appts_EyebrowInputs */
var en_appts_eyebrow = () => {
	return `Appointments`;
};
/**

* @param {Appts_EyebrowInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var appts_eyebrow = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_appts_eyebrow(inputs);
};
export { appts_eyebrow as t };
