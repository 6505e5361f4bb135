import { G as hourglass, _ as xCircle, o as pageHref, st as badgeCheck } from "./skip_to_content_DtyEdUnf.mjs";
import { k as Icon } from "./Base_BSFoRxR2.mjs";
import { t as and } from "./and_UAp5VV7z.mjs";
import { jsx, jsxs } from "preact/jsx-runtime";
// web/src/paraglide/messages/missing_fee.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Missing_FeeInputs */
var en_missing_fee = () => {
	return `consultation fee`;
};
/**

* @param {Missing_FeeInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var missing_fee = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_missing_fee(inputs);
};
// web/src/paraglide/messages/missing_registration.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Missing_RegistrationInputs */
var en_missing_registration = () => {
	return `registration number`;
};
/**

* @param {Missing_RegistrationInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var missing_registration = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_missing_registration(inputs);
};
// web/src/paraglide/messages/missing_specialty.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Missing_SpecialtyInputs */
var en_missing_specialty = () => {
	return `specialty`;
};
/**

* @param {Missing_SpecialtyInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var missing_specialty = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_missing_specialty(inputs);
};
// web/src/paraglide/messages/verify_add_missing.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ missing: NonNullable<unknown> }} Verify_Add_MissingInputs */
var en_verify_add_missing = (i) => {
	return `Add your ${i?.missing} so an admin can check your registration.`;
};
/**

* @param {Verify_Add_MissingInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var verify_add_missing = (inputs, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_verify_add_missing(inputs);
};
// web/src/paraglide/messages/verify_check_again.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Verify_Check_AgainInputs */
var en_verify_check_again = () => {
	return ` so we can check them again.`;
};
/**

* @param {Verify_Check_AgainInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var verify_check_again = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_verify_check_again(inputs);
};
// web/src/paraglide/messages/verify_complete.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Verify_CompleteInputs */
var en_verify_complete = () => {
	return `Your details are complete: an admin will check your registration.`;
};
/**

* @param {Verify_CompleteInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var verify_complete = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_verify_complete(inputs);
};
// web/src/paraglide/messages/verify_complete_profile.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Verify_Complete_ProfileInputs */
var en_verify_complete_profile = () => {
	return `Complete your doctor profile`;
};
/**

* @param {Verify_Complete_ProfileInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var verify_complete_profile = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_verify_complete_profile(inputs);
};
// web/src/paraglide/messages/verify_contact_us.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Verify_Contact_UsInputs */
var en_verify_contact_us = () => {
	return `contact us`;
};
/**

* @param {Verify_Contact_UsInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var verify_contact_us = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_verify_contact_us(inputs);
};
// web/src/paraglide/messages/verify_correct_below.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Verify_Correct_BelowInputs */
var en_verify_correct_below = () => {
	return `Correct your details below`;
};
/**

* @param {Verify_Correct_BelowInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var verify_correct_below = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_verify_correct_below(inputs);
};
// web/src/paraglide/messages/verify_correct_in.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Verify_Correct_InInputs */
var en_verify_correct_in = () => {
	return `Correct your details in your `;
};
/**

* @param {Verify_Correct_InInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var verify_correct_in = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_verify_correct_in(inputs);
};
// web/src/paraglide/messages/verify_doctor_profile.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Verify_Doctor_ProfileInputs */
var en_verify_doctor_profile = () => {
	return `doctor profile`;
};
/**

* @param {Verify_Doctor_ProfileInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var verify_doctor_profile = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_verify_doctor_profile(inputs);
};
// web/src/paraglide/messages/verify_pending_title.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Verify_Pending_TitleInputs */
var en_verify_pending_title = () => {
	return `Pending verification — you will not appear in search until an admin verifies your registration`;
};
/**

* @param {Verify_Pending_TitleInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var verify_pending_title = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_verify_pending_title(inputs);
};
// web/src/paraglide/messages/verify_reason.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Verify_ReasonInputs */
var en_verify_reason = () => {
	return `Reason:`;
};
/**

* @param {Verify_ReasonInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var verify_reason = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_verify_reason(inputs);
};
// web/src/paraglide/messages/verify_rejected_title.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Verify_Rejected_TitleInputs */
var en_verify_rejected_title = () => {
	return `Verification rejected — you do not appear in search`;
};
/**

* @param {Verify_Rejected_TitleInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var verify_rejected_title = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_verify_rejected_title(inputs);
};
// web/src/paraglide/messages/verify_then.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Verify_ThenInputs */
var en_verify_then = () => {
	return `, then `;
};
/**

* @param {Verify_ThenInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var verify_then = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_verify_then(inputs);
};
// web/src/paraglide/messages/verify_verified_title.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Verify_Verified_TitleInputs */
var en_verify_verified_title = () => {
	return `Verified — patients can find and book you`;
};
/**

* @param {Verify_Verified_TitleInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var verify_verified_title = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_verify_verified_title(inputs);
};
// web/src/components/VerificationBanner.tsx
/**
* A doctor's verification state, in words they can act on. `onProfileForm` leaves out the links to the
* doctor profile form (for when the banner is on that form).
*/
var BANNER = {
	pending: {
		icon: hourglass,
		box: "border-accent-300 bg-accent-50 text-accent-900",
		iconBox: "bg-accent-100 text-accent-800",
		title: verify_pending_title
	},
	rejected: {
		icon: xCircle,
		box: "border-red-200 bg-red-50 text-red-900",
		iconBox: "bg-red-100 text-red-700",
		title: verify_rejected_title
	},
	verified: {
		icon: badgeCheck,
		box: "border-emerald-200 bg-emerald-50 text-emerald-900",
		iconBox: "bg-emerald-100 text-emerald-800",
		title: verify_verified_title
	}
};
/** What a doctor still has to fill in before an admin can verify them ([] when complete). */
function missingDoctorDetails(p) {
	const missing = [];
	if (!p.specialty) missing.push(missing_specialty());
	if (!p.registrationNumber) missing.push(missing_registration());
	if (!p.feePaise) missing.push(missing_fee());
	return missing;
}
function VerificationBanner({ profile: p, onProfileForm = false }) {
	const spec = BANNER[p.verificationStatus] ?? BANNER.pending;
	const missing = missingDoctorDetails(p);
	const link = (text) => onProfileForm ? text : jsx("a", {
		href: pageHref("/account/doctor/"),
		class: "font-semibold underline underline-offset-2",
		children: text
	});
	const pending = p.verificationStatus === "pending";
	const rejected = p.verificationStatus === "rejected";
	const hasLines = Boolean(p.verificationNote) || pending || rejected;
	return jsxs("div", {
		class: `flex gap-4 rounded-2xl border p-4 sm:p-5 ${hasLines ? "" : "items-center"} ${spec.box}`,
		role: p.verificationStatus === "verified" ? void 0 : "note",
		"data-testid": "verification-banner",
		"data-status": p.verificationStatus,
		children: [jsx("span", {
			class: `grid size-10 shrink-0 place-items-center rounded-xl ${spec.iconBox}`,
			children: jsx(Icon, {
				shape: spec.icon,
				class: "size-5"
			})
		}), jsxs("div", {
			class: "min-w-0 text-sm leading-6",
			children: [
				jsx("p", {
					class: "font-semibold",
					children: spec.title()
				}),
				p.verificationNote && jsxs("p", {
					class: "mt-1",
					children: [rejected && jsxs("span", {
						class: "font-semibold",
						children: [verify_reason(), " "]
					}), p.verificationNote]
				}),
				pending && missing.length > 0 && jsxs("p", {
					class: "mt-1",
					children: [
						verify_add_missing({ missing: missing.join(", ").replace(/, ([^,]*)$/, ` ${and()} $1`) }),
						!onProfileForm && " ",
						!onProfileForm && link(verify_complete_profile())
					]
				}),
				pending && !missing.length && !p.verificationNote && jsx("p", {
					class: "mt-1",
					children: verify_complete()
				}),
				rejected && jsxs("p", {
					class: "mt-1",
					children: [
						onProfileForm ? verify_correct_below() : verify_correct_in(),
						!onProfileForm && link(verify_doctor_profile()),
						verify_then(),
						jsx("a", {
							href: pageHref("/contact/"),
							class: "font-semibold underline underline-offset-2",
							children: verify_contact_us()
						}),
						verify_check_again()
					]
				})
			]
		})]
	});
}
export { missingDoctorDetails as n, verify_doctor_profile as r, VerificationBanner as t };
