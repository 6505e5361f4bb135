import { L as mail, ft as renderScript, ht as __exportAll, mt as createComponent } from "./skip_to_content_DtyEdUnf.mjs";
import { a as renderComponent, d as renderTemplate } from "./server_DkXzZEFQ.mjs";
import { A as $$Island, l as api } from "./Base_BSFoRxR2.mjs";
import { t as Notice } from "./Notice_PVZELjfy.mjs";
import { t as auth_password_eyebrow } from "./auth_password_eyebrow_DJTporaG.mjs";
import { t as PasswordField } from "./PasswordField_DjpFPyLI.mjs";
import { n as useForm, t as fieldValue } from "./useForm_D_rb2N8J.mjs";
import { t as reset_submit } from "./reset_submit_Dpu92QGu.mjs";
import { a as query, n as EmailCodeForm, o as typedPassword, s as weakPassword } from "./parts_CtWdJqPx.mjs";
import { t as $$AuthLayout } from "./AuthLayout_iVco4tGq.mjs";
import { Fragment, jsx, jsxs } from "preact/jsx-runtime";
import { useEffect, useState } from "preact/hooks";
// web/src/paraglide/messages/reset_busy.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Reset_BusyInputs */
var en_reset_busy = () => {
	return `Changing your password…`;
};
/**

* @param {Reset_BusyInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var reset_busy = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_reset_busy(inputs);
};
// web/src/paraglide/messages/reset_code.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Reset_CodeInputs */
var en_reset_code = () => {
	return `6-digit code from the email`;
};
/**

* @param {Reset_CodeInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var reset_code = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_reset_code(inputs);
};
// web/src/paraglide/messages/reset_page.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Reset_PageInputs */
var en_reset_page = () => {
	return `Choose a new password`;
};
/**

* @param {Reset_PageInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var reset_page = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_reset_page(inputs);
};
// web/src/paraglide/messages/reset_page_description.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Reset_Page_DescriptionInputs */
var en_reset_page_description = () => {
	return `Enter the code from your email and choose a new Chikitsa360 password.`;
};
/**

* @param {Reset_Page_DescriptionInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var reset_page_description = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_reset_page_description(inputs);
};
// web/src/paraglide/messages/reset_password.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Reset_PasswordInputs */
var en_reset_password = () => {
	return `New password`;
};
/**

* @param {Reset_PasswordInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var reset_password = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_reset_password(inputs);
};
// web/src/paraglide/messages/reset_resend_lead.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Reset_Resend_LeadInputs */
var en_reset_resend_lead = () => {
	return `No code yet? Check your spam folder, or:`;
};
/**

* @param {Reset_Resend_LeadInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var reset_resend_lead = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_reset_resend_lead(inputs);
};
// web/src/paraglide/messages/reset_resent.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ email: NonNullable<unknown> }} Reset_ResentInputs */
var en_reset_resent = (i) => {
	return `If an account exists for ${i?.email}, a new code is on its way.`;
};
/**

* @param {Reset_ResentInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var reset_resent = (inputs, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_reset_resent(inputs);
};
// web/src/paraglide/messages/reset_sent_after.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Reset_Sent_AfterInputs */
var en_reset_sent_after = () => {
	return `, we have emailed it a 6-digit code. It can take a minute to arrive.`;
};
/**

* @param {Reset_Sent_AfterInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var reset_sent_after = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_reset_sent_after(inputs);
};
// web/src/paraglide/messages/reset_sent_before.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Reset_Sent_BeforeInputs */
var en_reset_sent_before = () => {
	return `If an account exists for`;
};
/**

* @param {Reset_Sent_BeforeInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var reset_sent_before = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_reset_sent_before(inputs);
};
// web/src/islands/auth/ResetPassword.tsx
/** /reset-password/: the emailed code plus a new password (with the live rule checklist). */
function ResetPassword() {
	const [given, setGiven] = useState(null);
	const [sentTo, setSentTo] = useState("");
	useEffect(() => {
		const q = query();
		const email = q.get("email")?.trim() ?? "";
		setGiven(email);
		if (email && q.get("sent") === "1") setSentTo(email);
	}, []);
	const form = useForm({
		validate: weakPassword,
		submit: async (f) => {
			const email = fieldValue(f, "email");
			await api.call("resetPassword", { body: {
				email,
				code: fieldValue(f, "code"),
				password: typedPassword(f)
			} });
			window.location.assign(`/login/?reset=1&email=${encodeURIComponent(email)}`);
			return "navigating";
		},
		onError: (err) => err.code === "bad_request" && err.details?.code ? { code: [err.message] } : false
	});
	return jsxs(Fragment, { children: [sentTo && jsx(Notice, {
		tone: "info",
		icon: mail,
		class: "mt-5",
		testid: "notice-sent",
		children: jsxs("p", { children: [
			reset_sent_before(),
			" ",
			jsx("strong", {
				class: "font-semibold break-all",
				children: sentTo
			}),
			reset_sent_after()
		] })
	}), jsx(EmailCodeForm, {
		name: "reset",
		form,
		initialEmail: given,
		codeLabel: reset_code(),
		submit: [reset_submit(), reset_busy()],
		resendLead: reset_resend_lead(),
		resend: async (email) => {
			await api.call("forgotPassword", { body: { email } });
			return reset_resent({ email });
		},
		children: jsx(PasswordField, {
			id: "password",
			label: reset_password(),
			autocomplete: "new-password",
			rules: true,
			testid: "password",
			error: form.errors.password
		})
	})] });
}
// web/src/pages/reset-password.astro
var reset_password_exports = /* @__PURE__ */ __exportAll({
	default: () => $$ResetPassword,
	file: () => $$file,
	url: () => $$url
});
var $$ResetPassword = createComponent(($$result, $$props, $$slots) => {
	return renderTemplate`${renderComponent($$result, "AuthLayout", $$AuthLayout, {
		"title": reset_page(),
		"description": reset_page_description(),
		"eyebrow": auth_password_eyebrow(),
		"heading": reset_page(),
		"testid": "reset-page"
	}, { "default": ($$result) => renderTemplate`${renderComponent($$result, "Island", $$Island, {
		"name": "ResetPassword",
		"component": ResetPassword
	})}${renderScript($$result, "/work/wt-hindi/web/src/pages/reset-password.astro?astro&type=script&index=0&lang.ts")}` })}`;
}, "/work/wt-hindi/web/src/pages/reset-password.astro", void 0);
var $$file = "/work/wt-hindi/web/src/pages/reset-password.astro";
var $$url = "/reset-password";
// \0virtual:astro:page:src/pages/reset-password@_@astro
var page = () => reset_password_exports;
export { page };
