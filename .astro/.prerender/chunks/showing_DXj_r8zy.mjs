import "./skip_to_content_DtyEdUnf.mjs";
// web/src/paraglide/messages/showing.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ what: NonNullable<unknown> }} ShowingInputs */
var en_showing = (i) => {
	return `Showing ${i?.what}.`;
};
/**

* @param {ShowingInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var showing = (inputs, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_showing(inputs);
};
export { showing as t };
