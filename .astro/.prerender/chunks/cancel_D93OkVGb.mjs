import "./skip_to_content_DtyEdUnf.mjs";
// web/src/paraglide/messages/cancel.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} CancelInputs */
var en_cancel = () => {
	return `Cancel`;
};
/**

* @param {CancelInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var cancel = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_cancel(inputs);
};
export { cancel as t };
