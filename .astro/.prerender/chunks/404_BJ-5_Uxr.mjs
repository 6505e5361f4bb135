import { ht as __exportAll, mt as createComponent, o as pageHref, p as $$Icon } from "./skip_to_content_DtyEdUnf.mjs";
import { a as renderComponent, d as renderTemplate, f as maybeRenderHead, m as addAttribute } from "./server_DkXzZEFQ.mjs";
import { h as nav_find_doctor, t as $$Base } from "./Base_BSFoRxR2.mjs";
// web/src/paraglide/messages/not_found_description.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Not_Found_DescriptionInputs */
var en_not_found_description = () => {
	return `The page you were looking for is not on Chikitsa360.`;
};
/**

* @param {Not_Found_DescriptionInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var not_found_description = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_not_found_description(inputs);
};
// web/src/paraglide/messages/not_found_emergency.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Not_Found_EmergencyInputs */
var en_not_found_emergency = () => {
	return `In a medical emergency, call 112 or go to the nearest hospital.`;
};
/**

* @param {Not_Found_EmergencyInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var not_found_emergency = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_not_found_emergency(inputs);
};
// web/src/paraglide/messages/not_found_eyebrow.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Not_Found_EyebrowInputs */
var en_not_found_eyebrow = () => {
	return `Error 404`;
};
/**

* @param {Not_Found_EyebrowInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var not_found_eyebrow = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_not_found_eyebrow(inputs);
};
// web/src/paraglide/messages/not_found_heading.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Not_Found_HeadingInputs */
var en_not_found_heading = () => {
	return `We could not find that page`;
};
/**

* @param {Not_Found_HeadingInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var not_found_heading = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_not_found_heading(inputs);
};
// web/src/paraglide/messages/not_found_home.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Not_Found_HomeInputs */
var en_not_found_home = () => {
	return `Go to the home page`;
};
/**

* @param {Not_Found_HomeInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var not_found_home = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_not_found_home(inputs);
};
// web/src/paraglide/messages/not_found_text.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Not_Found_TextInputs */
var en_not_found_text = () => {
	return `The link may be old or mistyped. Your appointments and records are safe — let us get you back on track.`;
};
/**

* @param {Not_Found_TextInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var not_found_text = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_not_found_text(inputs);
};
// web/src/paraglide/messages/not_found_title.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Not_Found_TitleInputs */
var en_not_found_title = () => {
	return `Page not found`;
};
/**

* @param {Not_Found_TitleInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var not_found_title = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_not_found_title(inputs);
};
// web/src/pages/404.astro
var _404_exports = /* @__PURE__ */ __exportAll({
	default: () => $$404,
	file: () => $$file,
	url: () => $$url
});
var $$404 = createComponent(($$result, $$props, $$slots) => {
	return renderTemplate`${renderComponent($$result, "Base", $$Base, {
		"title": not_found_title(),
		"description": not_found_description(),
		"noindex": true
	}, { "default": ($$result) => renderTemplate`${maybeRenderHead($$result)}<section class="hero" aria-labelledby="nf-heading"><div class="container-page flex flex-col items-center py-20 text-center sm:py-28"><span class="grid size-16 place-items-center rounded-2xl bg-white text-brand-700 shadow-lift ring-1 ring-brand-100">${renderComponent($$result, "Icon", $$Icon, {
		"name": "stethoscope",
		"class": "size-8"
	})}</span><p class="mt-8 text-sm font-semibold tracking-wide text-brand-700 uppercase">${not_found_eyebrow()}</p><h1 id="nf-heading" class="mt-2 text-3xl font-bold tracking-tight text-slate-900 sm:text-4xl">${not_found_heading()}</h1><p class="mt-4 max-w-lg text-lg leading-8 text-slate-600">${not_found_text()}</p><div class="mt-8 flex flex-col gap-3 sm:flex-row"><a${addAttribute(pageHref("/"), "href")} class="btn-primary px-6 text-base">${not_found_home()}</a><a${addAttribute(pageHref("/doctors/"), "href")} class="btn-secondary px-6 text-base">${renderComponent($$result, "Icon", $$Icon, {
		"name": "search",
		"class": "size-5"
	})} ${nav_find_doctor()}</a></div><p class="mt-12 inline-flex items-center gap-2 rounded-xl border border-accent-200 bg-accent-50 px-4 py-3 text-sm text-accent-900">${renderComponent($$result, "Icon", $$Icon, {
		"name": "phone",
		"class": "size-4 shrink-0"
	})}${not_found_emergency()}</p></div></section>` })}`;
}, "/work/wt-hindi/web/src/pages/404.astro", void 0);
var $$file = "/work/wt-hindi/web/src/pages/404.astro";
var $$url = "/404";
// \0virtual:astro:page:src/pages/404@_@astro
var page = () => _404_exports;
export { page };
