import { B as lock, G as hourglass, O as receipt, T as shieldCheck, X as download, ft as renderScript, ht as __exportAll, i as appointmentHref, it as calendar, lt as arrowLeft, mt as createComponent, nt as checkCircle } from "./skip_to_content_DtyEdUnf.mjs";
import { a as renderComponent, d as renderTemplate } from "./server_DkXzZEFQ.mjs";
import { A as $$Island, C as formatDateTime, c as ApiError, k as Icon, l as api, p as nav_my_appointments, t as $$Base, w as formatInr } from "./Base_BSFoRxR2.mjs";
import { a as row_pay, i as useRemaining, n as Clock, r as useCountdownAnnouncements } from "./AppointmentRow_qRWZXMXq.mjs";
import { a as checkout_back, i as checkout_download_pdf, n as checkout_view_appointment, r as checkout_payment_id, t as receipt_number } from "./receipt_number_D-SRwOIT.mjs";
import { t as Button } from "./Button_CN07y6wQ.mjs";
import { n as DoctorAvatar, o as doctorPageHref } from "./DoctorCard_DfVKwrlj.mjs";
import { t as Notice } from "./Notice_PVZELjfy.mjs";
import { t as problem_generic } from "./problem_generic_D6AyibR1.mjs";
import { a as hold_left_say, c as hold_book_again, i as pay_heading, n as transcript_check_again, o as hold_expired_say, r as pay_view_receipt, s as hold_clock_label, t as PriceBreakdown } from "./PriceBreakdown_A6S6L4Pw.mjs";
import { t as Protected } from "./Protected_D2pVYjq-.mjs";
import { t as EmptyState } from "./States_D_beH2ie.mjs";
import { c as formatTimeRange, m as viewerZone, o as formatLongDate } from "./zoned_CWcmEh3i.mjs";
import { Fragment, jsx, jsxs } from "preact/jsx-runtime";
import { useEffect, useRef } from "preact/hooks";
import { useSignal } from "@preact/signals";
// web/src/paraglide/messages/checkout_amount_paid.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Checkout_Amount_PaidInputs */
var en_checkout_amount_paid = () => {
	return `Amount paid`;
};
/**

* @param {Checkout_Amount_PaidInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var checkout_amount_paid = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_checkout_amount_paid(inputs);
};
// web/src/paraglide/messages/checkout_bad_signature.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Checkout_Bad_SignatureInputs */
var en_checkout_bad_signature = () => {
	return `The payment details that came back did not check out, so we could not confirm it from your browser.`;
};
/**

* @param {Checkout_Bad_SignatureInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var checkout_bad_signature = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_checkout_bad_signature(inputs);
};
// web/src/paraglide/messages/checkout_bad_signature_next.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Checkout_Bad_Signature_NextInputs */
var en_checkout_bad_signature_next = () => {
	return `If money left your account, Razorpay tells us directly and your booking is confirmed within a few minutes; otherwise nothing was taken.`;
};
/**

* @param {Checkout_Bad_Signature_NextInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var checkout_bad_signature_next = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_checkout_bad_signature_next(inputs);
};
// web/src/paraglide/messages/checkout_cancelled_text.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Checkout_Cancelled_TextInputs */
var en_checkout_cancelled_text = () => {
	return `A cancelled booking cannot be paid. Book a new time with the same doctor if you still need a consultation.`;
};
/**

* @param {Checkout_Cancelled_TextInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var checkout_cancelled_text = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_checkout_cancelled_text(inputs);
};
// web/src/paraglide/messages/checkout_cancelled_title.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Checkout_Cancelled_TitleInputs */
var en_checkout_cancelled_title = () => {
	return `This booking was cancelled`;
};
/**

* @param {Checkout_Cancelled_TitleInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var checkout_cancelled_title = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_checkout_cancelled_title(inputs);
};
// web/src/paraglide/messages/checkout_confirming.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Checkout_ConfirmingInputs */
var en_checkout_confirming = () => {
	return `Confirming your payment…`;
};
/**

* @param {Checkout_ConfirmingInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var checkout_confirming = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_checkout_confirming(inputs);
};
// web/src/paraglide/messages/checkout_declined.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Checkout_DeclinedInputs */
var en_checkout_declined = () => {
	return `Your bank declined it.`;
};
/**

* @param {Checkout_DeclinedInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var checkout_declined = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_checkout_declined(inputs);
};
// web/src/paraglide/messages/checkout_dismissed.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Checkout_DismissedInputs */
var en_checkout_dismissed = () => {
	return `Payment cancelled. Nothing was charged. You can try again while your slot is still held.`;
};
/**

* @param {Checkout_DismissedInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var checkout_dismissed = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_checkout_dismissed(inputs);
};
// web/src/paraglide/messages/checkout_expired_text.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Checkout_Expired_TextInputs */
var en_checkout_expired_text = () => {
	return `The 15 minutes to pay have passed, so the time was released for other patients. Nothing was charged. You can book the same doctor again.`;
};
/**

* @param {Checkout_Expired_TextInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var checkout_expired_text = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_checkout_expired_text(inputs);
};
// web/src/paraglide/messages/checkout_expired_title.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Checkout_Expired_TitleInputs */
var en_checkout_expired_title = () => {
	return `The hold on this slot has expired`;
};
/**

* @param {Checkout_Expired_TitleInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var checkout_expired_title = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_checkout_expired_title(inputs);
};
// web/src/paraglide/messages/checkout_eyebrow.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Checkout_EyebrowInputs */
var en_checkout_eyebrow = () => {
	return `Checkout`;
};
/**

* @param {Checkout_EyebrowInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var checkout_eyebrow = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_checkout_eyebrow(inputs);
};
// web/src/paraglide/messages/checkout_failed_next.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Checkout_Failed_NextInputs */
var en_checkout_failed_next = () => {
	return `Nothing was charged. Try again, or use another method.`;
};
/**

* @param {Checkout_Failed_NextInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var checkout_failed_next = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_checkout_failed_next(inputs);
};
// web/src/paraglide/messages/checkout_failed_title.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Checkout_Failed_TitleInputs */
var en_checkout_failed_title = () => {
	return `The payment did not go through`;
};
/**

* @param {Checkout_Failed_TitleInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var checkout_failed_title = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_checkout_failed_title(inputs);
};
// web/src/paraglide/messages/checkout_gateway_failed_next.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Checkout_Gateway_Failed_NextInputs */
var en_checkout_gateway_failed_next = () => {
	return `Nothing was charged. You can try again while your slot is held, or use another payment method.`;
};
/**

* @param {Checkout_Gateway_Failed_NextInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var checkout_gateway_failed_next = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_checkout_gateway_failed_next(inputs);
};
// web/src/paraglide/messages/checkout_held_for.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Checkout_Held_ForInputs */
var en_checkout_held_for = () => {
	return `Your slot is held for`;
};
/**

* @param {Checkout_Held_ForInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var checkout_held_for = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_checkout_held_for(inputs);
};
// web/src/paraglide/messages/checkout_hold_note.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Checkout_Hold_NoteInputs */
var en_checkout_hold_note = () => {
	return `Pay before the time runs out, or the slot is released for other patients.`;
};
/**

* @param {Checkout_Hold_NoteInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var checkout_hold_note = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_checkout_hold_note(inputs);
};
// web/src/paraglide/messages/checkout_in_razorpay.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Checkout_In_RazorpayInputs */
var en_checkout_in_razorpay = () => {
	return `Complete the payment in the Razorpay window…`;
};
/**

* @param {Checkout_In_RazorpayInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var checkout_in_razorpay = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_checkout_in_razorpay(inputs);
};
// web/src/paraglide/messages/checkout_keep_open.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Checkout_Keep_OpenInputs */
var en_checkout_keep_open = () => {
	return `Please keep this page open. It takes a few seconds.`;
};
/**

* @param {Checkout_Keep_OpenInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var checkout_keep_open = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_checkout_keep_open(inputs);
};
// web/src/paraglide/messages/checkout_methods.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Checkout_MethodsInputs */
var en_checkout_methods = () => {
	return `UPI, cards, net banking and wallets. If you are charged after the hold ends, the full amount is refunded automatically.`;
};
/**

* @param {Checkout_MethodsInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var checkout_methods = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_checkout_methods(inputs);
};
// web/src/paraglide/messages/checkout_not_found_link.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Checkout_Not_Found_LinkInputs */
var en_checkout_not_found_link = () => {
	return `The link may be mistyped. Your bookings are under My appointments.`;
};
/**

* @param {Checkout_Not_Found_LinkInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var checkout_not_found_link = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_checkout_not_found_link(inputs);
};
// web/src/paraglide/messages/checkout_not_found_other.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Checkout_Not_Found_OtherInputs */
var en_checkout_not_found_other = () => {
	return `It may belong to another account. Your bookings are under My appointments.`;
};
/**

* @param {Checkout_Not_Found_OtherInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var checkout_not_found_other = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_checkout_not_found_other(inputs);
};
// web/src/paraglide/messages/checkout_not_found_title.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Checkout_Not_Found_TitleInputs */
var en_checkout_not_found_title = () => {
	return `We could not find this booking`;
};
/**

* @param {Checkout_Not_Found_TitleInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var checkout_not_found_title = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_checkout_not_found_title(inputs);
};
// web/src/paraglide/messages/checkout_nothing_text.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Checkout_Nothing_TextInputs */
var en_checkout_nothing_text = () => {
	return `See the appointment for its details.`;
};
/**

* @param {Checkout_Nothing_TextInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var checkout_nothing_text = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_checkout_nothing_text(inputs);
};
// web/src/paraglide/messages/checkout_nothing_title.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Checkout_Nothing_TitleInputs */
var en_checkout_nothing_title = () => {
	return `There is nothing to pay for this appointment`;
};
/**

* @param {Checkout_Nothing_TitleInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var checkout_nothing_title = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_checkout_nothing_title(inputs);
};
// web/src/paraglide/messages/checkout_opening.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Checkout_OpeningInputs */
var en_checkout_opening = () => {
	return `Opening the payment page…`;
};
/**

* @param {Checkout_OpeningInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var checkout_opening = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_checkout_opening(inputs);
};
// web/src/paraglide/messages/checkout_paid_already.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Checkout_Paid_AlreadyInputs */
var en_checkout_paid_already = () => {
	return `This consultation is paid`;
};
/**

* @param {Checkout_Paid_AlreadyInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var checkout_paid_already = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_checkout_paid_already(inputs);
};
// web/src/paraglide/messages/checkout_paid_fresh.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Checkout_Paid_FreshInputs */
var en_checkout_paid_fresh = () => {
	return `Payment received`;
};
/**

* @param {Checkout_Paid_FreshInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var checkout_paid_fresh = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_checkout_paid_fresh(inputs);
};
// web/src/paraglide/messages/checkout_paid_on.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Checkout_Paid_OnInputs */
var en_checkout_paid_on = () => {
	return `Paid on`;
};
/**

* @param {Checkout_Paid_OnInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var checkout_paid_on = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_checkout_paid_on(inputs);
};
// web/src/paraglide/messages/checkout_paid_text.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ name: NonNullable<unknown>, when: NonNullable<unknown> }} Checkout_Paid_TextInputs */
var en_checkout_paid_text = (i) => {
	return `Your consultation with ${i?.name} on ${i?.when} is confirmed. We have emailed you the receipt.`;
};
/**

* @param {Checkout_Paid_TextInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var checkout_paid_text = (inputs, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_checkout_paid_text(inputs);
};
// web/src/paraglide/messages/checkout_preparing.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Checkout_PreparingInputs */
var en_checkout_preparing = () => {
	return `Preparing your payment…`;
};
/**

* @param {Checkout_PreparingInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var checkout_preparing = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_checkout_preparing(inputs);
};
// web/src/paraglide/messages/checkout_receipt_note.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Checkout_Receipt_NoteInputs */
var en_checkout_receipt_note = () => {
	return `A GST receipt is emailed to you and kept with the appointment.`;
};
/**

* @param {Checkout_Receipt_NoteInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var checkout_receipt_note = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_checkout_receipt_note(inputs);
};
// web/src/paraglide/messages/checkout_secure.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Checkout_SecureInputs */
var en_checkout_secure = () => {
	return `Payments are processed securely by Razorpay. We never see your card or UPI details.`;
};
/**

* @param {Checkout_SecureInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var checkout_secure = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_checkout_secure(inputs);
};
// web/src/paraglide/messages/checkout_start_failed.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Checkout_Start_FailedInputs */
var en_checkout_start_failed = () => {
	return `We could not start the payment`;
};
/**

* @param {Checkout_Start_FailedInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var checkout_start_failed = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_checkout_start_failed(inputs);
};
// web/src/paraglide/messages/checkout_title.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Checkout_TitleInputs */
var en_checkout_title = () => {
	return `Pay for your consultation`;
};
/**

* @param {Checkout_TitleInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var checkout_title = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_checkout_title(inputs);
};
// web/src/paraglide/messages/checkout_total.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Checkout_TotalInputs */
var en_checkout_total = () => {
	return `Total to pay`;
};
/**

* @param {Checkout_TotalInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var checkout_total = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_checkout_total(inputs);
};
// web/src/paraglide/messages/checkout_verify_error.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Checkout_Verify_ErrorInputs */
var en_checkout_verify_error = () => {
	return `Something went wrong while confirming your payment.`;
};
/**

* @param {Checkout_Verify_ErrorInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var checkout_verify_error = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_checkout_verify_error(inputs);
};
// web/src/paraglide/messages/checkout_verify_failed.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Checkout_Verify_FailedInputs */
var en_checkout_verify_failed = () => {
	return `We could not confirm your payment`;
};
/**

* @param {Checkout_Verify_FailedInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var checkout_verify_failed = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_checkout_verify_failed(inputs);
};
// web/src/paraglide/messages/checkout_when.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ when: NonNullable<unknown> }} Checkout_WhenInputs */
var en_checkout_when = (i) => {
	return `${i?.when} · video consultation`;
};
/**

* @param {Checkout_WhenInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var checkout_when = (inputs, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_checkout_when(inputs);
};
// web/src/paraglide/messages/checkout_window_failed.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Checkout_Window_FailedInputs */
var en_checkout_window_failed = () => {
	return `The payment window did not open`;
};
/**

* @param {Checkout_Window_FailedInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var checkout_window_failed = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_checkout_window_failed(inputs);
};
// web/src/paraglide/messages/checkout_window_failed_text.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Checkout_Window_Failed_TextInputs */
var en_checkout_window_failed_text = () => {
	return `We could not reach Razorpay. Check your internet connection (or any ad blocker) and try again.`;
};
/**

* @param {Checkout_Window_Failed_TextInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var checkout_window_failed_text = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_checkout_window_failed_text(inputs);
};
// web/src/paraglide/messages/checkout_your_consultation.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Checkout_Your_ConsultationInputs */
var en_checkout_your_consultation = () => {
	return `Your consultation`;
};
/**

* @param {Checkout_Your_ConsultationInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var checkout_your_consultation = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_checkout_your_consultation(inputs);
};
// web/src/islands/checkout/Checkout.tsx
/**
* /appointments/pay/?id=: the checkout. It shows what is being paid for (the server's `price`) and the
* live hold countdown, creates the order, and hands over to the gateway: Razorpay Checkout in
* production, or the local twin's test-payment page, which comes back here with the razorpay_*
* parameters. Both end in the same verification call, then a confirmation with the receipt number.
* Expired holds, failed or abandoned payments and bad signatures each say what happened and what to
* do next.
*/
var RAZORPAY_SCRIPT = "https://checkout.razorpay.com/v1/checkout.js";
var BRAND_COLOUR = "#0f766e";
/** Loads Checkout.js once, with a script element (the CSP allows no inline script). */
function loadRazorpay() {
	const existing = window.Razorpay;
	if (existing) return Promise.resolve(existing);
	return new Promise((resolve, reject) => {
		const script = document.createElement("script");
		script.src = RAZORPAY_SCRIPT;
		script.async = true;
		script.addEventListener("load", () => {
			const loaded = window.Razorpay;
			if (loaded) resolve(loaded);
			else reject(/* @__PURE__ */ new Error("Razorpay did not load"));
		});
		script.addEventListener("error", () => reject(/* @__PURE__ */ new Error("Razorpay did not load")));
		document.head.append(script);
	});
}
function MessageBox({ message, boxRef }) {
	return jsxs(Notice, {
		tone: message.tone,
		testid: message.testid,
		focusable: true,
		boxRef,
		children: [
			message.title && jsx("p", {
				class: "font-semibold",
				children: message.title
			}),
			message.lines.map((line) => jsx("p", { children: line }, line)),
			(message.retry || message.appointmentId) && jsxs("div", {
				class: "mt-3 flex flex-wrap gap-2",
				children: [message.retry && jsx("button", {
					type: "button",
					class: "btn-secondary",
					"data-testid": "verify-retry",
					onClick: message.retry,
					children: transcript_check_again()
				}), message.appointmentId && jsx("a", {
					href: appointmentHref(message.appointmentId),
					class: "btn-secondary",
					children: checkout_view_appointment()
				})]
			})
		]
	});
}
function Summary({ a, zone }) {
	return jsxs("section", {
		class: "card min-w-0 p-6 sm:p-8",
		"aria-labelledby": "order-heading",
		"data-testid": "order-summary",
		children: [
			jsx("h2", {
				id: "order-heading",
				class: "text-lg font-semibold text-slate-900",
				children: checkout_your_consultation()
			}),
			jsxs("div", {
				class: "mt-4 flex items-center gap-4",
				children: [jsx(DoctorAvatar, {
					doctor: a.doctor,
					size: "size-12 text-base"
				}), jsxs("div", {
					class: "min-w-0",
					children: [jsx("p", {
						class: "font-semibold break-words text-slate-900",
						"data-testid": "checkout-doctor",
						children: a.doctor.name
					}), jsx("p", {
						class: "text-sm text-brand-700",
						children: a.doctor.specialtyName
					})]
				})]
			}),
			jsxs("p", {
				class: "mt-4 flex items-start gap-2 text-sm text-slate-700",
				"data-testid": "checkout-when",
				children: [jsx(Icon, {
					shape: calendar,
					class: "mt-0.5 size-4 shrink-0 text-slate-500"
				}), checkout_when({ when: `${formatLongDate(a.startAt, zone)}, ${formatTimeRange(a.startAt, a.endAt, zone)}` })]
			}),
			jsx(PriceBreakdown, {
				price: a.price,
				testids: [
					"checkout-fee",
					"checkout-gst",
					"checkout-total"
				],
				totalLabel: checkout_total(),
				class: "mt-6 grid gap-2.5 text-sm",
				strongClass: "border-t border-slate-200 pt-3 text-base font-bold text-slate-900"
			}),
			jsx("p", {
				class: "mt-3 text-xs text-slate-600",
				children: checkout_receipt_note()
			})
		]
	});
}
function PayPanel({ a, message, busy, onPay, onExpired }) {
	const left = useRemaining(a.holdExpiresAt);
	const box = useRef(null);
	const said = useCountdownAnnouncements(left, (l) => hold_left_say({ left: l }), hold_expired_say(), onExpired);
	useEffect(() => {
		if (message && message.tone === "error") box.current?.focus();
	}, [message]);
	return jsxs("section", {
		class: "card grid min-w-0 gap-5 p-6 sm:p-8",
		"aria-labelledby": "pay-heading",
		"data-testid": "pay-panel",
		children: [
			jsx("h2", {
				id: "pay-heading",
				class: "text-lg font-semibold text-slate-900",
				children: pay_heading()
			}),
			jsxs("div", {
				class: "rounded-xl border border-accent-300 bg-accent-50 p-4",
				"data-testid": "checkout-hold",
				children: [
					jsxs("p", {
						class: "flex items-center gap-2 text-sm font-medium text-accent-900",
						children: [jsx(Icon, {
							shape: hourglass,
							class: "size-4 text-accent-700"
						}), checkout_held_for()]
					}),
					jsx(Clock, {
						ms: left,
						label: hold_clock_label(),
						testid: "checkout-countdown",
						class: "font-mono text-2xl font-bold text-accent-900 tabular-nums"
					}),
					jsx("p", {
						class: "mt-1 text-xs text-accent-900",
						children: checkout_hold_note()
					}),
					jsx("p", {
						class: "sr-only",
						role: "status",
						children: said
					})
				]
			}),
			jsx("div", {
				class: "grid gap-3 empty:hidden",
				"data-testid": "checkout-messages",
				children: message && jsx(MessageBox, {
					message,
					boxRef: box
				})
			}),
			jsx(Button, {
				class: "w-full py-3 text-base",
				testid: "pay-now",
				busy: busy !== null,
				busyLabel: busy,
				onClick: onPay,
				children: row_pay({ amount: formatInr(a.price.totalPaise) })
			}),
			jsxs("p", {
				class: "flex items-start gap-2 text-xs text-slate-600",
				children: [jsx(Icon, {
					shape: shieldCheck,
					class: "mt-0.5 size-4 shrink-0 text-brand-700"
				}), checkout_methods()]
			})
		]
	});
}
function Paid({ a, receipt: receipt$1, fresh, zone }) {
	const heading = useRef(null);
	useEffect(() => {
		if (fresh) heading.current?.focus();
	}, []);
	const fact = (label, value, testid) => jsxs("div", {
		class: "rounded-xl bg-slate-50 px-4 py-3 ring-1 ring-slate-200/80",
		children: [jsx("dt", {
			class: "text-xs font-semibold tracking-wide text-slate-600 uppercase",
			children: label
		}), jsx("dd", {
			class: "mt-1 font-semibold break-words text-slate-900 tabular-nums",
			"data-testid": testid,
			children: value
		})]
	});
	return jsxs("section", {
		class: "card mx-auto max-w-2xl p-6 text-center sm:p-10",
		"aria-labelledby": "paid-heading",
		"data-testid": "payment-success",
		children: [
			jsx("span", {
				class: "mx-auto grid size-16 place-items-center rounded-full bg-emerald-100 text-emerald-700",
				children: jsx(Icon, {
					shape: checkCircle,
					class: "size-8"
				})
			}),
			jsx("h2", {
				id: "paid-heading",
				ref: heading,
				tabIndex: -1,
				class: "mt-5 text-2xl font-bold tracking-tight text-slate-900",
				children: fresh ? checkout_paid_fresh() : checkout_paid_already()
			}),
			jsx("p", {
				class: "mx-auto mt-2 max-w-md text-slate-600",
				children: checkout_paid_text({
					name: a.doctor.name,
					when: `${formatLongDate(a.startAt, zone)}, ${formatTimeRange(a.startAt, a.endAt, zone)}`
				})
			}),
			receipt$1 && jsxs("dl", {
				class: "mx-auto mt-6 grid max-w-lg gap-3 text-left sm:grid-cols-2",
				children: [
					fact(receipt_number(), receipt$1.receiptNumber, "receipt-number"),
					fact(checkout_amount_paid(), formatInr(receipt$1.totalPaise), "amount-paid"),
					fact(checkout_paid_on(), formatDateTime(receipt$1.paidAt, zone), "paid-at"),
					fact(checkout_payment_id(), receipt$1.providerPaymentId, "payment-id")
				]
			}),
			jsxs("div", {
				class: "mt-8 flex flex-col justify-center gap-3 sm:flex-row",
				children: [jsxs("a", {
					href: `${appointmentHref(a.id)}&paid=1`,
					class: "btn-primary",
					"data-testid": "view-appointment",
					children: [jsx(Icon, {
						shape: calendar,
						class: "size-4"
					}), checkout_view_appointment()]
				}), receipt$1 && jsxs(Fragment, { children: [jsxs("a", {
					href: `/receipts/view/?id=${encodeURIComponent(a.id)}`,
					class: "btn-secondary",
					"data-testid": "view-receipt",
					children: [jsx(Icon, {
						shape: receipt,
						class: "size-4"
					}), pay_view_receipt()]
				}), jsxs("a", {
					href: api.url("getReceiptPdf", { params: { id: a.id } }),
					class: "btn-secondary",
					"data-testid": "download-receipt",
					children: [jsx(Icon, {
						shape: download,
						class: "size-4"
					}), checkout_download_pdf()]
				})] })]
			})
		]
	});
}
function Page({ id }) {
	const zone = viewerZone();
	const view = useSignal({ kind: "loading" });
	const busy = useSignal(null);
	const backHref = useSignal(null);
	const heading = useRef(null);
	const errorBox = useRef(null);
	/** Removes the gateway's parameters, so a reload never verifies the same payment again. */
	const cleanUrl = () => window.history.replaceState(null, "", `${window.location.pathname}?id=${encodeURIComponent(id)}`);
	const notFound = (text) => {
		view.value = {
			kind: "not-found",
			text
		};
	};
	async function load(message = null, focus = false) {
		const { appointment: a, payment } = await api.call("getAppointment", { params: { id } });
		backHref.value = appointmentHref(a.id);
		if (payment?.hasReceipt) {
			const receipt = await api.call("getReceipt", { params: { id: a.id } }).then((r) => r.receipt, () => null);
			view.value = {
				kind: "paid",
				a,
				receipt,
				fresh: false
			};
		} else if (a.status !== "REQUESTED") view.value = {
			kind: "not-payable",
			a
		};
		else if (Date.parse(a.holdExpiresAt ?? "") <= Date.now()) view.value = {
			kind: "expired",
			a
		};
		else view.value = {
			kind: "summary",
			a,
			message
		};
		if (focus) heading.current?.focus();
	}
	async function verify(body) {
		view.value = { kind: "verifying" };
		try {
			const result = await api.call("verifyPayment", { body });
			cleanUrl();
			const { appointment } = await api.call("getAppointment", { params: { id: result.appointmentId } });
			view.value = {
				kind: "paid",
				a: appointment,
				receipt: result.receipt,
				fresh: true
			};
		} catch (err) {
			cleanUrl();
			const a = await api.call("getAppointment", { params: { id } }).then((p) => p.appointment, () => null);
			if (err instanceof ApiError && err.code === "hold_expired" && a) {
				view.value = {
					kind: "expired",
					a,
					message: err.message
				};
				return;
			}
			const message = {
				tone: "error",
				testid: "verify-error",
				title: checkout_verify_failed(),
				lines: err instanceof ApiError && err.status === 400 ? [checkout_bad_signature(), checkout_bad_signature_next()] : [err instanceof ApiError ? err.message : checkout_verify_error()],
				retry: () => void verify(body),
				appointmentId: a?.id
			};
			view.value = a && a.status === "REQUESTED" && Date.parse(a.holdExpiresAt ?? "") > Date.now() ? {
				kind: "summary",
				a,
				message
			} : {
				kind: "verify-error",
				message
			};
			requestAnimationFrame(() => errorBox.current?.focus());
		}
	}
	async function pay(a) {
		const say = (message) => {
			view.value = {
				kind: "summary",
				a,
				message
			};
		};
		say(null);
		busy.value = checkout_preparing();
		let order;
		try {
			order = await api.call("startPayment", { params: { id: a.id } });
		} catch (err) {
			busy.value = null;
			if (err instanceof ApiError && err.code === "hold_expired") {
				view.value = {
					kind: "expired",
					a
				};
				return;
			}
			if (err instanceof ApiError && (err.code === "already_paid" || err.code === "not_payable")) return void load(null, true);
			return say({
				tone: "error",
				testid: "payment-error",
				title: checkout_start_failed(),
				lines: [err instanceof ApiError ? err.message : problem_generic()]
			});
		}
		if (order.provider === "simulated" && order.checkoutUrl) {
			busy.value = checkout_opening();
			const returnUrl = `${window.location.origin}/appointments/pay/?id=${encodeURIComponent(a.id)}`;
			window.location.assign(`${order.checkoutUrl}?order_id=${encodeURIComponent(order.orderId)}&return_url=${encodeURIComponent(returnUrl)}`);
			return;
		}
		try {
			const checkout = new (await (loadRazorpay()))({
				key: order.keyId,
				order_id: order.orderId,
				amount: order.amountPaise,
				currency: order.currency,
				name: "Chikitsa360",
				description: order.description,
				prefill: order.prefill,
				theme: { color: BRAND_COLOUR },
				handler: (r) => void verify({
					orderId: r.razorpay_order_id,
					paymentId: r.razorpay_payment_id,
					signature: r.razorpay_signature
				}),
				modal: { ondismiss: () => {
					busy.value = null;
					say({
						tone: "warning",
						testid: "payment-dismissed",
						lines: [checkout_dismissed()]
					});
				} }
			});
			checkout.on("payment.failed", (response) => {
				busy.value = null;
				say({
					tone: "error",
					testid: "payment-failed",
					title: checkout_failed_title(),
					lines: [response.error?.description ?? checkout_declined(), checkout_failed_next()]
				});
			});
			checkout.open();
			busy.value = checkout_in_razorpay();
		} catch {
			busy.value = null;
			say({
				tone: "error",
				testid: "payment-error",
				title: checkout_window_failed(),
				lines: [checkout_window_failed_text()]
			});
		}
	}
	useEffect(() => {
		if (!/^[0-9a-f-]{36}$/.test(id)) return notFound(checkout_not_found_link());
		const params = new URLSearchParams(window.location.search);
		const orderId = params.get("razorpay_order_id");
		const paymentId = params.get("razorpay_payment_id");
		const signature = params.get("razorpay_signature");
		const gatewayError = params.get("razorpay_error");
		if (orderId && paymentId && signature) {
			verify({
				orderId,
				paymentId,
				signature
			});
			return;
		}
		if (gatewayError) cleanUrl();
		load(gatewayError ? {
			tone: "error",
			testid: "payment-failed",
			title: checkout_failed_title(),
			lines: [gatewayError, checkout_gateway_failed_next()]
		} : null).catch((err) => {
			if (err instanceof ApiError && err.status === 404) notFound(checkout_not_found_other());
			else view.value = {
				kind: "verify-error",
				message: {
					tone: "error",
					testid: "page-error",
					lines: [err instanceof ApiError ? err.message : problem_generic()]
				}
			};
		});
	}, []);
	const v = view.value;
	return jsxs(Fragment, { children: [jsx("section", {
		class: "hero border-b border-brand-100",
		children: jsxs("div", {
			class: "container-page max-w-4xl py-8 sm:py-10",
			children: [
				jsxs("a", {
					href: backHref.value ?? "/appointments/",
					class: "inline-flex items-center gap-1.5 rounded text-sm font-semibold text-brand-700 hover:text-brand-800",
					children: [
						jsx(Icon, {
							shape: arrowLeft,
							class: "size-4"
						}),
						" ",
						jsx("span", { children: backHref.value ? checkout_back() : nav_my_appointments() })
					]
				}),
				jsx("p", {
					class: "eyebrow mt-4",
					children: checkout_eyebrow()
				}),
				jsx("h1", {
					ref: heading,
					class: "mt-1 text-2xl font-bold tracking-tight text-slate-900 sm:text-3xl",
					tabIndex: -1,
					"data-testid": "checkout-heading",
					children: checkout_title()
				}),
				jsxs("p", {
					class: "mt-2 flex items-center gap-2 text-sm text-slate-600",
					children: [
						jsx(Icon, {
							shape: lock,
							class: "size-4 shrink-0 text-brand-700"
						}),
						" ",
						checkout_secure()
					]
				})
			]
		})
	}), jsxs("div", {
		class: "container-page max-w-4xl py-8 sm:py-10",
		"data-testid": "checkout",
		"data-state": v.kind,
		"aria-busy": v.kind === "loading" ? "true" : "false",
		children: [
			v.kind === "loading" && jsx("div", { class: "skeleton h-40 w-full rounded-2xl" }),
			v.kind === "summary" && jsxs("div", {
				class: "grid gap-6 md:grid-cols-[1fr_20rem] md:items-start",
				children: [jsx(Summary, {
					a: v.a,
					zone
				}), jsx(PayPanel, {
					a: v.a,
					message: v.message,
					busy: busy.value,
					onPay: () => void pay(v.a),
					onExpired: () => {
						view.value = {
							kind: "expired",
							a: v.a
						};
					}
				})]
			}),
			v.kind === "expired" && jsx(EmptyState, {
				icon: hourglass,
				title: checkout_expired_title(),
				text: v.message ?? checkout_expired_text(),
				link: {
					href: doctorPageHref(v.a.doctor.id),
					label: hold_book_again(),
					primary: true,
					testid: "book-again"
				},
				testid: "checkout-expired"
			}),
			v.kind === "not-payable" && (v.a.status === "CANCELLED" ? jsx(EmptyState, {
				icon: calendar,
				title: checkout_cancelled_title(),
				text: checkout_cancelled_text(),
				link: {
					href: doctorPageHref(v.a.doctor.id),
					label: hold_book_again(),
					primary: true,
					testid: "book-again"
				},
				testid: "checkout-not-payable"
			}) : jsx(EmptyState, {
				icon: calendar,
				title: checkout_nothing_title(),
				text: checkout_nothing_text(),
				link: {
					href: appointmentHref(v.a.id),
					label: checkout_view_appointment(),
					primary: true,
					testid: "view-appointment"
				},
				testid: "checkout-not-payable"
			})),
			v.kind === "paid" && jsx(Paid, {
				a: v.a,
				receipt: v.receipt,
				fresh: v.fresh,
				zone
			}),
			v.kind === "verifying" && jsxs("div", {
				class: "card mx-auto flex max-w-xl flex-col items-center p-10 text-center",
				"data-testid": "verifying",
				children: [
					jsx("span", {
						class: "spinner size-8 border-4 text-brand-700",
						"aria-hidden": "true"
					}),
					jsx("p", {
						class: "mt-5 font-semibold text-slate-900",
						role: "status",
						children: checkout_confirming()
					}),
					jsx("p", {
						class: "mt-1 text-sm text-slate-600",
						children: checkout_keep_open()
					})
				]
			}),
			v.kind === "verify-error" && jsx(MessageBox, {
				message: v.message,
				boxRef: errorBox
			}),
			v.kind === "not-found" && jsx(EmptyState, {
				icon: calendar,
				title: checkout_not_found_title(),
				text: v.text,
				link: {
					href: "/appointments/",
					label: nav_my_appointments(),
					primary: true
				},
				testid: "checkout-not-found"
			})
		]
	})] });
}
function Checkout() {
	return jsx(Protected, {
		roles: ["patient"],
		children: () => jsx(Page, { id: (new URLSearchParams(window.location.search).get("id") ?? "").trim().toLowerCase() })
	});
}
// web/src/pages/appointments/pay.astro
var pay_exports = /* @__PURE__ */ __exportAll({
	default: () => $$Pay,
	file: () => $$file,
	url: () => $$url
});
var $$Pay = createComponent(($$result, $$props, $$slots) => {
	return renderTemplate`${renderComponent($$result, "Base", $$Base, {
		"title": checkout_title(),
		"noindex": true
	}, { "default": ($$result) => renderTemplate`${renderComponent($$result, "Island", $$Island, {
		"name": "Checkout",
		"component": Checkout
	})}${renderScript($$result, "/work/wt-hindi/web/src/pages/appointments/pay.astro?astro&type=script&index=0&lang.ts")}` })}`;
}, "/work/wt-hindi/web/src/pages/appointments/pay.astro", void 0);
var $$file = "/work/wt-hindi/web/src/pages/appointments/pay.astro";
var $$url = "/appointments/pay";
// \0virtual:astro:page:src/pages/appointments/pay@_@astro
var page = () => pay_exports;
export { page };
