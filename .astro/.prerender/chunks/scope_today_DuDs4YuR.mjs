import "./skip_to_content_DtyEdUnf.mjs";
// web/src/paraglide/messages/scope_today.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Scope_TodayInputs */
var en_scope_today = () => {
	return `Today`;
};
/**

* @param {Scope_TodayInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var scope_today = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_scope_today(inputs);
};
export { scope_today as t };
