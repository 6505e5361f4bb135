import "./skip_to_content_DtyEdUnf.mjs";
import { t as plural } from "./registry_BbVT5qhj.mjs";
// web/src/paraglide/messages/count_tips.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ count: NonNullable<unknown> }} Count_TipsInputs */
var en_count_tips = (i) => {
	const countPlural = plural("en", i?.count, {});
	if (countPlural === "one") return `${i?.count} health tip`;
	if (countPlural === "other") return `${i?.count} health tips`;
	return "count_tips";
};
/**

* @param {Count_TipsInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var count_tips = (inputs, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_count_tips(inputs);
};
// web/src/paraglide/messages/tip_badge.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Tip_BadgeInputs */
var en_tip_badge = () => {
	return `Health tip`;
};
/**

* @param {Tip_BadgeInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var tip_badge = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_tip_badge(inputs);
};
// web/src/paraglide/messages/tips_empty_text.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Tips_Empty_TextInputs */
var en_tips_empty_text = () => {
	return `Our doctors are writing practical advice. Check back soon.`;
};
/**

* @param {Tips_Empty_TextInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var tips_empty_text = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_tips_empty_text(inputs);
};
// web/src/paraglide/messages/tips_empty_title.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Tips_Empty_TitleInputs */
var en_tips_empty_title = () => {
	return `No health tips yet`;
};
/**

* @param {Tips_Empty_TitleInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var tips_empty_title = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_tips_empty_title(inputs);
};
export { count_tips as i, tips_empty_text as n, tip_badge as r, tips_empty_title as t };
