import "./skip_to_content_DtyEdUnf.mjs";
import { jsx, jsxs } from "preact/jsx-runtime";
// web/src/paraglide/messages/field_optional.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Field_OptionalInputs */
var en_field_optional = () => {
	return `(optional)`;
};
/**

* @param {Field_OptionalInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var field_optional = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_field_optional(inputs);
};
// web/src/components/Field.tsx
function Field({ id, name, label, hint, optional = false, as = "input", error, class: cls, inputClass, testid, describedBy, after, children, controlRef, missing, invalid, ...attrs }) {
	const hintId = hint ? `${id}-hint` : void 0;
	const errorId = `${id}-error`;
	const described = [
		hintId,
		describedBy,
		error ? errorId : void 0
	].filter(Boolean).join(" ") || void 0;
	const common = {
		id,
		name,
		required: !optional,
		"aria-describedby": described,
		"aria-invalid": error ? "true" : void 0,
		"data-testid": testid,
		"data-msg-missing": missing,
		"data-msg-invalid": invalid,
		ref: controlRef
	};
	return jsxs("div", {
		class: cls,
		children: [
			jsxs("label", {
				for: id,
				class: "field-label",
				children: [label, optional && jsxs("span", {
					class: "font-normal text-slate-600",
					children: [" ", field_optional()]
				})]
			}),
			hint && jsx("p", {
				id: hintId,
				class: "field-hint mt-0.5",
				children: hint
			}),
			as === "textarea" ? jsx("textarea", {
				...common,
				...attrs,
				class: `field-input h-auto min-h-28 py-2.5 leading-6 ${inputClass ?? ""}`.trim()
			}) : as === "select" ? jsx("select", {
				...common,
				...attrs,
				class: `field-input ${inputClass ?? ""}`.trim(),
				children
			}) : jsx("input", {
				...common,
				...attrs,
				class: `field-input ${inputClass ?? ""}`.trim()
			}),
			after,
			jsx("p", {
				id: errorId,
				class: "field-error",
				"data-error-for": name,
				hidden: !error,
				children: error
			})
		]
	});
}
export { Field as t };
