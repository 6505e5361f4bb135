import "./skip_to_content_DtyEdUnf.mjs";
// web/src/paraglide/messages/loading.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} LoadingInputs */
var en_loading = () => {
	return `Loading…`;
};
/**

* @param {LoadingInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var loading = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_loading(inputs);
};
export { loading as t };
