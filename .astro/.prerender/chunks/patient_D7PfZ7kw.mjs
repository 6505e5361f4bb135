import { ft as renderScript, ht as __exportAll, mt as createComponent } from "./skip_to_content_DtyEdUnf.mjs";
import { a as renderComponent, d as renderTemplate } from "./server_DkXzZEFQ.mjs";
import { A as $$Island, t as $$Base } from "./Base_BSFoRxR2.mjs";
import { t as Dashboard } from "./Dashboard_C4qrT6NF.mjs";
// web/src/paraglide/messages/dash_patient_title.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Dash_Patient_TitleInputs */
var en_dash_patient_title = () => {
	return `Your dashboard`;
};
/**

* @param {Dash_Patient_TitleInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var dash_patient_title = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_dash_patient_title(inputs);
};
// web/src/pages/dashboard/patient.astro
var patient_exports = /* @__PURE__ */ __exportAll({
	default: () => $$Patient,
	file: () => $$file,
	url: () => $$url
});
var $$Patient = createComponent(($$result, $$props, $$slots) => {
	return renderTemplate`${renderComponent($$result, "Base", $$Base, {
		"title": dash_patient_title(),
		"noindex": true
	}, { "default": ($$result) => renderTemplate`${renderComponent($$result, "Island", $$Island, {
		"name": "Dashboard",
		"component": Dashboard,
		"props": { role: "patient" }
	})}${renderScript($$result, "/work/wt-hindi/web/src/pages/dashboard/patient.astro?astro&type=script&index=0&lang.ts")}` })}`;
}, "/work/wt-hindi/web/src/pages/dashboard/patient.astro", void 0);
var $$file = "/work/wt-hindi/web/src/pages/dashboard/patient.astro";
var $$url = "/dashboard/patient";
// \0virtual:astro:page:src/pages/dashboard/patient@_@astro
var page = () => patient_exports;
export { page };
