import "./skip_to_content_DtyEdUnf.mjs";
// web/src/paraglide/messages/and.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} AndInputs */
var en_and = () => {
	return `and`;
};
/**

* @param {AndInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var and = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_and(inputs);
};
export { and as t };
