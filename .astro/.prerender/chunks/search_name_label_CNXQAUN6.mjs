import "./skip_to_content_DtyEdUnf.mjs";
// web/src/paraglide/messages/search_all_specialties.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Search_All_SpecialtiesInputs */
var en_search_all_specialties = () => {
	return `All specialties`;
};
/**

* @param {Search_All_SpecialtiesInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var search_all_specialties = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_search_all_specialties(inputs);
};
// web/src/paraglide/messages/search_name_label.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Search_Name_LabelInputs */
var en_search_name_label = () => {
	return `Doctor's name`;
};
/**

* @param {Search_Name_LabelInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var search_name_label = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_search_name_label(inputs);
};
export { search_all_specialties as n, search_name_label as t };
