import { C as stethoscope, L as mail, O as receipt, T as shieldCheck, ft as renderScript, ht as __exportAll, it as calendar, mt as createComponent, nt as checkCircle, q as fileText, st as badgeCheck, x as user } from "./skip_to_content_DtyEdUnf.mjs";
import { a as renderComponent, d as renderTemplate, f as maybeRenderHead } from "./server_DkXzZEFQ.mjs";
import { t as AuthAside } from "./AuthAside_DevkWRqF.mjs";
import { t as and } from "./and_UAp5VV7z.mjs";
import { A as $$Island, _ as header_sign_in, k as Icon, l as api } from "./Base_BSFoRxR2.mjs";
import { t as Button } from "./Button_CN07y6wQ.mjs";
import { t as FormError } from "./FormError_CFR7y0xy.mjs";
import { t as PasswordField } from "./PasswordField_DjpFPyLI.mjs";
import { n as useForm, t as fieldValue } from "./useForm_D_rb2N8J.mjs";
import { a as query, c as withEmail, i as NameFields, o as typedPassword, r as EmailField, s as weakPassword } from "./parts_CtWdJqPx.mjs";
import { t as $$AuthLayout } from "./AuthLayout_iVco4tGq.mjs";
import { Fragment, jsx, jsxs } from "preact/jsx-runtime";
import { useEffect, useState } from "preact/hooks";
// web/src/paraglide/messages/register_aside_heading.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Register_Aside_HeadingInputs */
var en_register_aside_heading = () => {
	return `Your doctor, a video call away`;
};
/**

* @param {Register_Aside_HeadingInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var register_aside_heading = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_register_aside_heading(inputs);
};
// web/src/paraglide/messages/register_aside_receipts.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Register_Aside_ReceiptsInputs */
var en_register_aside_receipts = () => {
	return `GST receipts`;
};
/**

* @param {Register_Aside_ReceiptsInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var register_aside_receipts = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_register_aside_receipts(inputs);
};
// web/src/paraglide/messages/register_aside_receipts_text.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Register_Aside_Receipts_TextInputs */
var en_register_aside_receipts_text = () => {
	return `A proper tax invoice for every payment, in rupees.`;
};
/**

* @param {Register_Aside_Receipts_TextInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var register_aside_receipts_text = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_register_aside_receipts_text(inputs);
};
// web/src/paraglide/messages/register_aside_text.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Register_Aside_TextInputs */
var en_register_aside_text = () => {
	return `One account for the whole family's consultations: book in minutes, pay in rupees, and keep every transcript.`;
};
/**

* @param {Register_Aside_TextInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var register_aside_text = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_register_aside_text(inputs);
};
// web/src/paraglide/messages/register_aside_transcript.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Register_Aside_TranscriptInputs */
var en_register_aside_transcript = () => {
	return `Transcript by email`;
};
/**

* @param {Register_Aside_TranscriptInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var register_aside_transcript = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_register_aside_transcript(inputs);
};
// web/src/paraglide/messages/register_aside_transcript_text.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Register_Aside_Transcript_TextInputs */
var en_register_aside_transcript_text = () => {
	return `A written record of each consultation, sent to you.`;
};
/**

* @param {Register_Aside_Transcript_TextInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var register_aside_transcript_text = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_register_aside_transcript_text(inputs);
};
// web/src/paraglide/messages/register_aside_verified.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Register_Aside_VerifiedInputs */
var en_register_aside_verified = () => {
	return `Verified doctors`;
};
/**

* @param {Register_Aside_VerifiedInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var register_aside_verified = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_register_aside_verified(inputs);
};
// web/src/paraglide/messages/register_aside_verified_text.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Register_Aside_Verified_TextInputs */
var en_register_aside_verified_text = () => {
	return `Every registration is checked by our medical team.`;
};
/**

* @param {Register_Aside_Verified_TextInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var register_aside_verified_text = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_register_aside_verified_text(inputs);
};
// web/src/paraglide/messages/register_busy.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Register_BusyInputs */
var en_register_busy = () => {
	return `Creating your account…`;
};
/**

* @param {Register_BusyInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var register_busy = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_register_busy(inputs);
};
// web/src/paraglide/messages/register_doctor.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Register_DoctorInputs */
var en_register_doctor = () => {
	return `Doctor`;
};
/**

* @param {Register_DoctorInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var register_doctor = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_register_doctor(inputs);
};
// web/src/paraglide/messages/register_doctor_aside_heading.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Register_Doctor_Aside_HeadingInputs */
var en_register_doctor_aside_heading = () => {
	return `Consult patients across India`;
};
/**

* @param {Register_Doctor_Aside_HeadingInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var register_doctor_aside_heading = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_register_doctor_aside_heading(inputs);
};
// web/src/paraglide/messages/register_doctor_aside_hours.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Register_Doctor_Aside_HoursInputs */
var en_register_doctor_aside_hours = () => {
	return `Your availability`;
};
/**

* @param {Register_Doctor_Aside_HoursInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var register_doctor_aside_hours = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_register_doctor_aside_hours(inputs);
};
// web/src/paraglide/messages/register_doctor_aside_hours_text.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Register_Doctor_Aside_Hours_TextInputs */
var en_register_doctor_aside_hours_text = () => {
	return `Open the slots that suit you; patients book and pay ahead.`;
};
/**

* @param {Register_Doctor_Aside_Hours_TextInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var register_doctor_aside_hours_text = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_register_doctor_aside_hours_text(inputs);
};
// web/src/paraglide/messages/register_doctor_aside_profile.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Register_Doctor_Aside_ProfileInputs */
var en_register_doctor_aside_profile = () => {
	return `Verified profile`;
};
/**

* @param {Register_Doctor_Aside_ProfileInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var register_doctor_aside_profile = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_register_doctor_aside_profile(inputs);
};
// web/src/paraglide/messages/register_doctor_aside_profile_text.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Register_Doctor_Aside_Profile_TextInputs */
var en_register_doctor_aside_profile_text = () => {
	return `We check your medical council registration before you are listed.`;
};
/**

* @param {Register_Doctor_Aside_Profile_TextInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var register_doctor_aside_profile_text = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_register_doctor_aside_profile_text(inputs);
};
// web/src/paraglide/messages/register_doctor_aside_text.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Register_Doctor_Aside_TextInputs */
var en_register_doctor_aside_text = () => {
	return `Publish your own hours, consult by secure video, and get paid with GST invoices handled for you.`;
};
/**

* @param {Register_Doctor_Aside_TextInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var register_doctor_aside_text = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_register_doctor_aside_text(inputs);
};
// web/src/paraglide/messages/register_doctor_aside_transcripts.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Register_Doctor_Aside_TranscriptsInputs */
var en_register_doctor_aside_transcripts = () => {
	return `Transcripts`;
};
/**

* @param {Register_Doctor_Aside_TranscriptsInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var register_doctor_aside_transcripts = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_register_doctor_aside_transcripts(inputs);
};
// web/src/paraglide/messages/register_doctor_aside_transcripts_text.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Register_Doctor_Aside_Transcripts_TextInputs */
var en_register_doctor_aside_transcripts_text = () => {
	return `Every consultation is transcribed and emailed to you and the patient.`;
};
/**

* @param {Register_Doctor_Aside_Transcripts_TextInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var register_doctor_aside_transcripts_text = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_register_doctor_aside_transcripts_text(inputs);
};
// web/src/paraglide/messages/register_doctor_note.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Register_Doctor_NoteInputs */
var en_register_doctor_note = () => {
	return `After you verify your email, add your specialty and medical council registration number. An admin verifies them before patients can find you.`;
};
/**

* @param {Register_Doctor_NoteInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var register_doctor_note = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_register_doctor_note(inputs);
};
// web/src/paraglide/messages/register_doctor_text.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Register_Doctor_TextInputs */
var en_register_doctor_text = () => {
	return `Consult patients online. We verify your registration.`;
};
/**

* @param {Register_Doctor_TextInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var register_doctor_text = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_register_doctor_text(inputs);
};
// web/src/paraglide/messages/register_email_hint.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Register_Email_HintInputs */
var en_register_email_hint = () => {
	return `We will send a 6-digit code to this address to verify it.`;
};
/**

* @param {Register_Email_HintInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var register_email_hint = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_register_email_hint(inputs);
};
// web/src/paraglide/messages/register_eyebrow.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Register_EyebrowInputs */
var en_register_eyebrow = () => {
	return `Create account`;
};
/**

* @param {Register_EyebrowInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var register_eyebrow = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_register_eyebrow(inputs);
};
// web/src/paraglide/messages/register_have_account.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Register_Have_AccountInputs */
var en_register_have_account = () => {
	return `Already have an account?`;
};
/**

* @param {Register_Have_AccountInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var register_have_account = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_register_have_account(inputs);
};
// web/src/paraglide/messages/register_heading.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Register_HeadingInputs */
var en_register_heading = () => {
	return `Join Chikitsa360`;
};
/**

* @param {Register_HeadingInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var register_heading = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_register_heading(inputs);
};
// web/src/paraglide/messages/register_joining_as.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Register_Joining_AsInputs */
var en_register_joining_as = () => {
	return `I am joining as`;
};
/**

* @param {Register_Joining_AsInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var register_joining_as = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_register_joining_as(inputs);
};
// web/src/paraglide/messages/register_page.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Register_PageInputs */
var en_register_page = () => {
	return `Create your account`;
};
/**

* @param {Register_PageInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var register_page = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_register_page(inputs);
};
// web/src/paraglide/messages/register_page_description.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Register_Page_DescriptionInputs */
var en_register_page_description = () => {
	return `Create a free Chikitsa360 account to consult verified doctors online, or join as a doctor.`;
};
/**

* @param {Register_Page_DescriptionInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var register_page_description = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_register_page_description(inputs);
};
// web/src/paraglide/messages/register_password.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Register_PasswordInputs */
var en_register_password = () => {
	return `Create a password`;
};
/**

* @param {Register_PasswordInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var register_password = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_register_password(inputs);
};
// web/src/paraglide/messages/register_patient.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Register_PatientInputs */
var en_register_patient = () => {
	return `Patient`;
};
/**

* @param {Register_PatientInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var register_patient = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_register_patient(inputs);
};
// web/src/paraglide/messages/register_patient_text.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Register_Patient_TextInputs */
var en_register_patient_text = () => {
	return `Consult doctors for yourself or your family.`;
};
/**

* @param {Register_Patient_TextInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var register_patient_text = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_register_patient_text(inputs);
};
// web/src/paraglide/messages/register_privacy.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Register_PrivacyInputs */
var en_register_privacy = () => {
	return `Privacy policy`;
};
/**

* @param {Register_PrivacyInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var register_privacy = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_register_privacy(inputs);
};
// web/src/paraglide/messages/register_submit.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Register_SubmitInputs */
var en_register_submit = () => {
	return `Create account`;
};
/**

* @param {Register_SubmitInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var register_submit = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_register_submit(inputs);
};
// web/src/paraglide/messages/register_terms.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Register_TermsInputs */
var en_register_terms = () => {
	return `Terms`;
};
/**

* @param {Register_TermsInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var register_terms = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_register_terms(inputs);
};
// web/src/paraglide/messages/register_terms_before.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Register_Terms_BeforeInputs */
var en_register_terms_before = () => {
	return `By creating an account you agree to our`;
};
/**

* @param {Register_Terms_BeforeInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var register_terms_before = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_register_terms_before(inputs);
};
// web/src/islands/auth/Register.tsx
/** /register/: create a patient or doctor account, then go and verify the email. */
var ROLES = [{
	value: "patient",
	icon: user,
	title: register_patient,
	text: register_patient_text
}, {
	value: "doctor",
	icon: stethoscope,
	title: register_doctor,
	text: register_doctor_text
}];
function Register() {
	const [role, setRole] = useState("patient");
	const [email, setEmail] = useState("");
	useEffect(() => {
		const wanted = query().get("role");
		if (wanted === "doctor" || wanted === "patient") setRole(wanted);
	}, []);
	const form = useForm({
		validate: weakPassword,
		submit: async (f) => {
			const result = await api.call("register", { body: {
				email: fieldValue(f, "email"),
				password: typedPassword(f),
				firstName: fieldValue(f, "firstName"),
				lastName: fieldValue(f, "lastName"),
				role
			} });
			window.location.assign(withEmail("/verify/", result.email));
			return "navigating";
		}
	});
	return jsxs(Fragment, { children: [jsxs("p", {
		class: "mt-2 text-slate-600",
		children: [
			register_have_account(),
			" ",
			jsx("a", {
				href: "/login/",
				class: "font-semibold text-brand-700 underline-offset-2 hover:underline",
				children: header_sign_in()
			})
		]
	}), jsxs("form", {
		id: "register-form",
		class: "mt-6 grid gap-5",
		"data-testid": "register-form",
		"data-role": role,
		noValidate: true,
		onSubmit: form.onSubmit,
		children: [
			jsx(FormError, {
				message: form.formError,
				boxRef: form.summary
			}),
			jsxs("fieldset", { children: [jsx("legend", {
				class: "field-label",
				children: register_joining_as()
			}), jsx("div", {
				class: "mt-2 grid grid-cols-2 gap-3",
				children: ROLES.map((r) => jsxs("label", {
					class: "group relative flex cursor-pointer flex-col gap-1 rounded-xl border border-slate-300 bg-white p-4 hover:border-brand-400 has-checked:border-brand-600 has-checked:bg-brand-50 has-checked:ring-1 has-checked:ring-brand-600 has-focus-visible:outline-3 has-focus-visible:outline-offset-2 has-focus-visible:outline-accent-500",
					children: [
						jsx("input", {
							type: "radio",
							name: "role",
							value: r.value,
							checked: role === r.value,
							onChange: () => setRole(r.value),
							class: "sr-only",
							"data-testid": `role-${r.value}`
						}),
						jsxs("span", {
							class: "flex items-center justify-between",
							children: [jsx("span", {
								class: "grid size-9 place-items-center rounded-lg bg-brand-50 text-brand-700 group-has-checked:bg-brand-700 group-has-checked:text-white",
								children: jsx(Icon, {
									shape: r.icon,
									class: "size-5"
								})
							}), jsx(Icon, {
								shape: checkCircle,
								class: "hidden size-5 text-brand-700 group-has-checked:block"
							})]
						}),
						jsx("span", {
							class: "mt-1 font-semibold text-slate-900",
							children: r.title()
						}),
						jsx("span", {
							class: "text-sm leading-5 text-slate-600",
							children: r.text()
						})
					]
				}, r.value))
			})] }),
			jsx(NameFields, { errors: form.errors }),
			jsx(EmailField, {
				value: email,
				onValue: setEmail,
				error: form.errors.email,
				hint: register_email_hint()
			}),
			jsx(PasswordField, {
				id: "password",
				label: register_password(),
				autocomplete: "new-password",
				rules: true,
				testid: "password",
				error: form.errors.password
			}),
			role === "doctor" && jsx("p", {
				class: "text-sm leading-6 text-slate-600",
				children: register_doctor_note()
			}),
			jsx(Button, {
				type: "submit",
				class: "h-12 text-base",
				testid: "register-submit",
				busy: form.busy,
				busyLabel: register_busy(),
				children: register_submit()
			}),
			jsxs("p", {
				class: "text-xs leading-5 text-slate-500",
				children: [
					register_terms_before(),
					" ",
					jsx("a", {
						href: "/terms/",
						class: "underline hover:text-slate-700",
						children: register_terms()
					}),
					" ",
					and(),
					" ",
					jsx("a", {
						href: "/privacy/",
						class: "underline hover:text-slate-700",
						children: register_privacy()
					}),
					"."
				]
			})
		]
	})] });
}
// web/src/pages/register.astro
var register_exports = /* @__PURE__ */ __exportAll({
	default: () => $$Register,
	file: () => $$file,
	url: () => $$url
});
var $$Register = createComponent(($$result, $$props, $$slots) => {
	const doctorChosen = "body:has([data-role=doctor])";
	return renderTemplate`${renderComponent($$result, "AuthLayout", $$AuthLayout, {
		"title": register_page(),
		"description": register_page_description(),
		"eyebrow": register_eyebrow(),
		"heading": register_heading(),
		"testid": "register-page"
	}, {
		"default": ($$result) => renderTemplate`${renderComponent($$result, "Island", $$Island, {
			"name": "Register",
			"component": Register
		})}${renderScript($$result, "/work/wt-hindi/web/src/pages/register.astro?astro&type=script&index=0&lang.ts")}`,
		"aside": ($$result) => renderTemplate`${maybeRenderHead($$result)}<div>${renderComponent($$result, "AuthAside", AuthAside, {
			"class": `[${doctorChosen}_&]:hidden`,
			"heading": register_aside_heading(),
			"text": register_aside_text(),
			"points": [
				{
					icon: badgeCheck,
					title: register_aside_verified(),
					text: register_aside_verified_text()
				},
				{
					icon: receipt,
					title: register_aside_receipts(),
					text: register_aside_receipts_text()
				},
				{
					icon: mail,
					title: register_aside_transcript(),
					text: register_aside_transcript_text()
				}
			]
		})}${renderComponent($$result, "AuthAside", AuthAside, {
			"class": `hidden [${doctorChosen}_&]:block`,
			"heading": register_doctor_aside_heading(),
			"text": register_doctor_aside_text(),
			"points": [
				{
					icon: calendar,
					title: register_doctor_aside_hours(),
					text: register_doctor_aside_hours_text()
				},
				{
					icon: shieldCheck,
					title: register_doctor_aside_profile(),
					text: register_doctor_aside_profile_text()
				},
				{
					icon: fileText,
					title: register_doctor_aside_transcripts(),
					text: register_doctor_aside_transcripts_text()
				}
			]
		})}</div>`
	})}`;
}, "/work/wt-hindi/web/src/pages/register.astro", void 0);
var $$file = "/work/wt-hindi/web/src/pages/register.astro";
var $$url = "/register";
// \0virtual:astro:page:src/pages/register@_@astro
var page = () => register_exports;
export { page };
