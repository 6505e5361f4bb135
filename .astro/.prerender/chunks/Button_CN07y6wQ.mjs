import { jsx, jsxs } from "preact/jsx-runtime";
// web/src/components/Button.tsx
var VARIANTS = {
	primary: "btn-primary",
	secondary: "btn-secondary",
	ghost: "btn-ghost",
	danger: "btn bg-red-700 text-white hover:bg-red-800"
};
function Button({ variant = "primary", busy = false, busyLabel, testid, class: cls, type = "button", disabled, buttonRef, children, ...attrs }) {
	return jsxs("button", {
		...attrs,
		ref: buttonRef,
		type,
		class: `${VARIANTS[variant]} ${cls ?? ""}`.trim(),
		disabled: busy || disabled,
		"aria-busy": busy ? "true" : void 0,
		"data-testid": testid,
		children: [busy && jsx("span", {
			class: "spinner",
			"aria-hidden": "true"
		}), busy && busyLabel ? busyLabel : children]
	});
}
export { Button as t };
