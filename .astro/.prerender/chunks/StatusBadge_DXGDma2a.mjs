import { D as refreshCw, G as hourglass, O as receipt, _ as xCircle, dt as alertCircle, et as circle, nt as checkCircle, st as badgeCheck } from "./skip_to_content_DtyEdUnf.mjs";
import { k as Icon } from "./Base_BSFoRxR2.mjs";
import { jsx, jsxs } from "preact/jsx-runtime";
// web/src/paraglide/messages/state_failed.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} State_FailedInputs */
var en_state_failed = () => {
	return `Failed`;
};
/**

* @param {State_FailedInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var state_failed = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_state_failed(inputs);
};
// web/src/paraglide/messages/state_pending.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} State_PendingInputs */
var en_state_pending = () => {
	return `Pending`;
};
/**

* @param {State_PendingInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var state_pending = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_state_pending(inputs);
};
// web/src/paraglide/messages/state_processing.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} State_ProcessingInputs */
var en_state_processing = () => {
	return `Processing`;
};
/**

* @param {State_ProcessingInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var state_processing = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_state_processing(inputs);
};
// web/src/paraglide/messages/state_refunded.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} State_RefundedInputs */
var en_state_refunded = () => {
	return `Refunded`;
};
/**

* @param {State_RefundedInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var state_refunded = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_state_refunded(inputs);
};
// web/src/paraglide/messages/state_rejected.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} State_RejectedInputs */
var en_state_rejected = () => {
	return `Rejected`;
};
/**

* @param {State_RejectedInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var state_rejected = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_state_rejected(inputs);
};
// web/src/paraglide/messages/state_verified.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} State_VerifiedInputs */
var en_state_verified = () => {
	return `Verified`;
};
/**

* @param {State_VerifiedInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var state_verified = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_state_verified(inputs);
};
// web/src/paraglide/messages/status_cancelled.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Status_CancelledInputs */
var en_status_cancelled = () => {
	return `Cancelled`;
};
/**

* @param {Status_CancelledInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var status_cancelled = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_status_cancelled(inputs);
};
// web/src/paraglide/messages/status_completed.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Status_CompletedInputs */
var en_status_completed = () => {
	return `Completed`;
};
/**

* @param {Status_CompletedInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var status_completed = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_status_completed(inputs);
};
// web/src/paraglide/messages/status_confirmed.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Status_ConfirmedInputs */
var en_status_confirmed = () => {
	return `Confirmed`;
};
/**

* @param {Status_ConfirmedInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var status_confirmed = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_status_confirmed(inputs);
};
// web/src/paraglide/messages/status_hold_expired.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Status_Hold_ExpiredInputs */
var en_status_hold_expired = () => {
	return `Hold expired`;
};
/**

* @param {Status_Hold_ExpiredInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var status_hold_expired = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_status_hold_expired(inputs);
};
// web/src/paraglide/messages/status_no_show.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Status_No_ShowInputs */
var en_status_no_show = () => {
	return `No-show`;
};
/**

* @param {Status_No_ShowInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var status_no_show = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_status_no_show(inputs);
};
// web/src/paraglide/messages/status_requested.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Status_RequestedInputs */
var en_status_requested = () => {
	return `Awaiting payment`;
};
/**

* @param {Status_RequestedInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var status_requested = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_status_requested(inputs);
};
// web/src/components/StatusBadge.tsx
var STATUS = {
	REQUESTED: {
		label: status_requested,
		tone: "bg-accent-50 text-accent-900 ring-accent-300",
		icon: hourglass
	},
	CONFIRMED: {
		label: status_confirmed,
		tone: "bg-emerald-50 text-emerald-800 ring-emerald-200",
		icon: checkCircle
	},
	COMPLETED: {
		label: status_completed,
		tone: "bg-brand-50 text-brand-800 ring-brand-200",
		icon: badgeCheck
	},
	CANCELLED: {
		label: status_cancelled,
		tone: "bg-red-50 text-red-800 ring-red-200",
		icon: xCircle
	},
	NO_SHOW: {
		label: status_no_show,
		tone: "bg-slate-100 text-slate-700 ring-slate-300",
		icon: xCircle
	}
};
/** The other states (payments, transcriptions, verification); COMPLETED and CANCELLED read as above. */
var STATES = {
	...STATUS,
	PENDING: {
		label: state_pending,
		tone: STATUS.REQUESTED.tone,
		icon: hourglass
	},
	PROCESSING: {
		label: state_processing,
		tone: "bg-sky-50 text-sky-800 ring-sky-200",
		icon: refreshCw
	},
	FAILED: {
		label: state_failed,
		tone: STATUS.CANCELLED.tone,
		icon: alertCircle
	},
	REFUNDED: {
		label: state_refunded,
		tone: "bg-sky-50 text-sky-800 ring-sky-200",
		icon: receipt
	},
	pending: {
		label: state_pending,
		tone: STATUS.REQUESTED.tone,
		icon: hourglass
	},
	verified: {
		label: state_verified,
		tone: STATUS.CONFIRMED.tone,
		icon: badgeCheck
	},
	rejected: {
		label: state_rejected,
		tone: STATUS.CANCELLED.tone,
		icon: xCircle
	}
};
/** A state's label from the map ("FAILED" → "Failed"); an unknown one as it is. */
var stateLabel = (status) => STATES[status]?.label() ?? status;
var holdExpired = (a, now = Date.now()) => a.status === "REQUESTED" && !!a.holdExpiresAt && Date.parse(a.holdExpiresAt) <= now;
function statusLabel(a, now = Date.now()) {
	return holdExpired(a, now) ? status_hold_expired() : STATUS[a.status].label();
}
function StatusBadge({ appointment: a, status = a?.status ?? "", size = "sm" }) {
	const spec = STATES[status] ?? {
		label: () => status,
		tone: "bg-slate-100 text-slate-700 ring-slate-300",
		icon: circle
	};
	return jsxs("span", {
		class: `inline-flex shrink-0 items-center gap-1.5 rounded-full font-semibold ring-1 ${spec.tone} ${size === "md" ? "px-3 py-1 text-sm" : "px-2.5 py-0.5 text-xs"}`,
		"data-testid": "status-badge",
		"data-status": status,
		children: [jsx(Icon, {
			shape: spec.icon,
			class: size === "md" ? "size-4" : "size-3.5"
		}), a ? statusLabel(a) : spec.label()]
	});
}
export { state_verified as a, status_hold_expired as i, StatusBadge as n, state_rejected as o, stateLabel as r, STATUS as t };
