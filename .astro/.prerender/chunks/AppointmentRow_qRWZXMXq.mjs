import { $ as clock, c as roomHref, i as appointmentHref, s as payHref, ut as alertTriangle, y as video } from "./skip_to_content_DtyEdUnf.mjs";
import { k as Icon, w as formatInr } from "./Base_BSFoRxR2.mjs";
import { i as status_hold_expired, n as StatusBadge } from "./StatusBadge_DXGDma2a.mjs";
import { c as formatTimeRange, g as ymdIn, i as formatCountdown, m as viewerZone, n as describeRemaining, o as formatLongDate } from "./zoned_CWcmEh3i.mjs";
import { jsx, jsxs } from "preact/jsx-runtime";
import { useEffect, useRef, useState } from "preact/hooks";
// web/src/paraglide/messages/hold_for.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Hold_ForInputs */
var en_hold_for = () => {
	return `Held for`;
};
/**

* @param {Hold_ForInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var hold_for = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_hold_for(inputs);
};
// web/src/paraglide/messages/row_details.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Row_DetailsInputs */
var en_row_details = () => {
	return `Details`;
};
/**

* @param {Row_DetailsInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var row_details = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_row_details(inputs);
};
// web/src/paraglide/messages/row_join.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Row_JoinInputs */
var en_row_join = () => {
	return `Join`;
};
/**

* @param {Row_JoinInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var row_join = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_row_join(inputs);
};
// web/src/paraglide/messages/row_pay.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ amount: NonNullable<unknown> }} Row_PayInputs */
var en_row_pay = (i) => {
	return `Pay ${i?.amount}`;
};
/**

* @param {Row_PayInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var row_pay = (inputs, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_row_pay(inputs);
};
// web/src/paraglide/messages/row_reason.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ reason: NonNullable<unknown> }} Row_ReasonInputs */
var en_row_reason = (i) => {
	return `Reason: ${i?.reason}`;
};
/**

* @param {Row_ReasonInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var row_reason = (inputs, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_row_reason(inputs);
};
// web/src/paraglide/messages/today_prefix.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Today_PrefixInputs */
var en_today_prefix = () => {
	return `Today · `;
};
/**

* @param {Today_PrefixInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var today_prefix = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_today_prefix(inputs);
};
// web/src/components/Countdown.tsx
/**
* A live countdown to an instant (a booking's 15-minute hold, a room that opens soon). `useRemaining`
* ticks once a second; `Clock` shows "14:05" inside role="timer", which screen readers do not read on
* every change; pages announce only the moments that matter.
*/
/** Milliseconds left until `until` (never below 0), updated every second until it reaches 0. */
function useRemaining(until) {
	const end = until ? Date.parse(until) : 0;
	const [left, setLeft] = useState(() => Math.max(0, end - Date.now()));
	useEffect(() => {
		if (!until) return;
		let timer;
		const tick = () => {
			const ms = Math.max(0, end - Date.now());
			setLeft(ms);
			if (ms > 0) timer = setTimeout(tick, ms % 1e3 || 1e3);
		};
		tick();
		return () => clearTimeout(timer);
	}, [until]);
	return left;
}
function Clock({ ms, testid, label, class: cls = "font-mono font-semibold tabular-nums" }) {
	return jsx("span", {
		class: cls,
		role: "timer",
		"aria-label": label,
		"data-testid": testid,
		"data-remaining-ms": String(ms),
		children: formatCountdown(ms)
	});
}
var ANNOUNCE_AT_MINUTES = [
	10,
	5,
	2,
	1
];
/**
* What a polite status line should say while `left` counts down: "Time left to pay: 5 minutes." at
* 10, 5, 2 and 1 minutes (not those already behind when it starts), and `expired` at zero, when
* `onExpire` runs once.
*/
function useCountdownAnnouncements(left, say, expired, onExpire) {
	const [said, setSaid] = useState("");
	const pending = useRef(ANNOUNCE_AT_MINUTES.filter((n) => n < Math.ceil(left / 6e4)));
	const minutes = Math.ceil(left / 6e4);
	useEffect(() => {
		if (left <= 0) {
			setSaid(expired);
			onExpire();
			return;
		}
		if (pending.current.some((n) => minutes <= n)) {
			pending.current = pending.current.filter((n) => n < minutes);
			setSaid(say(describeRemaining(left)));
		}
	}, [minutes, left <= 0]);
	return said;
}
// web/src/components/AppointmentRow.tsx
/** The party the viewer meets: the doctor for a patient, the patient for a doctor. */
var otherParty = (a, role) => role === "doctor" ? a.patient.name : a.doctor.name;
/** A calendar tile: weekday, day number and month of the start, in the viewer's zone. */
function DateTile({ startAt, zone }) {
	const part = (opts) => new Intl.DateTimeFormat("en-IN", {
		...opts,
		timeZone: zone
	}).format(new Date(startAt));
	return jsxs("span", {
		class: "flex size-16 shrink-0 flex-col items-center justify-center rounded-xl bg-brand-50 text-brand-800 ring-1 ring-brand-100",
		"aria-hidden": "true",
		children: [
			jsx("span", {
				class: "text-xs font-semibold uppercase",
				children: part({ weekday: "short" })
			}),
			jsx("span", {
				class: "text-xl leading-6 font-bold",
				children: part({ day: "numeric" })
			}),
			jsx("span", {
				class: "text-xs font-medium",
				children: part({ month: "short" })
			})
		]
	});
}
/** "Held for 12:34", ticking; "Hold expired" once the time is up. */
function HoldCountdown({ left }) {
	return left > 0 ? jsxs("span", {
		class: "inline-flex items-center gap-1.5 text-sm text-accent-900",
		"data-testid": "hold-countdown",
		children: [
			jsx(Icon, {
				shape: clock,
				class: "size-4 text-accent-700"
			}),
			jsxs("span", { children: [hold_for(), " "] }),
			jsx(Clock, { ms: left })
		]
	}) : jsxs("span", {
		class: "inline-flex items-center gap-1.5 text-sm text-accent-900",
		"data-testid": "hold-countdown",
		"data-expired": "true",
		children: [jsx(Icon, {
			shape: alertTriangle,
			class: "size-4 text-accent-700"
		}), status_hold_expired()]
	});
}
function AppointmentRow({ a, role, compact = false }) {
	const zone = viewerZone();
	const nameId = `appt-${a.id}-name`;
	const held = a.status === "REQUESTED" && a.holdExpiresAt !== null;
	const left = useRemaining(held ? a.holdExpiresAt : null);
	const unpaid = held && left > 0;
	const today = ymdIn(/* @__PURE__ */ new Date(), zone) === ymdIn(a.startAt, zone);
	return jsxs("li", {
		class: `flex min-w-0 flex-col gap-4 rounded-xl border border-slate-200/80 bg-white sm:flex-row sm:items-center ${compact ? "p-4" : "p-4 shadow-card sm:p-5"}`,
		"data-testid": "appointment-item",
		"data-appointment-id": a.id,
		"data-status": a.status,
		children: [jsxs("div", {
			class: "flex min-w-0 flex-1 items-start gap-4",
			children: [jsx(DateTile, {
				startAt: a.startAt,
				zone
			}), jsxs("div", {
				class: "min-w-0 flex-1",
				children: [
					jsxs("div", {
						class: "flex flex-wrap items-center gap-x-3 gap-y-1",
						children: [jsx("p", {
							id: nameId,
							class: "font-semibold break-words text-slate-900",
							"data-testid": "appointment-party",
							children: otherParty(a, role)
						}), jsx(StatusBadge, { appointment: a })]
					}),
					jsxs("p", {
						class: "mt-1 text-sm text-slate-700",
						"data-testid": "appointment-time",
						children: [today && jsx("span", {
							class: "font-semibold text-brand-800",
							children: today_prefix()
						}), `${formatLongDate(a.startAt, zone)}, ${formatTimeRange(a.startAt, a.endAt, zone)}`]
					}),
					jsx("p", {
						class: "mt-0.5 truncate text-sm text-slate-600",
						children: role === "doctor" ? row_reason({ reason: a.reason }) : a.doctor.specialtyName
					}),
					held && jsx("p", {
						class: "mt-1.5",
						children: jsx(HoldCountdown, { left })
					})
				]
			})]
		}), jsxs("div", {
			class: "flex shrink-0 flex-wrap gap-2 sm:justify-end",
			children: [
				role === "patient" && a.actions.canPay && unpaid && jsx("a", {
					href: payHref(a.id),
					class: "btn-primary min-h-10 px-3",
					"aria-describedby": nameId,
					"data-testid": "appointment-pay",
					children: row_pay({ amount: formatInr(a.price.totalPaise) })
				}),
				a.join.canJoin && jsxs("a", {
					href: roomHref(a.id),
					class: "btn-primary min-h-10 px-3",
					"aria-describedby": nameId,
					"data-testid": "appointment-join",
					children: [jsx(Icon, {
						shape: video,
						class: "size-4"
					}), row_join()]
				}),
				jsx("a", {
					href: appointmentHref(a.id),
					class: "btn-secondary min-h-10 px-3",
					"aria-describedby": nameId,
					"data-testid": "appointment-open",
					children: row_details()
				})
			]
		})]
	});
}
export { row_pay as a, useRemaining as i, Clock as n, useCountdownAnnouncements as r, AppointmentRow as t };
