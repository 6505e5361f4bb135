import "./skip_to_content_DtyEdUnf.mjs";
// web/src/paraglide/messages/saving.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} SavingInputs */
var en_saving = () => {
	return `Saving…`;
};
/**

* @param {SavingInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var saving = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_saving(inputs);
};
export { saving as t };
