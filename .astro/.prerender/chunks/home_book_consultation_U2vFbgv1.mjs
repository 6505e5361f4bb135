import "./skip_to_content_DtyEdUnf.mjs";
// web/src/paraglide/messages/home_book_consultation.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Home_Book_ConsultationInputs */
var en_home_book_consultation = () => {
	return `Book a consultation`;
};
/**

* @param {Home_Book_ConsultationInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var home_book_consultation = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_home_book_consultation(inputs);
};
export { home_book_consultation as t };
