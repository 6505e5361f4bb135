import { K as heart, o as pageHref, q as fileText, w as star } from "./skip_to_content_DtyEdUnf.mjs";
import { O as plainTextExcerpt, c as ApiError, h as nav_find_doctor, k as Icon, l as api } from "./Base_BSFoRxR2.mjs";
import { i as count_tips, n as tips_empty_text, r as tip_badge, t as tips_empty_title } from "./tips_empty_title_lgbu1lAN.mjs";
import { t as loading } from "./loading_CPk8sSBF.mjs";
import { t as problem_generic } from "./problem_generic_D6AyibR1.mjs";
import { i as Skeletons, n as ErrorState, r as Region, t as EmptyState } from "./States_D_beH2ie.mjs";
import { t as showing } from "./showing_DXj_r8zy.mjs";
import { n as tip_by, t as tip_by_team } from "./tip_by_team_BdodMyj7.mjs";
import { t as DateTime } from "./DateTime_A3t0TXEJ.mjs";
import { Fragment, jsx, jsxs } from "preact/jsx-runtime";
import { useEffect, useRef } from "preact/hooks";
import { useSignal } from "@preact/signals";
// web/src/paraglide/messages/tip_featured.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Tip_FeaturedInputs */
var en_tip_featured = () => {
	return `Featured`;
};
/**

* @param {Tip_FeaturedInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var tip_featured = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_tip_featured(inputs);
};
// web/src/paraglide/messages/tips_error_title.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Tips_Error_TitleInputs */
var en_tips_error_title = () => {
	return `We could not load the health tips`;
};
/**

* @param {Tips_Error_TitleInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var tips_error_title = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_tips_error_title(inputs);
};
// web/src/islands/tips/TipsList.tsx
/** /health-tips/: every published tip as a card (title, excerpt, author, date), newest first. */
var tipAuthor = (t) => t.authorName ? tip_by({ name: t.authorName }) : tip_by_team();
function TipCard({ t }) {
	return jsxs("li", {
		class: "card group relative flex flex-col p-6 transition-shadow focus-within:shadow-lift hover:shadow-lift",
		"data-testid": "tip-card",
		"data-tip-id": t.id,
		children: [
			jsxs("span", {
				class: `inline-flex w-fit items-center gap-1.5 rounded-full px-2.5 py-1 text-xs font-semibold ring-1 ${t.featured ? "bg-accent-50 text-accent-800 ring-accent-200" : "bg-brand-50 text-brand-800 ring-brand-100"}`,
				children: [jsx(Icon, {
					shape: t.featured ? star : heart,
					class: "size-3.5"
				}), t.featured ? tip_featured() : tip_badge()]
			}),
			jsx("h2", {
				id: `tip-${t.id}`,
				class: "mt-4 text-lg leading-7 font-semibold text-slate-900",
				children: jsx("a", {
					href: pageHref(`/health-tips/view/?id=${encodeURIComponent(t.id)}`),
					class: "rounded after:absolute after:inset-0 after:rounded-2xl group-hover:text-brand-700 group-hover:underline",
					"data-testid": "tip-link",
					children: t.title
				})
			}),
			jsx("p", {
				class: "mt-3 text-sm leading-6 text-slate-600",
				children: plainTextExcerpt(t.content, 180)
			}),
			jsxs("p", {
				class: "mt-auto flex flex-col pt-5 text-sm text-slate-600",
				children: [jsx("span", {
					class: "font-medium text-slate-800",
					"data-testid": "tip-author",
					children: tipAuthor(t)
				}), jsx(DateTime, {
					iso: t.createdAt,
					format: "date",
					testid: "tip-date"
				})]
			})
		]
	});
}
function TipsList() {
	const state = useSignal("loading");
	const tips = useSignal([]);
	const error = useSignal("");
	const box = useRef(null);
	const load = async (retrying = false) => {
		state.value = "loading";
		try {
			tips.value = (await api.call("listHealthTips")).healthTips;
			state.value = tips.value.length ? "ready" : "empty";
		} catch (err) {
			error.value = err instanceof ApiError ? err.message : problem_generic();
			state.value = "error";
		}
		if (retrying) requestAnimationFrame(() => box.current?.querySelector("[data-testid=\"tip-link\"], [data-retry]")?.focus());
	};
	useEffect(() => void load(), []);
	return jsx("div", {
		ref: box,
		class: "contents",
		children: jsx(Region, {
			state: state.value,
			status: state.value === "loading" ? loading() : state.value === "error" ? error.value : state.value === "empty" ? tips_empty_title() : showing({ what: count_tips({ count: tips.value.length }) }),
			testid: "tips-region",
			skeleton: jsx(Skeletons, {
				count: 6,
				class: "grid gap-5 md:grid-cols-2 lg:grid-cols-3",
				card: () => jsxs(Fragment, { children: [
					jsx("div", { class: "skeleton h-6 w-24 rounded-full" }),
					jsx("div", { class: "skeleton mt-5 h-5 w-4/5" }),
					jsx("div", { class: "skeleton mt-4 h-4 w-full" }),
					jsx("div", { class: "skeleton mt-2 h-4 w-11/12" }),
					jsx("div", { class: "skeleton mt-2 h-4 w-2/3" }),
					jsx("div", { class: "skeleton mt-8 h-4 w-1/2" })
				] })
			}),
			empty: jsx(EmptyState, {
				icon: fileText,
				title: tips_empty_title(),
				text: tips_empty_text(),
				link: {
					href: pageHref("/doctors/"),
					label: nav_find_doctor()
				}
			}),
			error: jsx(ErrorState, {
				message: error.value,
				title: tips_error_title(),
				onRetry: () => void load(true)
			}),
			children: jsx("ul", {
				class: "grid gap-5 md:grid-cols-2 lg:grid-cols-3",
				"data-testid": "tips-list",
				children: tips.value.map((t) => jsx(TipCard, { t }, t.id))
			})
		})
	});
}
export { tipAuthor as n, TipsList as t };
