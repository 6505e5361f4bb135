import { H as languages, at as building, o as pageHref, ot as briefcase } from "./skip_to_content_DtyEdUnf.mjs";
import { D as listOf, E as initials, k as Icon, w as formatInr } from "./Base_BSFoRxR2.mjs";
import { t as plural } from "./registry_BbVT5qhj.mjs";
import { t as doctor_experience_label } from "./doctor_experience_label_toRYofpZ.mjs";
import { i as Skeletons } from "./States_D_beH2ie.mjs";
import { Fragment, jsx, jsxs } from "preact/jsx-runtime";
// web/src/paraglide/messages/doctor_accepting.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Doctor_AcceptingInputs */
var en_doctor_accepting = () => {
	return `Accepting bookings`;
};
/**

* @param {Doctor_AcceptingInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var doctor_accepting = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_doctor_accepting(inputs);
};
// web/src/paraglide/messages/doctor_experience.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ count: NonNullable<unknown> }} Doctor_ExperienceInputs */
var en_doctor_experience = (i) => {
	const countPlural = plural("en", i?.count, {});
	if (countPlural === "one") return `${i?.count} year experience`;
	if (countPlural === "other") return `${i?.count} years experience`;
	return "doctor_experience";
};
/**

* @param {Doctor_ExperienceInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var doctor_experience = (inputs, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_doctor_experience(inputs);
};
// web/src/paraglide/messages/doctor_hospital_label.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Doctor_Hospital_LabelInputs */
var en_doctor_hospital_label = () => {
	return `Hospital`;
};
/**

* @param {Doctor_Hospital_LabelInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var doctor_hospital_label = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_doctor_hospital_label(inputs);
};
// web/src/paraglide/messages/doctor_languages_label.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Doctor_Languages_LabelInputs */
var en_doctor_languages_label = () => {
	return `Languages`;
};
/**

* @param {Doctor_Languages_LabelInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var doctor_languages_label = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_doctor_languages_label(inputs);
};
// web/src/paraglide/messages/doctor_new.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Doctor_NewInputs */
var en_doctor_new = () => {
	return `New on Chikitsa360`;
};
/**

* @param {Doctor_NewInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var doctor_new = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_doctor_new(inputs);
};
// web/src/paraglide/messages/doctor_not_accepting.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Doctor_Not_AcceptingInputs */
var en_doctor_not_accepting = () => {
	return `Not taking bookings now`;
};
/**

* @param {Doctor_Not_AcceptingInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var doctor_not_accepting = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_doctor_not_accepting(inputs);
};
// web/src/paraglide/messages/doctor_per_consultation.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Doctor_Per_ConsultationInputs */
var en_doctor_per_consultation = () => {
	return `per consultation`;
};
/**

* @param {Doctor_Per_ConsultationInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var doctor_per_consultation = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_doctor_per_consultation(inputs);
};
// web/src/paraglide/messages/doctor_view_profile.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Doctor_View_ProfileInputs */
var en_doctor_view_profile = () => {
	return `View profile`;
};
/**

* @param {Doctor_View_ProfileInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var doctor_view_profile = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_doctor_view_profile(inputs);
};
// web/src/components/DoctorCard.tsx
var AVATAR_TONES = [
	"from-brand-600 to-brand-800",
	"from-accent-700 to-accent-900",
	"from-sky-700 to-sky-900",
	"from-rose-700 to-rose-900",
	"from-indigo-600 to-indigo-800",
	"from-emerald-700 to-emerald-900"
];
/** The same doctor always gets the same colour. */
function avatarTone(id) {
	let n = 0;
	for (const ch of id) n = n * 31 + ch.charCodeAt(0) >>> 0;
	return AVATAR_TONES[n % AVATAR_TONES.length];
}
/** A round initials avatar (pictures from other sites are not allowed by our CSP). */
function DoctorAvatar({ doctor, size = "size-14 text-lg" }) {
	return jsx("span", {
		class: `grid shrink-0 place-items-center rounded-full bg-gradient-to-br ${avatarTone(doctor.id)} ${size} font-semibold text-white`,
		"aria-hidden": "true",
		children: initials(doctor.name)
	});
}
function AvailabilityPill({ available }) {
	return available ? jsxs("p", {
		class: "mt-2 inline-flex items-center gap-1.5 rounded-full bg-emerald-50 px-2 py-0.5 text-xs font-medium text-emerald-800 ring-1 ring-emerald-200",
		"data-testid": "doctor-available",
		children: [jsx("span", {
			class: "size-1.5 rounded-full bg-emerald-500",
			"aria-hidden": "true"
		}), doctor_accepting()]
	}) : jsxs("p", {
		class: "mt-2 inline-flex items-center gap-1.5 rounded-full bg-slate-100 px-2 py-0.5 text-xs font-medium text-slate-700 ring-1 ring-slate-200",
		"data-testid": "doctor-unavailable",
		children: [jsx("span", {
			class: "size-1.5 rounded-full bg-slate-400",
			"aria-hidden": "true"
		}), doctor_not_accepting()]
	});
}
var experienceText = (years) => years > 0 ? doctor_experience({ count: years }) : doctor_new();
/** The doctor's public page; `date` (YYYY-MM-DD) opens that day's times. */
var doctorPageHref = (id, date) => pageHref(`/doctors/view/?id=${encodeURIComponent(id)}${date ? `&date=${encodeURIComponent(date)}` : ""}`);
/** One line of facts (icon, hidden label, value) inside a `<dl>`. */
function DoctorFact({ icon, label, children, iconClass = "mt-0.5 size-4 shrink-0 text-slate-500", class: cls = "flex items-start gap-2.5 text-sm text-slate-700" }) {
	return jsxs("div", {
		class: cls,
		children: [
			jsx(Icon, {
				shape: icon,
				class: iconClass
			}),
			jsx("dt", {
				class: "sr-only",
				children: label
			}),
			jsx("dd", { children })
		]
	});
}
function DoctorCard({ doctor: d, date }) {
	const headingId = `doctor-${d.id}-name`;
	return jsxs("li", {
		class: "card flex flex-col p-6 transition-shadow hover:shadow-lift",
		"data-testid": "doctor-card",
		"data-doctor-id": d.id,
		children: [
			jsxs("div", {
				class: "flex items-start gap-4",
				children: [jsx(DoctorAvatar, { doctor: d }), jsxs("div", {
					class: "min-w-0 flex-1",
					children: [
						jsx("h3", {
							id: headingId,
							class: "text-lg leading-6 font-semibold text-slate-900",
							"data-testid": "doctor-name",
							children: d.name
						}),
						jsx("p", {
							class: "mt-1 text-sm font-medium text-brand-700",
							"data-testid": "doctor-specialty",
							children: d.specialtyName
						}),
						jsx(AvailabilityPill, { available: d.available })
					]
				})]
			}),
			jsxs("dl", {
				class: "mt-5 mb-6 space-y-2.5",
				children: [
					jsx(DoctorFact, {
						icon: briefcase,
						label: doctor_experience_label(),
						children: experienceText(d.experienceYears)
					}),
					d.languages.length > 0 && jsx(DoctorFact, {
						icon: languages,
						label: doctor_languages_label(),
						children: listOf(d.languages)
					}),
					d.hospital && jsx(DoctorFact, {
						icon: building,
						label: doctor_hospital_label(),
						children: d.hospital
					})
				]
			}),
			jsxs("div", {
				class: "mt-auto flex flex-wrap items-end justify-between gap-3 border-t border-slate-100 pt-5",
				children: [jsxs("p", {
					class: "text-sm text-slate-600",
					children: [jsx("span", {
						class: "block text-lg font-bold text-slate-900",
						"data-testid": "doctor-fee",
						children: formatInr(d.feePaise)
					}), doctor_per_consultation()]
				}), jsx("a", {
					href: doctorPageHref(d.id, date),
					class: "btn-primary",
					"aria-describedby": headingId,
					"data-testid": "doctor-view-profile",
					children: doctor_view_profile()
				})]
			})
		]
	});
}
function DoctorCardSkeletons({ count = 6 }) {
	return jsx(Skeletons, {
		count,
		class: "grid gap-5 sm:grid-cols-2 lg:grid-cols-3",
		card: () => jsxs(Fragment, { children: [
			jsxs("div", {
				class: "flex items-center gap-4",
				children: [jsx("div", { class: "skeleton size-14 rounded-full" }), jsxs("div", {
					class: "flex-1",
					children: [jsx("div", { class: "skeleton h-5 w-3/4" }), jsx("div", { class: "skeleton mt-2 h-4 w-1/2" })]
				})]
			}),
			jsx("div", { class: "skeleton mt-6 h-4 w-2/3" }),
			jsx("div", { class: "skeleton mt-3 h-4 w-3/5" }),
			jsxs("div", {
				class: "mt-6 flex items-center justify-between border-t border-slate-100 pt-5",
				children: [jsx("div", { class: "skeleton h-6 w-24" }), jsx("div", { class: "skeleton h-10 w-28 rounded-lg" })]
			})
		] })
	});
}
export { DoctorFact as a, doctor_languages_label as c, DoctorCardSkeletons as i, doctor_hospital_label as l, DoctorAvatar as n, doctorPageHref as o, DoctorCard as r, experienceText as s, AvailabilityPill as t, doctor_accepting as u };
