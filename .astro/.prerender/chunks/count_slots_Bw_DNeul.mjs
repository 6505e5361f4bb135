import { t as plural } from "./registry_BbVT5qhj.mjs";
import "./skip_to_content_DtyEdUnf.mjs";
// web/src/paraglide/messages/count_slots.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ count: NonNullable<unknown> }} Count_SlotsInputs */
var en_count_slots = (i) => {
	const countPlural = plural("en", i?.count, {});
	if (countPlural === "one") return `${i?.count} slot`;
	if (countPlural === "other") return `${i?.count} slots`;
	return "count_slots";
};
/**

* @param {Count_SlotsInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var count_slots = (inputs, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_count_slots(inputs);
};
export { count_slots as t };
