import { K as heart, ct as arrowRight, ft as renderScript, ht as __exportAll, lt as arrowLeft, mt as createComponent, o as pageHref, q as fileText } from "./skip_to_content_DtyEdUnf.mjs";
import { a as renderComponent, d as renderTemplate } from "./server_DkXzZEFQ.mjs";
import { A as $$Island, c as ApiError, h as nav_find_doctor, k as Icon, l as api, t as $$Base } from "./Base_BSFoRxR2.mjs";
import { r as tip_badge } from "./tips_empty_title_lgbu1lAN.mjs";
import { t as home_all_tips } from "./home_all_tips_vzvzECDW.mjs";
import { t as DateTime } from "./DateTime_A3t0TXEJ.mjs";
import { t as problem_generic } from "./problem_generic_D6AyibR1.mjs";
import { t as Markdown } from "./Markdown_Cisc29B3.mjs";
import { n as ErrorState, t as EmptyState } from "./States_D_beH2ie.mjs";
import { n as tipAuthor } from "./TipsList_COEvXR19.mjs";
import { Fragment, jsx, jsxs } from "preact/jsx-runtime";
import { useEffect, useRef } from "preact/hooks";
import { useSignal } from "@preact/signals";
// web/src/paraglide/messages/tip_cta_heading.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Tip_Cta_HeadingInputs */
var en_tip_cta_heading = () => {
	return `Questions about your own health?`;
};
/**

* @param {Tip_Cta_HeadingInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var tip_cta_heading = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_tip_cta_heading(inputs);
};
// web/src/paraglide/messages/tip_cta_label.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Tip_Cta_LabelInputs */
var en_tip_cta_label = () => {
	return `Consult a doctor`;
};
/**

* @param {Tip_Cta_LabelInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var tip_cta_label = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_tip_cta_label(inputs);
};
// web/src/paraglide/messages/tip_cta_text.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Tip_Cta_TextInputs */
var en_tip_cta_text = () => {
	return `This tip is general advice. A verified doctor can look at your situation by video.`;
};
/**

* @param {Tip_Cta_TextInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var tip_cta_text = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_tip_cta_text(inputs);
};
// web/src/paraglide/messages/tip_description.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Tip_DescriptionInputs */
var en_tip_description = () => {
	return `Practical health advice from Chikitsa360's verified doctors.`;
};
/**

* @param {Tip_DescriptionInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var tip_description = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_tip_description(inputs);
};
// web/src/paraglide/messages/tip_error_title.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Tip_Error_TitleInputs */
var en_tip_error_title = () => {
	return `We could not load this health tip`;
};
/**

* @param {Tip_Error_TitleInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var tip_error_title = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_tip_error_title(inputs);
};
// web/src/paraglide/messages/tip_loaded.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ title: NonNullable<unknown> }} Tip_LoadedInputs */
var en_tip_loaded = (i) => {
	return `${i?.title}, loaded.`;
};
/**

* @param {Tip_LoadedInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var tip_loaded = (inputs, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_tip_loaded(inputs);
};
// web/src/paraglide/messages/tip_loading.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Tip_LoadingInputs */
var en_tip_loading = () => {
	return `Loading the health tip…`;
};
/**

* @param {Tip_LoadingInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var tip_loading = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_tip_loading(inputs);
};
// web/src/paraglide/messages/tip_not_found_heading.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Tip_Not_Found_HeadingInputs */
var en_tip_not_found_heading = () => {
	return `Health tip not found`;
};
/**

* @param {Tip_Not_Found_HeadingInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var tip_not_found_heading = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_tip_not_found_heading(inputs);
};
// web/src/paraglide/messages/tip_not_found_status.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Tip_Not_Found_StatusInputs */
var en_tip_not_found_status = () => {
	return `Health tip not found.`;
};
/**

* @param {Tip_Not_Found_StatusInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var tip_not_found_status = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_tip_not_found_status(inputs);
};
// web/src/paraglide/messages/tip_not_found_text.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Tip_Not_Found_TextInputs */
var en_tip_not_found_text = () => {
	return `It may have been removed, or the link is incomplete.`;
};
/**

* @param {Tip_Not_Found_TextInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var tip_not_found_text = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_tip_not_found_text(inputs);
};
// web/src/paraglide/messages/tip_not_found_title.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Tip_Not_Found_TitleInputs */
var en_tip_not_found_title = () => {
	return `This tip is not available`;
};
/**

* @param {Tip_Not_Found_TitleInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var tip_not_found_title = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_tip_not_found_title(inputs);
};
// web/src/paraglide/messages/tip_see_all.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Tip_See_AllInputs */
var en_tip_see_all = () => {
	return `See all health tips`;
};
/**

* @param {Tip_See_AllInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var tip_see_all = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_tip_see_all(inputs);
};
// web/src/paraglide/messages/tip_title.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Tip_TitleInputs */
var en_tip_title = () => {
	return `Health tip`;
};
/**

* @param {Tip_TitleInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var tip_title = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_tip_title(inputs);
};
// web/src/islands/tips/TipView.tsx
/**
* /health-tips/view/?id=…: one tip, its Markdown rendered as elements (components/Markdown.tsx), so
* nothing in a tip can run as script. An unknown or malformed id shows "not found".
*/
var TIP_ID = /^[0-9A-HJKMNP-TV-Z]{26}$/;
/** The tip's image: an https link the admin entered (the site's CSP allows https images). */
function imageUrl(t) {
	if (!t.imageUrl) return null;
	try {
		const url = new URL(t.imageUrl, window.location.origin);
		return url.protocol === "https:" || url.origin === window.location.origin ? url.href : null;
	} catch {
		return null;
	}
}
function TipView() {
	const load = useSignal({ state: "loading" });
	const heading = useRef(null);
	const retried = useRef(false);
	const fetchTip = async () => {
		const id = new URLSearchParams(window.location.search).get("id") ?? "";
		if (!TIP_ID.test(id)) {
			load.value = { state: "missing" };
			return;
		}
		load.value = { state: "loading" };
		try {
			const { healthTip } = await api.call("getHealthTip", { params: { tipId: id } });
			document.title = `${healthTip.title} · Chikitsa360`;
			load.value = {
				state: "ready",
				tip: healthTip
			};
		} catch (err) {
			load.value = err instanceof ApiError && (err.status === 404 || err.status === 400) ? { state: "missing" } : {
				state: "error",
				message: err instanceof ApiError ? err.message : problem_generic()
			};
		}
	};
	useEffect(() => void fetchTip(), []);
	useEffect(() => {
		if (retried.current && load.value.state === "ready") heading.current?.focus();
	}, [load.value.state]);
	const l = load.value;
	const image = l.state === "ready" ? imageUrl(l.tip) : null;
	return jsxs(Fragment, { children: [jsx("div", {
		class: "hero border-b border-brand-100",
		children: jsxs("div", {
			class: "container-page max-w-3xl pt-6 pb-10 sm:pt-8 sm:pb-14",
			children: [
				jsxs("a", {
					href: pageHref("/health-tips/"),
					class: "-ml-1 inline-flex items-center gap-1.5 rounded px-1 py-1 text-sm font-semibold text-brand-700 hover:text-brand-800",
					"data-testid": "back-to-tips",
					children: [
						jsx(Icon, {
							shape: arrowLeft,
							class: "size-4"
						}),
						" ",
						home_all_tips()
					]
				}),
				jsx("p", {
					class: "sr-only",
					role: "status",
					children: l.state === "loading" ? tip_loading() : l.state === "ready" ? tip_loaded({ title: l.tip.title }) : l.state === "missing" ? tip_not_found_status() : l.message
				}),
				jsxs("div", {
					"data-state": l.state,
					"aria-busy": l.state === "loading" ? "true" : "false",
					class: "mt-6",
					children: [
						l.state === "loading" && jsxs("div", {
							"aria-hidden": "true",
							children: [
								jsx("div", { class: "skeleton h-6 w-24 rounded-full" }),
								jsx("div", { class: "skeleton mt-5 h-9 w-4/5" }),
								jsx("div", { class: "skeleton mt-3 h-9 w-3/5" }),
								jsx("div", { class: "skeleton mt-6 h-4 w-56" })
							]
						}),
						l.state === "missing" && jsx("h1", {
							class: "text-3xl font-bold tracking-tight text-slate-900",
							children: tip_not_found_heading()
						}),
						l.state === "ready" && jsxs(Fragment, { children: [
							jsxs("span", {
								class: "inline-flex w-fit items-center gap-1.5 rounded-full bg-white/80 px-2.5 py-1 text-xs font-semibold text-brand-800 ring-1 ring-brand-200",
								children: [jsx(Icon, {
									shape: heart,
									class: "size-3.5"
								}), tip_badge()]
							}),
							jsx("h1", {
								ref: heading,
								tabIndex: -1,
								class: "mt-4 text-3xl leading-tight font-bold tracking-tight break-words text-slate-900 sm:text-4xl",
								"data-testid": "tip-title",
								children: l.tip.title
							}),
							jsxs("p", {
								class: "mt-4 flex flex-wrap items-center gap-x-2 text-slate-600",
								children: [
									jsx("span", {
										class: "font-medium text-slate-800",
										"data-testid": "tip-author",
										children: tipAuthor(l.tip)
									}),
									jsx("span", {
										"aria-hidden": "true",
										children: "·"
									}),
									jsx(DateTime, {
										iso: l.tip.createdAt,
										format: "date"
									})
								]
							})
						] })
					]
				})
			]
		})
	}), jsxs("div", {
		class: "container-page max-w-3xl py-10 sm:py-12",
		children: [jsxs("div", {
			"data-testid": "tip-body",
			children: [
				l.state === "loading" && jsxs("div", {
					"aria-hidden": "true",
					children: [
						jsx("div", { class: "skeleton h-4 w-full" }),
						jsx("div", { class: "skeleton mt-3 h-4 w-11/12" }),
						jsx("div", { class: "skeleton mt-3 h-4 w-4/5" }),
						jsx("div", { class: "skeleton mt-8 h-4 w-full" }),
						jsx("div", { class: "skeleton mt-3 h-4 w-2/3" })
					]
				}),
				l.state === "missing" && jsx(EmptyState, {
					icon: fileText,
					title: tip_not_found_title(),
					text: tip_not_found_text(),
					link: {
						href: pageHref("/health-tips/"),
						label: tip_see_all()
					},
					testid: "tip-not-found"
				}),
				l.state === "error" && jsx(ErrorState, {
					title: tip_error_title(),
					message: l.message,
					onRetry: () => {
						retried.current = true;
						fetchTip();
					}
				}),
				l.state === "ready" && jsxs(Fragment, { children: [image && jsx("img", {
					src: image,
					alt: "",
					class: "mb-8 aspect-[16/9] w-full rounded-2xl object-cover",
					loading: "lazy"
				}), jsx(Markdown, {
					source: l.tip.content,
					class: "text-[1.0625rem] break-words",
					testid: "tip-content"
				})] })
			]
		}), l.state === "ready" && jsxs("aside", {
			class: "mt-12 flex flex-col gap-4 rounded-2xl bg-brand-800 p-6 text-white sm:flex-row sm:items-center sm:justify-between sm:p-8",
			"aria-label": tip_cta_label(),
			children: [jsxs("div", { children: [jsx("p", {
				class: "text-lg font-semibold",
				children: tip_cta_heading()
			}), jsx("p", {
				class: "mt-1 text-sm text-brand-100",
				children: tip_cta_text()
			})] }), jsxs("a", {
				href: pageHref("/doctors/"),
				class: "btn shrink-0 bg-white text-brand-800 hover:bg-brand-50",
				children: [
					nav_find_doctor(),
					" ",
					jsx(Icon, {
						shape: arrowRight,
						class: "size-4"
					})
				]
			})]
		})]
	})] });
}
// web/src/pages/health-tips/view.astro
var view_exports = /* @__PURE__ */ __exportAll({
	default: () => $$View,
	file: () => $$file,
	url: () => $$url
});
var $$View = createComponent(($$result, $$props, $$slots) => {
	return renderTemplate`${renderComponent($$result, "Base", $$Base, {
		"title": tip_title(),
		"description": tip_description()
	}, { "default": ($$result) => renderTemplate`${renderComponent($$result, "Island", $$Island, {
		"name": "TipView",
		"component": TipView
	})}${renderScript($$result, "/work/wt-hindi/web/src/pages/health-tips/view.astro?astro&type=script&index=0&lang.ts")}` })}`;
}, "/work/wt-hindi/web/src/pages/health-tips/view.astro", void 0);
var $$file = "/work/wt-hindi/web/src/pages/health-tips/view.astro";
var $$url = "/health-tips/view";
// \0virtual:astro:page:src/pages/health-tips/view@_@astro
var page = () => view_exports;
export { page };
