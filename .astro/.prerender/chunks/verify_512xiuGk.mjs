import { ft as renderScript, ht as __exportAll, mt as createComponent } from "./skip_to_content_DtyEdUnf.mjs";
import { a as renderComponent, d as renderTemplate } from "./server_DkXzZEFQ.mjs";
import { A as $$Island, l as api } from "./Base_BSFoRxR2.mjs";
import { t as Notice } from "./Notice_PVZELjfy.mjs";
import { n as useForm, t as fieldValue } from "./useForm_D_rb2N8J.mjs";
import { a as query, n as EmailCodeForm } from "./parts_CtWdJqPx.mjs";
import { t as $$AuthLayout } from "./AuthLayout_iVco4tGq.mjs";
import { Fragment, jsx, jsxs } from "preact/jsx-runtime";
import { useEffect, useState } from "preact/hooks";
// web/src/paraglide/messages/verify_busy.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Verify_BusyInputs */
var en_verify_busy = () => {
	return `Checking the code…`;
};
/**

* @param {Verify_BusyInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var verify_busy = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_verify_busy(inputs);
};
// web/src/paraglide/messages/verify_code.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Verify_CodeInputs */
var en_verify_code = () => {
	return `6-digit code`;
};
/**

* @param {Verify_CodeInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var verify_code = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_verify_code(inputs);
};
// web/src/paraglide/messages/verify_eyebrow.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Verify_EyebrowInputs */
var en_verify_eyebrow = () => {
	return `One last step`;
};
/**

* @param {Verify_EyebrowInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var verify_eyebrow = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_verify_eyebrow(inputs);
};
// web/src/paraglide/messages/verify_heading.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Verify_HeadingInputs */
var en_verify_heading = () => {
	return `Check your email`;
};
/**

* @param {Verify_HeadingInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var verify_heading = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_verify_heading(inputs);
};
// web/src/paraglide/messages/verify_intro_after.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Verify_Intro_AfterInputs */
var en_verify_intro_after = () => {
	return `Enter it below to verify your email.`;
};
/**

* @param {Verify_Intro_AfterInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var verify_intro_after = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_verify_intro_after(inputs);
};
// web/src/paraglide/messages/verify_intro_before.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Verify_Intro_BeforeInputs */
var en_verify_intro_before = () => {
	return `We sent a 6-digit code to`;
};
/**

* @param {Verify_Intro_BeforeInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var verify_intro_before = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_verify_intro_before(inputs);
};
// web/src/paraglide/messages/verify_not_confirmed_text.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Verify_Not_Confirmed_TextInputs */
var en_verify_not_confirmed_text = () => {
	return `Enter the code from our email, or send yourself a new one below.`;
};
/**

* @param {Verify_Not_Confirmed_TextInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var verify_not_confirmed_text = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_verify_not_confirmed_text(inputs);
};
// web/src/paraglide/messages/verify_not_confirmed_title.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Verify_Not_Confirmed_TitleInputs */
var en_verify_not_confirmed_title = () => {
	return `Your email is not verified yet.`;
};
/**

* @param {Verify_Not_Confirmed_TitleInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var verify_not_confirmed_title = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_verify_not_confirmed_title(inputs);
};
// web/src/paraglide/messages/verify_page.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Verify_PageInputs */
var en_verify_page = () => {
	return `Verify your email`;
};
/**

* @param {Verify_PageInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var verify_page = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_verify_page(inputs);
};
// web/src/paraglide/messages/verify_page_description.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Verify_Page_DescriptionInputs */
var en_verify_page_description = () => {
	return `Enter the 6-digit code we emailed you to finish creating your Chikitsa360 account.`;
};
/**

* @param {Verify_Page_DescriptionInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var verify_page_description = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_verify_page_description(inputs);
};
// web/src/paraglide/messages/verify_resend_lead.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Verify_Resend_LeadInputs */
var en_verify_resend_lead = () => {
	return `Did not get the email? Check your spam folder, or:`;
};
/**

* @param {Verify_Resend_LeadInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var verify_resend_lead = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_verify_resend_lead(inputs);
};
// web/src/paraglide/messages/verify_resent.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ email: NonNullable<unknown> }} Verify_ResentInputs */
var en_verify_resent = (i) => {
	return `If ${i?.email} is waiting for verification, a new code is on its way. It can take a minute to arrive.`;
};
/**

* @param {Verify_ResentInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var verify_resent = (inputs, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_verify_resent(inputs);
};
// web/src/paraglide/messages/verify_submit.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Verify_SubmitInputs */
var en_verify_submit = () => {
	return `Verify email`;
};
/**

* @param {Verify_SubmitInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var verify_submit = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_verify_submit(inputs);
};
// web/src/paraglide/messages/verify_your_email.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Verify_Your_EmailInputs */
var en_verify_your_email = () => {
	return `your email address`;
};
/**

* @param {Verify_Your_EmailInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var verify_your_email = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_verify_your_email(inputs);
};
// web/src/islands/auth/Verify.tsx
/** /verify/: confirm the email with the 6-digit code, or ask for a new code. */
var signIn = (email) => window.location.assign(`/login/?verified=1&email=${encodeURIComponent(email)}`);
function Verify() {
	const [given, setGiven] = useState(null);
	const [sentTo, setSentTo] = useState("");
	const [notConfirmed, setNotConfirmed] = useState(false);
	useEffect(() => {
		const q = query();
		const email = q.get("email")?.trim() ?? "";
		setGiven(email);
		setSentTo(email);
		setNotConfirmed(q.get("reason") === "not_confirmed");
	}, []);
	const form = useForm({
		submit: async (f) => {
			await api.call("confirm", { body: {
				email: fieldValue(f, "email"),
				code: fieldValue(f, "code")
			} });
			signIn(fieldValue(f, "email"));
			return "navigating";
		},
		onError: (err) => {
			if (err.code === "already_confirmed" && form.ref.current) {
				signIn(fieldValue(form.ref.current, "email"));
				return true;
			}
			return err.code === "bad_request" ? { code: [err.message] } : false;
		}
	});
	return jsxs(Fragment, { children: [
		jsxs("p", {
			class: "mt-2 text-slate-600",
			"data-testid": "verify-intro",
			children: [
				verify_intro_before(),
				" ",
				jsx("strong", {
					class: "font-semibold break-all text-slate-900",
					children: sentTo || verify_your_email()
				}),
				".",
				" ",
				verify_intro_after()
			]
		}),
		notConfirmed && jsx(Notice, {
			tone: "warning",
			class: "mt-5",
			testid: "not-confirmed-notice",
			children: jsxs("p", { children: [
				jsx("strong", {
					class: "font-semibold",
					children: verify_not_confirmed_title()
				}),
				" ",
				verify_not_confirmed_text()
			] })
		}),
		jsx(EmailCodeForm, {
			name: "verify",
			form,
			initialEmail: given,
			codeLabel: verify_code(),
			submit: [verify_submit(), verify_busy()],
			resendLead: verify_resend_lead(),
			resend: async (email) => {
				await api.call("resendCode", { body: { email } });
				setSentTo(email);
				return verify_resent({ email });
			}
		})
	] });
}
// web/src/pages/verify.astro
var verify_exports = /* @__PURE__ */ __exportAll({
	default: () => $$Verify,
	file: () => $$file,
	url: () => $$url
});
var $$Verify = createComponent(($$result, $$props, $$slots) => {
	return renderTemplate`${renderComponent($$result, "AuthLayout", $$AuthLayout, {
		"title": verify_page(),
		"description": verify_page_description(),
		"eyebrow": verify_eyebrow(),
		"heading": verify_heading(),
		"testid": "verify-page"
	}, { "default": ($$result) => renderTemplate`${renderComponent($$result, "Island", $$Island, {
		"name": "Verify",
		"component": Verify
	})}${renderScript($$result, "/work/wt-hindi/web/src/pages/verify.astro?astro&type=script&index=0&lang.ts")}` })}`;
}, "/work/wt-hindi/web/src/pages/verify.astro", void 0);
var $$file = "/work/wt-hindi/web/src/pages/verify.astro";
var $$url = "/verify";
// \0virtual:astro:page:src/pages/verify@_@astro
var page = () => verify_exports;
export { page };
