import "./skip_to_content_DtyEdUnf.mjs";
// web/src/paraglide/messages/doctor_clinic_label.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Doctor_Clinic_LabelInputs */
var en_doctor_clinic_label = () => {
	return `Hospital or clinic`;
};
/**

* @param {Doctor_Clinic_LabelInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var doctor_clinic_label = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_doctor_clinic_label(inputs);
};
// web/src/paraglide/messages/doctor_education_label.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Doctor_Education_LabelInputs */
var en_doctor_education_label = () => {
	return `Education`;
};
/**

* @param {Doctor_Education_LabelInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var doctor_education_label = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_doctor_education_label(inputs);
};
// web/src/lib/price.ts
/**
* The one place the web computes a price: the doctor's public page, whose view (GET /api/doctors/{id})
* has only `feePaise`, no `price` (asked of the server). The fee plus 18% GST rounded half-up to the
* paisa, exactly as functions/payments/money.ts charges it. Appointments and receipts carry the
* server's own numbers. Remove this when the doctor's view gains `price`.
*/
function priceWithGst(feePaise) {
	const gstPaise = Math.floor((feePaise * 18 + 50) / 100);
	return {
		basePaise: feePaise,
		gstPaise,
		totalPaise: feePaise + gstPaise
	};
}
export { doctor_education_label as n, doctor_clinic_label as r, priceWithGst as t };
