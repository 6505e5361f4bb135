import "./skip_to_content_DtyEdUnf.mjs";
// web/src/paraglide/messages/tips_heading.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Tips_HeadingInputs */
var en_tips_heading = () => {
	return `Advice from our doctors`;
};
/**

* @param {Tips_HeadingInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var tips_heading = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_tips_heading(inputs);
};
export { tips_heading as t };
