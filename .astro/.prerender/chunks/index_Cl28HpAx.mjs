import { E as search, b as userSearch, ft as renderScript, ht as __exportAll, mt as createComponent, o as pageHref } from "./skip_to_content_DtyEdUnf.mjs";
import { a as renderComponent, d as renderTemplate } from "./server_DkXzZEFQ.mjs";
import { A as $$Island, c as ApiError, h as nav_find_doctor, k as Icon, l as api, t as $$Base } from "./Base_BSFoRxR2.mjs";
import { i as DoctorCardSkeletons, r as DoctorCard } from "./DoctorCard_DfVKwrlj.mjs";
import { t as PagedList } from "./PagedList_DZ9L9eJh.mjs";
import { t as loading } from "./loading_CPk8sSBF.mjs";
import { t as problem_generic } from "./problem_generic_D6AyibR1.mjs";
import { n as ErrorState, t as EmptyState } from "./States_D_beH2ie.mjs";
import { n as search_all_specialties, t as search_name_label } from "./search_name_label_CNXQAUN6.mjs";
import { t as search_results_all } from "./search_results_all_c48zlU73.mjs";
import { t as search_specialty_label } from "./search_specialty_label_WXmkeNYq.mjs";
import { t as showing } from "./showing_DXj_r8zy.mjs";
import { a as formatDay, g as ymdIn, m as viewerZone } from "./zoned_CWcmEh3i.mjs";
import { t as plural } from "./registry_BbVT5qhj.mjs";
import { Fragment, jsx, jsxs } from "preact/jsx-runtime";
import { useEffect, useRef } from "preact/hooks";
import { batch, useSignal } from "@preact/signals";
// web/src/paraglide/messages/count_doctors.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ count: NonNullable<unknown> }} Count_DoctorsInputs */
var en_count_doctors = (i) => {
	const countPlural = plural("en", i?.count, {});
	if (countPlural === "one") return `${i?.count} doctor`;
	if (countPlural === "other") return `${i?.count} doctors`;
	return "count_doctors";
};
/**

* @param {Count_DoctorsInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var count_doctors = (inputs, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_count_doctors(inputs);
};
// web/src/paraglide/messages/search_clear.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Search_ClearInputs */
var en_search_clear = () => {
	return `Clear filters`;
};
/**

* @param {Search_ClearInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var search_clear = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_search_clear(inputs);
};
// web/src/paraglide/messages/search_date_hint.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Search_Date_HintInputs */
var en_search_date_hint = () => {
	return `Shows doctors with a free slot on this day.`;
};
/**

* @param {Search_Date_HintInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var search_date_hint = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_search_date_hint(inputs);
};
// web/src/paraglide/messages/search_date_label.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Search_Date_LabelInputs */
var en_search_date_label = () => {
	return `Free on`;
};
/**

* @param {Search_Date_LabelInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var search_date_label = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_search_date_label(inputs);
};
// web/src/paraglide/messages/search_description.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Search_DescriptionInputs */
var en_search_description = () => {
	return `Search verified Indian doctors by name, specialty and the day you want to consult, then book a video consultation.`;
};
/**

* @param {Search_DescriptionInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var search_description = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_search_description(inputs);
};
// web/src/paraglide/messages/search_empty_none_text.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Search_Empty_None_TextInputs */
var en_search_empty_none_text = () => {
	return `Verified doctors will appear here as soon as they join.`;
};
/**

* @param {Search_Empty_None_TextInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var search_empty_none_text = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_search_empty_none_text(inputs);
};
// web/src/paraglide/messages/search_empty_none_title.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Search_Empty_None_TitleInputs */
var en_search_empty_none_title = () => {
	return `No doctors are listed yet`;
};
/**

* @param {Search_Empty_None_TitleInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var search_empty_none_title = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_search_empty_none_title(inputs);
};
// web/src/paraglide/messages/search_empty_text.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ what: NonNullable<unknown> }} Search_Empty_TextInputs */
var en_search_empty_text = (i) => {
	return `We found no verified doctor ${i?.what}. Try another day, fewer words of the name, or all specialties.`;
};
/**

* @param {Search_Empty_TextInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var search_empty_text = (inputs, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_search_empty_text(inputs);
};
// web/src/paraglide/messages/search_empty_title.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Search_Empty_TitleInputs */
var en_search_empty_title = () => {
	return `No doctors match your search`;
};
/**

* @param {Search_Empty_TitleInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var search_empty_title = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_search_empty_title(inputs);
};
// web/src/paraglide/messages/search_error_title.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Search_Error_TitleInputs */
var en_search_error_title = () => {
	return `We could not load doctors`;
};
/**

* @param {Search_Error_TitleInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var search_error_title = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_search_error_title(inputs);
};
// web/src/paraglide/messages/search_first.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ count: NonNullable<unknown> }} Search_FirstInputs */
var en_search_first = (i) => {
	return `Showing the first ${i?.count}`;
};
/**

* @param {Search_FirstInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var search_first = (inputs, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_search_first(inputs);
};
// web/src/paraglide/messages/search_form_label.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Search_Form_LabelInputs */
var en_search_form_label = () => {
	return `Search doctors`;
};
/**

* @param {Search_Form_LabelInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var search_form_label = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_search_form_label(inputs);
};
// web/src/paraglide/messages/search_free_on.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ day: NonNullable<unknown> }} Search_Free_OnInputs */
var en_search_free_on = (i) => {
	return `free on ${i?.day}`;
};
/**

* @param {Search_Free_OnInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var search_free_on = (inputs, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_search_free_on(inputs);
};
// web/src/paraglide/messages/search_heading.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Search_HeadingInputs */
var en_search_heading = () => {
	return `Consult a verified doctor online`;
};
/**

* @param {Search_HeadingInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var search_heading = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_search_heading(inputs);
};
// web/src/paraglide/messages/search_lead.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Search_LeadInputs */
var en_search_lead = () => {
	return `Search by name, specialty or the day you want to consult. Every doctor's registration is checked by our medical team.`;
};
/**

* @param {Search_LeadInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var search_lead = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_search_lead(inputs);
};
// web/src/paraglide/messages/search_more.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Search_MoreInputs */
var en_search_more = () => {
	return `Load more doctors`;
};
/**

* @param {Search_MoreInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var search_more = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_search_more(inputs);
};
// web/src/paraglide/messages/search_name_placeholder.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Search_Name_PlaceholderInputs */
var en_search_name_placeholder = () => {
	return `Any part of a name, e.g. Anita`;
};
/**

* @param {Search_Name_PlaceholderInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var search_name_placeholder = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_search_name_placeholder(inputs);
};
// web/src/paraglide/messages/search_named.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ q: NonNullable<unknown> }} Search_NamedInputs */
var en_search_named = (i) => {
	return `named “${i?.q}”`;
};
/**

* @param {Search_NamedInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var search_named = (inputs, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_search_named(inputs);
};
// web/src/paraglide/messages/search_none_status.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Search_None_StatusInputs */
var en_search_none_status = () => {
	return `No doctors match your search.`;
};
/**

* @param {Search_None_StatusInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var search_none_status = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_search_none_status(inputs);
};
// web/src/paraglide/messages/search_reset.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Search_ResetInputs */
var en_search_reset = () => {
	return `Reset the search`;
};
/**

* @param {Search_ResetInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var search_reset = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_search_reset(inputs);
};
// web/src/paraglide/messages/search_results_matching.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Search_Results_MatchingInputs */
var en_search_results_matching = () => {
	return `Doctors matching your search`;
};
/**

* @param {Search_Results_MatchingInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var search_results_matching = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_search_results_matching(inputs);
};
// web/src/paraglide/messages/search_searching.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Search_SearchingInputs */
var en_search_searching = () => {
	return `Searching…`;
};
/**

* @param {Search_SearchingInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var search_searching = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_search_searching(inputs);
};
// web/src/paraglide/messages/search_submit.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Search_SubmitInputs */
var en_search_submit = () => {
	return `Search`;
};
/**

* @param {Search_SubmitInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var search_submit = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_search_submit(inputs);
};
// web/src/paraglide/messages/search_this_specialty.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Search_This_SpecialtyInputs */
var en_search_this_specialty = () => {
	return `this specialty`;
};
/**

* @param {Search_This_SpecialtyInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var search_this_specialty = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_search_this_specialty(inputs);
};
// web/src/paraglide/messages/search_title.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Search_TitleInputs */
var en_search_title = () => {
	return `Find a doctor`;
};
/**

* @param {Search_TitleInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var search_title = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_search_title(inputs);
};
// web/src/islands/search/DoctorSearch.tsx
/**
* /doctors/: search verified doctors by name (any word, prefix), specialty and a day with a free slot.
* The address bar always holds the search (?q=&specialty=&date=), so a search can be shared, reloaded
* and stepped through with Back; "Load more" follows the API's cursor. State lives in signals here;
* the form, the list and the summary render from them.
*/
var PAGE_SIZE = 12;
var isYmd = (v) => /^\d{4}-\d{2}-\d{2}$/.test(v);
var hasFilters = (s) => Boolean(s.q || s.specialty || s.date);
function searchFromUrl(search) {
	const p = new URLSearchParams(search);
	const date = (p.get("date") ?? "").trim();
	return {
		q: (p.get("q") ?? "").trim().slice(0, 80),
		specialty: (p.get("specialty") ?? "").trim(),
		date: isYmd(date) ? date : ""
	};
}
function toQuery(s) {
	const p = new URLSearchParams();
	if (s.q) p.set("q", s.q);
	if (s.specialty) p.set("specialty", s.specialty);
	if (s.date) p.set("date", s.date);
	return p;
}
function DoctorSearch() {
	const search$1 = useSignal({
		q: "",
		specialty: "",
		date: ""
	});
	const specialties = useSignal([]);
	const doctors = useSignal([]);
	const cursor = useSignal(null);
	const state = useSignal("loading");
	const error = useSignal("");
	const moreError = useSignal("");
	const loadingMore = useSignal(false);
	const minDate = useSignal(void 0);
	/** The name as typed; the search follows it after a pause. */
	const draft = useSignal("");
	const inFlight = useRef(null);
	const typing = useRef(void 0);
	const heading = useRef(null);
	const describe = (s) => {
		const parts = [];
		if (s.specialty) parts.push(specialties.value.find((x) => x.id === s.specialty)?.name ?? search_this_specialty());
		if (s.q) parts.push(search_named({ q: s.q }));
		if (s.date) parts.push(search_free_on({ day: formatDay(s.date, "long") }));
		return parts.join(", ");
	};
	async function run(s, append = false) {
		inFlight.current?.abort();
		const controller = new AbortController();
		inFlight.current = controller;
		if (append) loadingMore.value = true;
		else state.value = "loading";
		moreError.value = "";
		try {
			const page = await api.call("searchDoctors", { query: {
				...s,
				specialty: s.specialty,
				limit: PAGE_SIZE,
				cursor: append ? cursor.value ?? void 0 : void 0
			} }, { signal: controller.signal });
			batch(() => {
				doctors.value = append ? [...doctors.value, ...page.doctors] : page.doctors;
				cursor.value = page.nextCursor;
				state.value = doctors.value.length ? "ready" : "empty";
			});
		} catch (err) {
			if (controller.signal.aborted) return;
			const message = err instanceof ApiError ? err.message : problem_generic();
			if (append) moreError.value = message;
			else {
				error.value = message;
				state.value = "error";
			}
		} finally {
			if (inFlight.current === controller) inFlight.current = null;
			if (append) loadingMore.value = false;
		}
	}
	/** Puts the search in the address bar (a new history entry unless `replace`) and runs it. */
	function go(s, replace = false) {
		const query = toQuery(s).toString();
		const url = `${window.location.pathname}${query ? `?${query}` : ""}`;
		if (url !== `${window.location.pathname}${window.location.search}`) {
			if (replace) window.history.replaceState(null, "", url);
			else window.history.pushState(null, "", url);
		}
		search$1.value = s;
		draft.value = s.q;
		cursor.value = null;
		run(s);
	}
	useEffect(() => {
		minDate.value = ymdIn(/* @__PURE__ */ new Date(), viewerZone());
		const initial = searchFromUrl(window.location.search);
		search$1.value = initial;
		draft.value = initial.q;
		run(initial);
		api.call("listSpecialties").then((r) => {
			specialties.value = r.specialties;
		}).catch(() => void 0);
		const onPop = () => {
			const s = searchFromUrl(window.location.search);
			search$1.value = s;
			draft.value = s.q;
			cursor.value = null;
			run(s);
		};
		window.addEventListener("popstate", onPop);
		return () => window.removeEventListener("popstate", onPop);
	}, []);
	const s = search$1.value;
	const filtered = hasFilters(s);
	const what = describe(s);
	const count = count_doctors({ count: doctors.value.length });
	const summary = moreError.value || (state.value === "ready" ? `${cursor.value ? search_first({ count }) : count}${what ? ` · ${what}` : ""}` : "");
	const status = moreError.value || (state.value === "loading" ? search_searching() : state.value === "error" ? error.value : state.value === "empty" ? search_none_status() : showing({ what: count }));
	const field = (key, value, replace = false) => {
		window.clearTimeout(typing.current);
		go({
			...search$1.value,
			[key]: value
		}, replace);
	};
	return jsxs(Fragment, { children: [jsx("section", {
		class: "hero border-b border-brand-100",
		"aria-labelledby": "search-heading",
		children: jsxs("div", {
			class: "container-page py-8 sm:py-12",
			children: [
				jsx("p", {
					class: "eyebrow",
					children: nav_find_doctor()
				}),
				jsx("h1", {
					id: "search-heading",
					class: "mt-1 text-2xl font-bold tracking-tight text-slate-900 sm:text-3xl",
					children: search_heading()
				}),
				jsx("p", {
					class: "mt-2 max-w-2xl text-slate-600",
					children: search_lead()
				}),
				jsx("form", {
					id: "doctor-search",
					action: "/doctors/",
					method: "get",
					role: "search",
					"aria-label": search_form_label(),
					class: "mt-6 rounded-2xl border border-slate-200 bg-white p-3 shadow-lift sm:p-4",
					"data-testid": "search-form",
					onSubmit: (event) => {
						event.preventDefault();
						const data = new FormData(event.currentTarget);
						window.clearTimeout(typing.current);
						go({
							q: String(data.get("q") ?? "").trim(),
							specialty: String(data.get("specialty") ?? ""),
							date: isYmd(String(data.get("date") ?? "")) ? String(data.get("date")) : ""
						});
					},
					children: jsxs("div", {
						class: "grid gap-3 sm:grid-cols-2 lg:grid-cols-[1.5fr_1fr_1fr_auto] lg:items-end",
						children: [
							jsxs("div", {
								class: "sm:col-span-2 lg:col-span-1",
								children: [jsx("label", {
									for: "search-q",
									class: "field-label",
									children: search_name_label()
								}), jsxs("div", {
									class: "relative mt-1.5",
									children: [jsx(Icon, {
										shape: search,
										class: "pointer-events-none absolute top-1/2 left-3 size-5 -translate-y-1/2 text-slate-500"
									}), jsx("input", {
										id: "search-q",
										name: "q",
										type: "search",
										autocomplete: "off",
										enterkeyhint: "search",
										maxLength: 80,
										placeholder: search_name_placeholder(),
										class: "field-input mt-0 pl-10",
										"data-testid": "search-q",
										value: draft.value,
										onInput: (e) => {
											draft.value = e.currentTarget.value;
											const value = e.currentTarget.value.trim();
											window.clearTimeout(typing.current);
											typing.current = window.setTimeout(() => field("q", value, true), 400);
										}
									})]
								})]
							}),
							jsxs("div", {
								class: "min-w-0",
								children: [jsx("label", {
									for: "search-specialty",
									class: "field-label",
									children: search_specialty_label()
								}), jsxs("select", {
									id: "search-specialty",
									name: "specialty",
									class: "field-input",
									"data-testid": "search-specialty",
									value: specialties.value.some((x) => x.id === s.specialty) ? s.specialty : "",
									onChange: (e) => field("specialty", e.currentTarget.value),
									children: [jsx("option", {
										value: "",
										children: search_all_specialties()
									}), specialties.value.map((x) => jsx("option", {
										value: x.id,
										children: x.name
									}, x.id))]
								})]
							}),
							jsxs("div", {
								class: "min-w-0",
								children: [
									jsx("label", {
										for: "search-date",
										class: "field-label",
										children: search_date_label()
									}),
									jsx("input", {
										id: "search-date",
										name: "date",
										type: "date",
										class: "field-input",
										"aria-describedby": "search-date-hint",
										"data-testid": "search-date",
										min: minDate.value,
										value: s.date,
										onChange: (e) => field("date", isYmd(e.currentTarget.value) ? e.currentTarget.value : "")
									}),
									jsx("p", {
										id: "search-date-hint",
										class: "sr-only",
										children: search_date_hint()
									})
								]
							}),
							jsxs("button", {
								type: "submit",
								class: "btn-primary h-12 px-6 text-base sm:col-span-2 lg:col-span-1",
								"data-testid": "search-submit",
								children: [jsx(Icon, {
									shape: search,
									class: "size-5"
								}), search_submit()]
							})
						]
					})
				})
			]
		})
	}), jsxs("section", {
		class: "container-page py-8 sm:py-10",
		"aria-labelledby": "results-heading",
		children: [jsxs("div", {
			class: "flex flex-col gap-2 sm:flex-row sm:items-end sm:justify-between",
			children: [jsxs("div", { children: [jsx("h2", {
				id: "results-heading",
				ref: heading,
				tabIndex: -1,
				class: "text-xl font-semibold text-slate-900",
				children: filtered ? search_results_matching() : search_results_all()
			}), jsx("p", {
				class: "mt-1 text-sm text-slate-600",
				"data-testid": "results-summary",
				children: summary
			})] }), filtered && jsx("a", {
				href: pageHref("/doctors/"),
				class: "self-start text-sm font-semibold text-brand-700 underline-offset-2 hover:underline sm:self-auto",
				"data-testid": "clear-filters",
				children: search_clear()
			})]
		}), jsx(PagedList, {
			state: state.value,
			status,
			class: "mt-6",
			testid: "search-results",
			skeleton: jsx(DoctorCardSkeletons, {}),
			empty: jsx(EmptyState, {
				icon: userSearch,
				title: filtered ? search_empty_title() : search_empty_none_title(),
				text: filtered ? search_empty_text({ what }) : search_empty_none_text(),
				link: filtered ? {
					href: pageHref("/doctors/"),
					label: search_reset(),
					testid: "search-reset"
				} : void 0,
				testid: "search-empty"
			}),
			error: jsx(ErrorState, {
				title: search_error_title(),
				message: error.value,
				retryTestid: "retry-search",
				onRetry: () => void run(search$1.value).then(() => heading.current?.focus())
			}),
			items: doctors.value,
			itemKey: (d) => d.id,
			renderItem: (d) => jsx(DoctorCard, {
				doctor: d,
				date: s.date || void 0
			}),
			listClass: "grid gap-5 sm:grid-cols-2 lg:grid-cols-3",
			listTestid: "doctors-list",
			hasMore: Boolean(cursor.value),
			loadingMore: loadingMore.value,
			onMore: () => void run(search$1.value, true),
			moreLabel: search_more(),
			moreBusyLabel: loading(),
			focusSelector: "[data-testid=\"doctor-view-profile\"]"
		})]
	})] });
}
// web/src/pages/doctors/index.astro
var doctors_exports = /* @__PURE__ */ __exportAll({
	default: () => $$Index,
	file: () => $$file,
	url: () => $$url
});
var $$Index = createComponent(($$result, $$props, $$slots) => {
	return renderTemplate`${renderComponent($$result, "Base", $$Base, {
		"title": search_title(),
		"description": search_description()
	}, { "default": ($$result) => renderTemplate`${renderComponent($$result, "Island", $$Island, {
		"name": "DoctorSearch",
		"component": DoctorSearch
	})}${renderScript($$result, "/work/wt-hindi/web/src/pages/doctors/index.astro?astro&type=script&index=0&lang.ts")}` })}`;
}, "/work/wt-hindi/web/src/pages/doctors/index.astro", void 0);
var $$file = "/work/wt-hindi/web/src/pages/doctors/index.astro";
var $$url = "/doctors";
// \0virtual:astro:page:src/pages/doctors/index@_@astro
var page = () => doctors_exports;
export { page };
