import { D as refreshCw } from "./skip_to_content_DtyEdUnf.mjs";
import { c as ApiError, k as Icon } from "./Base_BSFoRxR2.mjs";
import { t as Field } from "./Field_BwHk3La6.mjs";
import { t as Button } from "./Button_CN07y6wQ.mjs";
import { t as FormError } from "./FormError_CFR7y0xy.mjs";
import { Fragment, jsx, jsxs } from "preact/jsx-runtime";
import { useEffect, useRef, useState } from "preact/hooks";
// web/src/paraglide/messages/auth_code_invalid.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Auth_Code_InvalidInputs */
var en_auth_code_invalid = () => {
	return `The code is the 6 digits from the email.`;
};
/**

* @param {Auth_Code_InvalidInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var auth_code_invalid = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_auth_code_invalid(inputs);
};
// web/src/paraglide/messages/auth_code_missing.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Auth_Code_MissingInputs */
var en_auth_code_missing = () => {
	return `Enter the code from the email.`;
};
/**

* @param {Auth_Code_MissingInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var auth_code_missing = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_auth_code_missing(inputs);
};
// web/src/paraglide/messages/auth_email.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Auth_EmailInputs */
var en_auth_email = () => {
	return `Email address`;
};
/**

* @param {Auth_EmailInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var auth_email = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_auth_email(inputs);
};
// web/src/paraglide/messages/auth_email_first.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Auth_Email_FirstInputs */
var en_auth_email_first = () => {
	return `Enter your email address first, so we know where to send the code.`;
};
/**

* @param {Auth_Email_FirstInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var auth_email_first = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_auth_email_first(inputs);
};
// web/src/paraglide/messages/auth_email_invalid.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Auth_Email_InvalidInputs */
var en_auth_email_invalid = () => {
	return `Enter a valid email address, like name@example.com.`;
};
/**

* @param {Auth_Email_InvalidInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var auth_email_invalid = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_auth_email_invalid(inputs);
};
// web/src/paraglide/messages/auth_email_missing.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Auth_Email_MissingInputs */
var en_auth_email_missing = () => {
	return `Enter your email address.`;
};
/**

* @param {Auth_Email_MissingInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var auth_email_missing = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_auth_email_missing(inputs);
};
// web/src/paraglide/messages/auth_resend.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Auth_ResendInputs */
var en_auth_resend = () => {
	return `Send a new code`;
};
/**

* @param {Auth_ResendInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var auth_resend = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_auth_resend(inputs);
};
// web/src/paraglide/messages/auth_resend_failed.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Auth_Resend_FailedInputs */
var en_auth_resend_failed = () => {
	return `We could not send a code. Please try again.`;
};
/**

* @param {Auth_Resend_FailedInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var auth_resend_failed = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_auth_resend_failed(inputs);
};
// web/src/paraglide/messages/auth_resend_wait.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ seconds: NonNullable<unknown> }} Auth_Resend_WaitInputs */
var en_auth_resend_wait = (i) => {
	return `Send a new code (${i?.seconds} s)`;
};
/**

* @param {Auth_Resend_WaitInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var auth_resend_wait = (inputs, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_auth_resend_wait(inputs);
};
// web/src/paraglide/messages/profile_first_missing.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Profile_First_MissingInputs */
var en_profile_first_missing = () => {
	return `Enter your first name.`;
};
/**

* @param {Profile_First_MissingInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var profile_first_missing = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_profile_first_missing(inputs);
};
// web/src/paraglide/messages/profile_first_name.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Profile_First_NameInputs */
var en_profile_first_name = () => {
	return `First name`;
};
/**

* @param {Profile_First_NameInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var profile_first_name = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_profile_first_name(inputs);
};
// web/src/paraglide/messages/profile_last_missing.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Profile_Last_MissingInputs */
var en_profile_last_missing = () => {
	return `Enter your last name.`;
};
/**

* @param {Profile_Last_MissingInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var profile_last_missing = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_profile_last_missing(inputs);
};
// web/src/paraglide/messages/profile_last_name.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Profile_Last_NameInputs */
var en_profile_last_name = () => {
	return `Last name`;
};
/**

* @param {Profile_Last_NameInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var profile_last_name = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_profile_last_name(inputs);
};
// web/src/lib/password.ts
/**
* The password rules, worded exactly as the API words them (functions/accounts/schemas.ts
* `passwordRules`; the accounts browser test checks the two lists match), so they stay here beside the
* checks rather than in the message catalog. components/PasswordField.tsx draws them as a checklist.
*/
var passwordRules = [
	{
		id: "length",
		message: "Use at least 8 characters.",
		test: (p) => p.length >= 8
	},
	{
		id: "lower",
		message: "Add a lower-case letter.",
		test: (p) => /[a-z]/.test(p)
	},
	{
		id: "upper",
		message: "Add an upper-case letter.",
		test: (p) => /[A-Z]/.test(p)
	},
	{
		id: "number",
		message: "Add a number.",
		test: (p) => /[0-9]/.test(p)
	},
	{
		id: "symbol",
		message: "Add a symbol, such as @ or #.",
		test: (p) => /[^A-Za-z0-9]/.test(p)
	}
];
/** The messages of the rules `password` breaks (empty when it is acceptable). */
var brokenRules = (password) => passwordRules.filter((rule) => !rule.test(password)).map((rule) => rule.message);
// web/src/islands/auth/parts.tsx
/** The query of this page (read after hydration: the page is built without one). */
var query = () => new URLSearchParams(window.location.search);
/** Where a value typed on one page is carried to the next, so nobody types it twice. */
var withEmail = (path, email, extra = "") => email ? `${path}?email=${encodeURIComponent(email)}${extra}` : path;
function EmailField(props) {
	return jsx(Field, {
		id: "email",
		name: "email",
		type: "email",
		label: auth_email(),
		hint: props.hint,
		autocomplete: "email",
		inputMode: "email",
		spellcheck: false,
		autocapitalize: "off",
		maxLength: 254,
		missing: auth_email_missing(),
		invalid: auth_email_invalid(),
		testid: "email",
		error: props.error,
		value: props.value,
		onInput: (e) => props.onValue(e.currentTarget.value),
		controlRef: props.inputRef
	});
}
/** Six digits from an email or an authenticator app; pasted spaces and dashes ("123 456") are dropped. */
function CodeField({ id = "code", large = true, ...props }) {
	const digitsOnly = (e) => {
		const digits = e.currentTarget.value.replace(/\D/g, "").slice(0, 6);
		if (digits !== e.currentTarget.value) e.currentTarget.value = digits;
	};
	return jsx(Field, {
		id,
		name: "code",
		label: props.label,
		autocomplete: "one-time-code",
		inputMode: "numeric",
		pattern: "[0-9]{6}",
		maxLength: 6,
		enterKeyHint: "done",
		missing: props.missing,
		invalid: props.invalid,
		inputClass: large ? "max-w-56 text-center font-mono text-2xl tracking-[0.5em]" : void 0,
		testid: props.testid,
		error: props.error,
		onInput: digitsOnly,
		controlRef: props.inputRef
	});
}
/**
* "Send a new code" with a cooldown, so an impatient second click does not trip the email provider's
* limit (and the older code stays the one in the inbox a little longer). `send` resolves to what to
* say, or null to say nothing (e.g. the email field is empty and shows why).
*/
function ResendCode({ lead, send, seconds = 30 }) {
	const [left, setLeft] = useState(0);
	const [busy, setBusy] = useState(false);
	const [status, setStatus] = useState(null);
	const timer = useRef();
	useEffect(() => () => clearInterval(timer.current), []);
	const click = async () => {
		setBusy(true);
		setStatus(null);
		try {
			const text = await send();
			if (text === null) return;
			setStatus({
				text,
				error: false
			});
			setLeft(seconds);
			timer.current = setInterval(() => {
				setLeft((n) => {
					if (n <= 1) clearInterval(timer.current);
					return n - 1;
				});
			}, 1e3);
		} catch (err) {
			setStatus({
				text: err instanceof ApiError ? err.message : auth_resend_failed(),
				error: true
			});
		} finally {
			setBusy(false);
		}
	};
	return jsxs("div", {
		class: "mt-6 border-t border-slate-200 pt-5",
		children: [
			jsx("p", {
				class: "text-sm text-slate-600",
				children: lead
			}),
			jsxs("button", {
				type: "button",
				class: "btn-secondary mt-3",
				"data-testid": "resend-code",
				disabled: busy || left > 0,
				onClick: click,
				children: [jsx(Icon, {
					shape: refreshCw,
					class: "size-4"
				}), jsx("span", { children: left > 0 ? auth_resend_wait({ seconds: left }) : auth_resend() })]
			}),
			jsx("p", {
				class: `mt-3 text-sm ${status?.error ? "text-red-700" : "text-slate-700"}`,
				role: "status",
				"data-testid": "resend-status",
				children: status?.text
			})
		]
	});
}
/** The password as typed (sent exactly so: spaces can be part of one). */
var typedPassword = (f) => f.elements.namedItem("password").value;
/** The API's rules a new password breaks, as the password field's errors (checked before sending). */
function weakPassword(f) {
	const broken = brokenRules(typedPassword(f));
	return typedPassword(f) && broken.length ? { password: broken } : void 0;
}
/**
* The verify and reset forms: the email and the emailed code (more fields as children), then
* "send a new code", which needs a valid email first. Starts at the code when the email is known.
*/
function EmailCodeForm({ name, form, initialEmail, codeLabel, submit, resendLead, resend, children }) {
	const [email, setEmail] = useState("");
	const emailInput = useRef(null);
	const codeInput = useRef(null);
	useEffect(() => {
		if (initialEmail === null) return;
		setEmail(initialEmail);
		(initialEmail ? codeInput : emailInput).current?.focus();
	}, [initialEmail]);
	const send = async () => {
		const address = email.trim();
		if (address && emailInput.current?.checkValidity()) return resend(address);
		form.showErrors({ email: [auth_email_first()] });
		return null;
	};
	return jsxs(Fragment, { children: [jsxs("form", {
		id: `${name}-form`,
		ref: form.ref,
		class: "mt-6 grid gap-5",
		"data-testid": `${name}-form`,
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
				error: form.errors.email,
				inputRef: emailInput
			}),
			jsx(CodeField, {
				label: codeLabel,
				testid: "code-input",
				missing: auth_code_missing(),
				invalid: auth_code_invalid(),
				error: form.errors.code,
				inputRef: codeInput
			}),
			children,
			jsx(Button, {
				type: "submit",
				class: "h-12 text-base",
				testid: `${name}-submit`,
				busy: form.busy,
				busyLabel: submit[1],
				children: submit[0]
			})
		]
	}), jsx(ResendCode, {
		lead: resendLead,
		send
	})] });
}
/** First and last name, side by side (registration and the profile form). */
function NameFields({ errors, first, last }) {
	return jsxs("div", {
		class: "grid gap-5 sm:grid-cols-2",
		children: [jsx(Field, {
			id: "firstName",
			name: "firstName",
			label: profile_first_name(),
			autocomplete: "given-name",
			maxLength: 60,
			missing: profile_first_missing(),
			testid: "first-name",
			error: errors.firstName,
			...first
		}), jsx(Field, {
			id: "lastName",
			name: "lastName",
			label: profile_last_name(),
			autocomplete: "family-name",
			maxLength: 60,
			missing: profile_last_missing(),
			testid: "last-name",
			error: errors.lastName,
			...last
		})]
	});
}
export { query as a, withEmail as c, NameFields as i, passwordRules as l, EmailCodeForm as n, typedPassword as o, EmailField as r, weakPassword as s, CodeField as t };
