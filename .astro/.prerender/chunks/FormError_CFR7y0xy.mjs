import { dt as alertCircle } from "./skip_to_content_DtyEdUnf.mjs";
import { k as Icon } from "./Base_BSFoRxR2.mjs";
import { jsx, jsxs } from "preact/jsx-runtime";
// web/src/components/FormError.tsx
function FormError({ message, testid = "form-error", class: cls, boxRef, children }) {
	return jsxs("div", {
		ref: boxRef,
		"data-form-error": true,
		"data-testid": testid,
		role: "alert",
		tabIndex: -1,
		hidden: !message,
		class: `flex gap-3 rounded-xl border border-red-200 bg-red-50 p-4 text-sm leading-6 text-red-900 ${cls ?? ""}`.trim(),
		children: [jsx(Icon, {
			shape: alertCircle,
			class: "mt-0.5 size-5 shrink-0 text-red-700"
		}), jsxs("div", {
			"data-form-error-text": true,
			children: [message, children]
		})]
	});
}
export { FormError as t };
