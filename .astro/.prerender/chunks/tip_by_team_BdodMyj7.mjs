import "./skip_to_content_DtyEdUnf.mjs";
// web/src/paraglide/messages/tip_by.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ name: NonNullable<unknown> }} Tip_ByInputs */
var en_tip_by = (i) => {
	return `By ${i?.name}`;
};
/**

* @param {Tip_ByInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var tip_by = (inputs, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_tip_by(inputs);
};
// web/src/paraglide/messages/tip_by_team.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Tip_By_TeamInputs */
var en_tip_by_team = () => {
	return `By the Chikitsa360 medical team`;
};
/**

* @param {Tip_By_TeamInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var tip_by_team = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_tip_by_team(inputs);
};
export { tip_by as n, tip_by_team as t };
