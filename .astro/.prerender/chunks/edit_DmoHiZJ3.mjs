import { ft as renderScript, ht as __exportAll, lt as arrowLeft, mt as createComponent, ut as alertTriangle } from "./skip_to_content_DtyEdUnf.mjs";
import { a as renderComponent, d as renderTemplate } from "./server_DkXzZEFQ.mjs";
import { A as $$Island, k as Icon, l as api, t as $$Base } from "./Base_BSFoRxR2.mjs";
import { t as Button } from "./Button_CN07y6wQ.mjs";
import { t as Field } from "./Field_BwHk3La6.mjs";
import { t as cancel } from "./cancel_D93OkVGb.mjs";
import { t as FormError } from "./FormError_CFR7y0xy.mjs";
import { t as Protected } from "./Protected_D2pVYjq-.mjs";
import { a as profile_address, i as profile_dob, n as profile_phone, r as profile_email, t as profile_zone } from "./profile_zone_CVxy7Pc_.mjs";
import { t as profile_back } from "./profile_back_4iamQjHd.mjs";
import { t as saving } from "./saving_BPl4zf-h.mjs";
import { n as useForm, t as fieldValue } from "./useForm_D_rb2N8J.mjs";
import { r as describeTimeZone } from "./zoned_CWcmEh3i.mjs";
import { i as NameFields } from "./parts_CtWdJqPx.mjs";
import { jsx, jsxs } from "preact/jsx-runtime";
import { useState } from "preact/hooks";
// web/src/paraglide/messages/profile_address_hint.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Profile_Address_HintInputs */
var en_profile_address_hint = () => {
	return `House, street, city, state and PIN code.`;
};
/**

* @param {Profile_Address_HintInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var profile_address_hint = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_profile_address_hint(inputs);
};
// web/src/paraglide/messages/profile_dob_hint.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Profile_Dob_HintInputs */
var en_profile_dob_hint = () => {
	return `Your doctor sees your age.`;
};
/**

* @param {Profile_Dob_HintInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var profile_dob_hint = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_profile_dob_hint(inputs);
};
// web/src/paraglide/messages/profile_dob_invalid.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Profile_Dob_InvalidInputs */
var en_profile_dob_invalid = () => {
	return `Enter a real date of birth, not in the future.`;
};
/**

* @param {Profile_Dob_InvalidInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var profile_dob_invalid = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_profile_dob_invalid(inputs);
};
// web/src/paraglide/messages/profile_edit_lead.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Profile_Edit_LeadInputs */
var en_profile_edit_lead = () => {
	return `Your doctor sees your name, age and contact details when you book a consultation.`;
};
/**

* @param {Profile_Edit_LeadInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var profile_edit_lead = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_profile_edit_lead(inputs);
};
// web/src/paraglide/messages/profile_edit_page.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Profile_Edit_PageInputs */
var en_profile_edit_page = () => {
	return `Edit your profile`;
};
/**

* @param {Profile_Edit_PageInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var profile_edit_page = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_profile_edit_page(inputs);
};
// web/src/paraglide/messages/profile_edit_title.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Profile_Edit_TitleInputs */
var en_profile_edit_title = () => {
	return `Edit your profile`;
};
/**

* @param {Profile_Edit_TitleInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var profile_edit_title = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_profile_edit_title(inputs);
};
// web/src/paraglide/messages/profile_email_hint.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Profile_Email_HintInputs */
var en_profile_email_hint = () => {
	return `You sign in with this address. It cannot be changed here.`;
};
/**

* @param {Profile_Email_HintInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var profile_email_hint = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_profile_email_hint(inputs);
};
// web/src/paraglide/messages/profile_phone_hint.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Profile_Phone_HintInputs */
var en_profile_phone_hint = () => {
	return `Indian mobile, e.g. +91 98765 43210.`;
};
/**

* @param {Profile_Phone_HintInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var profile_phone_hint = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_profile_phone_hint(inputs);
};
// web/src/paraglide/messages/profile_phone_invalid.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Profile_Phone_InvalidInputs */
var en_profile_phone_invalid = () => {
	return `Enter a 10-digit Indian mobile number, e.g. +91 98765 43210.`;
};
/**

* @param {Profile_Phone_InvalidInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var profile_phone_invalid = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_profile_phone_invalid(inputs);
};
// web/src/paraglide/messages/profile_rename_warning.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Profile_Rename_WarningInputs */
var en_profile_rename_warning = () => {
	return `Patients know you by this name, so changing it sends your profile back for verification: you leave search until an admin has checked the new name. Your booked appointments stay as they are.`;
};
/**

* @param {Profile_Rename_WarningInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var profile_rename_warning = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_profile_rename_warning(inputs);
};
// web/src/paraglide/messages/profile_save.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Profile_SaveInputs */
var en_profile_save = () => {
	return `Save changes`;
};
/**

* @param {Profile_SaveInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var profile_save = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_profile_save(inputs);
};
// web/src/paraglide/messages/profile_zone_hint.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Profile_Zone_HintInputs */
var en_profile_zone_hint = () => {
	return `We show appointment times in this zone.`;
};
/**

* @param {Profile_Zone_HintInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var profile_zone_hint = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_profile_zone_hint(inputs);
};
// web/src/paraglide/messages/profile_zone_missing.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Profile_Zone_MissingInputs */
var en_profile_zone_missing = () => {
	return `Choose a time zone.`;
};
/**

* @param {Profile_Zone_MissingInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var profile_zone_missing = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_profile_zone_missing(inputs);
};
// web/src/islands/account/ProfileEdit.tsx
/**
* /account/edit/: the signed-in user's own details (PATCH /api/me). A verified doctor is told, as soon
* as the name differs from the saved one, that a new name sends the profile back for verification.
*/
/** The API's rule for Indian mobile numbers (functions/accounts/schemas.ts `indianPhone`). */
var INDIAN_MOBILE = /^(?:\+91|91|0)?[6-9]\d{9}$/;
function zones(current) {
	const all = /* @__PURE__ */ new Set(["Asia/Kolkata", current]);
	try {
		for (const zone of Intl.supportedValuesOf("timeZone")) all.add(zone);
	} catch {}
	all.delete("Asia/Calcutta");
	all.delete("Asia/Kolkata");
	all.delete("");
	return ["Asia/Kolkata", ...[...all].sort()];
}
function Form({ me }) {
	const [first, setFirst] = useState(me.firstName);
	const [last, setLast] = useState(me.lastName);
	const today = (/* @__PURE__ */ new Date()).toLocaleDateString("en-CA");
	const current = me.timeZone === "Asia/Calcutta" || !me.timeZone ? "Asia/Kolkata" : me.timeZone;
	const form = useForm({
		validate: (f) => {
			const phone = fieldValue(f, "phone").replace(/[\s-]/g, "");
			return phone && !INDIAN_MOBILE.test(phone) ? { phone: [profile_phone_invalid()] } : void 0;
		},
		submit: async (f) => {
			await api.call("updateMe", { body: {
				firstName: fieldValue(f, "firstName"),
				lastName: fieldValue(f, "lastName"),
				phone: fieldValue(f, "phone"),
				dateOfBirth: fieldValue(f, "dateOfBirth"),
				address: fieldValue(f, "address"),
				timeZone: fieldValue(f, "timeZone")
			} });
			window.location.assign("/account/?saved=1");
			return "navigating";
		}
	});
	const renamed = me.doctorProfile?.verificationStatus === "verified" && (first.trim() !== me.firstName || last.trim() !== me.lastName);
	return jsxs("div", {
		class: "container-page max-w-3xl py-8 sm:py-10",
		children: [
			jsxs("a", {
				href: "/account/",
				class: "inline-flex items-center gap-1.5 rounded text-sm font-semibold text-brand-700 hover:text-brand-800",
				children: [
					jsx(Icon, {
						shape: arrowLeft,
						class: "size-4"
					}),
					" ",
					profile_back()
				]
			}),
			jsx("h1", {
				class: "mt-4 text-2xl font-bold tracking-tight text-slate-900 sm:text-3xl",
				children: profile_edit_title()
			}),
			jsx("p", {
				class: "mt-2 text-slate-600",
				children: profile_edit_lead()
			}),
			jsxs("form", {
				id: "profile-form",
				class: "card mt-8 grid gap-6 p-6 sm:p-8",
				"data-testid": "profile-form",
				noValidate: true,
				onSubmit: form.onSubmit,
				children: [
					jsx(FormError, {
						message: form.formError,
						boxRef: form.summary
					}),
					jsx(NameFields, {
						errors: form.errors,
						first: {
							value: first,
							onInput: (e) => setFirst(e.currentTarget.value)
						},
						last: {
							value: last,
							onInput: (e) => setLast(e.currentTarget.value)
						}
					}),
					renamed && jsxs("p", {
						class: "-mt-3 flex gap-2 rounded-lg bg-accent-50 px-3 py-2 text-sm text-accent-900",
						"data-testid": "rename-warning",
						role: "status",
						children: [jsx(Icon, {
							shape: alertTriangle,
							class: "mt-0.5 size-4 shrink-0 text-accent-700"
						}), jsx("span", { children: profile_rename_warning() })]
					}),
					jsxs("div", { children: [
						jsx("p", {
							class: "field-label",
							children: profile_email()
						}),
						jsx("p", {
							class: "mt-1.5 flex min-h-12 items-center rounded-lg border border-slate-200 bg-slate-50 px-3 break-all text-slate-700",
							children: me.email
						}),
						jsx("p", {
							class: "field-hint",
							children: profile_email_hint()
						})
					] }),
					jsxs("div", {
						class: "grid gap-5 sm:grid-cols-2",
						children: [jsx(Field, {
							id: "phone",
							name: "phone",
							type: "tel",
							label: profile_phone(),
							optional: true,
							autocomplete: "tel",
							inputMode: "tel",
							maxLength: 16,
							hint: profile_phone_hint(),
							testid: "phone",
							error: form.errors.phone,
							defaultValue: me.phone
						}), jsx(Field, {
							id: "dateOfBirth",
							name: "dateOfBirth",
							type: "date",
							label: profile_dob(),
							optional: true,
							autocomplete: "bday",
							min: "1900-01-01",
							max: today,
							hint: profile_dob_hint(),
							invalid: profile_dob_invalid(),
							testid: "date-of-birth",
							error: form.errors.dateOfBirth,
							defaultValue: me.dateOfBirth
						})]
					}),
					jsx(Field, {
						id: "address",
						name: "address",
						as: "textarea",
						label: profile_address(),
						optional: true,
						autocomplete: "street-address",
						rows: 3,
						maxLength: 500,
						hint: profile_address_hint(),
						testid: "address",
						error: form.errors.address,
						defaultValue: me.address
					}),
					jsx(Field, {
						id: "timeZone",
						name: "timeZone",
						as: "select",
						label: profile_zone(),
						hint: profile_zone_hint(),
						testid: "time-zone",
						missing: profile_zone_missing(),
						error: form.errors.timeZone,
						defaultValue: current,
						children: zones(current).map((zone) => jsx("option", {
							value: zone,
							children: zone === "Asia/Kolkata" ? describeTimeZone(zone) : zone.replace(/_/g, " ")
						}, zone))
					}),
					jsxs("div", {
						class: "flex flex-col-reverse gap-3 border-t border-slate-100 pt-6 sm:flex-row sm:justify-end",
						children: [jsx("a", {
							href: "/account/",
							class: "btn-ghost",
							children: cancel()
						}), jsx(Button, {
							type: "submit",
							class: "px-6",
							testid: "profile-save",
							busy: form.busy,
							busyLabel: saving(),
							children: profile_save()
						})]
					})
				]
			})
		]
	});
}
function ProfileEdit() {
	return jsx(Protected, { children: (me) => jsx(Form, { me }) });
}
// web/src/pages/account/edit.astro
var edit_exports = /* @__PURE__ */ __exportAll({
	default: () => $$Edit,
	file: () => $$file,
	url: () => $$url
});
var $$Edit = createComponent(($$result, $$props, $$slots) => {
	return renderTemplate`${renderComponent($$result, "Base", $$Base, {
		"title": profile_edit_page(),
		"noindex": true
	}, { "default": ($$result) => renderTemplate`${renderComponent($$result, "Island", $$Island, {
		"name": "ProfileEdit",
		"component": ProfileEdit
	})}${renderScript($$result, "/work/wt-hindi/web/src/pages/account/edit.astro?astro&type=script&index=0&lang.ts")}` })}`;
}, "/work/wt-hindi/web/src/pages/account/edit.astro", void 0);
var $$file = "/work/wt-hindi/web/src/pages/account/edit.astro";
var $$url = "/account/edit";
// \0virtual:astro:page:src/pages/account/edit@_@astro
var page = () => edit_exports;
export { page };
