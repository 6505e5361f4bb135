import { ft as renderScript, ht as __exportAll, mt as createComponent } from "./skip_to_content_DtyEdUnf.mjs";
import { a as renderComponent, d as renderTemplate } from "./server_DkXzZEFQ.mjs";
import { A as $$Island, l as api } from "./Base_BSFoRxR2.mjs";
import { t as Button } from "./Button_CN07y6wQ.mjs";
import { t as auth_password_eyebrow } from "./auth_password_eyebrow_DJTporaG.mjs";
import { t as FormError } from "./FormError_CFR7y0xy.mjs";
import { t as sending } from "./sending_z47q5XXO.mjs";
import { n as useForm, t as fieldValue } from "./useForm_D_rb2N8J.mjs";
import { a as query, c as withEmail, r as EmailField } from "./parts_CtWdJqPx.mjs";
import { t as $$AuthLayout } from "./AuthLayout_iVco4tGq.mjs";
import { Fragment, jsx, jsxs } from "preact/jsx-runtime";
import { useEffect, useState } from "preact/hooks";
// web/src/paraglide/messages/forgot_back.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Forgot_BackInputs */
var en_forgot_back = () => {
	return `Back to sign in`;
};
/**

* @param {Forgot_BackInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var forgot_back = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_forgot_back(inputs);
};
// web/src/paraglide/messages/forgot_enter_it.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Forgot_Enter_ItInputs */
var en_forgot_enter_it = () => {
	return `Enter it`;
};
/**

* @param {Forgot_Enter_ItInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var forgot_enter_it = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_forgot_enter_it(inputs);
};
// web/src/paraglide/messages/forgot_have_code.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Forgot_Have_CodeInputs */
var en_forgot_have_code = () => {
	return `Already have a code?`;
};
/**

* @param {Forgot_Have_CodeInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var forgot_have_code = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_forgot_have_code(inputs);
};
// web/src/paraglide/messages/forgot_heading.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Forgot_HeadingInputs */
var en_forgot_heading = () => {
	return `Forgot your password?`;
};
/**

* @param {Forgot_HeadingInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var forgot_heading = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_forgot_heading(inputs);
};
// web/src/paraglide/messages/forgot_lead.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Forgot_LeadInputs */
var en_forgot_lead = () => {
	return `Enter the email address you signed up with. We will email you a 6-digit code to choose a new password.`;
};
/**

* @param {Forgot_LeadInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var forgot_lead = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_forgot_lead(inputs);
};
// web/src/paraglide/messages/forgot_page.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Forgot_PageInputs */
var en_forgot_page = () => {
	return `Forgot your password`;
};
/**

* @param {Forgot_PageInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var forgot_page = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_forgot_page(inputs);
};
// web/src/paraglide/messages/forgot_page_description.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Forgot_Page_DescriptionInputs */
var en_forgot_page_description = () => {
	return `Reset your Chikitsa360 password with a code sent to your email.`;
};
/**

* @param {Forgot_Page_DescriptionInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var forgot_page_description = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_forgot_page_description(inputs);
};
// web/src/paraglide/messages/forgot_remembered.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Forgot_RememberedInputs */
var en_forgot_remembered = () => {
	return `Remembered it?`;
};
/**

* @param {Forgot_RememberedInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var forgot_remembered = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_forgot_remembered(inputs);
};
// web/src/paraglide/messages/forgot_submit.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Forgot_SubmitInputs */
var en_forgot_submit = () => {
	return `Email me a code`;
};
/**

* @param {Forgot_SubmitInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var forgot_submit = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_forgot_submit(inputs);
};
// web/src/islands/auth/ForgotPassword.tsx
/** /forgot-password/: ask for a reset code, then continue on /reset-password/ to use it. */
var link = "font-semibold text-brand-700 underline-offset-2 hover:underline";
function ForgotPassword() {
	const [email, setEmail] = useState("");
	useEffect(() => setEmail(query().get("email")?.trim() ?? ""), []);
	const form = useForm({ submit: async (f) => {
		const address = fieldValue(f, "email");
		await api.call("forgotPassword", { body: { email: address } });
		window.location.assign(withEmail("/reset-password/", address, "&sent=1"));
		return "navigating";
	} });
	return jsxs(Fragment, { children: [
		jsx("p", {
			class: "mt-2 text-slate-600",
			children: forgot_lead()
		}),
		jsxs("form", {
			id: "forgot-form",
			class: "mt-6 grid gap-5",
			"data-testid": "forgot-form",
			noValidate: true,
			onSubmit: form.onSubmit,
			children: [
				jsx(FormError, {
					message: form.formError,
					boxRef: form.summary
				}),
				jsx(EmailField, {
					value: email,
					onValue: setEmail,
					error: form.errors.email
				}),
				jsx(Button, {
					type: "submit",
					class: "h-12 text-base",
					testid: "forgot-submit",
					busy: form.busy,
					busyLabel: sending(),
					children: forgot_submit()
				})
			]
		}),
		jsxs("p", {
			class: "mt-6 border-t border-slate-200 pt-5 text-sm text-slate-600",
			children: [
				forgot_remembered(),
				" ",
				jsx("a", {
					href: "/login/",
					class: link,
					children: forgot_back()
				}),
				" ",
				"· ",
				forgot_have_code(),
				" ",
				jsx("a", {
					href: withEmail("/reset-password/", email.trim()),
					class: link,
					children: forgot_enter_it()
				})
			]
		})
	] });
}
// web/src/pages/forgot-password.astro
var forgot_password_exports = /* @__PURE__ */ __exportAll({
	default: () => $$ForgotPassword,
	file: () => $$file,
	url: () => $$url
});
var $$ForgotPassword = createComponent(($$result, $$props, $$slots) => {
	return renderTemplate`${renderComponent($$result, "AuthLayout", $$AuthLayout, {
		"title": forgot_page(),
		"description": forgot_page_description(),
		"eyebrow": auth_password_eyebrow(),
		"heading": forgot_heading(),
		"testid": "forgot-page"
	}, { "default": ($$result) => renderTemplate`${renderComponent($$result, "Island", $$Island, {
		"name": "ForgotPassword",
		"component": ForgotPassword
	})}${renderScript($$result, "/work/wt-hindi/web/src/pages/forgot-password.astro?astro&type=script&index=0&lang.ts")}` })}`;
}, "/work/wt-hindi/web/src/pages/forgot-password.astro", void 0);
var $$file = "/work/wt-hindi/web/src/pages/forgot-password.astro";
var $$url = "/forgot-password";
// \0virtual:astro:page:src/pages/forgot-password@_@astro
var page = () => forgot_password_exports;
export { page };
