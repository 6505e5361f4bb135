import "./skip_to_content_DtyEdUnf.mjs";
import { c as ApiError } from "./Base_BSFoRxR2.mjs";
import { t as problem_generic } from "./problem_generic_D6AyibR1.mjs";
import { useRef, useState } from "preact/hooks";
// web/src/paraglide/messages/field_missing.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Field_MissingInputs */
var en_field_missing = () => {
	return `Fill in this field.`;
};
/**

* @param {Field_MissingInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var field_missing = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_field_missing(inputs);
};
// web/src/components/useForm.ts
/**
* One behaviour for every island form: the browser's own checks in our words (a control's
* `data-msg-missing` / `data-msg-invalid`, which Field sets from `missing` / `invalid`), the island's
* own checks, inline field errors (from those checks or the API's `details`), focus on the first
* invalid field, the form-level summary (FormError) for the rest, and `busy` while the request is out.
*/
var isControl = (el) => el instanceof HTMLInputElement || el instanceof HTMLSelectElement || el instanceof HTMLTextAreaElement;
/** The browser's constraint checks (required, type, pattern, min/max), in our words. */
function nativeErrors(form) {
	const out = {};
	for (const el of form.elements) {
		if (!isControl(el) || !el.name || out[el.name] || !el.willValidate || el.validity.valid) continue;
		out[el.name] = [el.validity.valueMissing ? el.dataset.msgMissing ?? field_missing() : el.dataset.msgInvalid ?? el.validationMessage];
	}
	return out;
}
function useForm({ validate, submit, onError }) {
	const [errors, setErrors] = useState({});
	const [formError, setFormError] = useState(null);
	const [busy, setBusy] = useState(false);
	const summary = useRef(null);
	/** The form, for errors shown outside a submit (pass as the form's `ref`). */
	const ref = useRef(null);
	/** Shows field errors (those for fields the form lacks go to the summary) and focuses the first. */
	const show = (form, found) => {
		const shown = {};
		const leftOver = [];
		for (const [key, messages] of Object.entries(found)) {
			const field = key.split(".")[0] ?? key;
			const message = messages[0];
			if (!message || shown[field]) continue;
			if (form.querySelector(`[name="${CSS.escape(field)}"]`)) shown[field] = message;
			else leftOver.push(message);
		}
		setErrors(shown);
		setFormError(leftOver.length ? leftOver.join(" ") : null);
		requestAnimationFrame(() => {
			const first = [...form.elements].find((el) => isControl(el) && shown[el.name]);
			if (first) first.focus();
			else if (leftOver.length) summary.current?.focus();
		});
	};
	const onSubmit = async (event) => {
		event.preventDefault();
		if (busy) return;
		const form = event.currentTarget;
		const found = {
			...nativeErrors(form),
			...validate?.(form)
		};
		if (Object.keys(found).length) {
			show(form, found);
			return;
		}
		setErrors({});
		setFormError(null);
		setBusy(true);
		let stayBusy = false;
		try {
			stayBusy = await submit(form) === "navigating";
		} catch (err) {
			if (!(err instanceof ApiError)) {
				setFormError(problem_generic());
				requestAnimationFrame(() => summary.current?.focus());
			} else {
				const handled = onError?.(err);
				const fields = typeof handled === "object" ? handled : handled ? null : err.details;
				if (fields && Object.keys(fields).length) show(form, fields);
				else if (!handled) {
					setFormError(err.message);
					requestAnimationFrame(() => summary.current?.focus());
				}
			}
		} finally {
			if (!stayBusy) setBusy(false);
		}
	};
	/** Clears one field's error (e.g. once the user has changed it). */
	const clear = (field) => {
		if (errors[field]) setErrors(({ [field]: _, ...rest }) => rest);
	};
	/** Shows field errors found outside a submit (e.g. a "send a new code" button needing the email). */
	const showErrors = (found) => ref.current && show(ref.current, found);
	return {
		errors,
		formError,
		busy,
		onSubmit,
		summary,
		clear,
		setFormError,
		ref,
		showErrors
	};
}
/** A trimmed value of a named control ('' if absent). */
function fieldValue(form, name) {
	const el = form.elements.namedItem(name);
	if (el instanceof RadioNodeList) return el.value.trim();
	return isControl(el) ? el.value.trim() : "";
}
export { useForm as n, fieldValue as t };
