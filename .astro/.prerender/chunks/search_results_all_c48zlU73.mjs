import "./skip_to_content_DtyEdUnf.mjs";
// web/src/paraglide/messages/search_results_all.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Search_Results_AllInputs */
var en_search_results_all = () => {
	return `All doctors`;
};
/**

* @param {Search_Results_AllInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var search_results_all = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_search_results_all(inputs);
};
export { search_results_all as t };
