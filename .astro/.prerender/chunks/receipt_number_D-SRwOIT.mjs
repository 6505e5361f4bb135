import "./skip_to_content_DtyEdUnf.mjs";
// web/src/paraglide/messages/checkout_back.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Checkout_BackInputs */
var en_checkout_back = () => {
	return `Back to the appointment`;
};
/**

* @param {Checkout_BackInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var checkout_back = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_checkout_back(inputs);
};
// web/src/paraglide/messages/checkout_download_pdf.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Checkout_Download_PdfInputs */
var en_checkout_download_pdf = () => {
	return `Download PDF`;
};
/**

* @param {Checkout_Download_PdfInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var checkout_download_pdf = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_checkout_download_pdf(inputs);
};
// web/src/paraglide/messages/checkout_payment_id.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Checkout_Payment_IdInputs */
var en_checkout_payment_id = () => {
	return `Payment id`;
};
/**

* @param {Checkout_Payment_IdInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var checkout_payment_id = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_checkout_payment_id(inputs);
};
// web/src/paraglide/messages/checkout_view_appointment.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Checkout_View_AppointmentInputs */
var en_checkout_view_appointment = () => {
	return `View the appointment`;
};
/**

* @param {Checkout_View_AppointmentInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var checkout_view_appointment = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_checkout_view_appointment(inputs);
};
// web/src/paraglide/messages/receipt_number.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Receipt_NumberInputs */
var en_receipt_number = () => {
	return `Receipt number`;
};
/**

* @param {Receipt_NumberInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var receipt_number = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_receipt_number(inputs);
};
export { checkout_back as a, checkout_download_pdf as i, checkout_view_appointment as n, checkout_payment_id as r, receipt_number as t };
