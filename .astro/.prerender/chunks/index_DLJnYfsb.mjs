import { W as inbox, b as userSearch, ft as renderScript, ht as __exportAll, it as calendar, mt as createComponent } from "./skip_to_content_DtyEdUnf.mjs";
import { a as renderComponent, d as renderTemplate } from "./server_DkXzZEFQ.mjs";
import { A as $$Island, c as ApiError, h as nav_find_doctor, k as Icon, l as api, p as nav_my_appointments, t as $$Base } from "./Base_BSFoRxR2.mjs";
import { t as AppointmentRow } from "./AppointmentRow_qRWZXMXq.mjs";
import { a as appts_set_availability, i as appts_set_availability_short, n as appts_upcoming_empty_patient, o as appts_error_title, r as appts_today_empty_title, t as appts_upcoming_empty_title } from "./appts_upcoming_empty_title_DvdEYXGY.mjs";
import { t as appts_eyebrow } from "./appts_eyebrow_DFVermvK.mjs";
import { t as PagedList } from "./PagedList_DZ9L9eJh.mjs";
import { t as book_zone_note } from "./book_zone_note_B8nFrpxl.mjs";
import { t as Protected } from "./Protected_D2pVYjq-.mjs";
import { t as home_book_consultation } from "./home_book_consultation_U2vFbgv1.mjs";
import { t as loading } from "./loading_CPk8sSBF.mjs";
import { t as problem_generic } from "./problem_generic_D6AyibR1.mjs";
import { i as Skeletons, n as ErrorState, t as EmptyState } from "./States_D_beH2ie.mjs";
import { t as scope_today } from "./scope_today_DuDs4YuR.mjs";
import { t as showing } from "./showing_DXj_r8zy.mjs";
import { t as Tabs } from "./Tabs_Z9oVysre.mjs";
import { m as viewerZone, r as describeTimeZone } from "./zoned_CWcmEh3i.mjs";
import { t as plural } from "./registry_BbVT5qhj.mjs";
import { Fragment, jsx, jsxs } from "preact/jsx-runtime";
import { useEffect, useRef } from "preact/hooks";
import { batch, useSignal } from "@preact/signals";
// web/src/paraglide/messages/appts_intro_doctor.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Appts_Intro_DoctorInputs */
var en_appts_intro_doctor = () => {
	return `Your consultations with patients: join the room, write notes and record the outcome.`;
};
/**

* @param {Appts_Intro_DoctorInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var appts_intro_doctor = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_appts_intro_doctor(inputs);
};
// web/src/paraglide/messages/appts_intro_patient.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Appts_Intro_PatientInputs */
var en_appts_intro_patient = () => {
	return `Your consultations: pay for a held booking, join at the time, and find receipts and transcripts.`;
};
/**

* @param {Appts_Intro_PatientInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var appts_intro_patient = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_appts_intro_patient(inputs);
};
// web/src/paraglide/messages/appts_loading.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Appts_LoadingInputs */
var en_appts_loading = () => {
	return `Loading appointments…`;
};
/**

* @param {Appts_LoadingInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var appts_loading = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_appts_loading(inputs);
};
// web/src/paraglide/messages/appts_none.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ scope: NonNullable<unknown> }} Appts_NoneInputs */
var en_appts_none = (i) => {
	return `No ${i?.scope} appointments.`;
};
/**

* @param {Appts_NoneInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var appts_none = (inputs, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_appts_none(inputs);
};
// web/src/paraglide/messages/appts_open_more.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Appts_Open_MoreInputs */
var en_appts_open_more = () => {
	return `Open more slots`;
};
/**

* @param {Appts_Open_MoreInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var appts_open_more = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_appts_open_more(inputs);
};
// web/src/paraglide/messages/appts_past_empty_doctor.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Appts_Past_Empty_DoctorInputs */
var en_appts_past_empty_doctor = () => {
	return `Consultations you have held appear here, with their notes and transcripts.`;
};
/**

* @param {Appts_Past_Empty_DoctorInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var appts_past_empty_doctor = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_appts_past_empty_doctor(inputs);
};
// web/src/paraglide/messages/appts_past_empty_patient.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Appts_Past_Empty_PatientInputs */
var en_appts_past_empty_patient = () => {
	return `Your finished consultations appear here, with receipts and transcripts.`;
};
/**

* @param {Appts_Past_Empty_PatientInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var appts_past_empty_patient = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_appts_past_empty_patient(inputs);
};
// web/src/paraglide/messages/appts_past_empty_title.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Appts_Past_Empty_TitleInputs */
var en_appts_past_empty_title = () => {
	return `No past appointments`;
};
/**

* @param {Appts_Past_Empty_TitleInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var appts_past_empty_title = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_appts_past_empty_title(inputs);
};
// web/src/paraglide/messages/appts_tabs_label.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Appts_Tabs_LabelInputs */
var en_appts_tabs_label = () => {
	return `Which appointments`;
};
/**

* @param {Appts_Tabs_LabelInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var appts_tabs_label = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_appts_tabs_label(inputs);
};
// web/src/paraglide/messages/appts_today_empty_text.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Appts_Today_Empty_TextInputs */
var en_appts_today_empty_text = () => {
	return `Nothing is booked for today. Upcoming consultations are in the Upcoming tab.`;
};
/**

* @param {Appts_Today_Empty_TextInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var appts_today_empty_text = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_appts_today_empty_text(inputs);
};
// web/src/paraglide/messages/appts_upcoming_empty_doctor.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Appts_Upcoming_Empty_DoctorInputs */
var en_appts_upcoming_empty_doctor = () => {
	return `When patients book your open slots, their consultations appear here.`;
};
/**

* @param {Appts_Upcoming_Empty_DoctorInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var appts_upcoming_empty_doctor = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_appts_upcoming_empty_doctor(inputs);
};
// web/src/paraglide/messages/count_appointments.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ count: NonNullable<unknown>, scope: NonNullable<unknown> }} Count_AppointmentsInputs */
var en_count_appointments = (i) => {
	const countPlural = plural("en", i?.count, {});
	if (countPlural === "one") return `${i?.count} ${i?.scope} appointment`;
	if (countPlural === "other") return `${i?.count} ${i?.scope} appointments`;
	return "count_appointments";
};
/**

* @param {Count_AppointmentsInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var count_appointments = (inputs, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_count_appointments(inputs);
};
// web/src/paraglide/messages/scope_past.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Scope_PastInputs */
var en_scope_past = () => {
	return `Past`;
};
/**

* @param {Scope_PastInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var scope_past = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_scope_past(inputs);
};
// web/src/paraglide/messages/scope_upcoming.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Scope_UpcomingInputs */
var en_scope_upcoming = () => {
	return `Upcoming`;
};
/**

* @param {Scope_UpcomingInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var scope_upcoming = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_scope_upcoming(inputs);
};
// web/src/paraglide/messages/show_more.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Show_MoreInputs */
var en_show_more = () => {
	return `Show more`;
};
/**

* @param {Show_MoreInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var show_more = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_show_more(inputs);
};
// web/src/islands/appointments/AppointmentsList.tsx
/**
* /appointments/: the signed-in patient's or doctor's own appointments in tabs: Upcoming and Past (and
* Today for doctors). Times are in the viewer's zone (sent as ?tz= so "today" is the viewer's day);
* unpaid bookings count down their hold; more load with the API's cursor. The tab is in ?tab=.
*/
var PAGE_SIZE = 10;
var scopeLabel = (s) => s === "today" ? scope_today() : s === "upcoming" ? scope_upcoming() : scope_past();
function Empty({ scope, doctor }) {
	if (scope === "past") return jsx(EmptyState, {
		icon: inbox,
		title: appts_past_empty_title(),
		text: doctor ? appts_past_empty_doctor() : appts_past_empty_patient(),
		testid: "appointments-empty"
	});
	if (scope === "today") return jsx(EmptyState, {
		icon: calendar,
		title: appts_today_empty_title(),
		text: appts_today_empty_text(),
		link: {
			href: "/doctor/availability/",
			label: appts_open_more(),
			testid: "appointments-cta"
		},
		testid: "appointments-empty"
	});
	return jsx(EmptyState, {
		icon: calendar,
		title: appts_upcoming_empty_title(),
		text: doctor ? appts_upcoming_empty_doctor() : appts_upcoming_empty_patient(),
		link: doctor ? {
			href: "/doctor/availability/",
			label: appts_set_availability(),
			primary: true,
			testid: "appointments-cta"
		} : {
			href: "/doctors/",
			label: nav_find_doctor(),
			primary: true,
			testid: "appointments-cta"
		},
		testid: "appointments-empty"
	});
}
function List({ me }) {
	const doctor = me.role === "doctor";
	const scopes = doctor ? [
		"today",
		"upcoming",
		"past"
	] : ["upcoming", "past"];
	const wanted = new URLSearchParams(window.location.search).get("tab");
	const scope = useSignal(scopes.includes(wanted) ? wanted : "upcoming");
	const items = useSignal([]);
	const cursor = useSignal(null);
	const state = useSignal("loading");
	const error = useSignal("");
	const moreError = useSignal("");
	const loadingMore = useSignal(false);
	const inFlight = useRef(null);
	async function load(append = false) {
		inFlight.current?.abort();
		const controller = new AbortController();
		inFlight.current = controller;
		if (append) loadingMore.value = true;
		else batch(() => {
			cursor.value = null;
			state.value = "loading";
		});
		moreError.value = "";
		try {
			const page = await api.call("listAppointments", { query: {
				scope: scope.value,
				limit: PAGE_SIZE,
				tz: viewerZone(),
				cursor: append ? cursor.value ?? void 0 : void 0
			} }, { signal: controller.signal });
			batch(() => {
				items.value = append ? [...items.value, ...page.appointments] : page.appointments;
				cursor.value = page.nextCursor;
				state.value = items.value.length ? "ready" : "empty";
			});
		} catch (err) {
			if (controller.signal.aborted) return;
			const message = err instanceof ApiError ? err.message : problem_generic();
			if (append) moreError.value = message;
			else batch(() => {
				error.value = message;
				state.value = "error";
			});
		} finally {
			if (inFlight.current === controller) inFlight.current = null;
			if (append) loadingMore.value = false;
		}
	}
	useEffect(() => void load(), []);
	const words = scopeLabel(scope.value).toLowerCase();
	const status = moreError.value || (state.value === "loading" ? appts_loading() : state.value === "error" ? error.value : state.value === "empty" ? appts_none({ scope: words }) : showing({ what: count_appointments({
		count: items.value.length,
		scope: words
	}) }));
	return jsxs(Fragment, { children: [jsx("section", {
		class: "hero border-b border-brand-100",
		children: jsxs("div", {
			class: "container-page flex flex-col gap-5 py-8 sm:flex-row sm:items-end sm:justify-between sm:py-10",
			children: [jsxs("div", { children: [
				jsx("p", {
					class: "eyebrow",
					children: appts_eyebrow()
				}),
				jsx("h1", {
					class: "mt-1 text-2xl font-bold tracking-tight text-slate-900 sm:text-3xl",
					"data-testid": "appointments-heading",
					children: nav_my_appointments()
				}),
				jsx("p", {
					class: "mt-2 max-w-2xl text-slate-600",
					children: doctor ? appts_intro_doctor() : appts_intro_patient()
				})
			] }), jsxs("a", {
				href: doctor ? "/doctor/availability/" : "/doctors/",
				class: "btn-primary self-start sm:self-auto",
				"data-testid": "appointments-primary-action",
				children: [
					jsx(Icon, {
						shape: userSearch,
						class: "size-4"
					}),
					" ",
					jsx("span", { children: doctor ? appts_set_availability_short() : home_book_consultation() })
				]
			})]
		})
	}), jsxs("div", {
		class: "container-page py-8 sm:py-10",
		"data-testid": "appointments-page",
		children: [
			jsx(Tabs, {
				label: appts_tabs_label(),
				testid: "scope-tabs",
				class: "inline-flex max-w-full gap-1 overflow-x-auto rounded-xl bg-slate-200/70 p-1",
				tabClass: "min-h-10 rounded-lg px-4 text-sm font-semibold whitespace-nowrap text-slate-700 hover:text-slate-900 aria-selected:bg-white aria-selected:text-brand-800 aria-selected:shadow-card",
				selected: scopes.indexOf(scope.value),
				panelId: () => "scope-panel",
				onSelect: (i) => {
					const next = scopes[i] ?? "upcoming";
					if (next === scope.value) return;
					scope.value = next;
					const url = new URL(window.location.href);
					url.searchParams.set("tab", next);
					window.history.replaceState(null, "", url);
					load();
				},
				tabs: scopes.map((s) => ({
					id: `tab-${s}`,
					label: scopeLabel(s),
					attrs: {
						"data-scope": s,
						"data-testid": `tab-${s}`
					}
				}))
			}),
			jsx("p", {
				class: "mt-3 text-sm text-slate-600",
				children: book_zone_note({ zone: describeTimeZone(viewerZone()) })
			}),
			jsx("div", {
				id: "scope-panel",
				role: "tabpanel",
				"aria-labelledby": `tab-${scope.value}`,
				class: "mt-6 focus:outline-none",
				tabIndex: -1,
				children: jsx(PagedList, {
					state: state.value,
					status,
					testid: "appointment-list",
					skeleton: jsx(Skeletons, {
						count: 3,
						class: "grid gap-3",
						card: () => jsxs("div", {
							class: "flex items-center gap-4",
							children: [jsx("div", { class: "skeleton size-16 rounded-xl" }), jsxs("div", {
								class: "flex-1",
								children: [jsx("div", { class: "skeleton h-5 w-1/3" }), jsx("div", { class: "skeleton mt-2 h-4 w-1/2" })]
							})]
						})
					}),
					empty: jsx(Empty, {
						scope: scope.value,
						doctor
					}),
					error: jsx(ErrorState, {
						title: appts_error_title(),
						message: error.value,
						retryTestid: "retry-appointments",
						onRetry: () => void load()
					}),
					items: items.value,
					itemKey: (a) => a.id,
					renderItem: (a) => jsx(AppointmentRow, {
						a,
						role: me.role
					}),
					listClass: "grid gap-3",
					listTestid: `appointments-${scope.value}`,
					hasMore: Boolean(cursor.value),
					loadingMore: loadingMore.value,
					onMore: () => void load(true),
					moreLabel: show_more(),
					moreBusyLabel: loading(),
					moreTestid: "appointments-load-more",
					focusSelector: "[data-testid=\"appointment-open\"]"
				})
			})
		]
	})] });
}
function AppointmentsList() {
	return jsx(Protected, {
		roles: ["patient", "doctor"],
		children: (me) => jsx(List, { me })
	});
}
// web/src/pages/appointments/index.astro
var appointments_exports = /* @__PURE__ */ __exportAll({
	default: () => $$Index,
	file: () => $$file,
	url: () => $$url
});
var $$Index = createComponent(($$result, $$props, $$slots) => {
	return renderTemplate`${renderComponent($$result, "Base", $$Base, {
		"title": nav_my_appointments(),
		"noindex": true
	}, { "default": ($$result) => renderTemplate`${renderComponent($$result, "Island", $$Island, {
		"name": "AppointmentsList",
		"component": AppointmentsList
	})}${renderScript($$result, "/work/wt-hindi/web/src/pages/appointments/index.astro?astro&type=script&index=0&lang.ts")}` })}`;
}, "/work/wt-hindi/web/src/pages/appointments/index.astro", void 0);
var $$file = "/work/wt-hindi/web/src/pages/appointments/index.astro";
var $$url = "/appointments";
// \0virtual:astro:page:src/pages/appointments/index@_@astro
var page = () => appointments_exports;
export { page };
