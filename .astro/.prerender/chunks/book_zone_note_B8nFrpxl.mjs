import "./skip_to_content_DtyEdUnf.mjs";
// web/src/paraglide/messages/book_zone_note.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ zone: NonNullable<unknown> }} Book_Zone_NoteInputs */
var en_book_zone_note = (i) => {
	return `Times are in your time zone: ${i?.zone}.`;
};
/**

* @param {Book_Zone_NoteInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var book_zone_note = (inputs, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_book_zone_note(inputs);
};
export { book_zone_note as t };
