import "./skip_to_content_DtyEdUnf.mjs";
// web/src/paraglide/messages/doctor_experience_label.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Doctor_Experience_LabelInputs */
var en_doctor_experience_label = () => {
	return `Experience`;
};
/**

* @param {Doctor_Experience_LabelInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var doctor_experience_label = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_doctor_experience_label(inputs);
};
export { doctor_experience_label as t };
