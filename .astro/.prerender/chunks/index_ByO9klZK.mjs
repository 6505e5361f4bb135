import { C as stethoscope, E as search, K as heart, b as userSearch, ft as renderScript, h as serviceIcon, ht as __exportAll, k as quote, mt as createComponent, o as pageHref, p as $$Icon, q as fileText, w as star } from "./skip_to_content_DtyEdUnf.mjs";
import { a as renderComponent, d as renderTemplate, f as maybeRenderHead, m as addAttribute } from "./server_DkXzZEFQ.mjs";
import { A as $$Island, E as initials, O as plainTextExcerpt, c as ApiError, h as nav_find_doctor, k as Icon, l as api, m as nav_health_tips, t as $$Base, v as footer_join_doctor, y as footer_how_it_works } from "./Base_BSFoRxR2.mjs";
import { i as DoctorCardSkeletons, r as DoctorCard } from "./DoctorCard_DfVKwrlj.mjs";
import { i as count_tips, n as tips_empty_text, r as tip_badge, t as tips_empty_title } from "./tips_empty_title_lgbu1lAN.mjs";
import { i as Skeletons, n as ErrorState, r as Region, t as EmptyState } from "./States_D_beH2ie.mjs";
import { t as home_all_tips } from "./home_all_tips_vzvzECDW.mjs";
import { t as home_book_consultation } from "./home_book_consultation_U2vFbgv1.mjs";
import { t as loading } from "./loading_CPk8sSBF.mjs";
import { t as problem_generic } from "./problem_generic_D6AyibR1.mjs";
import { t as plural } from "./registry_BbVT5qhj.mjs";
import { n as search_all_specialties, t as search_name_label } from "./search_name_label_CNXQAUN6.mjs";
import { t as search_specialty_label } from "./search_specialty_label_WXmkeNYq.mjs";
import { t as showing } from "./showing_DXj_r8zy.mjs";
import { n as tip_by, t as tip_by_team } from "./tip_by_team_BdodMyj7.mjs";
import { t as tips_heading } from "./tips_heading_7acmDMIr.mjs";
import { Fragment, jsx, jsxs } from "preact/jsx-runtime";
import { useEffect, useRef } from "preact/hooks";
import { signal, useSignal } from "@preact/signals";
// web/src/paraglide/messages/art_doctor_line.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Art_Doctor_LineInputs */
var en_art_doctor_line = () => {
	return `Let us go through your symptoms together.`;
};
/**

* @param {Art_Doctor_LineInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var art_doctor_line = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_art_doctor_line(inputs);
};
// web/src/paraglide/messages/art_patient_line.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Art_Patient_LineInputs */
var en_art_patient_line = () => {
	return `I have had a dry cough for a week.`;
};
/**

* @param {Art_Patient_LineInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var art_patient_line = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_art_patient_line(inputs);
};
// web/src/paraglide/messages/art_private_room.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Art_Private_RoomInputs */
var en_art_private_room = () => {
	return `Private room`;
};
/**

* @param {Art_Private_RoomInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var art_private_room = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_art_private_room(inputs);
};
// web/src/paraglide/messages/art_transcript.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Art_TranscriptInputs */
var en_art_transcript = () => {
	return `Transcript sent`;
};
/**

* @param {Art_TranscriptInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var art_transcript = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_art_transcript(inputs);
};
// web/src/paraglide/messages/art_transcript_with.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Art_Transcript_WithInputs */
var en_art_transcript_with = () => {
	return `with your GST receipt`;
};
/**

* @param {Art_Transcript_WithInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var art_transcript_with = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_art_transcript_with(inputs);
};
// web/src/paraglide/messages/art_verified.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Art_VerifiedInputs */
var en_art_verified = () => {
	return `Registration verified`;
};
/**

* @param {Art_VerifiedInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var art_verified = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_art_verified(inputs);
};
// web/src/paraglide/messages/art_verified_by.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Art_Verified_ByInputs */
var en_art_verified_by = () => {
	return `by our medical team`;
};
/**

* @param {Art_Verified_ByInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var art_verified_by = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_art_verified_by(inputs);
};
// web/src/paraglide/messages/art_video.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Art_VideoInputs */
var en_art_video = () => {
	return `Video consultation`;
};
/**

* @param {Art_VideoInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var art_video = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_art_video(inputs);
};
// web/src/paraglide/messages/browse_all_doctors.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Browse_All_DoctorsInputs */
var en_browse_all_doctors = () => {
	return `Browse all doctors`;
};
/**

* @param {Browse_All_DoctorsInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var browse_all_doctors = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_browse_all_doctors(inputs);
};
// web/src/paraglide/messages/count_featured_doctors.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ count: NonNullable<unknown> }} Count_Featured_DoctorsInputs */
var en_count_featured_doctors = (i) => {
	const countPlural = plural("en", i?.count, {});
	if (countPlural === "one") return `${i?.count} featured doctor`;
	if (countPlural === "other") return `${i?.count} featured doctors`;
	return "count_featured_doctors";
};
/**

* @param {Count_Featured_DoctorsInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var count_featured_doctors = (inputs, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_count_featured_doctors(inputs);
};
// web/src/paraglide/messages/count_services.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ count: NonNullable<unknown> }} Count_ServicesInputs */
var en_count_services = (i) => {
	const countPlural = plural("en", i?.count, {});
	if (countPlural === "one") return `${i?.count} service`;
	if (countPlural === "other") return `${i?.count} services`;
	return "count_services";
};
/**

* @param {Count_ServicesInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var count_services = (inputs, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_count_services(inputs);
};
// web/src/paraglide/messages/count_stories.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ count: NonNullable<unknown> }} Count_StoriesInputs */
var en_count_stories = (i) => {
	const countPlural = plural("en", i?.count, {});
	if (countPlural === "one") return `${i?.count} patient story`;
	if (countPlural === "other") return `${i?.count} patient stories`;
	return "count_stories";
};
/**

* @param {Count_StoriesInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var count_stories = (inputs, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_count_stories(inputs);
};
// web/src/paraglide/messages/doctors_empty_text.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Doctors_Empty_TextInputs */
var en_doctors_empty_text = () => {
	return `Browse all our verified doctors to find the right specialist for you.`;
};
/**

* @param {Doctors_Empty_TextInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var doctors_empty_text = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_doctors_empty_text(inputs);
};
// web/src/paraglide/messages/doctors_empty_title.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Doctors_Empty_TitleInputs */
var en_doctors_empty_title = () => {
	return `No featured doctors right now`;
};
/**

* @param {Doctors_Empty_TitleInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var doctors_empty_title = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_doctors_empty_title(inputs);
};
// web/src/paraglide/messages/hero_find_doctors.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Hero_Find_DoctorsInputs */
var en_hero_find_doctors = () => {
	return `Find doctors`;
};
/**

* @param {Hero_Find_DoctorsInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var hero_find_doctors = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_hero_find_doctors(inputs);
};
// web/src/paraglide/messages/hero_name_placeholder.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Hero_Name_PlaceholderInputs */
var en_hero_name_placeholder = () => {
	return `Type a doctor's name`;
};
/**

* @param {Hero_Name_PlaceholderInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var hero_name_placeholder = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_hero_name_placeholder(inputs);
};
// web/src/paraglide/messages/hero_popular.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Hero_PopularInputs */
var en_hero_popular = () => {
	return `Popular:`;
};
/**

* @param {Hero_PopularInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var hero_popular = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_hero_popular(inputs);
};
// web/src/paraglide/messages/home_cta_heading.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Home_Cta_HeadingInputs */
var en_home_cta_heading = () => {
	return `Are you a doctor?`;
};
/**

* @param {Home_Cta_HeadingInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var home_cta_heading = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_home_cta_heading(inputs);
};
// web/src/paraglide/messages/home_cta_text.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Home_Cta_TextInputs */
var en_home_cta_text = () => {
	return `Join Chikitsa360 to consult patients from across India. Publish your own availability, get paid securely, and receive a transcript of every consultation.`;
};
/**

* @param {Home_Cta_TextInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var home_cta_text = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_home_cta_text(inputs);
};
// web/src/paraglide/messages/home_description.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Home_DescriptionInputs */
var en_home_description = () => {
	return `Consult verified Indian doctors by secure video from home. Book a slot, pay in rupees with a GST receipt, and get your consultation transcript by email.`;
};
/**

* @param {Home_DescriptionInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var home_description = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_home_description(inputs);
};
// web/src/paraglide/messages/home_doctors_eyebrow.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Home_Doctors_EyebrowInputs */
var en_home_doctors_eyebrow = () => {
	return `Featured doctors`;
};
/**

* @param {Home_Doctors_EyebrowInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var home_doctors_eyebrow = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_home_doctors_eyebrow(inputs);
};
// web/src/paraglide/messages/home_doctors_heading.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Home_Doctors_HeadingInputs */
var en_home_doctors_heading = () => {
	return `Experienced specialists, verified by us`;
};
/**

* @param {Home_Doctors_HeadingInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var home_doctors_heading = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_home_doctors_heading(inputs);
};
// web/src/paraglide/messages/home_doctors_lead.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Home_Doctors_LeadInputs */
var en_home_doctors_lead = () => {
	return `Consult in the language you are most comfortable with.`;
};
/**

* @param {Home_Doctors_LeadInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var home_doctors_lead = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_home_doctors_lead(inputs);
};
// web/src/paraglide/messages/home_heading.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Home_HeadingInputs */
var en_home_heading = () => {
	return `Consult verified doctors online,`;
};
/**

* @param {Home_HeadingInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var home_heading = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_home_heading(inputs);
};
// web/src/paraglide/messages/home_heading_accent.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Home_Heading_AccentInputs */
var en_home_heading_accent = () => {
	return `from the comfort of home`;
};
/**

* @param {Home_Heading_AccentInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var home_heading_accent = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_home_heading_accent(inputs);
};
// web/src/paraglide/messages/home_how_heading.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Home_How_HeadingInputs */
var en_home_how_heading = () => {
	return `From search to transcript in four steps`;
};
/**

* @param {Home_How_HeadingInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var home_how_heading = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_home_how_heading(inputs);
};
// web/src/paraglide/messages/home_lead.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Home_LeadInputs */
var en_home_lead = () => {
	return `Book a video consultation with an experienced specialist in minutes. Pay in rupees, talk face to face, and keep a written transcript of everything your doctor said.`;
};
/**

* @param {Home_LeadInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var home_lead = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_home_lead(inputs);
};
// web/src/paraglide/messages/home_see_all_doctors.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Home_See_All_DoctorsInputs */
var en_home_see_all_doctors = () => {
	return `See all doctors`;
};
/**

* @param {Home_See_All_DoctorsInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var home_see_all_doctors = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_home_see_all_doctors(inputs);
};
// web/src/paraglide/messages/home_services_eyebrow.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Home_Services_EyebrowInputs */
var en_home_services_eyebrow = () => {
	return `Our services`;
};
/**

* @param {Home_Services_EyebrowInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var home_services_eyebrow = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_home_services_eyebrow(inputs);
};
// web/src/paraglide/messages/home_services_heading.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Home_Services_HeadingInputs */
var en_home_services_heading = () => {
	return `Care for the whole family, online`;
};
/**

* @param {Home_Services_HeadingInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var home_services_heading = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_home_services_heading(inputs);
};
// web/src/paraglide/messages/home_services_lead.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Home_Services_LeadInputs */
var en_home_services_lead = () => {
	return `From a child's fever to a second opinion on your heart report, speak to the right specialist.`;
};
/**

* @param {Home_Services_LeadInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var home_services_lead = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_home_services_lead(inputs);
};
// web/src/paraglide/messages/home_step_find.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Home_Step_FindInputs */
var en_home_step_find = () => {
	return `Find your doctor`;
};
/**

* @param {Home_Step_FindInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var home_step_find = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_home_step_find(inputs);
};
// web/src/paraglide/messages/home_step_find_text.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Home_Step_Find_TextInputs */
var en_home_step_find_text = () => {
	return `Search by specialty, language or name, and compare experience and fees.`;
};
/**

* @param {Home_Step_Find_TextInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var home_step_find_text = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_home_step_find_text(inputs);
};
// web/src/paraglide/messages/home_step_n.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ n: NonNullable<unknown> }} Home_Step_NInputs */
var en_home_step_n = (i) => {
	return `Step ${i?.n}:`;
};
/**

* @param {Home_Step_NInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var home_step_n = (inputs, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_home_step_n(inputs);
};
// web/src/paraglide/messages/home_step_pay.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Home_Step_PayInputs */
var en_home_step_pay = () => {
	return `Book and pay`;
};
/**

* @param {Home_Step_PayInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var home_step_pay = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_home_step_pay(inputs);
};
// web/src/paraglide/messages/home_step_pay_text.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Home_Step_Pay_TextInputs */
var en_home_step_pay_text = () => {
	return `Pick a free slot and pay securely by UPI, card or net banking. Your slot is held while you pay.`;
};
/**

* @param {Home_Step_Pay_TextInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var home_step_pay_text = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_home_step_pay_text(inputs);
};
// web/src/paraglide/messages/home_step_transcript.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Home_Step_TranscriptInputs */
var en_home_step_transcript = () => {
	return `Get your transcript`;
};
/**

* @param {Home_Step_TranscriptInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var home_step_transcript = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_home_step_transcript(inputs);
};
// web/src/paraglide/messages/home_step_transcript_text.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Home_Step_Transcript_TextInputs */
var en_home_step_transcript_text = () => {
	return `The consultation transcript and your GST receipt arrive in your inbox.`;
};
/**

* @param {Home_Step_Transcript_TextInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var home_step_transcript_text = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_home_step_transcript_text(inputs);
};
// web/src/paraglide/messages/home_step_video.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Home_Step_VideoInputs */
var en_home_step_video = () => {
	return `Consult by video`;
};
/**

* @param {Home_Step_VideoInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var home_step_video = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_home_step_video(inputs);
};
// web/src/paraglide/messages/home_step_video_text.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Home_Step_Video_TextInputs */
var en_home_step_video_text = () => {
	return `Join from your phone or laptop at the appointment time, with chat alongside the call.`;
};
/**

* @param {Home_Step_Video_TextInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var home_step_video_text = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_home_step_video_text(inputs);
};
// web/src/paraglide/messages/home_stories_eyebrow.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Home_Stories_EyebrowInputs */
var en_home_stories_eyebrow = () => {
	return `Patient stories`;
};
/**

* @param {Home_Stories_EyebrowInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var home_stories_eyebrow = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_home_stories_eyebrow(inputs);
};
// web/src/paraglide/messages/home_stories_heading.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Home_Stories_HeadingInputs */
var en_home_stories_heading = () => {
	return `What our patients say`;
};
/**

* @param {Home_Stories_HeadingInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var home_stories_heading = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_home_stories_heading(inputs);
};
// web/src/paraglide/messages/home_title.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Home_TitleInputs */
var en_home_title = () => {
	return `Chikitsa360 — Consult verified doctors online`;
};
/**

* @param {Home_TitleInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var home_title = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_home_title(inputs);
};
// web/src/paraglide/messages/home_trust_label.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Home_Trust_LabelInputs */
var en_home_trust_label = () => {
	return `Why patients choose Chikitsa360`;
};
/**

* @param {Home_Trust_LabelInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var home_trust_label = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_home_trust_label(inputs);
};
// web/src/paraglide/messages/home_trust_receipts.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Home_Trust_ReceiptsInputs */
var en_home_trust_receipts = () => {
	return `GST receipts`;
};
/**

* @param {Home_Trust_ReceiptsInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var home_trust_receipts = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_home_trust_receipts(inputs);
};
// web/src/paraglide/messages/home_trust_receipts_text.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Home_Trust_Receipts_TextInputs */
var en_home_trust_receipts_text = () => {
	return `A proper tax invoice for every payment, in rupees.`;
};
/**

* @param {Home_Trust_Receipts_TextInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var home_trust_receipts_text = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_home_trust_receipts_text(inputs);
};
// web/src/paraglide/messages/home_trust_transcript.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Home_Trust_TranscriptInputs */
var en_home_trust_transcript = () => {
	return `Transcript by email`;
};
/**

* @param {Home_Trust_TranscriptInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var home_trust_transcript = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_home_trust_transcript(inputs);
};
// web/src/paraglide/messages/home_trust_transcript_text.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Home_Trust_Transcript_TextInputs */
var en_home_trust_transcript_text = () => {
	return `A written record of your consultation, sent to you.`;
};
/**

* @param {Home_Trust_Transcript_TextInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var home_trust_transcript_text = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_home_trust_transcript_text(inputs);
};
// web/src/paraglide/messages/home_trust_verified.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Home_Trust_VerifiedInputs */
var en_home_trust_verified = () => {
	return `Verified doctors`;
};
/**

* @param {Home_Trust_VerifiedInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var home_trust_verified = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_home_trust_verified(inputs);
};
// web/src/paraglide/messages/home_trust_verified_text.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Home_Trust_Verified_TextInputs */
var en_home_trust_verified_text = () => {
	return `Every registration is checked by our medical team.`;
};
/**

* @param {Home_Trust_Verified_TextInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var home_trust_verified_text = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_home_trust_verified_text(inputs);
};
// web/src/paraglide/messages/home_trust_video.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Home_Trust_VideoInputs */
var en_home_trust_video = () => {
	return `Secure video`;
};
/**

* @param {Home_Trust_VideoInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var home_trust_video = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_home_trust_video(inputs);
};
// web/src/paraglide/messages/home_trust_video_text.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Home_Trust_Video_TextInputs */
var en_home_trust_video_text = () => {
	return `Private consultation rooms only you and your doctor can join.`;
};
/**

* @param {Home_Trust_Video_TextInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var home_trust_video_text = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_home_trust_video_text(inputs);
};
// web/src/paraglide/messages/home_trusted.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Home_TrustedInputs */
var en_home_trusted = () => {
	return `Trusted online consultations across India`;
};
/**

* @param {Home_TrustedInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var home_trusted = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_home_trusted(inputs);
};
// web/src/paraglide/messages/none_featured_doctors.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} None_Featured_DoctorsInputs */
var en_none_featured_doctors = () => {
	return `No featured doctors to show.`;
};
/**

* @param {None_Featured_DoctorsInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var none_featured_doctors = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_none_featured_doctors(inputs);
};
// web/src/paraglide/messages/none_services.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} None_ServicesInputs */
var en_none_services = () => {
	return `No services to show.`;
};
/**

* @param {None_ServicesInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var none_services = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_none_services(inputs);
};
// web/src/paraglide/messages/none_stories.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} None_StoriesInputs */
var en_none_stories = () => {
	return `No patient stories to show.`;
};
/**

* @param {None_StoriesInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var none_stories = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_none_stories(inputs);
};
// web/src/paraglide/messages/none_tips.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} None_TipsInputs */
var en_none_tips = () => {
	return `No health tips to show.`;
};
/**

* @param {None_TipsInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var none_tips = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_none_tips(inputs);
};
// web/src/paraglide/messages/rating_label.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ value: NonNullable<unknown> }} Rating_LabelInputs */
var en_rating_label = (i) => {
	return `Rated ${i?.value} out of 5`;
};
/**

* @param {Rating_LabelInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var rating_label = (inputs, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_rating_label(inputs);
};
// web/src/paraglide/messages/services_empty_text.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Services_Empty_TextInputs */
var en_services_empty_text = () => {
	return `Our list of services will appear here soon. You can already search for a doctor.`;
};
/**

* @param {Services_Empty_TextInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var services_empty_text = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_services_empty_text(inputs);
};
// web/src/paraglide/messages/services_empty_title.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Services_Empty_TitleInputs */
var en_services_empty_title = () => {
	return `Services are on their way`;
};
/**

* @param {Services_Empty_TitleInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var services_empty_title = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_services_empty_title(inputs);
};
// web/src/paraglide/messages/stories_empty_text.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Stories_Empty_TextInputs */
var en_stories_empty_text = () => {
	return `After a consultation, patients can share their experience here.`;
};
/**

* @param {Stories_Empty_TextInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var stories_empty_text = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_stories_empty_text(inputs);
};
// web/src/paraglide/messages/stories_empty_title.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Stories_Empty_TitleInputs */
var en_stories_empty_title = () => {
	return `No patient stories yet`;
};
/**

* @param {Stories_Empty_TitleInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var stories_empty_title = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_stories_empty_title(inputs);
};
// web/src/islands/home/HeroSearch.tsx
/**
* The home page's search: a doctor's name and a specialty. It sends /doctors/?q=…&specialty=…
* without empty parameters; the specialties (and five "Popular" chips) arrive from the API.
*/
function HeroSearch() {
	const specialties = useSignal([]);
	useEffect(() => {
		api.call("listSpecialties").then((r) => {
			specialties.value = r.specialties;
		}).catch(() => void 0);
	}, []);
	const submit = (event) => {
		event.preventDefault();
		const form = event.currentTarget;
		const params = new URLSearchParams();
		for (const [key, value] of new FormData(form)) {
			const v = String(value).trim();
			if (v) params.set(key, v);
		}
		const query = params.toString();
		window.location.assign(pageHref(`/doctors/${query ? `?${query}` : ""}`));
	};
	return jsxs(Fragment, { children: [jsx("form", {
		id: "hero-search",
		action: "/doctors/",
		method: "get",
		role: "search",
		"aria-label": nav_find_doctor(),
		class: "mt-8 rounded-2xl border border-slate-200 bg-white p-3 shadow-lift sm:p-4",
		onSubmit: submit,
		children: jsxs("div", {
			class: "grid gap-3 sm:grid-cols-[1.4fr_1fr_auto] sm:items-end lg:grid-cols-[1fr_auto]",
			children: [
				jsxs("div", {
					class: "lg:col-span-2",
					children: [jsx("label", {
						for: "hero-q",
						class: "mb-1.5 block text-sm font-medium text-slate-700",
						children: search_name_label()
					}), jsxs("div", {
						class: "relative",
						children: [jsx(Icon, {
							shape: search,
							class: "pointer-events-none absolute top-1/2 left-3 size-5 -translate-y-1/2 text-slate-500"
						}), jsx("input", {
							id: "hero-q",
							name: "q",
							type: "search",
							autocomplete: "off",
							enterkeyhint: "search",
							maxLength: 80,
							placeholder: hero_name_placeholder(),
							class: "h-12 w-full rounded-lg border border-slate-300 bg-white pr-3 pl-10 text-base text-slate-900 placeholder:text-slate-500 focus:border-brand-600"
						})]
					})]
				}),
				jsxs("div", {
					class: "min-w-0",
					children: [jsx("label", {
						for: "hero-specialty",
						class: "mb-1.5 block text-sm font-medium text-slate-700",
						children: search_specialty_label()
					}), jsxs("select", {
						id: "hero-specialty",
						name: "specialty",
						class: "h-12 w-full rounded-lg border border-slate-300 bg-white px-3 text-base text-slate-900 focus:border-brand-600",
						children: [jsx("option", {
							value: "",
							children: search_all_specialties()
						}), specialties.value.map((s) => jsx("option", {
							value: s.id,
							children: s.name
						}, s.id))]
					})]
				}),
				jsxs("button", {
					type: "submit",
					class: "btn-primary h-12 px-6 text-base",
					children: [jsx(Icon, {
						shape: search,
						class: "size-5"
					}), hero_find_doctors()]
				})
			]
		})
	}), specialties.value.length > 0 && jsxs("div", {
		id: "popular-specialties",
		class: "mt-5 flex flex-wrap items-center gap-2",
		children: [jsx("span", {
			class: "text-sm font-medium text-slate-600",
			children: hero_popular()
		}), jsx("ul", {
			class: "contents",
			"data-testid": "popular-specialties",
			children: specialties.value.slice(0, 5).map((s) => jsx("li", { children: jsx("a", {
				href: pageHref(`/doctors/?specialty=${encodeURIComponent(s.id)}`),
				class: "inline-flex min-h-9 items-center rounded-full border border-brand-200 bg-white/80 px-3 text-sm font-medium text-brand-800 hover:border-brand-400 hover:bg-white",
				children: s.name
			}) }, s.id))
		})]
	})] });
}
// web/src/islands/home/store.ts
/**
* The home page's one request (GET /api/home), shared by its four region islands the way Astro's
* with-nanostores example shares a store: each region renders its part of the same answer.
*/
var homeLoad = signal({ state: "loading" });
var inFlight = signal(null);
async function loadHome() {
	inFlight.value?.abort();
	const controller = new AbortController();
	inFlight.value = controller;
	homeLoad.value = { state: "loading" };
	try {
		homeLoad.value = {
			state: "ready",
			home: await api.call("home", {}, { signal: controller.signal })
		};
	} catch (err) {
		if (controller.signal.aborted) return;
		homeLoad.value = {
			state: "error",
			message: err instanceof ApiError ? err.message : problem_generic()
		};
	} finally {
		if (inFlight.value === controller) inFlight.value = null;
	}
}
// web/src/islands/home/HomeRegion.tsx
/**
* One client-rendered section of the home page (services, featured doctors, health tips or patient
* stories): skeletons at build time, then its items, an empty state or an error with Retry.
*/
function ServiceCard({ s }) {
	return jsxs("li", {
		class: "card group p-6 transition-shadow hover:shadow-lift",
		"data-testid": "service-card",
		"data-service-id": s.id,
		children: [
			jsx("span", {
				class: "grid size-12 place-items-center rounded-xl bg-brand-50 text-brand-700 ring-1 ring-brand-100",
				children: jsx(Icon, {
					shape: serviceIcon(s.icon),
					class: "size-6"
				})
			}),
			jsx("h3", {
				class: "mt-5 text-lg font-semibold text-slate-900",
				children: s.name
			}),
			jsx("p", {
				class: "mt-2 text-sm leading-6 text-slate-600",
				children: s.description
			})
		]
	});
}
function TipCard({ t }) {
	return jsxs("li", {
		class: "card flex flex-col p-6 transition-shadow hover:shadow-lift",
		"data-testid": "tip-card",
		"data-tip-id": t.id,
		children: [
			jsxs("span", {
				class: "inline-flex w-fit items-center gap-1.5 rounded-full bg-accent-50 px-2.5 py-1 text-xs font-semibold text-accent-800 ring-1 ring-accent-200",
				children: [jsx(Icon, {
					shape: heart,
					class: "size-3.5"
				}), tip_badge()]
			}),
			jsx("h3", {
				class: "mt-4 text-lg leading-7 font-semibold text-slate-900",
				children: jsx("a", {
					href: pageHref(`/health-tips/view/?id=${encodeURIComponent(t.id)}`),
					class: "rounded hover:text-brand-700 hover:underline",
					children: t.title
				})
			}),
			jsx("p", {
				class: "mt-3 text-sm leading-6 text-slate-600",
				children: plainTextExcerpt(t.content, 170)
			}),
			jsx("p", {
				class: "mt-auto pt-5 text-sm font-medium text-slate-700",
				children: t.authorName ? tip_by({ name: t.authorName }) : tip_by_team()
			})
		]
	});
}
function Stars({ rating }) {
	const value = Math.max(0, Math.min(5, Math.round(rating)));
	return jsx("div", {
		class: "flex gap-0.5",
		role: "img",
		"aria-label": rating_label({ value }),
		"data-testid": "rating",
		children: [
			0,
			1,
			2,
			3,
			4
		].map((i) => jsx(Icon, {
			shape: star,
			class: `size-5 ${i < value ? "fill-accent-400 text-accent-500" : "fill-slate-100 text-slate-300"}`
		}, i))
	});
}
function TestimonialCard({ t }) {
	return jsx("li", {
		class: "card flex flex-col p-6",
		"data-testid": "testimonial-card",
		"data-testimonial-id": t.id,
		children: jsxs("figure", {
			class: "flex h-full flex-col",
			children: [
				jsxs("div", {
					class: "flex items-center justify-between",
					children: [jsx(Stars, { rating: t.rating }), jsx(Icon, {
						shape: quote,
						class: "size-7 text-brand-100"
					})]
				}),
				jsx("blockquote", {
					class: "mt-4 flex-1 leading-7 text-slate-700",
					children: jsx("p", { children: t.content })
				}),
				jsxs("figcaption", {
					class: "mt-6 flex items-center gap-3",
					children: [jsx("span", {
						class: "grid size-10 place-items-center rounded-full bg-brand-100 text-sm font-semibold text-brand-800",
						"aria-hidden": "true",
						children: initials(t.name)
					}), jsx("span", {
						class: "font-semibold text-slate-900",
						children: t.name
					})]
				})
			]
		})
	});
}
var line = (w, mt = "mt-2", h = "h-4") => jsx("div", { class: `skeleton ${mt} ${h} ${w}` });
var REGIONS = {
	services: {
		items: (home) => home.services ?? [],
		list: (home) => jsx("ul", {
			class: "grid gap-5 sm:grid-cols-2 lg:grid-cols-3",
			"data-testid": "services-list",
			children: home.services.map((s) => jsx(ServiceCard, { s }, s.id))
		}),
		count: (n) => count_services({ count: n }),
		none: none_services,
		skeleton: () => jsx(Skeletons, {
			count: 6,
			class: "grid gap-5 sm:grid-cols-2 lg:grid-cols-3",
			card: () => jsxs(Fragment, { children: [
				jsx("div", { class: "skeleton size-12 rounded-xl" }),
				line("w-1/2", "mt-5", "h-5"),
				line("w-full", "mt-3"),
				line("w-4/5")
			] })
		}),
		empty: () => jsx(EmptyState, {
			icon: stethoscope,
			title: services_empty_title(),
			text: services_empty_text(),
			link: {
				href: pageHref("/doctors/"),
				label: nav_find_doctor()
			}
		})
	},
	doctors: {
		items: (home) => home.featuredDoctors ?? [],
		list: (home) => jsx("ul", {
			class: "grid gap-5 sm:grid-cols-2 lg:grid-cols-3",
			"data-testid": "featured-doctors-list",
			children: home.featuredDoctors.map((d) => jsx(DoctorCard, { doctor: d }, d.id))
		}),
		count: (n) => count_featured_doctors({ count: n }),
		none: none_featured_doctors,
		skeleton: () => jsx(DoctorCardSkeletons, { count: 6 }),
		empty: () => jsx(EmptyState, {
			icon: userSearch,
			title: doctors_empty_title(),
			text: doctors_empty_text(),
			link: {
				href: pageHref("/doctors/"),
				label: browse_all_doctors()
			}
		})
	},
	tips: {
		items: (home) => home.healthTips ?? [],
		list: (home) => jsx("ul", {
			class: "grid gap-5 md:grid-cols-3",
			"data-testid": "health-tips-list",
			children: home.healthTips.map((t) => jsx(TipCard, { t }, t.id))
		}),
		count: (n) => count_tips({ count: n }),
		none: none_tips,
		skeleton: () => jsx(Skeletons, {
			count: 3,
			class: "grid gap-5 md:grid-cols-3",
			card: () => jsxs(Fragment, { children: [
				jsx("div", { class: "skeleton h-5 w-24 rounded-full" }),
				line("w-5/6", "mt-5", "h-6"),
				line("w-full", "mt-4"),
				line("w-full"),
				line("w-2/3"),
				line("w-1/3", "mt-6")
			] })
		}),
		empty: () => jsx(EmptyState, {
			icon: fileText,
			title: tips_empty_title(),
			text: tips_empty_text()
		})
	},
	testimonials: {
		items: (home) => home.testimonials ?? [],
		list: (home) => jsx("ul", {
			class: "grid gap-5 md:grid-cols-3",
			"data-testid": "testimonials-list",
			children: home.testimonials.map((t) => jsx(TestimonialCard, { t }, t.id))
		}),
		count: (n) => count_stories({ count: n }),
		none: none_stories,
		skeleton: () => jsx(Skeletons, {
			count: 3,
			class: "grid gap-5 md:grid-cols-3",
			card: () => jsxs(Fragment, { children: [
				jsx("div", { class: "skeleton h-5 w-28" }),
				line("w-full", "mt-5"),
				line("w-full"),
				line("w-3/4"),
				jsxs("div", {
					class: "mt-6 flex items-center gap-3",
					children: [jsx("div", { class: "skeleton size-10 rounded-full" }), jsx("div", { class: "skeleton h-4 w-28" })]
				})
			] })
		}),
		empty: () => jsx(EmptyState, {
			icon: quote,
			title: stories_empty_title(),
			text: stories_empty_text()
		})
	}
};
/** The first region on the page starts the shared request; the others read its answer. */
function HomeRegion({ region, first = false }) {
	const spec = REGIONS[region];
	const load = homeLoad.value;
	const box = useRef(null);
	const retried = useRef(false);
	useEffect(() => {
		if (first) loadHome();
	}, []);
	useEffect(() => {
		if (!retried.current || load.state === "loading") return;
		retried.current = false;
		if (load.state === "error") box.current?.querySelector("[data-retry]")?.focus();
		else {
			const heading = document.getElementById(box.current?.closest("section")?.getAttribute("aria-labelledby") ?? "");
			heading?.setAttribute("tabindex", "-1");
			heading?.focus();
		}
	}, [load.state]);
	const count = load.state === "ready" ? spec.items(load.home).length : 0;
	const state = load.state === "ready" ? count ? "ready" : "empty" : load.state;
	const status = load.state === "loading" ? loading() : load.state === "error" ? load.message : count ? showing({ what: spec.count(count) }) : spec.none();
	return jsx("div", {
		ref: box,
		class: "contents",
		children: jsx(Region, {
			state,
			status,
			class: "mt-10",
			skeleton: spec.skeleton(),
			empty: spec.empty(),
			error: load.state === "error" && jsx(ErrorState, {
				message: load.message,
				retryTestid: `retry-${region}`,
				onRetry: () => {
					retried.current = true;
					loadHome();
				}
			}),
			children: load.state === "ready" && spec.list(load.home)
		})
	});
}
// web/src/pages/index.astro
var pages_exports = /* @__PURE__ */ __exportAll({
	default: () => $$Index,
	file: () => $$file,
	url: () => ""
});
var $$Index = createComponent(($$result, $$props, $$slots) => {
	const trustPoints = [
		{
			icon: "badge-check",
			title: home_trust_verified(),
			text: home_trust_verified_text()
		},
		{
			icon: "lock",
			title: home_trust_video(),
			text: home_trust_video_text()
		},
		{
			icon: "receipt",
			title: home_trust_receipts(),
			text: home_trust_receipts_text()
		},
		{
			icon: "mail",
			title: home_trust_transcript(),
			text: home_trust_transcript_text()
		}
	];
	const steps = [
		{
			icon: "user-search",
			title: home_step_find(),
			text: home_step_find_text()
		},
		{
			icon: "credit-card",
			title: home_step_pay(),
			text: home_step_pay_text()
		},
		{
			icon: "video",
			title: home_step_video(),
			text: home_step_video_text()
		},
		{
			icon: "mail",
			title: home_step_transcript(),
			text: home_step_transcript_text()
		}
	];
	return renderTemplate`${renderComponent($$result, "Base", $$Base, {
		"title": home_title(),
		"description": home_description()
	}, { "default": ($$result) => renderTemplate`${maybeRenderHead($$result)}<section class="hero relative overflow-hidden border-b border-brand-100" aria-labelledby="hero-heading"><div class="container-page relative grid items-center gap-12 py-12 sm:py-16 lg:grid-cols-[1.15fr_1fr] lg:py-20"><div><p class="inline-flex items-center gap-2 rounded-full border border-brand-200 bg-white/80 px-3 py-1 text-sm font-medium text-brand-800">${renderComponent($$result, "Icon", $$Icon, {
		"name": "shield-check",
		"class": "size-4 text-brand-700"
	})}${home_trusted()}</p><h1 id="hero-heading" class="mt-5 text-4xl leading-[1.1] font-bold tracking-tight text-slate-900 sm:text-5xl">${home_heading()} <span class="text-brand-700">${home_heading_accent()}</span></h1><p class="mt-5 max-w-xl text-lg leading-8 text-slate-600">${home_lead()}</p>${renderComponent($$result, "Island", $$Island, {
		"name": "HeroSearch",
		"component": HeroSearch
	})}</div><!-- A drawing of a consultation, not content: hidden from assistive technology. --><div class="relative mx-auto hidden w-full max-w-md lg:block" aria-hidden="true"><div class="absolute -inset-6 rounded-[2.5rem] bg-brand-200/40 blur-2xl"></div><div class="relative overflow-hidden rounded-3xl border border-white bg-white shadow-lift"><div class="flex items-center justify-between border-b border-slate-100 px-5 py-3"><div class="flex items-center gap-2 text-sm font-semibold text-slate-800"><span class="size-2.5 rounded-full bg-emerald-500"></span> ${art_video()}</div><span class="inline-flex items-center gap-1 rounded-full bg-brand-50 px-2.5 py-1 text-xs font-medium text-brand-800">${renderComponent($$result, "Icon", $$Icon, {
		"name": "lock",
		"class": "size-3.5"
	})} ${art_private_room()}</span></div><div class="relative aspect-[4/3] bg-gradient-to-br from-brand-700 via-brand-800 to-brand-950"><svg viewBox="0 0 400 300" class="absolute inset-0 h-full w-full"><circle cx="200" cy="118" r="46" fill="#f3d3b5"></circle><path d="M154 104c4-34 26-50 50-50 26 0 46 18 46 48-10-14-28-22-50-22-18 0-34 8-46 24z" fill="#1f2937"></path><path d="M96 300c6-62 48-104 104-104s98 42 104 104z" fill="#ffffff"></path><path d="M182 198l18 30 18-30" fill="#d5f2ec"></path><path d="M166 204c-6 30 0 52 18 60m50-60c6 30 0 52-18 60" fill="none" stroke="#0f6e66" stroke-width="5" stroke-linecap="round"></path><circle cx="216" cy="266" r="8" fill="#0f6e66"></circle></svg><div class="absolute right-4 bottom-4 h-20 w-16 rounded-xl border-2 border-white/80 bg-gradient-to-b from-accent-100 to-accent-200"><svg viewBox="0 0 64 80" class="h-full w-full"><circle cx="32" cy="32" r="12" fill="#b45309" opacity=".55"></circle><path d="M10 80c2-18 10-28 22-28s20 10 22 28z" fill="#b45309" opacity=".55"></path></svg></div><div class="absolute bottom-4 left-4 flex gap-2"><span class="grid size-9 place-items-center rounded-full bg-white/15 text-white">${renderComponent($$result, "Icon", $$Icon, {
		"name": "video",
		"class": "size-4"
	})}</span><span class="grid size-9 place-items-center rounded-full bg-red-500 text-white">${renderComponent($$result, "Icon", $$Icon, {
		"name": "phone",
		"class": "size-4"
	})}</span></div></div><div class="space-y-2 px-5 pt-4 pb-12"><div class="ml-auto w-fit max-w-[80%] rounded-2xl rounded-br-sm bg-brand-700 px-3 py-2 text-sm text-white">${art_patient_line()}</div><div class="w-fit max-w-[80%] rounded-2xl rounded-bl-sm bg-slate-100 px-3 py-2 text-sm text-slate-800">${art_doctor_line()}</div></div></div><div class="absolute top-24 -left-10 flex items-center gap-3 rounded-2xl border border-slate-100 bg-white px-4 py-3 shadow-lift"><span class="grid size-9 place-items-center rounded-full bg-brand-50 text-brand-700">${renderComponent($$result, "Icon", $$Icon, {
		"name": "badge-check",
		"class": "size-5"
	})}</span><span class="text-sm"><span class="block font-semibold text-slate-900">${art_verified()}</span><span class="text-slate-600">${art_verified_by()}</span></span></div><div class="absolute -right-6 -bottom-6 flex items-center gap-3 rounded-2xl border border-slate-100 bg-white px-4 py-3 shadow-lift"><span class="grid size-9 place-items-center rounded-full bg-accent-100 text-accent-800">${renderComponent($$result, "Icon", $$Icon, {
		"name": "mail",
		"class": "size-5"
	})}</span><span class="text-sm"><span class="block font-semibold text-slate-900">${art_transcript()}</span><span class="text-slate-600">${art_transcript_with()}</span></span></div></div></div><div class="container-page relative pb-12 sm:pb-16"><ul class="grid gap-4 sm:grid-cols-2 lg:grid-cols-4"${addAttribute(home_trust_label(), "aria-label")}>${trustPoints.map((point) => renderTemplate`<li class="flex gap-3 rounded-xl border border-brand-100 bg-white/85 p-4"><span class="grid size-10 shrink-0 place-items-center rounded-lg bg-brand-700 text-white">${renderComponent($$result, "Icon", $$Icon, {
		"name": point.icon,
		"class": "size-5"
	})}</span><span><span class="block font-semibold text-slate-900">${point.title}</span><span class="mt-0.5 block text-sm leading-5 text-slate-600">${point.text}</span></span></li>`)}</ul></div></section><section id="services" class="py-16 sm:py-20" aria-labelledby="services-heading"><div class="container-page"><div class="max-w-2xl"><p class="eyebrow">${home_services_eyebrow()}</p><h2 id="services-heading" class="section-title mt-2">${home_services_heading()}</h2><p class="mt-3 text-slate-600">${home_services_lead()}</p></div>${renderComponent($$result, "Island", $$Island, {
		"name": "HomeRegion",
		"component": HomeRegion,
		"props": {
			region: "services",
			first: true
		}
	})}</div></section><section id="featured-doctors" class="border-y border-slate-200/70 bg-white py-16 sm:py-20" aria-labelledby="doctors-heading"><div class="container-page"><div class="flex flex-col gap-4 sm:flex-row sm:items-end sm:justify-between"><div class="max-w-2xl"><p class="eyebrow">${home_doctors_eyebrow()}</p><h2 id="doctors-heading" class="section-title mt-2">${home_doctors_heading()}</h2><p class="mt-3 text-slate-600">${home_doctors_lead()}</p></div><a${addAttribute(pageHref("/doctors/"), "href")} class="group inline-flex items-center gap-1.5 self-start rounded font-semibold text-brand-700 hover:text-brand-800 sm:self-auto">${home_see_all_doctors()} ${renderComponent($$result, "Icon", $$Icon, {
		"name": "arrow-right",
		"class": "size-4 transition-transform group-hover:translate-x-0.5"
	})}</a></div>${renderComponent($$result, "Island", $$Island, {
		"name": "HomeRegion",
		"component": HomeRegion,
		"props": { region: "doctors" }
	})}</div></section><section id="how-it-works" class="py-16 sm:py-20" aria-labelledby="how-heading"><div class="container-page"><div class="mx-auto max-w-2xl text-center"><p class="eyebrow">${footer_how_it_works()}</p><h2 id="how-heading" class="section-title mt-2">${home_how_heading()}</h2></div><ol class="mt-12 grid gap-6 sm:grid-cols-2 lg:grid-cols-4">${steps.map((step, i) => renderTemplate`<li class="relative rounded-2xl border border-brand-100 bg-gradient-to-b from-white to-brand-50/60 p-6"><div class="flex items-center justify-between"><span class="grid size-12 place-items-center rounded-xl bg-brand-700 text-white">${renderComponent($$result, "Icon", $$Icon, {
		"name": step.icon,
		"class": "size-6"
	})}</span><span class="text-4xl font-bold text-brand-200" aria-hidden="true">${String(i + 1).padStart(2, "0")}</span></div><h3 class="mt-5 text-lg font-semibold text-slate-900"><span class="sr-only">${home_step_n({ n: i + 1 })} </span>${step.title}</h3><p class="mt-2 text-sm leading-6 text-slate-600">${step.text}</p></li>`)}</ol><div class="mt-10 text-center"><a${addAttribute(pageHref("/doctors/"), "href")} class="btn-primary px-6 text-base">${home_book_consultation()} ${renderComponent($$result, "Icon", $$Icon, {
		"name": "arrow-right",
		"class": "size-5"
	})}</a></div></div></section><section id="health-tips" class="border-y border-slate-200/70 bg-white py-16 sm:py-20" aria-labelledby="tips-heading"><div class="container-page"><div class="flex flex-col gap-4 sm:flex-row sm:items-end sm:justify-between"><div class="max-w-2xl"><p class="eyebrow">${nav_health_tips()}</p><h2 id="tips-heading" class="section-title mt-2">${tips_heading()}</h2></div><a${addAttribute(pageHref("/health-tips/"), "href")} class="group inline-flex items-center gap-1.5 self-start rounded font-semibold text-brand-700 hover:text-brand-800 sm:self-auto">${home_all_tips()} ${renderComponent($$result, "Icon", $$Icon, {
		"name": "arrow-right",
		"class": "size-4 transition-transform group-hover:translate-x-0.5"
	})}</a></div>${renderComponent($$result, "Island", $$Island, {
		"name": "HomeRegion",
		"component": HomeRegion,
		"props": { region: "tips" }
	})}</div></section><section id="testimonials" class="py-16 sm:py-20" aria-labelledby="testimonials-heading"><div class="container-page"><div class="mx-auto max-w-2xl text-center"><p class="eyebrow">${home_stories_eyebrow()}</p><h2 id="testimonials-heading" class="section-title mt-2">${home_stories_heading()}</h2></div>${renderComponent($$result, "Island", $$Island, {
		"name": "HomeRegion",
		"component": HomeRegion,
		"props": { region: "testimonials" }
	})}</div></section><section class="pb-16 sm:pb-20" aria-labelledby="join-heading"><div class="container-page"><div class="relative overflow-hidden rounded-3xl bg-brand-800 px-6 py-10 sm:px-12 sm:py-14"><div class="cta-glow absolute inset-0" aria-hidden="true"></div><div class="relative flex flex-col gap-6 lg:flex-row lg:items-center lg:justify-between"><div class="max-w-2xl"><h2 id="join-heading" class="text-2xl font-bold tracking-tight text-white sm:text-3xl">${home_cta_heading()}</h2><p class="mt-3 text-brand-100">${home_cta_text()}</p></div><a${addAttribute(pageHref("/register/?role=doctor"), "href")} class="btn shrink-0 bg-white px-6 text-base text-brand-800 hover:bg-brand-50">${footer_join_doctor()} ${renderComponent($$result, "Icon", $$Icon, {
		"name": "arrow-right",
		"class": "size-5"
	})}</a></div></div></div></section>${renderScript($$result, "/work/wt-hindi/web/src/pages/index.astro?astro&type=script&index=0&lang.ts")}` })}`;
}, "/work/wt-hindi/web/src/pages/index.astro", void 0);
var $$file = "/work/wt-hindi/web/src/pages/index.astro";
// \0virtual:astro:page:src/pages/index@_@astro
var page = () => pages_exports;
export { page };
