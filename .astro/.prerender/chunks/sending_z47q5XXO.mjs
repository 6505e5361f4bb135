import "./skip_to_content_DtyEdUnf.mjs";
// web/src/paraglide/messages/sending.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} SendingInputs */
var en_sending = () => {
	return `Sending…`;
};
/**

* @param {SendingInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var sending = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_sending(inputs);
};
export { sending as t };
