import "./skip_to_content_DtyEdUnf.mjs";
// web/src/paraglide/messages/book_reason_count.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ count: NonNullable<unknown>, max: NonNullable<unknown> }} Book_Reason_CountInputs */
var en_book_reason_count = (i) => {
	return `${i?.count} / ${i?.max}`;
};
/**

* @param {Book_Reason_CountInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var book_reason_count = (inputs, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_book_reason_count(inputs);
};
export { book_reason_count as t };
