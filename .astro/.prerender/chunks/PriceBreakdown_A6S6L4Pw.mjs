import "./skip_to_content_DtyEdUnf.mjs";
import { w as formatInr } from "./Base_BSFoRxR2.mjs";
import { t as doctor_fee_label } from "./doctor_fee_label_aizMy9sP.mjs";
import { jsx, jsxs } from "preact/jsx-runtime";
// web/src/paraglide/messages/hold_book_again.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Hold_Book_AgainInputs */
var en_hold_book_again = () => {
	return `Book again`;
};
/**

* @param {Hold_Book_AgainInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var hold_book_again = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_hold_book_again(inputs);
};
// web/src/paraglide/messages/hold_clock_label.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Hold_Clock_LabelInputs */
var en_hold_clock_label = () => {
	return `Time left to pay`;
};
/**

* @param {Hold_Clock_LabelInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var hold_clock_label = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_hold_clock_label(inputs);
};
// web/src/paraglide/messages/hold_expired_say.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Hold_Expired_SayInputs */
var en_hold_expired_say = () => {
	return `The hold has expired.`;
};
/**

* @param {Hold_Expired_SayInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var hold_expired_say = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_hold_expired_say(inputs);
};
// web/src/paraglide/messages/hold_left_say.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ left: NonNullable<unknown> }} Hold_Left_SayInputs */
var en_hold_left_say = (i) => {
	return `Time left to pay: ${i?.left}.`;
};
/**

* @param {Hold_Left_SayInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var hold_left_say = (inputs, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_hold_left_say(inputs);
};
// web/src/paraglide/messages/pay_gst.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Pay_GstInputs */
var en_pay_gst = () => {
	return `GST (18%)`;
};
/**

* @param {Pay_GstInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var pay_gst = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_pay_gst(inputs);
};
// web/src/paraglide/messages/pay_heading.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Pay_HeadingInputs */
var en_pay_heading = () => {
	return `Payment`;
};
/**

* @param {Pay_HeadingInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var pay_heading = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_pay_heading(inputs);
};
// web/src/paraglide/messages/pay_total.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Pay_TotalInputs */
var en_pay_total = () => {
	return `Total`;
};
/**

* @param {Pay_TotalInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var pay_total = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_pay_total(inputs);
};
// web/src/paraglide/messages/pay_view_receipt.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Pay_View_ReceiptInputs */
var en_pay_view_receipt = () => {
	return `View receipt`;
};
/**

* @param {Pay_View_ReceiptInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var pay_view_receipt = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_pay_view_receipt(inputs);
};
// web/src/paraglide/messages/transcript_check_again.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Transcript_Check_AgainInputs */
var en_transcript_check_again = () => {
	return `Check again`;
};
/**

* @param {Transcript_Check_AgainInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var transcript_check_again = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_transcript_check_again(inputs);
};
// web/src/components/PriceBreakdown.tsx
function PriceBreakdown({ price, testids, totalLabel = pay_total(), class: cls, strongClass }) {
	const rows = [
		[
			doctor_fee_label(),
			price.basePaise,
			testids[0]
		],
		[
			pay_gst(),
			price.gstPaise,
			testids[1]
		],
		[
			totalLabel,
			price.totalPaise,
			testids[2]
		]
	];
	return jsx("dl", {
		class: cls,
		children: rows.map(([label, paise, testid], i) => jsxs("div", {
			class: `flex justify-between gap-4 ${i === 2 ? strongClass : "text-slate-700"}`,
			children: [jsx("dt", { children: label }), jsx("dd", {
				class: "tabular-nums",
				"data-testid": testid,
				children: formatInr(paise)
			})]
		}, testid))
	});
}
export { hold_left_say as a, hold_book_again as c, pay_heading as i, transcript_check_again as n, hold_expired_say as o, pay_view_receipt as r, hold_clock_label as s, PriceBreakdown as t };
