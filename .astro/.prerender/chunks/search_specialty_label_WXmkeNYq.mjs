import "./skip_to_content_DtyEdUnf.mjs";
// web/src/paraglide/messages/search_specialty_label.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Search_Specialty_LabelInputs */
var en_search_specialty_label = () => {
	return `Specialty`;
};
/**

* @param {Search_Specialty_LabelInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var search_specialty_label = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_search_specialty_label(inputs);
};
export { search_specialty_label as t };
