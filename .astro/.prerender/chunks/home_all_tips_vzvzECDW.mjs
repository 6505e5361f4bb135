import "./skip_to_content_DtyEdUnf.mjs";
// web/src/paraglide/messages/home_all_tips.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Home_All_TipsInputs */
var en_home_all_tips = () => {
	return `All health tips`;
};
/**

* @param {Home_All_TipsInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var home_all_tips = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_home_all_tips(inputs);
};
export { home_all_tips as t };
