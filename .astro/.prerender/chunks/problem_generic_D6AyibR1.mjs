import "./skip_to_content_DtyEdUnf.mjs";
// web/src/paraglide/messages/problem_generic.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Problem_GenericInputs */
var en_problem_generic = () => {
	return `Something went wrong. Please try again.`;
};
/**

* @param {Problem_GenericInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var problem_generic = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_problem_generic(inputs);
};
export { problem_generic as t };
