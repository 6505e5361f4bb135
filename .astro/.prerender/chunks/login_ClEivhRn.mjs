import { B as lock, O as receipt, ft as renderScript, ht as __exportAll, mt as createComponent, y as video } from "./skip_to_content_DtyEdUnf.mjs";
import { a as renderComponent, d as renderTemplate } from "./server_DkXzZEFQ.mjs";
import { t as AuthAside } from "./AuthAside_DevkWRqF.mjs";
import { A as $$Island, i as getMeIfSignedIn, l as api, n as dashboardPath, o as signedIn, s as safeNext } from "./Base_BSFoRxR2.mjs";
import { i as checking, n as mfa_code_invalid, r as login_password, t as mfa_code_missing } from "./mfa_code_missing_30b6RNdg.mjs";
import { t as Button } from "./Button_CN07y6wQ.mjs";
import { t as FormError } from "./FormError_CFR7y0xy.mjs";
import { t as Notice } from "./Notice_PVZELjfy.mjs";
import { t as PasswordField } from "./PasswordField_DjpFPyLI.mjs";
import { n as useForm, t as fieldValue } from "./useForm_D_rb2N8J.mjs";
import { a as query, c as withEmail, o as typedPassword, r as EmailField, t as CodeField } from "./parts_CtWdJqPx.mjs";
import { t as $$AuthLayout } from "./AuthLayout_iVco4tGq.mjs";
import { Fragment, jsx, jsxs } from "preact/jsx-runtime";
import { useEffect, useRef, useState } from "preact/hooks";
// web/src/paraglide/messages/login_already.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Login_AlreadyInputs */
var en_login_already = () => {
	return `You are already signed in as`;
};
/**

* @param {Login_AlreadyInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var login_already = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_login_already(inputs);
};
// web/src/paraglide/messages/login_aside_heading.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Login_Aside_HeadingInputs */
var en_login_aside_heading = () => {
	return `Good to see you again`;
};
/**

* @param {Login_Aside_HeadingInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var login_aside_heading = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_login_aside_heading(inputs);
};
// web/src/paraglide/messages/login_aside_private.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Login_Aside_PrivateInputs */
var en_login_aside_private = () => {
	return `Private and secure`;
};
/**

* @param {Login_Aside_PrivateInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var login_aside_private = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_login_aside_private(inputs);
};
// web/src/paraglide/messages/login_aside_private_text.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Login_Aside_Private_TextInputs */
var en_login_aside_private_text = () => {
	return `Only you and your doctor can join your room.`;
};
/**

* @param {Login_Aside_Private_TextInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var login_aside_private_text = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_login_aside_private_text(inputs);
};
// web/src/paraglide/messages/login_aside_receipts.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Login_Aside_ReceiptsInputs */
var en_login_aside_receipts = () => {
	return `Receipts and transcripts`;
};
/**

* @param {Login_Aside_ReceiptsInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var login_aside_receipts = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_login_aside_receipts(inputs);
};
// web/src/paraglide/messages/login_aside_receipts_text.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Login_Aside_Receipts_TextInputs */
var en_login_aside_receipts_text = () => {
	return `Download GST receipts; transcripts arrive by email.`;
};
/**

* @param {Login_Aside_Receipts_TextInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var login_aside_receipts_text = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_login_aside_receipts_text(inputs);
};
// web/src/paraglide/messages/login_aside_text.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Login_Aside_TextInputs */
var en_login_aside_text = () => {
	return `Your appointments, receipts and consultation transcripts are waiting for you.`;
};
/**

* @param {Login_Aside_TextInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var login_aside_text = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_login_aside_text(inputs);
};
// web/src/paraglide/messages/login_aside_video.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Login_Aside_VideoInputs */
var en_login_aside_video = () => {
	return `Join your consultation`;
};
/**

* @param {Login_Aside_VideoInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var login_aside_video = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_login_aside_video(inputs);
};
// web/src/paraglide/messages/login_aside_video_text.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Login_Aside_Video_TextInputs */
var en_login_aside_video_text = () => {
	return `The video room opens 15 minutes before your slot.`;
};
/**

* @param {Login_Aside_Video_TextInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var login_aside_video_text = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_login_aside_video_text(inputs);
};
// web/src/paraglide/messages/login_busy.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Login_BusyInputs */
var en_login_busy = () => {
	return `Signing in…`;
};
/**

* @param {Login_BusyInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var login_busy = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_login_busy(inputs);
};
// web/src/paraglide/messages/login_continue.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Login_ContinueInputs */
var en_login_continue = () => {
	return `Continue`;
};
/**

* @param {Login_ContinueInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var login_continue = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_login_continue(inputs);
};
// web/src/paraglide/messages/login_create_account.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Login_Create_AccountInputs */
var en_login_create_account = () => {
	return `Create an account`;
};
/**

* @param {Login_Create_AccountInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var login_create_account = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_login_create_account(inputs);
};
// web/src/paraglide/messages/login_eyebrow.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Login_EyebrowInputs */
var en_login_eyebrow = () => {
	return `Welcome back`;
};
/**

* @param {Login_EyebrowInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var login_eyebrow = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_login_eyebrow(inputs);
};
// web/src/paraglide/messages/login_forgot.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Login_ForgotInputs */
var en_login_forgot = () => {
	return `Forgot your password?`;
};
/**

* @param {Login_ForgotInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var login_forgot = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_login_forgot(inputs);
};
// web/src/paraglide/messages/login_go_dashboard.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Login_Go_DashboardInputs */
var en_login_go_dashboard = () => {
	return `Go to your dashboard`;
};
/**

* @param {Login_Go_DashboardInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var login_go_dashboard = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_login_go_dashboard(inputs);
};
// web/src/paraglide/messages/login_heading.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Login_HeadingInputs */
var en_login_heading = () => {
	return `Sign in to Chikitsa360`;
};
/**

* @param {Login_HeadingInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var login_heading = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_login_heading(inputs);
};
// web/src/paraglide/messages/login_mfa_lead.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Login_Mfa_LeadInputs */
var en_login_mfa_lead = () => {
	return `Enter the 6-digit code from your authenticator app.`;
};
/**

* @param {Login_Mfa_LeadInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var login_mfa_lead = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_login_mfa_lead(inputs);
};
// web/src/paraglide/messages/login_mfa_submit.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Login_Mfa_SubmitInputs */
var en_login_mfa_submit = () => {
	return `Continue`;
};
/**

* @param {Login_Mfa_SubmitInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var login_mfa_submit = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_login_mfa_submit(inputs);
};
// web/src/paraglide/messages/login_new.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Login_NewInputs */
var en_login_new = () => {
	return `New to Chikitsa360?`;
};
/**

* @param {Login_NewInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var login_new = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_login_new(inputs);
};
// web/src/paraglide/messages/login_next.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Login_NextInputs */
var en_login_next = () => {
	return `Please sign in to continue. We will take you back to the page you were on.`;
};
/**

* @param {Login_NextInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var login_next = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_login_next(inputs);
};
// web/src/paraglide/messages/login_page.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Login_PageInputs */
var en_login_page = () => {
	return `Sign in`;
};
/**

* @param {Login_PageInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var login_page = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_login_page(inputs);
};
// web/src/paraglide/messages/login_page_description.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Login_Page_DescriptionInputs */
var en_login_page_description = () => {
	return `Sign in to Chikitsa360 to book and join your video consultations.`;
};
/**

* @param {Login_Page_DescriptionInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var login_page_description = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_login_page_description(inputs);
};
// web/src/paraglide/messages/login_reset_link.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Login_Reset_LinkInputs */
var en_login_reset_link = () => {
	return `Reset your password`;
};
/**

* @param {Login_Reset_LinkInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var login_reset_link = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_login_reset_link(inputs);
};
// web/src/paraglide/messages/login_reset_text.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Login_Reset_TextInputs */
var en_login_reset_text = () => {
	return `Sign in with your new password.`;
};
/**

* @param {Login_Reset_TextInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var login_reset_text = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_login_reset_text(inputs);
};
// web/src/paraglide/messages/login_reset_title.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Login_Reset_TitleInputs */
var en_login_reset_title = () => {
	return `Your password is changed.`;
};
/**

* @param {Login_Reset_TitleInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var login_reset_title = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_login_reset_title(inputs);
};
// web/src/paraglide/messages/login_signed_out.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Login_Signed_OutInputs */
var en_login_signed_out = () => {
	return `You have signed out. See you soon.`;
};
/**

* @param {Login_Signed_OutInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var login_signed_out = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_login_signed_out(inputs);
};
// web/src/paraglide/messages/login_submit.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Login_SubmitInputs */
var en_login_submit = () => {
	return `Sign in`;
};
/**

* @param {Login_SubmitInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var login_submit = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_login_submit(inputs);
};
// web/src/paraglide/messages/login_verified_text.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Login_Verified_TextInputs */
var en_login_verified_text = () => {
	return `Sign in to continue.`;
};
/**

* @param {Login_Verified_TextInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var login_verified_text = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_login_verified_text(inputs);
};
// web/src/paraglide/messages/login_verified_title.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Login_Verified_TitleInputs */
var en_login_verified_title = () => {
	return `Your email is verified.`;
};
/**

* @param {Login_Verified_TitleInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var login_verified_title = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_login_verified_title(inputs);
};
// web/src/paraglide/messages/mfa_code.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Mfa_CodeInputs */
var en_mfa_code = () => {
	return `Code`;
};
/**

* @param {Mfa_CodeInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var mfa_code = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_mfa_code(inputs);
};
// web/src/islands/auth/Login.tsx
/**
* /login/: sign in, then go to `?next=` (only a path on this site: safeNext) or the dashboard for the
* role. With two-step sign-in on, the password step is followed by the code from the authenticator
* app. An unverified account is sent to /verify/ with the email filled in.
*/
var link = "font-semibold text-brand-700 underline-offset-2 hover:underline";
function Login() {
	const [email, setEmail] = useState("");
	const [next, setNext] = useState(null);
	const [arrival, setArrival] = useState(null);
	const [already, setAlready] = useState(null);
	const [step, setStep] = useState("password");
	const [resetHint, setResetHint] = useState(false);
	const passwordInput = useRef(null);
	const codeInput = useRef(null);
	useEffect(() => {
		const q = query();
		const target = safeNext(q.get("next"));
		setNext(target);
		setArrival(q.get("verified") === "1" ? "verified" : q.get("reset") === "1" ? "reset" : q.get("signedOut") === "1" ? "signedOut" : target ? "next" : null);
		const given = q.get("email")?.trim();
		if (given) {
			setEmail(given);
			passwordInput.current?.focus();
		}
		getMeIfSignedIn().then(setAlready, () => void 0);
	}, []);
	useEffect(() => {
		if (step === "code") codeInput.current?.focus();
	}, [step]);
	/** Signed in: on to `?next=` or the dashboard. */
	const finish = (result) => {
		signedIn(result);
		window.location.assign(next ?? dashboardPath(result.user.role));
		return "navigating";
	};
	const login = useForm({
		submit: async (f) => {
			setResetHint(false);
			const result = await api.call("login", { body: {
				email: fieldValue(f, "email"),
				password: typedPassword(f)
			} });
			if ("mfaRequired" in result) {
				setStep("code");
				return;
			}
			return finish(result);
		},
		onError: (err) => {
			if (err.code === "not_confirmed") {
				window.location.assign(`${withEmail("/verify/", email.trim())}&reason=not_confirmed`);
				return true;
			}
			if (err.code === "password_reset_required" || err.status === 429) setResetHint(true);
			return false;
		}
	});
	const mfa = useForm({ submit: async (f) => finish(await api.call("completeMfa", { body: { code: fieldValue(f, "code") } })) });
	return jsxs(Fragment, { children: [
		jsxs("p", {
			class: "mt-2 text-slate-600",
			children: [
				login_new(),
				" ",
				jsx("a", {
					href: "/register/",
					class: link,
					children: login_create_account()
				})
			]
		}),
		(arrival || already) && jsx("div", {
			class: "mt-6 grid gap-3",
			children: already ? jsx(Notice, {
				tone: "info",
				testid: "notice-already",
				children: jsxs("p", { children: [
					login_already(),
					" ",
					jsx("strong", {
						class: "font-semibold",
						children: `${already.firstName} ${already.lastName}`
					}),
					".",
					" ",
					jsx("a", {
						href: next ?? dashboardPath(already.role),
						class: "font-semibold underline",
						children: next ? login_continue() : login_go_dashboard()
					})
				] })
			}) : arrival === "verified" ? jsx(Notice, {
				tone: "success",
				testid: "notice-verified",
				children: jsxs("p", { children: [
					jsx("strong", {
						class: "font-semibold",
						children: login_verified_title()
					}),
					" ",
					login_verified_text()
				] })
			}) : arrival === "reset" ? jsx(Notice, {
				tone: "success",
				testid: "notice-reset",
				children: jsxs("p", { children: [
					jsx("strong", {
						class: "font-semibold",
						children: login_reset_title()
					}),
					" ",
					login_reset_text()
				] })
			}) : arrival === "signedOut" ? jsx(Notice, {
				tone: "info",
				testid: "notice-signed-out",
				children: jsx("p", { children: login_signed_out() })
			}) : jsx(Notice, {
				tone: "info",
				testid: "notice-next",
				children: jsx("p", { children: login_next() })
			})
		}),
		step === "password" ? jsxs("form", {
			id: "login-form",
			class: "mt-6 grid gap-5",
			"data-testid": "login-form",
			noValidate: true,
			onSubmit: login.onSubmit,
			children: [
				jsx(FormError, {
					message: login.formError,
					boxRef: login.summary,
					children: resetHint && jsxs(Fragment, { children: [" ", jsx("a", {
						href: withEmail("/forgot-password/", email.trim()),
						class: "font-semibold underline underline-offset-2",
						children: login_reset_link()
					})] })
				}),
				jsx(EmailField, {
					value: email,
					onValue: setEmail,
					error: login.errors.email
				}),
				jsxs("div", { children: [jsx(PasswordField, {
					id: "password",
					label: login_password(),
					autocomplete: "current-password",
					testid: "password",
					error: login.errors.password,
					controlRef: passwordInput
				}), jsx("p", {
					class: "mt-2 text-right text-sm",
					children: jsx("a", {
						href: withEmail("/forgot-password/", email.trim()),
						id: "forgot-link",
						class: "font-medium text-brand-700 underline-offset-2 hover:underline",
						"data-testid": "forgot-link",
						children: login_forgot()
					})
				})] }),
				jsx(Button, {
					type: "submit",
					class: "h-12 text-base",
					testid: "login-submit",
					busy: login.busy,
					busyLabel: login_busy(),
					children: login_submit()
				})
			]
		}) : jsxs("form", {
			class: "mt-6 grid gap-5",
			"data-testid": "mfa-form",
			noValidate: true,
			onSubmit: mfa.onSubmit,
			children: [
				jsx(FormError, {
					message: mfa.formError,
					boxRef: mfa.summary
				}),
				jsx("p", {
					class: "text-slate-700",
					children: login_mfa_lead()
				}),
				jsx(CodeField, {
					id: "mfa-code",
					label: mfa_code(),
					testid: "mfa-code",
					missing: mfa_code_missing(),
					invalid: mfa_code_invalid(),
					error: mfa.errors.code,
					large: false,
					inputRef: codeInput
				}),
				jsx(Button, {
					type: "submit",
					class: "h-12 text-base",
					testid: "mfa-submit",
					busy: mfa.busy,
					busyLabel: checking(),
					children: login_mfa_submit()
				})
			]
		})
	] });
}
// web/src/pages/login.astro
var login_exports = /* @__PURE__ */ __exportAll({
	default: () => $$Login,
	file: () => $$file,
	url: () => $$url
});
var $$Login = createComponent(($$result, $$props, $$slots) => {
	return renderTemplate`${renderComponent($$result, "AuthLayout", $$AuthLayout, {
		"title": login_page(),
		"description": login_page_description(),
		"eyebrow": login_eyebrow(),
		"heading": login_heading(),
		"testid": "login-page"
	}, {
		"default": ($$result) => renderTemplate`${renderComponent($$result, "Island", $$Island, {
			"name": "Login",
			"component": Login
		})}${renderScript($$result, "/work/wt-hindi/web/src/pages/login.astro?astro&type=script&index=0&lang.ts")}`,
		"aside": ($$result) => renderTemplate`${renderComponent($$result, "AuthAside", AuthAside, {
			"slot": "aside",
			"heading": login_aside_heading(),
			"text": login_aside_text(),
			"points": [
				{
					icon: video,
					title: login_aside_video(),
					text: login_aside_video_text()
				},
				{
					icon: lock,
					title: login_aside_private(),
					text: login_aside_private_text()
				},
				{
					icon: receipt,
					title: login_aside_receipts(),
					text: login_aside_receipts_text()
				}
			]
		})}`
	})}`;
}, "/work/wt-hindi/web/src/pages/login.astro", void 0);
var $$file = "/work/wt-hindi/web/src/pages/login.astro";
var $$url = "/login";
// \0virtual:astro:page:src/pages/login@_@astro
var page = () => login_exports;
export { page };
