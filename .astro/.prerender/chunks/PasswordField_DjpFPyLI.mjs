import { J as eyeOff, Y as eye, et as circle, rt as check } from "./skip_to_content_DtyEdUnf.mjs";
import { k as Icon } from "./Base_BSFoRxR2.mjs";
import { l as passwordRules } from "./parts_CtWdJqPx.mjs";
import { t as Field } from "./Field_BwHk3La6.mjs";
import { Fragment, jsx, jsxs } from "preact/jsx-runtime";
import { useState } from "preact/hooks";
// web/src/paraglide/messages/password_hide.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Password_HideInputs */
var en_password_hide = () => {
	return `Hide password`;
};
/**

* @param {Password_HideInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var password_hide = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_password_hide(inputs);
};
// web/src/paraglide/messages/password_missing.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Password_MissingInputs */
var en_password_missing = () => {
	return `Enter your password.`;
};
/**

* @param {Password_MissingInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var password_missing = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_password_missing(inputs);
};
// web/src/paraglide/messages/password_missing_new.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Password_Missing_NewInputs */
var en_password_missing_new = () => {
	return `Enter a password.`;
};
/**

* @param {Password_Missing_NewInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var password_missing_new = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_password_missing_new(inputs);
};
// web/src/paraglide/messages/password_rule_done.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Password_Rule_DoneInputs */
var en_password_rule_done = () => {
	return `done: `;
};
/**

* @param {Password_Rule_DoneInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var password_rule_done = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_password_rule_done(inputs);
};
// web/src/paraglide/messages/password_rule_needed.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Password_Rule_NeededInputs */
var en_password_rule_needed = () => {
	return `still needed: `;
};
/**

* @param {Password_Rule_NeededInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var password_rule_needed = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_password_rule_needed(inputs);
};
// web/src/paraglide/messages/password_rules_heading.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Password_Rules_HeadingInputs */
var en_password_rules_heading = () => {
	return `Your password needs to:`;
};
/**

* @param {Password_Rules_HeadingInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var password_rules_heading = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_password_rules_heading(inputs);
};
// web/src/paraglide/messages/password_show.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Password_ShowInputs */
var en_password_show = () => {
	return `Show password`;
};
/**

* @param {Password_ShowInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var password_show = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_password_show(inputs);
};
// web/src/components/PasswordField.tsx
/**
* A password Field with a Show/Hide button that keeps focus and says what it does; for a new password
* (`rules`) the API's rules as a checklist that ticks itself off while the user types. The list is not
* a live region: announcing every keystroke would drown the typing; each item's hidden word says
* whether it is done.
*/
function PasswordField({ inputClass, after, rules = false, ...props }) {
	const [shown, setShown] = useState(false);
	const [value, setValue] = useState("");
	const rulesId = `${props.id}-rules`;
	return jsx("div", {
		class: "relative",
		children: jsx(Field, {
			name: "password",
			maxLength: 256,
			spellcheck: false,
			autocapitalize: "off",
			missing: rules ? password_missing_new() : password_missing(),
			describedBy: rules ? rulesId : void 0,
			onInput: (e) => setValue(e.currentTarget.value),
			...props,
			type: shown ? "text" : "password",
			inputClass: `pr-12 ${inputClass ?? ""}`.trim(),
			after: jsxs(Fragment, { children: [
				jsxs("button", {
					type: "button",
					class: "absolute top-8 right-1 grid size-10 place-items-center rounded-md text-slate-600 hover:text-slate-900",
					"aria-controls": props.id,
					"aria-pressed": shown,
					"data-testid": props.testid ? `${props.testid}-toggle` : void 0,
					onClick: () => setShown((s) => !s),
					children: [jsx(Icon, {
						shape: shown ? eyeOff : eye,
						class: "size-5"
					}), jsx("span", {
						class: "sr-only",
						children: shown ? password_hide() : password_show()
					})]
				}),
				rules && jsxs("div", {
					id: rulesId,
					class: "mt-3 rounded-lg bg-slate-50 px-4 py-3",
					children: [jsx("p", {
						class: "text-sm font-medium text-slate-700",
						children: password_rules_heading()
					}), jsx("ul", {
						class: "mt-2 grid gap-1.5 text-sm",
						"data-testid": "password-rules",
						children: passwordRules.map((rule) => {
							const met = rule.test(value);
							return jsxs("li", {
								class: `flex items-start gap-2 ${met ? "text-emerald-800" : "text-slate-600"}`,
								"data-rule": rule.id,
								"data-met": String(met),
								children: [jsx(Icon, {
									shape: met ? check : circle,
									class: `mt-0.5 size-4 shrink-0 ${met ? "text-emerald-700" : "text-slate-400"}`
								}), jsxs("span", { children: [jsx("span", {
									class: "sr-only",
									children: met ? password_rule_done() : password_rule_needed()
								}), rule.message] })]
							}, rule.id);
						})
					})]
				}),
				after
			] })
		})
	});
}
export { PasswordField as t };
