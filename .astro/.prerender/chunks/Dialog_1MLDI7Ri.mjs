import { dt as alertCircle, ut as alertTriangle } from "./skip_to_content_DtyEdUnf.mjs";
import { c as ApiError, k as Icon } from "./Base_BSFoRxR2.mjs";
import { t as problem_generic } from "./problem_generic_D6AyibR1.mjs";
import { t as Button } from "./Button_CN07y6wQ.mjs";
import { Fragment, jsx, jsxs } from "preact/jsx-runtime";
import { useEffect, useId, useRef, useState } from "preact/hooks";
// web/src/paraglide/messages/go_back.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Go_BackInputs */
var en_go_back = () => {
	return `Go back`;
};
/**

* @param {Go_BackInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var go_back = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_go_back(inputs);
};
// web/src/components/Dialog.tsx
function Dialog({ open, onClose, title, children, testid, class: cls, titleClass, describedBy }) {
	const ref = useRef(null);
	const titleId = useId();
	useEffect(() => {
		const dialog = ref.current;
		if (!dialog) return;
		if (open && !dialog.open) {
			const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
			dialog.showModal();
			dialog.querySelector("[data-autofocus]")?.focus();
			return () => {
				if (dialog.open) dialog.close();
				opener?.focus();
			};
		}
	}, [open]);
	return jsx("dialog", {
		ref,
		"aria-labelledby": titleId,
		"aria-describedby": describedBy,
		class: cls ?? "dialog w-[min(32rem,calc(100vw-2rem))] rounded-2xl p-0 shadow-lift backdrop:bg-slate-900/50",
		"data-testid": testid,
		onCancel: (event) => {
			event.preventDefault();
			onClose();
		},
		children: open && jsxs(Fragment, { children: [jsx("h2", {
			id: titleId,
			class: titleClass ?? "text-lg font-semibold text-slate-900",
			children: title
		}), children] })
	});
}
function ConfirmDialog({ open, onClose, title, body, confirmLabel, busyLabel, cancelLabel = go_back(), tone = "primary", testid = "confirm-dialog", textField, onConfirm }) {
	const bodyId = useId();
	const [busy, setBusy] = useState(false);
	const [error, setError] = useState(null);
	const [text, setText] = useState("");
	const [missing, setMissing] = useState(false);
	useEffect(() => {
		if (open) {
			setError(null);
			setText("");
			setMissing(false);
		}
	}, [open]);
	const textId = `${bodyId}-text`;
	const confirm = async () => {
		if (textField?.missing && text.trim().length < (textField.minLength ?? 1)) {
			setMissing(true);
			document.getElementById(textId)?.focus();
			return;
		}
		setBusy(true);
		setError(null);
		try {
			await onConfirm(text.trim());
			onClose();
		} catch (err) {
			setError(err instanceof ApiError ? err.message : problem_generic());
		} finally {
			setBusy(false);
		}
	};
	return jsxs(Dialog, {
		open,
		onClose: () => !busy && onClose(),
		title,
		testid,
		describedBy: bodyId,
		class: "dialog w-[min(32rem,calc(100vw-2rem))] rounded-2xl p-6 shadow-lift backdrop:bg-slate-900/50",
		children: [
			jsxs("div", {
				class: "mt-1 flex gap-3",
				children: [jsx(Icon, {
					shape: tone === "danger" ? alertTriangle : alertCircle,
					class: `mt-0.5 size-5 shrink-0 ${tone === "danger" ? "text-red-700" : "text-brand-700"}`
				}), jsx("div", {
					id: bodyId,
					class: "min-w-0 text-sm leading-6 text-slate-700",
					children: body
				})]
			}),
			textField && jsxs("div", {
				class: "mt-4",
				children: [
					jsx("label", {
						for: textId,
						class: "field-label",
						children: textField.label
					}),
					textField.hint && jsx("p", {
						id: `${textId}-hint`,
						class: "field-hint mt-0.5",
						children: textField.hint
					}),
					jsx("textarea", {
						id: textId,
						name: textField.name,
						maxLength: textField.maxLength,
						rows: 3,
						class: "field-input h-auto min-h-20 py-2.5 leading-6",
						"data-testid": `${testid}-text`,
						"data-autofocus": textField.missing ? true : void 0,
						"aria-required": textField.missing ? "true" : void 0,
						"aria-invalid": missing ? "true" : void 0,
						"aria-describedby": [textField.hint && `${textId}-hint`, missing && `${textId}-error`].filter(Boolean).join(" ") || void 0,
						value: text,
						onInput: (e) => {
							setText(e.currentTarget.value);
							setMissing(false);
						}
					}),
					jsx("p", {
						id: `${textId}-error`,
						class: "field-error",
						"data-error-for": textField.name,
						hidden: !missing,
						children: textField.missing
					})
				]
			}),
			error && jsx("p", {
				class: "mt-4 rounded-lg border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-900",
				role: "alert",
				"data-testid": `${testid}-error`,
				children: error
			}),
			jsxs("div", {
				class: "mt-6 flex flex-col-reverse gap-3 sm:flex-row sm:justify-end",
				children: [jsx(Button, {
					variant: "secondary",
					testid: `${testid}-cancel`,
					disabled: busy,
					onClick: onClose,
					"data-autofocus": true,
					children: cancelLabel
				}), jsx(Button, {
					variant: tone === "danger" ? "danger" : "primary",
					testid: `${testid}-confirm`,
					busy,
					busyLabel,
					onClick: confirm,
					children: confirmLabel
				})]
			})
		]
	});
}
export { Dialog as n, ConfirmDialog as t };
