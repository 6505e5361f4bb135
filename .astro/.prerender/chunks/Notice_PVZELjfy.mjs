import { dt as alertCircle, nt as checkCircle, ut as alertTriangle } from "./skip_to_content_DtyEdUnf.mjs";
import { k as Icon } from "./Base_BSFoRxR2.mjs";
import { jsx, jsxs } from "preact/jsx-runtime";
// web/src/components/Notice.tsx
var TONES = {
	success: [
		"border-emerald-200 bg-emerald-50 text-emerald-900",
		"text-emerald-700",
		checkCircle
	],
	info: [
		"border-brand-200 bg-brand-50 text-brand-900",
		"text-brand-700",
		alertCircle
	],
	warning: [
		"border-accent-300 bg-accent-50 text-accent-900",
		"text-accent-700",
		alertTriangle
	],
	error: [
		"border-red-200 bg-red-50 text-red-900",
		"text-red-700",
		alertCircle
	]
};
function Notice({ tone = "info", icon, live = true, testid, class: cls, id, focusable, boxRef, children }) {
	const [box, iconTone, defaultIcon] = TONES[tone];
	return jsxs("div", {
		id,
		ref: boxRef,
		class: `flex gap-3 rounded-xl border p-4 text-sm leading-6 ${box} ${cls ?? ""}`.trim(),
		role: live ? tone === "error" ? "alert" : "status" : void 0,
		tabIndex: focusable ? -1 : void 0,
		"data-testid": testid,
		children: [jsx(Icon, {
			shape: icon ?? defaultIcon,
			class: `mt-0.5 size-5 shrink-0 ${iconTone}`
		}), jsx("div", {
			class: "min-w-0",
			children
		})]
	});
}
export { Notice as t };
