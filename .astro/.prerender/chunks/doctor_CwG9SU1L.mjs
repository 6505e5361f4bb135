import { ft as renderScript, ht as __exportAll, mt as createComponent } from "./skip_to_content_DtyEdUnf.mjs";
import { a as renderComponent, d as renderTemplate } from "./server_DkXzZEFQ.mjs";
import { A as $$Island, t as $$Base } from "./Base_BSFoRxR2.mjs";
import { n as dash_doctor_eyebrow, t as Dashboard } from "./Dashboard_C4qrT6NF.mjs";
// web/src/pages/dashboard/doctor.astro
var doctor_exports = /* @__PURE__ */ __exportAll({
	default: () => $$Doctor,
	file: () => $$file,
	url: () => $$url
});
var $$Doctor = createComponent(($$result, $$props, $$slots) => {
	return renderTemplate`${renderComponent($$result, "Base", $$Base, {
		"title": dash_doctor_eyebrow(),
		"noindex": true
	}, { "default": ($$result) => renderTemplate`${renderComponent($$result, "Island", $$Island, {
		"name": "Dashboard",
		"component": Dashboard,
		"props": { role: "doctor" }
	})}${renderScript($$result, "/work/wt-hindi/web/src/pages/dashboard/doctor.astro?astro&type=script&index=0&lang.ts")}` })}`;
}, "/work/wt-hindi/web/src/pages/dashboard/doctor.astro", void 0);
var $$file = "/work/wt-hindi/web/src/pages/dashboard/doctor.astro";
var $$url = "/dashboard/doctor";
// \0virtual:astro:page:src/pages/dashboard/doctor@_@astro
var page = () => doctor_exports;
export { page };
