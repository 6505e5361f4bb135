import { D as refreshCw, dt as alertCircle } from "./skip_to_content_DtyEdUnf.mjs";
import { k as Icon } from "./Base_BSFoRxR2.mjs";
import { Fragment, jsx, jsxs } from "preact/jsx-runtime";
// web/src/paraglide/messages/problem_section_title.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Problem_Section_TitleInputs */
var en_problem_section_title = () => {
	return `We could not load this section`;
};
/**

* @param {Problem_Section_TitleInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var problem_section_title = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_problem_section_title(inputs);
};
// web/src/paraglide/messages/retry.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} RetryInputs */
var en_retry = () => {
	return `Retry`;
};
/**

* @param {RetryInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var retry = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_retry(inputs);
};
// web/src/components/States.tsx
function EmptyState({ icon, title, text, link, testid = "empty-state" }) {
	return jsxs("div", {
		class: "rounded-2xl border border-dashed border-slate-300 bg-white/60 px-6 py-12 text-center",
		"data-testid": testid,
		children: [
			jsx("span", {
				class: "mx-auto grid size-12 place-items-center rounded-full bg-slate-100 text-slate-500",
				children: jsx(Icon, {
					shape: icon,
					class: "size-6"
				})
			}),
			jsx("p", {
				class: "mt-4 font-semibold text-slate-900",
				children: title
			}),
			jsx("p", {
				class: "mx-auto mt-1 max-w-md text-sm text-slate-600",
				children: text
			}),
			link && jsx("a", {
				href: link.href,
				class: link.primary ? "btn-primary mt-5" : "btn-secondary mt-5",
				"data-testid": link.testid,
				children: link.label
			})
		]
	});
}
function ErrorState({ message, onRetry, title = problem_section_title(), retryTestid = "retry", testid = "error-state", retryRef }) {
	return jsxs("div", {
		class: "rounded-2xl border border-red-200 bg-red-50/70 px-6 py-10 text-center",
		"data-testid": testid,
		children: [
			jsx("span", {
				class: "mx-auto grid size-12 place-items-center rounded-full bg-red-100 text-red-700",
				children: jsx(Icon, {
					shape: alertCircle,
					class: "size-6"
				})
			}),
			jsx("p", {
				class: "mt-4 font-semibold text-slate-900",
				children: title
			}),
			jsx("p", {
				class: "mx-auto mt-1 max-w-md text-sm text-slate-700",
				children: message
			}),
			jsxs("button", {
				type: "button",
				class: "btn-secondary mt-5",
				"data-testid": retryTestid,
				"data-retry": true,
				ref: retryRef,
				onClick: onRetry,
				children: [jsx(Icon, {
					shape: refreshCw,
					class: "size-4"
				}), retry()]
			})
		]
	});
}
/** The polite live line of a region: "Loading…", the count shown, or the error. */
function SectionStatus({ text }) {
	return jsx("p", {
		class: "sr-only",
		role: "status",
		"aria-live": "polite",
		children: text
	});
}
function Region({ state, status, skeleton, empty, error, children, class: cls, testid }) {
	return jsxs(Fragment, { children: [jsx(SectionStatus, { text: status }), jsx("div", {
		class: cls,
		"data-state": state,
		"aria-busy": state === "loading" ? "true" : "false",
		"data-testid": testid,
		children: state === "loading" ? skeleton : state === "empty" ? empty : state === "error" ? error : children
	})] });
}
/** `n` placeholder cards of the given look, hidden from assistive technology. */
function Skeletons({ count, class: cls, card }) {
	return jsx("ul", {
		class: cls,
		"aria-hidden": "true",
		"data-skeleton": true,
		children: Array.from({ length: count }, (_, i) => jsx("li", {
			class: "card p-6",
			children: card()
		}, i))
	});
}
export { retry as a, Skeletons as i, ErrorState as n, Region as r, EmptyState as t };
