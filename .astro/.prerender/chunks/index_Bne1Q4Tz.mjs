import { ft as renderScript, ht as __exportAll, mt as createComponent, p as $$Icon } from "./skip_to_content_DtyEdUnf.mjs";
import { a as renderComponent, d as renderTemplate, f as maybeRenderHead, m as addAttribute } from "./server_DkXzZEFQ.mjs";
import { A as $$Island, m as nav_health_tips, t as $$Base } from "./Base_BSFoRxR2.mjs";
import { t as TipsList } from "./TipsList_COEvXR19.mjs";
import { t as tips_heading } from "./tips_heading_7acmDMIr.mjs";
// web/src/paraglide/messages/tips_all_label.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Tips_All_LabelInputs */
var en_tips_all_label = () => {
	return `All health tips`;
};
/**

* @param {Tips_All_LabelInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var tips_all_label = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_tips_all_label(inputs);
};
// web/src/paraglide/messages/tips_description.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Tips_DescriptionInputs */
var en_tips_description = () => {
	return `Practical health advice from Chikitsa360's verified doctors: fevers, blood pressure, diabetes, children's health and more.`;
};
/**

* @param {Tips_DescriptionInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var tips_description = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_tips_description(inputs);
};
// web/src/paraglide/messages/tips_disclaimer.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Tips_DisclaimerInputs */
var en_tips_disclaimer = () => {
	return `General advice, not a diagnosis. For your own symptoms,`;
};
/**

* @param {Tips_DisclaimerInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var tips_disclaimer = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_tips_disclaimer(inputs);
};
// web/src/paraglide/messages/tips_disclaimer_link.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Tips_Disclaimer_LinkInputs */
var en_tips_disclaimer_link = () => {
	return `consult a doctor`;
};
/**

* @param {Tips_Disclaimer_LinkInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var tips_disclaimer_link = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_tips_disclaimer_link(inputs);
};
// web/src/paraglide/messages/tips_lead.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Tips_LeadInputs */
var en_tips_lead = () => {
	return `Short, practical guidance on everyday health, written by doctors who consult on Chikitsa360.`;
};
/**

* @param {Tips_LeadInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var tips_lead = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_tips_lead(inputs);
};
// web/src/paraglide/messages/tips_title.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Tips_TitleInputs */
var en_tips_title = () => {
	return `Health tips`;
};
/**

* @param {Tips_TitleInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var tips_title = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_tips_title(inputs);
};
// web/src/pages/health-tips/index.astro
var health_tips_exports = /* @__PURE__ */ __exportAll({
	default: () => $$Index,
	file: () => $$file,
	url: () => $$url
});
var $$Index = createComponent(($$result, $$props, $$slots) => {
	return renderTemplate`${renderComponent($$result, "Base", $$Base, {
		"title": tips_title(),
		"description": tips_description()
	}, { "default": ($$result) => renderTemplate`${maybeRenderHead($$result)}<section class="hero border-b border-brand-100" aria-labelledby="tips-heading"><div class="container-page py-10 sm:py-14"><p class="eyebrow">${nav_health_tips()}</p><h1 id="tips-heading" class="mt-2 text-3xl font-bold tracking-tight text-slate-900 sm:text-4xl">${tips_heading()}</h1><p class="mt-3 max-w-2xl text-lg leading-8 text-slate-600">${tips_lead()}</p><p class="mt-5 inline-flex items-start gap-2 rounded-xl border border-brand-100 bg-white/80 px-4 py-3 text-sm text-slate-700">${renderComponent($$result, "Icon", $$Icon, {
		"name": "stethoscope",
		"class": "mt-0.5 size-4 shrink-0 text-brand-700"
	})}<span>${tips_disclaimer()} <a${addAttribute(pageHref("/doctors/"), "href")} class="font-semibold text-brand-700 underline underline-offset-2 hover:text-brand-800">${tips_disclaimer_link()}</a>.</span></p></div></section><section class="container-page py-10 sm:py-14"${addAttribute(tips_all_label(), "aria-label")}>${renderComponent($$result, "Island", $$Island, {
		"name": "TipsList",
		"component": TipsList
	})}</section>${renderScript($$result, "/work/wt-hindi/web/src/pages/health-tips/index.astro?astro&type=script&index=0&lang.ts")}` })}`;
}, "/work/wt-hindi/web/src/pages/health-tips/index.astro", void 0);
var $$file = "/work/wt-hindi/web/src/pages/health-tips/index.astro";
var $$url = "/health-tips";
// \0virtual:astro:page:src/pages/health-tips/index@_@astro
var page = () => health_tips_exports;
export { page };
