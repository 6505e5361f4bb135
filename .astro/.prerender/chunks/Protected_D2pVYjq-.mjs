import { B as lock, D as refreshCw, dt as alertCircle } from "./skip_to_content_DtyEdUnf.mjs";
import { a as loginUrl, c as ApiError, d as role_doctor, f as role_admin, k as Icon, n as dashboardPath, r as getMe, u as role_patient } from "./Base_BSFoRxR2.mjs";
import { t as and } from "./and_UAp5VV7z.mjs";
import { t as problem_generic } from "./problem_generic_D6AyibR1.mjs";
import { Fragment, jsx, jsxs } from "preact/jsx-runtime";
import { useEffect, useState } from "preact/hooks";
// web/src/paraglide/messages/audience_admins.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Audience_AdminsInputs */
var en_audience_admins = () => {
	return `admins`;
};
/**

* @param {Audience_AdminsInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var audience_admins = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_audience_admins(inputs);
};
// web/src/paraglide/messages/audience_doctors.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Audience_DoctorsInputs */
var en_audience_doctors = () => {
	return `doctors`;
};
/**

* @param {Audience_DoctorsInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var audience_doctors = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_audience_doctors(inputs);
};
// web/src/paraglide/messages/audience_patients.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Audience_PatientsInputs */
var en_audience_patients = () => {
	return `patients`;
};
/**

* @param {Audience_PatientsInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var audience_patients = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_audience_patients(inputs);
};
// web/src/paraglide/messages/protected_error_title.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Protected_Error_TitleInputs */
var en_protected_error_title = () => {
	return `We could not load this page`;
};
/**

* @param {Protected_Error_TitleInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var protected_error_title = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_protected_error_title(inputs);
};
// web/src/paraglide/messages/protected_for.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ audience: NonNullable<unknown> }} Protected_ForInputs */
var en_protected_for = (i) => {
	return `This page is for ${i?.audience}`;
};
/**

* @param {Protected_ForInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var protected_for = (inputs, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_protected_for(inputs);
};
// web/src/paraglide/messages/protected_go_console.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Protected_Go_ConsoleInputs */
var en_protected_go_console = () => {
	return `Go to the admin console`;
};
/**

* @param {Protected_Go_ConsoleInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var protected_go_console = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_protected_go_console(inputs);
};
// web/src/paraglide/messages/protected_go_dashboard.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Protected_Go_DashboardInputs */
var en_protected_go_dashboard = () => {
	return `Go to your dashboard`;
};
/**

* @param {Protected_Go_DashboardInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var protected_go_dashboard = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_protected_go_dashboard(inputs);
};
// web/src/paraglide/messages/protected_loading.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Protected_LoadingInputs */
var en_protected_loading = () => {
	return `Loading your account…`;
};
/**

* @param {Protected_LoadingInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var protected_loading = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_protected_loading(inputs);
};
// web/src/paraglide/messages/protected_signed_in_as.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ name: NonNullable<unknown>, role: NonNullable<unknown> }} Protected_Signed_In_AsInputs */
var en_protected_signed_in_as = (i) => {
	return `You are signed in as ${i?.name}, with a ${i?.role} account.`;
};
/**

* @param {Protected_Signed_In_AsInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var protected_signed_in_as = (inputs, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_protected_signed_in_as(inputs);
};
// web/src/paraglide/messages/try_again.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Try_AgainInputs */
var en_try_again = () => {
	return `Try again`;
};
/**

* @param {Try_AgainInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var try_again = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_try_again(inputs);
};
// web/src/components/Protected.tsx
var audience = (roles) => roles.map((r) => r === "admin" ? audience_admins() : r === "doctor" ? audience_doctors() : audience_patients()).join(` ${and()} `);
var roleName = (role) => role === "admin" ? role_admin() : role === "doctor" ? role_doctor() : role_patient();
function PageSkeleton() {
	return jsxs("div", {
		class: "container-page py-10",
		"aria-hidden": "true",
		children: [
			jsx("div", { class: "skeleton h-4 w-28" }),
			jsx("div", { class: "skeleton mt-3 h-8 w-72 max-w-full" }),
			jsxs("div", {
				class: "mt-8 grid gap-5 lg:grid-cols-3",
				children: [jsxs("div", {
					class: "card p-6 lg:col-span-2",
					children: [
						jsx("div", { class: "skeleton h-5 w-40" }),
						jsx("div", { class: "skeleton mt-5 h-4 w-full" }),
						jsx("div", { class: "skeleton mt-3 h-4 w-5/6" })
					]
				}), jsxs("div", {
					class: "card p-6",
					children: [jsx("div", { class: "skeleton h-5 w-32" }), jsx("div", { class: "skeleton mt-5 h-10 w-full rounded-lg" })]
				})]
			})
		]
	});
}
function Protected({ roles = [], children }) {
	const [load, setLoad] = useState({ state: "loading" });
	const run = async () => {
		setLoad({ state: "loading" });
		try {
			const me = await getMe();
			if (!me) {
				window.location.replace(loginUrl());
				return;
			}
			setLoad(roles.length && !roles.includes(me.role) ? {
				state: "refused",
				me
			} : {
				state: "ready",
				me
			});
		} catch (err) {
			setLoad({
				state: "error",
				message: err instanceof ApiError ? err.message : problem_generic()
			});
		}
	};
	useEffect(() => {
		run();
		const leave = () => window.location.assign(loginUrl());
		window.addEventListener("c360:signed-out", leave);
		return () => window.removeEventListener("c360:signed-out", leave);
	}, []);
	return jsxs("div", {
		"data-protected": true,
		"data-state": load.state,
		"aria-busy": load.state === "loading" ? "true" : "false",
		children: [
			load.state === "loading" && jsxs(Fragment, { children: [jsx("p", {
				class: "sr-only",
				role: "status",
				children: protected_loading()
			}), jsx(PageSkeleton, {})] }),
			load.state === "refused" && jsx("div", {
				class: "container-page py-16 sm:py-24",
				children: jsxs("div", {
					class: "mx-auto flex max-w-lg flex-col items-center text-center",
					"data-testid": "role-refusal",
					children: [
						jsx("span", {
							class: "grid size-14 place-items-center rounded-2xl bg-white text-brand-700 shadow-lift ring-1 ring-brand-100",
							children: jsx(Icon, {
								shape: lock,
								class: "size-7"
							})
						}),
						jsx("h1", {
							class: "mt-6 text-2xl font-bold tracking-tight text-slate-900 sm:text-3xl",
							children: protected_for({ audience: audience(roles) })
						}),
						jsx("p", {
							class: "mt-3 text-slate-600",
							children: protected_signed_in_as({
								name: `${load.me.firstName} ${load.me.lastName}`,
								role: roleName(load.me.role).toLowerCase()
							})
						}),
						jsx("a", {
							href: dashboardPath(load.me.role),
							class: "btn-primary mt-8 px-6",
							"data-refusal-link": true,
							children: load.me.role === "admin" ? protected_go_console() : protected_go_dashboard()
						})
					]
				})
			}),
			load.state === "error" && jsx("div", {
				class: "container-page py-16",
				children: jsxs("div", {
					class: "mx-auto max-w-lg rounded-2xl border border-red-200 bg-red-50/70 px-6 py-10 text-center",
					role: "alert",
					"data-testid": "page-error",
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
							children: protected_error_title()
						}),
						jsx("p", {
							class: "mx-auto mt-1 max-w-md text-sm text-slate-700",
							children: load.message
						}),
						jsxs("button", {
							type: "button",
							class: "btn-secondary mt-5",
							"data-retry": true,
							onClick: () => void run(),
							children: [
								jsx(Icon, {
									shape: refreshCw,
									class: "size-4"
								}),
								" ",
								try_again()
							]
						})
					]
				})
			}),
			load.state === "ready" && children(load.me)
		]
	});
}
export { roleName as n, protected_error_title as r, Protected as t };
