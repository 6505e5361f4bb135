import { H as languages, I as menu, R as logOut, V as layoutDashboard, a as htmlLang, d as locales$1, f as Logo, ft as renderScript, l as unlocalizedPath, mt as createComponent, n as site_home, o as pageHref, p as $$Icon, pt as createAstro, r as header_dashboard, t as skip_to_content, tt as chevronDown, u as getLocale, v as x, x as user } from "./skip_to_content_DtyEdUnf.mjs";
import { a as renderComponent, c as renderSlot, d as renderTemplate, m as addAttribute, p as renderHead } from "./server_DkXzZEFQ.mjs";
import { jsx, jsxs } from "preact/jsx-runtime";
import { useEffect, useRef, useState } from "preact/hooks";
// web/src/components/Island.astro
createAstro("https://astro.build");
var $$Island = createComponent(($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$Island;
	const { name, component: Component, props = {} } = Astro.props;
	return renderTemplate`${renderComponent($$result, "c360-island", "c360-island", {
		"data-island": name,
		"data-props": JSON.stringify(props)
	}, { "default": ($$result) => renderTemplate`${renderComponent($$result, "Component", Component, { ...props })}` })}`;
}, "/work/wt-hindi/web/src/components/Island.astro", void 0);
// web/src/components/Icon.tsx
function Icon({ shape, class: className = "size-5", label }) {
	return jsx("svg", {
		xmlns: "http://www.w3.org/2000/svg",
		viewBox: "0 0 24 24",
		fill: "none",
		stroke: "currentColor",
		"stroke-width": "1.75",
		"stroke-linecap": "round",
		"stroke-linejoin": "round",
		focusable: "false",
		class: className,
		"aria-hidden": label ? void 0 : "true",
		role: label ? "img" : void 0,
		"aria-label": label,
		children: shape.map(([Tag, attrs], i) => jsx(Tag, { ...attrs }, i))
	});
}
// functions/contract/format.ts
/**
* The languages we speak and how we write numbers, money and times in each, through Intl with the
* Indian variants (en-IN, hi-IN): ₹ with Indian digit grouping (₹1,41,600), the locale's month and
* weekday names, the reader's time zone, plural categories and relative times ("15 मिनट में").
*
* Pure functions with no imports, in the contract so that the server (emails, PDFs) and the web write
* a figure the same way. Adding a language: its catalog (messages/<code>.json), the code in
* messages/project.inlang/settings.json, and one line in `intlTags` below.
*/
/** BCP 47 tag Intl formats with, per language we speak. */
var intlTags = {
	en: "en-IN",
	hi: "hi-IN"
};
Object.keys(intlTags);
/** The tag to give Intl for a locale ('hi' → 'hi-IN'). */
var intlTag = (locale) => intlTags[locale];
var cache = /* @__PURE__ */ new Map();
function cached(key, make) {
	let f = cache.get(key);
	if (!f) {
		f = make();
		if (cache.size > 500) cache.clear();
		cache.set(key, f);
	}
	return f;
}
/**
* Rupees from paise: '₹1,41,600' for whole rupees, '₹1,180.50' otherwise. `exact` always shows the
* paise ('₹1,180.00'), as a GST invoice does.
*/
function formatMoney(paise, locale, options = {}) {
	const whole = paise % 100 === 0 && !options.exact;
	return cached(`money:${locale}:${whole}`, () => whole ? new Intl.NumberFormat(intlTag(locale), {
		style: "currency",
		currency: "INR",
		maximumFractionDigits: 0
	}) : new Intl.NumberFormat(intlTag(locale), {
		style: "currency",
		currency: "INR",
		minimumFractionDigits: 2
	})).format(paise / 100);
}
// web/src/lib/format.ts
/** Formatting for people in India: rupees with Indian digit grouping, times in the viewer's zone. */
/** 118000 → "₹1,180.00"; 1234567800 → "₹1,23,45,678.00": the server's formatting, with the paise. */
var formatInr = (paise) => formatMoney(paise, "en", { exact: true });
/**
* An instant as a readable date and time, e.g. "12 Mar 2026, 10:30 am IST". By default it is shown
* in the viewer's own time zone (the browser's); pass `timeZone` to show another, e.g. the doctor's.
*/
function formatDateTime(iso, timeZone) {
	const date = new Date(iso);
	if (Number.isNaN(date.getTime())) return "";
	return new Intl.DateTimeFormat("en-IN", {
		day: "numeric",
		month: "short",
		year: "numeric",
		hour: "numeric",
		minute: "2-digit",
		timeZoneName: "short",
		...timeZone ? { timeZone } : {}
	}).format(date);
}
/** "Dr. Anita Sharma" → "AS"; "Ravi" → "R". Titles such as Dr. are skipped. */
function initials(name) {
	const words = name.trim().split(/\s+/).filter((w) => w && !/^(dr|mr|mrs|ms|prof)\.?$/i.test(w));
	if (words.length === 0) return "?";
	const first = words[0] ?? "";
	const last = words.length > 1 ? words[words.length - 1] ?? "" : "";
	return (Array.from(first)[0] ?? "").concat(Array.from(last)[0] ?? "").toUpperCase();
}
/**
* Markdown → a short plain-text excerpt. The result is only ever set as textContent, so this is
* about readability, not safety: it drops the Markdown syntax a reader should not see.
*/
function plainTextExcerpt(markdown, max = 160) {
	const text = markdown.replace(/```[\s\S]*?```/g, " ").replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, " ").replace(/^[ \t]{0,3}#{1,6}[ \t].*$/gm, " ").replace(/`([^`]*)`/g, "$1").replace(/!\[[^\]]*\]\([^)]*\)/g, " ").replace(/\[([^\]]*)\]\([^)]*\)/g, "$1").replace(/<[^>]+>/g, " ").replace(/^[ \t]{0,3}(>|[-*+]|\d+[.)])\s+/gm, "").replace(/^\s*([-*_]\s*){3,}$/gm, " ").replace(/(\*\*|__|\*|_|~~)(\S(?:.*?\S)?)\1/g, "$2").replace(/\s+/g, " ").trim();
	if (text.length <= max) return text;
	const cut = text.slice(0, max);
	const space = cut.lastIndexOf(" ");
	return `${(space > max * .6 ? cut.slice(0, space) : cut).replace(/[\s,.;:!?-]+$/, "")}…`;
}
/** "Hindi", "English", "Tamil" → "Hindi, English and Tamil". */
function listOf(items) {
	return new Intl.ListFormat("en-IN", {
		style: "long",
		type: "conjunction"
	}).format(items);
}
/** 1990-04-12 → "12 April 1990" (a calendar date: no time zone may shift it). */
function formatDateOnly(ymd) {
	const [y, m, d] = ymd.split("-").map(Number);
	if (!y || !m || !d) return ymd;
	return new Intl.DateTimeFormat("en-IN", {
		day: "numeric",
		month: "long",
		year: "numeric",
		timeZone: "UTC"
	}).format(new Date(Date.UTC(y, m - 1, d)));
}
/** +919876543210 → "+91 98765 43210". */
function formatPhone(phone) {
	const m = /^\+91(\d{5})(\d{5})$/.exec(phone);
	return m ? `+91 ${m[1]} ${m[2]}` : phone;
}
// web/src/paraglide/messages/console_badge.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Console_BadgeInputs */
var en_console_badge = () => {
	return `Admin console`;
};
/**

* @param {Console_BadgeInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var console_badge = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_console_badge(inputs);
};
// web/src/paraglide/messages/footer_about.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Footer_AboutInputs */
var en_footer_about = () => {
	return `About`;
};
/**

* @param {Footer_AboutInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var footer_about = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_footer_about(inputs);
};
// web/src/paraglide/messages/footer_about_us.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Footer_About_UsInputs */
var en_footer_about_us = () => {
	return `About Chikitsa360`;
};
/**

* @param {Footer_About_UsInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var footer_about_us = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_footer_about_us(inputs);
};
// web/src/paraglide/messages/footer_blurb.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Footer_BlurbInputs */
var en_footer_blurb = () => {
	return `Video consultations with verified Indian doctors, from wherever you are. Fees in rupees with GST receipts, and a transcript of every consultation in your inbox.`;
};
/**

* @param {Footer_BlurbInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var footer_blurb = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_footer_blurb(inputs);
};
// web/src/paraglide/messages/footer_contact.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Footer_ContactInputs */
var en_footer_contact = () => {
	return `Contact us`;
};
/**

* @param {Footer_ContactInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var footer_contact = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_footer_contact(inputs);
};
// web/src/paraglide/messages/footer_copyright.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ year: NonNullable<unknown> }} Footer_CopyrightInputs */
var en_footer_copyright = (i) => {
	return `© ${i?.year} Chikitsa360. All rights reserved.`;
};
/**

* @param {Footer_CopyrightInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var footer_copyright = (inputs, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_footer_copyright(inputs);
};
// web/src/paraglide/messages/footer_create_account.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Footer_Create_AccountInputs */
var en_footer_create_account = () => {
	return `Create an account`;
};
/**

* @param {Footer_Create_AccountInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var footer_create_account = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_footer_create_account(inputs);
};
// web/src/paraglide/messages/footer_doctor_sign_in.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Footer_Doctor_Sign_InInputs */
var en_footer_doctor_sign_in = () => {
	return `Doctor sign in`;
};
/**

* @param {Footer_Doctor_Sign_InInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var footer_doctor_sign_in = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_footer_doctor_sign_in(inputs);
};
// web/src/paraglide/messages/footer_emergency_text.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Footer_Emergency_TextInputs */
var en_footer_emergency_text = () => {
	return `If you have chest pain, difficulty breathing, severe bleeding or signs of a stroke, go to the nearest hospital.`;
};
/**

* @param {Footer_Emergency_TextInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var footer_emergency_text = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_footer_emergency_text(inputs);
};
// web/src/paraglide/messages/footer_emergency_title.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Footer_Emergency_TitleInputs */
var en_footer_emergency_title = () => {
	return `Consultations are not for emergencies — call 112.`;
};
/**

* @param {Footer_Emergency_TitleInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var footer_emergency_title = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_footer_emergency_title(inputs);
};
// web/src/paraglide/messages/footer_for_doctors.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Footer_For_DoctorsInputs */
var en_footer_for_doctors = () => {
	return `For doctors`;
};
/**

* @param {Footer_For_DoctorsInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var footer_for_doctors = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_footer_for_doctors(inputs);
};
// web/src/paraglide/messages/footer_for_patients.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Footer_For_PatientsInputs */
var en_footer_for_patients = () => {
	return `For patients`;
};
/**

* @param {Footer_For_PatientsInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var footer_for_patients = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_footer_for_patients(inputs);
};
// web/src/paraglide/messages/footer_heading.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Footer_HeadingInputs */
var en_footer_heading = () => {
	return `Site information`;
};
/**

* @param {Footer_HeadingInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var footer_heading = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_footer_heading(inputs);
};
// web/src/paraglide/messages/footer_how_it_works.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Footer_How_It_WorksInputs */
var en_footer_how_it_works = () => {
	return `How it works`;
};
/**

* @param {Footer_How_It_WorksInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var footer_how_it_works = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_footer_how_it_works(inputs);
};
// web/src/paraglide/messages/footer_join_doctor.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Footer_Join_DoctorInputs */
var en_footer_join_doctor = () => {
	return `Join as a doctor`;
};
/**

* @param {Footer_Join_DoctorInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var footer_join_doctor = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_footer_join_doctor(inputs);
};
// web/src/paraglide/messages/footer_legal.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Footer_LegalInputs */
var en_footer_legal = () => {
	return `Legal`;
};
/**

* @param {Footer_LegalInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var footer_legal = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_footer_legal(inputs);
};
// web/src/paraglide/messages/footer_made_in_india.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Footer_Made_In_IndiaInputs */
var en_footer_made_in_india = () => {
	return `Made in India for patients and doctors across the country.`;
};
/**

* @param {Footer_Made_In_IndiaInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var footer_made_in_india = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_footer_made_in_india(inputs);
};
// web/src/paraglide/messages/footer_privacy.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Footer_PrivacyInputs */
var en_footer_privacy = () => {
	return `Privacy`;
};
/**

* @param {Footer_PrivacyInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var footer_privacy = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_footer_privacy(inputs);
};
// web/src/paraglide/messages/footer_terms.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Footer_TermsInputs */
var en_footer_terms = () => {
	return `Terms`;
};
/**

* @param {Footer_TermsInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var footer_terms = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_footer_terms(inputs);
};
// web/src/paraglide/messages/header_account.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Header_AccountInputs */
var en_header_account = () => {
	return `Account`;
};
/**

* @param {Header_AccountInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var header_account = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_header_account(inputs);
};
// web/src/paraglide/messages/header_account_menu.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Header_Account_MenuInputs */
var en_header_account_menu = () => {
	return `, account menu`;
};
/**

* @param {Header_Account_MenuInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var header_account_menu = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_header_account_menu(inputs);
};
// web/src/paraglide/messages/header_admin_console.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Header_Admin_ConsoleInputs */
var en_header_admin_console = () => {
	return `Admin console`;
};
/**

* @param {Header_Admin_ConsoleInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var header_admin_console = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_header_admin_console(inputs);
};
// web/src/paraglide/messages/header_close_menu.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Header_Close_MenuInputs */
var en_header_close_menu = () => {
	return `Close menu`;
};
/**

* @param {Header_Close_MenuInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var header_close_menu = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_header_close_menu(inputs);
};
// web/src/paraglide/messages/header_create_account.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Header_Create_AccountInputs */
var en_header_create_account = () => {
	return `Create account`;
};
/**

* @param {Header_Create_AccountInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var header_create_account = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_header_create_account(inputs);
};
// web/src/paraglide/messages/header_language.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Header_LanguageInputs */
var en_header_language = () => {
	return `Language`;
};
/**

* @param {Header_LanguageInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var header_language = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_header_language(inputs);
};
// web/src/paraglide/messages/header_main_nav.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Header_Main_NavInputs */
var en_header_main_nav = () => {
	return `Main`;
};
/**

* @param {Header_Main_NavInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var header_main_nav = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_header_main_nav(inputs);
};
// web/src/paraglide/messages/header_open_menu.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Header_Open_MenuInputs */
var en_header_open_menu = () => {
	return `Open menu`;
};
/**

* @param {Header_Open_MenuInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var header_open_menu = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_header_open_menu(inputs);
};
// web/src/paraglide/messages/header_sign_in.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Header_Sign_InInputs */
var en_header_sign_in = () => {
	return `Sign in`;
};
/**

* @param {Header_Sign_InInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var header_sign_in = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_header_sign_in(inputs);
};
// web/src/paraglide/messages/header_sign_out.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Header_Sign_OutInputs */
var en_header_sign_out = () => {
	return `Sign out`;
};
/**

* @param {Header_Sign_OutInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var header_sign_out = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_header_sign_out(inputs);
};
// web/src/paraglide/messages/header_sign_out_failed.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Header_Sign_Out_FailedInputs */
var en_header_sign_out_failed = () => {
	return `We could not sign you out. Check your connection and try again.`;
};
/**

* @param {Header_Sign_Out_FailedInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var header_sign_out_failed = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_header_sign_out_failed(inputs);
};
// web/src/paraglide/messages/nav_availability.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Nav_AvailabilityInputs */
var en_nav_availability = () => {
	return `Availability`;
};
/**

* @param {Nav_AvailabilityInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var nav_availability = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_nav_availability(inputs);
};
// web/src/paraglide/messages/nav_find_doctor.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Nav_Find_DoctorInputs */
var en_nav_find_doctor = () => {
	return `Find a doctor`;
};
/**

* @param {Nav_Find_DoctorInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var nav_find_doctor = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_nav_find_doctor(inputs);
};
// web/src/paraglide/messages/nav_for_doctors.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Nav_For_DoctorsInputs */
var en_nav_for_doctors = () => {
	return `For doctors`;
};
/**

* @param {Nav_For_DoctorsInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var nav_for_doctors = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_nav_for_doctors(inputs);
};
// web/src/paraglide/messages/nav_health_tips.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Nav_Health_TipsInputs */
var en_nav_health_tips = () => {
	return `Health tips`;
};
/**

* @param {Nav_Health_TipsInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var nav_health_tips = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_nav_health_tips(inputs);
};
// web/src/paraglide/messages/nav_home.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Nav_HomeInputs */
var en_nav_home = () => {
	return `Home`;
};
/**

* @param {Nav_HomeInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var nav_home = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_nav_home(inputs);
};
// web/src/paraglide/messages/nav_my_appointments.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Nav_My_AppointmentsInputs */
var en_nav_my_appointments = () => {
	return `My appointments`;
};
/**

* @param {Nav_My_AppointmentsInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var nav_my_appointments = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_nav_my_appointments(inputs);
};
// web/src/paraglide/messages/nav_today.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Nav_TodayInputs */
var en_nav_today = () => {
	return `Today`;
};
/**

* @param {Nav_TodayInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var nav_today = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_nav_today(inputs);
};
// web/src/paraglide/messages/role_admin.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Role_AdminInputs */
var en_role_admin = () => {
	return `Admin`;
};
/**

* @param {Role_AdminInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var role_admin = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_role_admin(inputs);
};
// web/src/paraglide/messages/role_doctor.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Role_DoctorInputs */
var en_role_doctor = () => {
	return `Doctor`;
};
/**

* @param {Role_DoctorInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var role_doctor = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_role_doctor(inputs);
};
// web/src/paraglide/messages/role_patient.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Role_PatientInputs */
var en_role_patient = () => {
	return `Patient`;
};
/**

* @param {Role_PatientInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var role_patient = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_role_patient(inputs);
};
// web/src/paraglide/messages/site_description.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Site_DescriptionInputs */
var en_site_description = () => {
	return `Consult verified doctors online from home. Book a video consultation, pay securely in INR and get your transcript by email.`;
};
/**

* @param {Site_DescriptionInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var site_description = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_site_description(inputs);
};
// web/src/lib/nav.ts
/** The site's main navigation. The header (desktop and mobile) reads this one list. */
var mainNav = () => [
	{
		label: nav_home(),
		href: pageHref("/")
	},
	{
		label: nav_find_doctor(),
		href: pageHref("/doctors/")
	},
	{
		label: nav_health_tips(),
		href: pageHref("/health-tips/")
	},
	{
		label: nav_for_doctors(),
		href: pageHref("/register/?role=doctor")
	}
];
/** True when `href` is the page at `pathname` (query strings never mark a link current). */
function isCurrent(href, pathname) {
	const path = href.split("?")[0] ?? href;
	const norm = (p) => p.endsWith("/") ? p : `${p}/`;
	if (href.includes("?")) return false;
	return norm(path) === norm(pathname);
}
// functions/contract/routes.ts
var audited = /* @__NO_SIDE_EFFECTS__ */ (action, subject, subjectParam) => ({
	action,
	subject,
	...subjectParam ? { subjectParam } : {}
});
var notAudited = /* @__NO_SIDE_EFFECTS__ */ (why) => ({ skip: why });
/** Reasons shared by many routes. */
var PUBLIC = /* @__PURE__ */ notAudited("public: returns only what anyone may see (published content, verified doctors)");
var SIGN_IN = /* @__PURE__ */ notAudited("sign-in flow: returns nothing stored but the caller's own account");
var OWN = /* @__PURE__ */ notAudited("the caller's own records (profile, calendar, booking, payment): the data subject reading or changing their own data");
var CONTENT = /* @__PURE__ */ notAudited("public content and its drafts; no personal data");
var httpRoutes = [
	{
		method: "GET",
		path: "/api/health",
		context: "content",
		auth: "public",
		operation: "health",
		audit: /* @__PURE__ */ notAudited("dependency status only")
	},
	{
		method: "GET",
		path: "/api/home",
		context: "content",
		auth: "public",
		operation: "home",
		audit: PUBLIC
	},
	{
		method: "GET",
		path: "/api/services",
		context: "content",
		auth: "public",
		operation: "listServices",
		audit: PUBLIC
	},
	{
		method: "GET",
		path: "/api/testimonials",
		context: "content",
		auth: "public",
		operation: "listTestimonials",
		audit: PUBLIC
	},
	{
		method: "GET",
		path: "/api/health-tips",
		context: "content",
		auth: "public",
		operation: "listHealthTips",
		audit: PUBLIC
	},
	{
		method: "GET",
		path: "/api/health-tips/{tipId}",
		context: "content",
		auth: "public",
		operation: "getHealthTip",
		audit: PUBLIC
	},
	{
		method: "POST",
		path: "/api/testimonials",
		context: "content",
		auth: "patient",
		operation: "submitTestimonial",
		audit: OWN
	},
	{
		method: "GET",
		path: "/api/specialties",
		context: "discovery",
		auth: "public",
		operation: "listSpecialties",
		audit: PUBLIC
	},
	{
		method: "GET",
		path: "/api/doctors",
		context: "discovery",
		auth: "public",
		operation: "searchDoctors",
		audit: PUBLIC
	},
	{
		method: "GET",
		path: "/api/doctors/{id}",
		context: "discovery",
		auth: "public",
		operation: "getDoctor",
		audit: PUBLIC
	},
	{
		method: "POST",
		path: "/api/auth/register",
		context: "accounts",
		auth: "public",
		operation: "register",
		audit: SIGN_IN
	},
	{
		method: "POST",
		path: "/api/auth/confirm",
		context: "accounts",
		auth: "public",
		operation: "confirm",
		audit: SIGN_IN
	},
	{
		method: "POST",
		path: "/api/auth/resend-code",
		context: "accounts",
		auth: "public",
		operation: "resendCode",
		audit: SIGN_IN
	},
	{
		method: "POST",
		path: "/api/auth/login",
		context: "accounts",
		auth: "public",
		operation: "login",
		audit: SIGN_IN
	},
	{
		method: "POST",
		path: "/api/auth/refresh",
		context: "accounts",
		auth: "public",
		operation: "refresh",
		audit: SIGN_IN
	},
	{
		method: "POST",
		path: "/api/auth/logout",
		context: "accounts",
		auth: "public",
		operation: "logout",
		audit: SIGN_IN
	},
	{
		method: "POST",
		path: "/api/auth/forgot-password",
		context: "accounts",
		auth: "public",
		operation: "forgotPassword",
		audit: SIGN_IN
	},
	{
		method: "POST",
		path: "/api/auth/reset-password",
		context: "accounts",
		auth: "public",
		operation: "resetPassword",
		audit: SIGN_IN
	},
	{
		method: "POST",
		path: "/api/auth/mfa",
		context: "accounts",
		auth: "public",
		operation: "completeMfa",
		audit: SIGN_IN
	},
	{
		method: "POST",
		path: "/api/auth/mfa/setup",
		context: "accounts",
		auth: "user",
		operation: "startMfaSetup",
		audit: OWN
	},
	{
		method: "POST",
		path: "/api/auth/mfa/verify",
		context: "accounts",
		auth: "user",
		operation: "finishMfaSetup",
		audit: OWN
	},
	{
		method: "GET",
		path: "/api/me",
		context: "accounts",
		auth: "user",
		operation: "getMe",
		audit: OWN
	},
	{
		method: "PATCH",
		path: "/api/me",
		context: "accounts",
		auth: "user",
		operation: "updateMe",
		audit: OWN
	},
	{
		method: "PATCH",
		path: "/api/me/doctor-profile",
		context: "accounts",
		auth: "doctor",
		operation: "updateDoctorProfile",
		audit: OWN
	},
	{
		method: "GET",
		path: "/api/doctor/slots",
		context: "appointments",
		auth: "doctor",
		operation: "listMySlots",
		audit: OWN
	},
	{
		method: "POST",
		path: "/api/doctor/slots",
		context: "appointments",
		auth: "doctor",
		operation: "createSlots",
		audit: OWN
	},
	{
		method: "DELETE",
		path: "/api/doctor/slots/{slotId}",
		context: "appointments",
		auth: "doctor",
		operation: "deleteSlot",
		audit: OWN
	},
	{
		method: "POST",
		path: "/api/appointments",
		context: "appointments",
		auth: "patient",
		operation: "book",
		audit: OWN
	},
	{
		method: "GET",
		path: "/api/appointments",
		context: "appointments",
		auth: "user",
		operation: "listAppointments",
		audit: /* @__PURE__ */ audited("appointment.list", "appointments")
	},
	{
		method: "GET",
		path: "/api/appointments/{id}",
		context: "appointments",
		auth: "party",
		operation: "getAppointment",
		audit: /* @__PURE__ */ audited("appointment.read", "appointment", "id")
	},
	{
		method: "PATCH",
		path: "/api/appointments/{id}",
		context: "appointments",
		auth: "doctorParty",
		operation: "updateAppointment",
		audit: /* @__PURE__ */ audited("appointment.update", "appointment", "id")
	},
	{
		method: "POST",
		path: "/api/appointments/{id}/cancel",
		context: "appointments",
		auth: "party",
		operation: "cancelAppointment",
		audit: /* @__PURE__ */ audited("appointment.cancel", "appointment", "id")
	},
	{
		method: "POST",
		path: "/api/appointments/{id}/payment",
		context: "payments",
		auth: "patientParty",
		operation: "startPayment",
		audit: OWN
	},
	{
		method: "POST",
		path: "/api/payments/verify",
		context: "payments",
		auth: "patient",
		operation: "verifyPayment",
		audit: OWN
	},
	{
		method: "POST",
		path: "/api/payments/webhook",
		context: "payments",
		auth: "webhook",
		operation: "razorpayWebhook",
		audit: /* @__PURE__ */ notAudited("no user: the payment provider, signature-checked; it changes payment state and returns nothing stored")
	},
	{
		method: "GET",
		path: "/api/receipts/{id}",
		context: "payments",
		auth: "party",
		operation: "getReceipt",
		audit: /* @__PURE__ */ audited("receipt.read", "receipt", "id")
	},
	{
		method: "GET",
		path: "/api/receipts/{id}/pdf",
		context: "payments",
		auth: "party",
		operation: "getReceiptPdf",
		audit: /* @__PURE__ */ audited("receipt.download", "receipt", "id")
	},
	{
		method: "POST",
		path: "/api/appointments/{id}/join",
		context: "chat",
		auth: "party",
		operation: "joinRoom",
		audit: /* @__PURE__ */ notAudited("returns the video session of a consultation, no stored medical or personal data")
	},
	{
		method: "GET",
		path: "/api/appointments/{id}/messages",
		context: "chat",
		auth: "party",
		operation: "chatHistory",
		audit: /* @__PURE__ */ audited("chat.history.read", "chat", "id")
	},
	{
		method: "POST",
		path: "/api/appointments/{id}/recordings",
		context: "recordings",
		auth: "doctorParty",
		operation: "presignRecordingChunk",
		audit: /* @__PURE__ */ notAudited("an upload permit for the next audio chunk; nothing stored is returned")
	},
	{
		method: "POST",
		path: "/api/appointments/{id}/recordings/{recordingId}/finish",
		context: "recordings",
		auth: "doctorParty",
		operation: "finishRecording",
		audit: /* @__PURE__ */ notAudited("closes the doctor's own upload; nothing stored is returned")
	},
	{
		method: "GET",
		path: "/api/appointments/{id}/transcription",
		context: "recordings",
		auth: "party",
		operation: "getTranscription",
		audit: /* @__PURE__ */ audited("transcript.read", "transcript", "id")
	},
	{
		method: "GET",
		path: "/api/medicines",
		context: "prescriptions",
		auth: "doctor",
		operation: "searchMedicines",
		audit: /* @__PURE__ */ notAudited("the medicine catalogue: reference data in the repository, nobody's record")
	},
	{
		method: "GET",
		path: "/api/appointments/{id}/prescriptions",
		context: "prescriptions",
		auth: "party",
		operation: "listPrescriptions",
		audit: /* @__PURE__ */ audited("prescription.list", "prescription", "id")
	},
	{
		method: "PUT",
		path: "/api/appointments/{id}/prescriptions/draft",
		context: "prescriptions",
		auth: "doctorParty",
		operation: "savePrescriptionDraft",
		audit: /* @__PURE__ */ audited("prescription.draft.save", "prescription", "id")
	},
	{
		method: "POST",
		path: "/api/appointments/{id}/prescriptions/issue",
		context: "prescriptions",
		auth: "doctorParty",
		operation: "issuePrescription",
		audit: /* @__PURE__ */ audited("prescription.issue", "prescription", "id")
	},
	{
		method: "GET",
		path: "/api/appointments/{id}/prescriptions/{version}",
		context: "prescriptions",
		auth: "party",
		operation: "getPrescription",
		audit: /* @__PURE__ */ audited("prescription.read", "prescription", "id")
	},
	{
		method: "GET",
		path: "/api/appointments/{id}/prescriptions/{version}/pdf",
		context: "prescriptions",
		auth: "party",
		operation: "getPrescriptionPdf",
		audit: /* @__PURE__ */ audited("prescription.download", "prescription", "id")
	},
	{
		method: "GET",
		path: "/api/admin/stats",
		context: "admin",
		auth: "admin",
		operation: "adminStats",
		audit: /* @__PURE__ */ notAudited("platform counts only, nobody's record")
	},
	{
		method: "GET",
		path: "/api/admin/users",
		context: "admin",
		auth: "admin",
		operation: "adminListUsers",
		audit: /* @__PURE__ */ audited("admin.user.list", "users")
	},
	{
		method: "GET",
		path: "/api/admin/users/{userId}",
		context: "admin",
		auth: "admin",
		operation: "adminGetUser",
		audit: /* @__PURE__ */ audited("admin.user.read", "user", "userId")
	},
	{
		method: "POST",
		path: "/api/admin/users/{userId}/status",
		context: "admin",
		auth: "admin",
		operation: "adminSetUserStatus",
		audit: /* @__PURE__ */ audited("admin.user.status", "user", "userId")
	},
	{
		method: "POST",
		path: "/api/admin/doctors/{userId}/verification",
		context: "admin",
		auth: "admin",
		operation: "adminDecideVerification",
		audit: /* @__PURE__ */ audited("admin.doctor.verification", "user", "userId")
	},
	{
		method: "GET",
		path: "/api/admin/appointments",
		context: "admin",
		auth: "admin",
		operation: "adminListAppointments",
		audit: /* @__PURE__ */ audited("admin.appointment.list", "appointments")
	},
	{
		method: "GET",
		path: "/api/admin/appointments/{appointmentId}",
		context: "admin",
		auth: "admin",
		operation: "adminGetAppointment",
		audit: /* @__PURE__ */ audited("admin.appointment.read", "appointment", "appointmentId")
	},
	{
		method: "POST",
		path: "/api/admin/appointments/{appointmentId}/cancel",
		context: "admin",
		auth: "admin",
		operation: "adminCancelAppointment",
		audit: /* @__PURE__ */ audited("admin.appointment.cancel", "appointment", "appointmentId")
	},
	{
		method: "GET",
		path: "/api/admin/payments",
		context: "admin",
		auth: "admin",
		operation: "adminListPayments",
		audit: /* @__PURE__ */ audited("admin.payment.list", "payments")
	},
	{
		method: "GET",
		path: "/api/admin/services",
		context: "admin",
		auth: "admin",
		operation: "adminListServices",
		audit: CONTENT
	},
	{
		method: "POST",
		path: "/api/admin/services",
		context: "admin",
		auth: "admin",
		operation: "adminCreateService",
		audit: /* @__PURE__ */ audited("admin.service.create", "service")
	},
	{
		method: "POST",
		path: "/api/admin/services/order",
		context: "admin",
		auth: "admin",
		operation: "adminReorderServices",
		audit: /* @__PURE__ */ audited("admin.service.reorder", "services")
	},
	{
		method: "PATCH",
		path: "/api/admin/services/{serviceId}",
		context: "admin",
		auth: "admin",
		operation: "adminUpdateService",
		audit: /* @__PURE__ */ audited("admin.service.update", "service", "serviceId")
	},
	{
		method: "DELETE",
		path: "/api/admin/services/{serviceId}",
		context: "admin",
		auth: "admin",
		operation: "adminDeleteService",
		audit: /* @__PURE__ */ audited("admin.service.delete", "service", "serviceId")
	},
	{
		method: "GET",
		path: "/api/admin/health-tips",
		context: "admin",
		auth: "admin",
		operation: "adminListHealthTips",
		audit: CONTENT
	},
	{
		method: "POST",
		path: "/api/admin/health-tips",
		context: "admin",
		auth: "admin",
		operation: "adminCreateHealthTip",
		audit: /* @__PURE__ */ audited("admin.tip.create", "healthTip")
	},
	{
		method: "PATCH",
		path: "/api/admin/health-tips/{tipId}",
		context: "admin",
		auth: "admin",
		operation: "adminUpdateHealthTip",
		audit: /* @__PURE__ */ audited("admin.tip.update", "healthTip", "tipId")
	},
	{
		method: "DELETE",
		path: "/api/admin/health-tips/{tipId}",
		context: "admin",
		auth: "admin",
		operation: "adminDeleteHealthTip",
		audit: /* @__PURE__ */ audited("admin.tip.delete", "healthTip", "tipId")
	},
	{
		method: "GET",
		path: "/api/admin/testimonials",
		context: "admin",
		auth: "admin",
		operation: "adminListTestimonials",
		audit: /* @__PURE__ */ audited("admin.testimonial.list", "testimonials")
	},
	{
		method: "PATCH",
		path: "/api/admin/testimonials/{testimonialId}",
		context: "admin",
		auth: "admin",
		operation: "adminModerateTestimonial",
		audit: /* @__PURE__ */ audited("admin.testimonial.moderate", "testimonial", "testimonialId")
	},
	{
		method: "DELETE",
		path: "/api/admin/testimonials/{testimonialId}",
		context: "admin",
		auth: "admin",
		operation: "adminDeleteTestimonial",
		audit: /* @__PURE__ */ audited("admin.testimonial.delete", "testimonial", "testimonialId")
	},
	{
		method: "GET",
		path: "/api/admin/transcriptions",
		context: "admin",
		auth: "admin",
		operation: "adminListTranscriptions",
		audit: /* @__PURE__ */ notAudited("transcription status, ids and failure reasons; no transcript text and no personal data")
	},
	{
		method: "POST",
		path: "/api/admin/transcriptions/{appointmentId}/retry",
		context: "admin",
		auth: "admin",
		operation: "adminRetryTranscription",
		audit: /* @__PURE__ */ audited("admin.transcription.retry", "transcription", "appointmentId")
	},
	{
		method: "GET",
		path: "/api/admin/audit",
		context: "admin",
		auth: "admin",
		operation: "adminAuditLog",
		audit: /* @__PURE__ */ notAudited("the on-screen log is not logged again: every page would add events to the list being read; the bulk copy (export) is audited")
	},
	{
		method: "GET",
		path: "/api/admin/audit.csv",
		context: "admin",
		auth: "admin",
		operation: "adminExportAudit",
		audit: /* @__PURE__ */ audited("admin.audit.export", "auditLog")
	}
];
// web/src/lib/client.ts
var ApiError = class extends Error {
	status;
	code;
	details;
	name = "ApiError";
	constructor(status, code, message, details) {
		super(message);
		this.status = status;
		this.code = code;
		this.details = details;
	}
	/** The first message for a form field, if the API rejected it. */
	fieldError(field) {
		return this.details?.[field]?.[0];
	}
};
var NETWORK_MESSAGE = "We could not reach Chikitsa360. Check your internet connection and try again.";
var FALLBACK_MESSAGES = {
	400: "Some details need another look.",
	401: "Please sign in to continue.",
	403: "You do not have access to this.",
	404: "We could not find what you were looking for.",
	409: "That changed while you were looking. Please refresh and try again.",
	429: "Too many requests. Please wait a moment and try again."
};
function fallbackMessage(status) {
	return FALLBACK_MESSAGES[status] ?? (status >= 500 ? "Something went wrong on our side. Please try again shortly." : "Request failed.");
}
function isErrorBody(v) {
	return typeof v === "object" && v !== null && "error" in v && typeof v.error === "object";
}
function toDetails(v) {
	if (typeof v !== "object" || v === null) return void 0;
	const out = {};
	for (const [field, messages] of Object.entries(v)) if (Array.isArray(messages)) out[field] = messages.map(String);
	else if (typeof messages === "string") out[field] = [messages];
	return out;
}
var onUnauthorized = null;
function setUnauthorizedHandler(handler) {
	onUnauthorized = handler;
}
var isAuthEndpoint = (path) => path.startsWith("/api/auth/");
/** The files the API answers with (the contract's Download); every other answer is JSON. */
var FILE_TYPES = ["application/pdf", "text/csv"];
/**
* Sends one request to our API and reads its answer: the JSON body, or a file (FILE_TYPES) as a Blob.
* On a 401 it renews the session once (setUnauthorizedHandler) and sends the request again.
*/
async function sendRequest(method, path, body, init) {
	try {
		return await send(method, path, body, init);
	} catch (err) {
		if (!(err instanceof ApiError) || err.status !== 401 || !onUnauthorized || isAuthEndpoint(path)) throw err;
		if (init?.signal?.aborted || !await onUnauthorized()) throw err;
		return send(method, path, body, init);
	}
}
async function send(method, path, body, init) {
	const headers = new Headers(init?.headers);
	headers.set("accept", "application/json");
	if (body !== void 0) headers.set("content-type", "application/json");
	let res;
	try {
		res = await fetch(path, {
			...init,
			method,
			headers,
			credentials: "same-origin",
			body: body === void 0 ? void 0 : JSON.stringify(body)
		});
	} catch (err) {
		if (err instanceof DOMException && err.name === "AbortError") throw err;
		throw new ApiError(0, "network_error", NETWORK_MESSAGE);
	}
	const type = res.headers.get("content-type") ?? "";
	if (res.ok && FILE_TYPES.some((file) => type.startsWith(file))) return await res.blob();
	const text = await res.text().catch(() => "");
	let data;
	if (text) try {
		data = JSON.parse(text);
	} catch {
		data = void 0;
	}
	if (!res.ok) {
		if (isErrorBody(data)) {
			const { code, message, details } = data.error;
			throw new ApiError(res.status, typeof code === "string" ? code : `http_${res.status}`, typeof message === "string" && message ? message : fallbackMessage(res.status), toDetails(details));
		}
		throw new ApiError(res.status, `http_${res.status}`, fallbackMessage(res.status));
	}
	if (text && data === void 0) throw new ApiError(res.status, "bad_response", "The server sent a response we could not read.");
	return data;
}
/** The operation's route; looked up when called, so that merely importing this module builds nothing. */
function routeOf(operation) {
	const route = httpRoutes.find((r) => r.operation === operation);
	if (!route) throw new Error(`No route for the operation ${operation}`);
	return route;
}
/**
* The path of an operation: its template with each `{name}` filled in (encoded), and its query. A
* query value that is undefined, null or '' is left out: an empty filter is no filter.
*/
function pathOf(operation, request) {
	const route = routeOf(operation);
	const { params = {}, query = {} } = request ?? {};
	const path = route.path.replace(/\{(\w+)\}/g, (_, name) => {
		const value = params[name];
		if (value === void 0) throw new Error(`${operation}: the path parameter ${name} is missing`);
		return encodeURIComponent(value);
	});
	const search = new URLSearchParams();
	for (const [key, value] of Object.entries(query)) if (value !== void 0 && value !== null && value !== "") search.set(key, String(value));
	const text = search.toString();
	return text ? `${path}?${text}` : path;
}
var api = {
	/** Calls an operation of the route table and returns its typed answer (or throws an ApiError). */
	call(operation, ...[request, init]) {
		const route = routeOf(operation);
		const { body } = request ?? {};
		const json = route.method === "GET" || route.method === "DELETE" ? void 0 : body ?? {};
		return sendRequest(route.method, pathOf(operation, request), json, init);
	},
	/** The URL of a GET operation, for a link (a file the browser downloads with the session cookie). */
	url: pathOf
};
// web/src/lib/next.ts
/**
* Where to go after signing in. Kept apart from session.ts (no DOM, no storage) so the unit suite can
* run it against every trick a crafted `?next=` link may try.
*/
/** In any language: /login/ and /hi/login/ alike. */
var AUTH_PAGES = /^(?:\/[a-z]{2})?\/(login|register|verify|forgot-password|reset-password)(\/|$)/;
/**
* `next` if it is a path on this site (so a crafted link cannot send someone elsewhere after signing
* in), else null. Auth pages are refused too, so signing in never lands on the sign-in page again.
*
* The check is made on the value returned, not on the raw input: the URL parser normalises
* `/.//evil.example` to the path `//evil.example`, which the browser then reads as a
* protocol-relative link to another host. So the input is resolved against this origin, and the
* resolved path+search+hash is resolved once more and must still be same-origin and must not start
* with two slashes (or a slash and a backslash, which browsers treat alike).
*/
function safeNext(next, origin = window.location.origin) {
	if (!next?.startsWith("/")) return null;
	try {
		const url = new URL(next, origin);
		if (url.origin !== origin) return null;
		const path = `${url.pathname}${url.search}${url.hash}`;
		if (!path.startsWith("/") || /^\/[/\\]/.test(path)) return null;
		if (new URL(path, origin).origin !== origin) return null;
		if (AUTH_PAGES.test(url.pathname)) return null;
		return path;
	} catch {
		return null;
	}
}
// web/src/lib/session.ts
var EXPIRY_KEY = "c360.sessionExpiresAt";
/** Refresh this long before the id cookie expires. */
var REFRESH_LEAD_MS = 12e4;
/** After a failed refresh that was not a 401 (offline, 5xx), try again this soon. */
var RETRY_MS = 3e4;
function readExpiry() {
	try {
		const value = Date.parse(window.localStorage.getItem(EXPIRY_KEY) ?? "");
		return Number.isNaN(value) ? null : value;
	} catch {
		return null;
	}
}
/** False once storage refused a write: then every 401 is worth a refresh, as there is no record. */
var storageWorks = true;
function writeExpiry(iso) {
	try {
		if (iso) window.localStorage.setItem(EXPIRY_KEY, iso);
		else window.localStorage.removeItem(EXPIRY_KEY);
	} catch {
		storageWorks = false;
	}
}
/** True when this browser signed in and has not signed out since (the session may still have ended). */
var maybeSignedIn = () => readExpiry() !== null;
var timer;
var refreshing = null;
function schedule() {
	clearTimeout(timer);
	const expiry = readExpiry();
	if (expiry === null) return;
	const delay = expiry - REFRESH_LEAD_MS - Date.now();
	if (delay <= 0) {
		refreshSession();
		return;
	}
	timer = setTimeout(() => void refreshSession(), Math.min(delay, 2 ** 31 - 1));
}
/**
* Renews the id cookie with the refresh cookie. Resolves true when the session goes on, false when it
* is over (then the stored expiry is gone and `c360:signed-out` is dispatched on window). Concurrent
* callers share one request.
*/
function refreshSession() {
	refreshing ??= (async () => {
		try {
			const { sessionExpiresAt } = await api.call("refresh");
			startSession(sessionExpiresAt);
			return true;
		} catch (err) {
			if (err instanceof ApiError && (err.status === 401 || err.status === 403)) {
				endSession();
				return false;
			}
			clearTimeout(timer);
			timer = setTimeout(() => void refreshSession(), RETRY_MS);
			return false;
		} finally {
			refreshing = null;
		}
	})();
	return refreshing;
}
/** A new session's id cookie lasts about this long; anything outside is treated as clock skew. */
var MIN_TTL_MS = 18e4;
var MAX_TTL_MS = 36e5;
/**
* The expiry on this device's clock. The server's clock and the device's can disagree by minutes; a
* device running fast would otherwise see every new session as nearly over and refresh in a loop.
*/
function localExpiry(sessionExpiresAt) {
	const ttl = Date.parse(sessionExpiresAt) - Date.now();
	const safe = Number.isNaN(ttl) ? 9e5 : Math.min(Math.max(ttl, MIN_TTL_MS), MAX_TTL_MS);
	return new Date(Date.now() + safe).toISOString();
}
/** Records a new session (after sign-in or a refresh) and schedules its renewal. */
function startSession(sessionExpiresAt) {
	writeExpiry(localExpiry(sessionExpiresAt));
	schedule();
}
/** Forgets the session. `announce` tells the page it ended unasked (signing out on purpose does not). */
function endSession({ announce = true } = {}) {
	clearTimeout(timer);
	const had = maybeSignedIn();
	writeExpiry(null);
	mePromise = Promise.resolve(null);
	if (had && announce) window.dispatchEvent(new CustomEvent("c360:signed-out"));
}
var mePromise = null;
async function loadMe() {
	try {
		const { user } = await api.call("getMe");
		if (!maybeSignedIn()) refreshSession();
		return user;
	} catch (err) {
		if (err instanceof ApiError && err.status === 401) {
			endSession();
			return null;
		}
		mePromise = null;
		throw err;
	}
}
/**
* The signed-in user, or null when nobody is signed in. Asked once per page load; throws ApiError on
* a network or server error so pages can offer a retry.
*/
function getMe() {
	mePromise ??= loadMe();
	return mePromise;
}
/**
* Like getMe(), but without a request when this browser has no session: for parts of public pages
* (the header) that only change for signed-in users.
*/
function getMeIfSignedIn() {
	if (!mePromise && !maybeSignedIn()) return Promise.resolve(null);
	return getMe();
}
/** Call with the answer of POST /api/auth/login. */
function signedIn(result) {
	startSession(result.sessionExpiresAt);
	mePromise = Promise.resolve(result.user);
}
/** Ends the session on the server (clearing the cookies) and here. Throws ApiError if it could not. */
async function signOut() {
	await api.call("logout");
	endSession({ announce: false });
}
function dashboardPath(role) {
	if (role === "admin") return pageHref("/admin/");
	return pageHref(role === "doctor" ? "/dashboard/doctor/" : "/dashboard/patient/");
}
/** The sign-in page, coming back to `next` (by default the current page) afterwards. */
function loginUrl(next = `${window.location.pathname}${window.location.search}${window.location.hash}`) {
	const safe = safeNext(next);
	return pageHref(safe ? `/login/?next=${encodeURIComponent(safe)}` : "/login/");
}
var installed = false;
/** Installs the 401-retry and the renewal timer. Every page runs it once (through the header script). */
function initSession() {
	if (installed) return;
	installed = true;
	setUnauthorizedHandler(async () => (maybeSignedIn() || !storageWorks) && refreshSession());
	schedule();
	document.addEventListener("visibilitychange", () => {
		if (document.visibilityState === "visible") schedule();
	});
	window.addEventListener("storage", (event) => {
		if (event.key !== EXPIRY_KEY && event.key !== null) return;
		if (event.newValue) schedule();
		else {
			clearTimeout(timer);
			mePromise = Promise.resolve(null);
			window.dispatchEvent(new CustomEvent("c360:signed-out"));
		}
	});
}
if (typeof document !== "undefined") initSession();
// functions/contract/site-locale.ts
/**
* Which language's page a visitor is sent to. English pages are at /…, every other language's at
* /<code>/… (the same pages, built per language). A request for an English page moves to the reader's
* language when they chose it before (the switcher's cookie) or, on a first visit with no choice, when
* their browser's Accept-Language ranks it above English. Only pages move: never /api/*, the WebSocket,
* built assets or any file, and never a page already in a language (its URL is a choice in itself).
*
* One pure function for both front doors: the twin's gateway calls it, and the web stack inlines its
* source into a CloudFront Function. So it is written in the JavaScript CloudFront Functions run (ES 5.1
* with const/let and arrows: no for…of, destructuring, default parameters, `?.` or `??`) and uses
* nothing outside itself.
*/
/** The cookie the language switcher sets (a year, path /): the reader's own choice, which wins. */
var LOCALE_COOKIE = "c360_locale";
// web/src/islands/header/LanguageSwitch.tsx
/**
* The header's language switcher: a link to this page (path, query and fragment) in each other
* language. Following it remembers the choice: in a cookie that the gateway and CloudFront read (so
* the English pages send this reader to theirs from now on, functions/contract/site-locale.ts) and,
* for a signed-in user, in their profile, which their emails and PDFs follow.
*/
/** A language's name in that language ("हिन्दी", "English"): what a reader looks for. */
var nativeName = (locale) => new Intl.DisplayNames([locale], { type: "language" }).of(locale) ?? locale;
/** Remembers the reader's language for a year (Secure on https, as every cookie of the site). */
function rememberLocale(locale) {
	const secure = window.location.protocol === "https:" ? "; secure" : "";
	document.cookie = `${LOCALE_COOKIE}=${locale}; path=/; max-age=31536000; samesite=lax${secure}`;
}
function LanguageSwitch({ pathname, me }) {
	const [rest, setRest] = useState("");
	useEffect(() => setRest(`${window.location.search}${window.location.hash}`), []);
	const [busy, setBusy] = useState(false);
	const path = unlocalizedPath(pathname);
	const follow = async (event, locale, href) => {
		if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) return;
		event.preventDefault();
		setBusy(true);
		rememberLocale(locale);
		if (me) await api.call("updateMe", { body: { locale } }).catch(() => void 0);
		window.location.assign(href);
	};
	return jsx("ul", {
		class: "flex items-center gap-1",
		"aria-label": header_language(),
		children: locales$1.filter((locale) => locale !== getLocale()).map((locale) => {
			const href = `${pageHref(path, locale)}${rest}`;
			return jsx("li", { children: jsxs("a", {
				href,
				hreflang: locale,
				"aria-disabled": busy || void 0,
				"data-testid": `language-${locale}`,
				onClick: (e) => follow(e, locale, href),
				class: "flex min-h-10 items-center gap-2 rounded-lg px-2.5 text-sm font-medium whitespace-nowrap text-slate-700 hover:bg-slate-100 hover:text-slate-900",
				children: [jsx(Icon, {
					shape: languages,
					class: "size-4 text-slate-500"
				}), jsx("span", {
					lang: locale,
					children: nativeName(locale)
				})]
			}) }, locale);
		})
	});
}
// web/src/islands/header/SiteHeader.tsx
/**
* The header's menu (every public page). Below lg it is a panel opened by the menu button; from lg up
* it is always shown. Signed out it offers "Sign in" and "Create account"; once /api/me answers it
* adds "My appointments" (doctors also "Today" and "Availability") and the user's menu: Dashboard
* (by role), Account and Sign out.
*/
var roleName = (me) => me.role === "admin" ? role_admin() : me.role === "doctor" ? role_doctor() : role_patient();
/** Links for a signed-in user, after the public ones. */
function signedInNav(me) {
	const items = [{
		label: nav_my_appointments(),
		href: pageHref("/appointments/"),
		testid: "nav-my-appointments"
	}];
	if (me.role === "doctor") items.push({
		label: nav_today(),
		href: pageHref("/dashboard/doctor/"),
		testid: "nav-today"
	}, {
		label: nav_availability(),
		href: pageHref("/doctor/availability/"),
		testid: "nav-availability"
	});
	return me.role === "admin" ? [] : items;
}
/** Closes on Escape (focus back to the button), on a click outside and when focus leaves `root`. */
function useDismiss(open, close, root) {
	useEffect(() => {
		if (!open) return;
		const onKey = (e) => {
			if (e.key !== "Escape") return;
			e.preventDefault();
			e.stopPropagation();
			close(true);
		};
		const onClick = (e) => {
			if (e.target instanceof Node && !root.current?.contains(e.target)) close(false);
		};
		const onFocusOut = (e) => {
			if (e.relatedTarget instanceof Node && !root.current?.contains(e.relatedTarget)) close(false);
		};
		const el = root.current;
		el?.addEventListener("keydown", onKey);
		el?.addEventListener("focusout", onFocusOut);
		document.addEventListener("click", onClick);
		return () => {
			el?.removeEventListener("keydown", onKey);
			el?.removeEventListener("focusout", onFocusOut);
			document.removeEventListener("click", onClick);
		};
	}, [open]);
}
function NavLink({ href, label, pathname, testid }) {
	const current = isCurrent(href, pathname);
	return jsx("li", { children: jsx("a", {
		href,
		"aria-current": current ? "page" : void 0,
		"data-testid": testid,
		class: `block rounded-lg px-3 py-3 text-base font-medium whitespace-nowrap lg:py-2 lg:text-sm ${current ? "bg-brand-50 text-brand-800" : "text-slate-700 hover:bg-slate-100 hover:text-slate-900"}`,
		children: label
	}) });
}
function UserMenu({ me, pathname }) {
	const [open, setOpen] = useState(false);
	const [busy, setBusy] = useState(false);
	const [failed, setFailed] = useState(false);
	const root = useRef(null);
	const button = useRef(null);
	useDismiss(open, (back) => {
		setOpen(false);
		if (back) button.current?.focus();
	}, root);
	const fullName = `${me.firstName} ${me.lastName}`;
	const avatar = (size) => jsx("span", {
		class: `grid ${size} shrink-0 place-items-center rounded-full bg-brand-700 text-xs font-semibold text-white`,
		"aria-hidden": "true",
		children: initials(fullName)
	});
	const link = (href, icon, label, testid) => jsx("li", { children: jsxs("a", {
		href,
		"aria-current": new URL(href, "http://x").pathname === pathname ? "page" : void 0,
		"data-testid": testid,
		class: "flex items-center gap-3 rounded-lg px-3 py-3 text-base font-medium text-slate-700 hover:bg-slate-100 hover:text-slate-900 lg:py-2 lg:text-sm",
		children: [jsx(Icon, {
			shape: icon,
			class: "size-5 text-slate-500"
		}), label]
	}) });
	const leave = async () => {
		setBusy(true);
		setFailed(false);
		try {
			await signOut();
			window.location.assign(pageHref("/login/?signedOut=1"));
		} catch {
			setFailed(true);
			setBusy(false);
		}
	};
	return jsxs("div", {
		ref: root,
		class: "mt-3 border-t border-slate-200 pt-4 lg:relative lg:mt-0 lg:border-0 lg:pt-0",
		children: [
			jsxs("div", {
				class: "flex items-center gap-3 px-3 pb-2 lg:hidden",
				children: [avatar("size-10"), jsxs("p", {
					class: "min-w-0 text-sm",
					children: [jsx("span", {
						class: "block font-semibold text-slate-900",
						children: fullName
					}), jsx("span", {
						class: "block truncate text-slate-600",
						children: `${roleName(me)} · ${me.email}`
					})]
				})]
			}),
			jsxs("button", {
				ref: button,
				type: "button",
				id: "user-menu-button",
				class: "btn-ghost hidden gap-2 pr-2 pl-1.5 lg:inline-flex",
				"aria-expanded": open,
				"aria-controls": "user-menu-list",
				"data-testid": "user-menu-button",
				onClick: () => setOpen(!open),
				children: [
					avatar("size-8"),
					jsx("span", {
						class: "max-w-32 truncate",
						children: me.firstName
					}),
					jsx("span", {
						class: "sr-only",
						children: header_account_menu()
					}),
					jsx(Icon, {
						shape: chevronDown,
						class: "size-4 text-slate-500"
					})
				]
			}),
			jsxs("div", {
				id: "user-menu-list",
				class: "user-menu-list lg:absolute lg:top-full lg:right-0 lg:mt-2 lg:w-72 lg:rounded-xl lg:border lg:border-slate-200 lg:bg-white lg:p-2 lg:shadow-lift",
				"data-open": String(open),
				"data-testid": "user-menu",
				children: [
					jsxs("div", {
						class: "mb-1 hidden border-b border-slate-100 px-3 pt-1 pb-3 lg:block",
						children: [jsx("p", {
							class: "font-semibold text-slate-900",
							children: fullName
						}), jsx("p", {
							class: "truncate text-sm text-slate-600",
							children: me.email
						})]
					}),
					jsxs("ul", { children: [
						link(dashboardPath(me.role), layoutDashboard, me.role === "admin" ? header_admin_console() : header_dashboard(), "menu-dashboard"),
						link(pageHref("/account/"), user, header_account(), "menu-account"),
						jsx("li", { children: jsxs("button", {
							type: "button",
							disabled: busy,
							"data-testid": "sign-out",
							onClick: leave,
							class: "flex w-full items-center gap-3 rounded-lg px-3 py-3 text-left text-base font-medium text-slate-700 hover:bg-slate-100 hover:text-slate-900 lg:py-2 lg:text-sm",
							children: [jsx(Icon, {
								shape: logOut,
								class: "size-5 text-slate-500"
							}), jsx("span", { children: header_sign_out() })]
						}) })
					] }),
					failed && jsx("p", {
						class: "px-3 py-2 text-sm text-red-700",
						role: "alert",
						children: header_sign_out_failed()
					})
				]
			})
		]
	});
}
function SiteHeader({ pathname, console = false }) {
	const [open, setOpen] = useState(false);
	const [me, setMe] = useState(null);
	const [pending, setPending] = useState(false);
	const root = useRef(null);
	const toggle = useRef(null);
	useEffect(() => {
		setPending(maybeSignedIn());
		getMeIfSignedIn().then(setMe).catch(() => void 0).finally(() => setPending(false));
		const out = () => setMe(null);
		window.addEventListener("c360:signed-out", out);
		const desktop = window.matchMedia("(min-width: 64rem)");
		const grow = () => setOpen(false);
		desktop.addEventListener("change", grow);
		return () => {
			window.removeEventListener("c360:signed-out", out);
			desktop.removeEventListener("change", grow);
		};
	}, []);
	useDismiss(open, (back) => {
		setOpen(false);
		if (back) toggle.current?.focus();
	}, root);
	const nav = console ? [] : [...mainNav().map((i) => ({
		...i,
		testid: void 0
	})), ...me ? signedInNav(me) : []];
	return jsxs("div", {
		ref: root,
		class: "contents",
		children: [
			jsx("div", {
				class: "ml-auto lg:order-last lg:ml-0",
				children: jsx(LanguageSwitch, {
					pathname,
					me
				})
			}),
			jsxs("button", {
				ref: toggle,
				id: "menu-toggle",
				type: "button",
				class: "btn-ghost -mr-2 px-2.5 lg:hidden",
				"aria-controls": "site-menu",
				"aria-expanded": open,
				onClick: () => {
					setOpen(!open);
					if (!open) requestAnimationFrame(() => document.querySelector("#site-menu a, #site-menu button")?.focus());
				},
				children: [jsx(Icon, {
					shape: open ? x : menu,
					class: "size-6"
				}), jsx("span", {
					class: "sr-only",
					children: open ? header_close_menu() : header_open_menu()
				})]
			}),
			jsxs("div", {
				id: "site-menu",
				class: "site-menu absolute inset-x-0 top-full border-b border-slate-200 bg-white px-4 pt-2 pb-5 shadow-lg lg:static lg:flex-1 lg:items-center lg:justify-between lg:gap-6 lg:border-0 lg:bg-transparent lg:p-0 lg:pl-6 lg:shadow-none",
				"data-open": String(open),
				onClick: (e) => {
					if (e.target instanceof Element && e.target.closest("a")) setOpen(false);
				},
				children: [nav.length > 0 && jsx("nav", {
					"aria-label": header_main_nav(),
					children: jsx("ul", {
						class: "flex flex-col lg:flex-row lg:items-center lg:gap-1",
						children: nav.map((item) => jsx(NavLink, {
							href: item.href,
							label: item.label,
							pathname,
							testid: item.testid
						}, item.href))
					})
				}), me ? jsx(UserMenu, {
					me,
					pathname
				}) : jsxs("div", {
					class: `mt-3 grid grid-cols-2 gap-3 border-t border-slate-200 pt-4 lg:mt-0 lg:flex lg:items-center lg:gap-2 lg:border-0 lg:pt-0 ${pending ? "invisible" : ""}`,
					children: [jsx("a", {
						href: pageHref("/login/"),
						class: "btn border border-brand-200 bg-white whitespace-nowrap text-brand-800 hover:bg-brand-50 lg:border-transparent lg:bg-transparent lg:text-slate-700 lg:hover:bg-slate-100 lg:hover:text-slate-900",
						"data-testid": "sign-in-link",
						children: header_sign_in()
					}), jsx("a", {
						href: pageHref("/register/"),
						class: "btn-primary whitespace-nowrap",
						"data-testid": "create-account-link",
						children: header_create_account()
					})]
				})]
			})
		]
	});
}
// web/src/layouts/Base.astro
createAstro("https://astro.build");
var $$Base = createComponent(($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$Base;
	const { title, description = site_description(), noindex = false, chrome = "site" } = Astro.props;
	const pagePath = unlocalizedPath(Astro.url.pathname);
	const pathname = pageHref(pagePath);
	const fullTitle = title.includes("Chikitsa360") ? title : `${title} · Chikitsa360`;
	const year = (/* @__PURE__ */ new Date()).getFullYear();
	const footerColumns = [
		{
			heading: footer_about(),
			links: [
				{
					label: footer_about_us(),
					href: pageHref("/about/")
				},
				{
					label: footer_how_it_works(),
					href: pageHref("/#how-it-works")
				},
				{
					label: footer_contact(),
					href: pageHref("/contact/")
				}
			]
		},
		{
			heading: footer_for_patients(),
			links: [
				{
					label: nav_find_doctor(),
					href: pageHref("/doctors/")
				},
				{
					label: nav_health_tips(),
					href: pageHref("/health-tips/")
				},
				{
					label: footer_create_account(),
					href: pageHref("/register/")
				},
				{
					label: nav_my_appointments(),
					href: pageHref("/appointments/")
				}
			]
		},
		{
			heading: footer_for_doctors(),
			links: [{
				label: footer_join_doctor(),
				href: pageHref("/register/?role=doctor")
			}, {
				label: footer_doctor_sign_in(),
				href: pageHref("/login/")
			}]
		},
		{
			heading: footer_legal(),
			links: [{
				label: footer_privacy(),
				href: pageHref("/privacy/")
			}, {
				label: footer_terms(),
				href: pageHref("/terms/")
			}]
		}
	];
	return renderTemplate`<html${addAttribute(htmlLang(), "lang")}><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${fullTitle}</title><meta name="description"${addAttribute(description, "content")}>${noindex && renderTemplate`<meta name="robots" content="noindex">`}<meta name="theme-color" content="#0f6e66"><meta property="og:site_name" content="Chikitsa360"><meta property="og:title"${addAttribute(fullTitle, "content")}><meta property="og:description"${addAttribute(description, "content")}><link rel="icon" href="/favicon.svg" type="image/svg+xml">${!noindex && locales$1.map((other) => renderTemplate`<link rel="alternate"${addAttribute(other, "hreflang")}${addAttribute(pageHref(pagePath, other), "href")}>`)}${renderSlot($$result, $$slots["head"])}${renderHead($$result)}</head><body class="flex min-h-dvh flex-col"><a href="#main-content" class="sr-only z-50 rounded-lg bg-brand-800 px-4 py-3 font-semibold text-white focus:not-sr-only focus:fixed focus:top-3 focus:left-3">${skip_to_content()}</a><header class="sticky top-0 z-40 border-b border-slate-200/80 bg-white/95 backdrop-blur supports-[backdrop-filter]:bg-white/85"><div class="container-page relative flex h-16 items-center justify-between gap-4"><a${addAttribute(pageHref(chrome === "console" ? "/admin/" : "/"), "href")} class="-m-1 flex items-center gap-3 rounded-lg p-1"${addAttribute(chrome === "console" ? void 0 : site_home(), "aria-label")}>${renderComponent($$result, "Logo", Logo, {})}${chrome === "console" && renderTemplate`<span class="rounded-md bg-slate-900 px-2 py-0.5 text-xs font-semibold text-white">${console_badge()}</span>`}</a>${renderComponent($$result, "Island", $$Island, {
		"name": "SiteHeader",
		"component": SiteHeader,
		"props": {
			pathname,
			console: chrome === "console"
		}
	})}</div></header><main id="main-content" tabindex="-1" class="flex-1 focus:outline-none">${renderSlot($$result, $$slots["default"])}</main>${chrome === "site" && renderTemplate`<footer class="mt-auto bg-brand-950 text-brand-100" aria-labelledby="footer-heading"><h2 id="footer-heading" class="sr-only">${footer_heading()}</h2><div class="container-page py-12"><div class="grid gap-10 lg:grid-cols-[1.3fr_3fr]"><div class="max-w-sm">${renderComponent($$result, "Logo", Logo, { "tone": "light" })}<p class="mt-4 text-sm leading-6 text-brand-100/90">${footer_blurb()}</p></div><div class="grid grid-cols-2 gap-8 sm:grid-cols-4">${footerColumns.map((col) => renderTemplate`<div><h3 class="text-sm font-semibold text-white">${col.heading}</h3><ul class="mt-3 space-y-1">${col.links.map((link) => renderTemplate`<li><a${addAttribute(link.href, "href")} class="-mx-1 inline-block rounded px-1 py-1.5 text-sm text-brand-100/90 hover:text-white hover:underline">${link.label}</a></li>`)}</ul></div>`)}</div></div><div class="mt-10 flex items-start gap-3 rounded-xl border border-accent-300/30 bg-accent-300/10 p-4 text-sm text-accent-100" role="note">${renderComponent($$result, "Icon", $$Icon, {
		"name": "phone",
		"class": "mt-0.5 size-5 shrink-0 text-accent-300"
	})}<p><strong class="font-semibold text-white">${footer_emergency_title()}</strong>${" "}${footer_emergency_text()}</p></div><div class="mt-8 flex flex-col gap-2 border-t border-white/10 pt-6 text-xs text-brand-100/80 sm:flex-row sm:justify-between"><p>${footer_copyright({ year })}</p><p>${footer_made_in_india()}</p></div></div></footer>`}${renderScript($$result, "/work/wt-hindi/web/src/layouts/Base.astro?astro&type=script&index=0&lang.ts")}</body></html>`;
}, "/work/wt-hindi/web/src/layouts/Base.astro", void 0);
export { $$Island as A, formatDateTime as C, listOf as D, initials as E, plainTextExcerpt as O, formatDateOnly as S, formatPhone as T, header_sign_in as _, loginUrl as a, footer_create_account as b, ApiError as c, role_doctor as d, role_admin as f, nav_availability as g, nav_find_doctor as h, getMeIfSignedIn as i, Icon as k, api as l, nav_health_tips as m, dashboardPath as n, signedIn as o, nav_my_appointments as p, getMe as r, safeNext as s, $$Base as t, role_patient as u, footer_join_doctor as v, formatInr as w, console_badge as x, footer_how_it_works as y };
