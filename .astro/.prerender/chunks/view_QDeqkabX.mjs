import { A as printer, O as receipt, X as download, f as Logo, ft as renderScript, ht as __exportAll, i as appointmentHref, lt as arrowLeft, mt as createComponent } from "./skip_to_content_DtyEdUnf.mjs";
import { a as renderComponent, d as renderTemplate } from "./server_DkXzZEFQ.mjs";
import { A as $$Island, C as formatDateTime, c as ApiError, k as Icon, l as api, p as nav_my_appointments, t as $$Base, w as formatInr } from "./Base_BSFoRxR2.mjs";
import "./AppointmentRow_qRWZXMXq.mjs";
import { a as checkout_back, i as checkout_download_pdf, n as checkout_view_appointment, r as checkout_payment_id, t as receipt_number } from "./receipt_number_D-SRwOIT.mjs";
import { t as Protected } from "./Protected_D2pVYjq-.mjs";
import { t as problem_generic } from "./problem_generic_D6AyibR1.mjs";
import { t as EmptyState } from "./States_D_beH2ie.mjs";
import { _ as zoneAbbreviation, m as viewerZone, o as formatLongDate, p as sameZone, s as formatTime } from "./zoned_CWcmEh3i.mjs";
import { jsx, jsxs } from "preact/jsx-runtime";
import { useEffect, useState } from "preact/hooks";
// web/src/paraglide/messages/receipt_billed_to.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Receipt_Billed_ToInputs */
var en_receipt_billed_to = () => {
	return `Billed to`;
};
/**

* @param {Receipt_Billed_ToInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var receipt_billed_to = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_receipt_billed_to(inputs);
};
// web/src/paraglide/messages/receipt_consultation.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Receipt_ConsultationInputs */
var en_receipt_consultation = () => {
	return `Consultation`;
};
/**

* @param {Receipt_ConsultationInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var receipt_consultation = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_receipt_consultation(inputs);
};
// web/src/paraglide/messages/receipt_date_paid.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Receipt_Date_PaidInputs */
var en_receipt_date_paid = () => {
	return `Date paid`;
};
/**

* @param {Receipt_Date_PaidInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var receipt_date_paid = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_receipt_date_paid(inputs);
};
// web/src/paraglide/messages/receipt_description.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Receipt_DescriptionInputs */
var en_receipt_description = () => {
	return `Description`;
};
/**

* @param {Receipt_DescriptionInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var receipt_description = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_receipt_description(inputs);
};
// web/src/paraglide/messages/receipt_gst.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ percent: NonNullable<unknown> }} Receipt_GstInputs */
var en_receipt_gst = (i) => {
	return `GST @ ${i?.percent}%`;
};
/**

* @param {Receipt_GstInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var receipt_gst = (inputs, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_receipt_gst(inputs);
};
// web/src/paraglide/messages/receipt_heading.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Receipt_HeadingInputs */
var en_receipt_heading = () => {
	return `Payment receipt`;
};
/**

* @param {Receipt_HeadingInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var receipt_heading = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_receipt_heading(inputs);
};
// web/src/paraglide/messages/web_receipt_amount.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ currency: NonNullable<unknown> }} Web_Receipt_AmountInputs */
var en_web_receipt_amount = (i) => {
	return `Amount (${i?.currency})`;
};
/**

* @param {Web_Receipt_AmountInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var web_receipt_amount = (inputs, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_web_receipt_amount(inputs);
};
// web/src/paraglide/messages/web_receipt_caption.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Web_Receipt_CaptionInputs */
var en_web_receipt_caption = () => {
	return `Amounts in Indian rupees`;
};
/**

* @param {Web_Receipt_CaptionInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var web_receipt_caption = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_web_receipt_caption(inputs);
};
// web/src/paraglide/messages/web_receipt_computer_generated.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Web_Receipt_Computer_GeneratedInputs */
var en_web_receipt_computer_generated = () => {
	return `This is a computer-generated receipt and needs no signature.`;
};
/**

* @param {Web_Receipt_Computer_GeneratedInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var web_receipt_computer_generated = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_web_receipt_computer_generated(inputs);
};
// web/src/paraglide/messages/web_receipt_line.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Web_Receipt_LineInputs */
var en_web_receipt_line = () => {
	return `Online video consultation`;
};
/**

* @param {Web_Receipt_LineInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var web_receipt_line = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_web_receipt_line(inputs);
};
// web/src/paraglide/messages/web_receipt_missing_link.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Web_Receipt_Missing_LinkInputs */
var en_web_receipt_missing_link = () => {
	return `The link may be mistyped. Receipts are on each paid appointment.`;
};
/**

* @param {Web_Receipt_Missing_LinkInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var web_receipt_missing_link = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_web_receipt_missing_link(inputs);
};
// web/src/paraglide/messages/web_receipt_missing_title.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Web_Receipt_Missing_TitleInputs */
var en_web_receipt_missing_title = () => {
	return `No receipt to show`;
};
/**

* @param {Web_Receipt_Missing_TitleInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var web_receipt_missing_title = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_web_receipt_missing_title(inputs);
};
// web/src/paraglide/messages/web_receipt_missing_unpaid.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Web_Receipt_Missing_UnpaidInputs */
var en_web_receipt_missing_unpaid = () => {
	return `There is no receipt for this appointment yet: a receipt is issued once the consultation is paid.`;
};
/**

* @param {Web_Receipt_Missing_UnpaidInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var web_receipt_missing_unpaid = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_web_receipt_missing_unpaid(inputs);
};
// web/src/paraglide/messages/web_receipt_net.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Web_Receipt_NetInputs */
var en_web_receipt_net = () => {
	return `Net amount paid`;
};
/**

* @param {Web_Receipt_NetInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var web_receipt_net = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_web_receipt_net(inputs);
};
// web/src/paraglide/messages/web_receipt_page_title.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ number: NonNullable<unknown> }} Web_Receipt_Page_TitleInputs */
var en_web_receipt_page_title = (i) => {
	return `Receipt ${i?.number}`;
};
/**

* @param {Web_Receipt_Page_TitleInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var web_receipt_page_title = (inputs, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_web_receipt_page_title(inputs);
};
// web/src/paraglide/messages/web_receipt_print.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Web_Receipt_PrintInputs */
var en_web_receipt_print = () => {
	return `Print`;
};
/**

* @param {Web_Receipt_PrintInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var web_receipt_print = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_web_receipt_print(inputs);
};
// web/src/paraglide/messages/web_receipt_refunded.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Web_Receipt_RefundedInputs */
var en_web_receipt_refunded = () => {
	return `Refunded`;
};
/**

* @param {Web_Receipt_RefundedInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var web_receipt_refunded = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_web_receipt_refunded(inputs);
};
// web/src/paraglide/messages/web_receipt_registration.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ number: NonNullable<unknown> }} Web_Receipt_RegistrationInputs */
var en_web_receipt_registration = (i) => {
	return `Registration no. ${i?.number}`;
};
/**

* @param {Web_Receipt_RegistrationInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var web_receipt_registration = (inputs, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_web_receipt_registration(inputs);
};
// web/src/paraglide/messages/web_receipt_subtitle.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ percent: NonNullable<unknown> }} Web_Receipt_SubtitleInputs */
var en_web_receipt_subtitle = (i) => {
	return `Tax invoice · GST ${i?.percent}%`;
};
/**

* @param {Web_Receipt_SubtitleInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var web_receipt_subtitle = (inputs, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_web_receipt_subtitle(inputs);
};
// web/src/paraglide/messages/web_receipt_title.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Web_Receipt_TitleInputs */
var en_web_receipt_title = () => {
	return `PAYMENT RECEIPT`;
};
/**

* @param {Web_Receipt_TitleInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var web_receipt_title = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_web_receipt_title(inputs);
};
// web/src/paraglide/messages/web_receipt_total_paid.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Web_Receipt_Total_PaidInputs */
var en_web_receipt_total_paid = () => {
	return `Total paid`;
};
/**

* @param {Web_Receipt_Total_PaidInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var web_receipt_total_paid = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_web_receipt_total_paid(inputs);
};
// web/src/paraglide/messages/web_receipt_your_time.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ time: NonNullable<unknown> }} Web_Receipt_Your_TimeInputs */
var en_web_receipt_your_time = (i) => {
	return `Your time: ${i?.time}`;
};
/**

* @param {Web_Receipt_Your_TimeInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var web_receipt_your_time = (inputs, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_web_receipt_your_time(inputs);
};
// web/src/islands/receipt/ReceiptView.tsx
var isId = (id) => /^[0-9a-f-]{36}$/.test(id);
function Fact({ label, children, testid }) {
	return jsxs("div", { children: [jsx("dt", {
		class: "text-xs font-semibold tracking-wide text-slate-500 uppercase",
		children: label
	}), jsx("dd", {
		class: "mt-1 font-medium break-all text-slate-900",
		"data-testid": testid,
		children
	})] });
}
function Block({ title, children }) {
	return jsxs("div", {
		class: "rounded-xl bg-slate-50 p-4 ring-1 ring-slate-200/80 print:bg-white",
		children: [jsx("h2", {
			class: "text-xs font-semibold tracking-wide text-slate-500 uppercase",
			children: title
		}), jsx("div", {
			class: "mt-2 grid gap-0.5 text-sm break-words text-slate-700",
			children
		})]
	});
}
function Amount({ label, paise, testid, strong = false, negative = false }) {
	return jsxs("tr", {
		class: strong ? "border-t-2 border-slate-300 text-base font-bold text-slate-900" : "border-t border-slate-200",
		children: [jsx("th", {
			scope: "row",
			class: `py-3 pr-4 text-left ${strong ? "" : "font-normal text-slate-700"}`,
			children: label
		}), jsx("td", {
			class: "py-3 text-right tabular-nums",
			"data-testid": testid,
			children: `${negative ? "− " : ""}${formatInr(paise)}`
		})]
	});
}
function Document({ r }) {
	const zone = viewerZone();
	const when = `${formatLongDate(r.appointmentStartAt, r.timeZone)}, ${formatTime(r.appointmentStartAt, r.timeZone)} ${zoneAbbreviation(r.timeZone, r.appointmentStartAt)}`;
	return jsxs("article", {
		class: "card overflow-hidden",
		"aria-labelledby": "receipt-title",
		"data-receipt-doc": true,
		children: [jsxs("header", {
			class: "flex flex-col gap-4 bg-brand-800 px-6 py-6 text-white sm:flex-row sm:items-center sm:justify-between sm:px-10",
			children: [jsx(Logo, { tone: "light" }), jsxs("div", {
				class: "sm:text-right",
				children: [jsx("h1", {
					id: "receipt-title",
					class: "text-lg font-bold tracking-wide",
					children: web_receipt_title()
				}), jsx("p", {
					class: "text-sm text-brand-100",
					children: web_receipt_subtitle({ percent: r.gstPercent })
				})]
			})]
		}), jsxs("div", {
			class: "p-6 sm:p-10",
			children: [
				r.refund && jsx("p", {
					class: "mb-6 inline-flex items-center gap-2 rounded-full bg-brand-50 px-3 py-1 text-sm font-semibold text-brand-800 ring-1 ring-brand-200",
					"data-testid": "receipt-refunded-badge",
					children: web_receipt_refunded()
				}),
				jsxs("dl", {
					class: "grid gap-5 sm:grid-cols-3",
					children: [
						jsx(Fact, {
							label: receipt_number(),
							testid: "receipt-number",
							children: r.receiptNumber
						}),
						jsx(Fact, {
							label: receipt_date_paid(),
							testid: "receipt-paid-at",
							children: formatDateTime(r.paidAt, "Asia/Kolkata")
						}),
						jsx(Fact, {
							label: checkout_payment_id(),
							testid: "receipt-payment-id",
							children: r.providerPaymentId
						})
					]
				}),
				jsxs("div", {
					class: "mt-8 grid gap-4 sm:grid-cols-2",
					children: [jsx(Block, {
						title: receipt_billed_to(),
						children: jsx("p", {
							class: "font-semibold text-slate-900",
							"data-testid": "receipt-patient",
							children: r.patientName
						})
					}), jsxs(Block, {
						title: receipt_consultation(),
						children: [
							jsx("p", {
								class: "font-semibold text-slate-900",
								"data-testid": "receipt-doctor",
								children: r.doctorName
							}),
							r.doctorRegistrationNumber && jsx("p", { children: web_receipt_registration({ number: r.doctorRegistrationNumber }) }),
							jsx("p", {
								"data-testid": "receipt-when",
								children: when
							}),
							!sameZone(r.timeZone, zone) && jsx("p", {
								class: "text-slate-600 print:hidden",
								children: web_receipt_your_time({ time: formatDateTime(r.appointmentStartAt, zone) })
							})
						]
					})]
				}),
				jsx("div", {
					class: "mt-8 overflow-x-auto",
					children: jsxs("table", {
						class: "w-full text-sm",
						"data-testid": "receipt-amounts",
						children: [
							jsx("caption", {
								class: "sr-only",
								children: web_receipt_caption()
							}),
							jsx("thead", { children: jsxs("tr", {
								class: "text-xs tracking-wide text-slate-500 uppercase",
								children: [jsx("th", {
									scope: "col",
									class: "pb-2 text-left font-semibold",
									children: receipt_description()
								}), jsx("th", {
									scope: "col",
									class: "pb-2 text-right font-semibold",
									children: web_receipt_amount({ currency: r.currency })
								})]
							}) }),
							jsxs("tbody", { children: [
								jsx(Amount, {
									label: jsxs("span", { children: [web_receipt_line(), jsx("span", {
										class: "block text-xs text-slate-500",
										children: r.doctorName
									})] }),
									paise: r.basePaise,
									testid: "receipt-fee"
								}),
								jsx(Amount, {
									label: receipt_gst({ percent: r.gstPercent }),
									paise: r.gstPaise,
									testid: "receipt-gst"
								}),
								jsx(Amount, {
									label: web_receipt_total_paid(),
									paise: r.totalPaise,
									testid: "receipt-total",
									strong: true
								}),
								r.refund && jsx(Amount, {
									label: jsxs("span", { children: [web_receipt_refunded(), jsx("span", {
										class: "block text-xs text-slate-500",
										children: `${r.refund.refundedAt ? formatDateTime(r.refund.refundedAt, "Asia/Kolkata") : ""}${r.refund.refundId ? ` · ${r.refund.refundId}` : ""}`
									})] }),
									paise: r.refund.amountPaise,
									testid: "receipt-refund",
									negative: true
								}),
								r.refund && jsx(Amount, {
									label: web_receipt_net(),
									paise: r.totalPaise - r.refund.amountPaise,
									testid: "receipt-net",
									strong: true
								})
							] })
						]
					})
				}),
				jsxs("footer", {
					class: "mt-10 grid gap-1 border-t border-slate-200 pt-6 text-xs text-slate-600",
					children: [
						jsx("p", {
							class: "font-semibold text-slate-800",
							children: r.issuer.name
						}),
						r.issuer.address.map((line) => jsx("p", { children: line }, line)),
						jsx("p", { children: r.issuer.email }),
						jsx("p", {
							class: "mt-2",
							children: web_receipt_computer_generated()
						})
					]
				})
			]
		})]
	});
}
function Page({ id }) {
	const [load, setLoad] = useState({ state: "loading" });
	useEffect(() => {
		if (!isId(id)) return setLoad({
			state: "missing",
			text: web_receipt_missing_link()
		});
		api.call("getReceipt", { params: { id } }).then(({ receipt }) => {
			document.title = `${web_receipt_page_title({ number: receipt.receiptNumber })} · Chikitsa360`;
			setLoad({
				state: "ready",
				r: receipt
			});
		}, (err) => setLoad(err instanceof ApiError && err.status === 404 ? {
			state: "missing",
			text: web_receipt_missing_unpaid()
		} : {
			state: "error",
			text: err instanceof ApiError ? err.message : problem_generic()
		}));
	}, []);
	return jsxs("div", {
		class: "receipt-screen container-page max-w-4xl py-8 sm:py-10",
		"aria-busy": load.state === "loading" ? "true" : "false",
		children: [jsxs("div", {
			class: "flex flex-col gap-4 sm:flex-row sm:items-center sm:justify-between print:hidden",
			children: [jsxs("a", {
				href: isId(id) ? appointmentHref(id) : "/appointments/",
				class: "inline-flex items-center gap-1.5 self-start rounded text-sm font-semibold text-brand-700 hover:text-brand-800",
				children: [
					jsx(Icon, {
						shape: arrowLeft,
						class: "size-4"
					}),
					" ",
					checkout_back()
				]
			}), load.state === "ready" && jsxs("div", {
				class: "flex flex-wrap gap-2",
				children: [jsxs("button", {
					type: "button",
					class: "btn-secondary",
					"data-testid": "print-receipt",
					onClick: () => window.print(),
					children: [
						jsx(Icon, {
							shape: printer,
							class: "size-4"
						}),
						" ",
						web_receipt_print()
					]
				}), jsxs("a", {
					href: api.url("getReceiptPdf", { params: { id } }),
					class: "btn-primary",
					"data-testid": "receipt-pdf",
					download: true,
					children: [
						jsx(Icon, {
							shape: download,
							class: "size-4"
						}),
						" ",
						checkout_download_pdf()
					]
				})]
			})]
		}), jsxs("div", {
			class: "mt-6 print:mt-0",
			"data-testid": "receipt-page",
			children: [load.state === "ready" && jsx(Document, { r: load.r }), (load.state === "missing" || load.state === "error") && jsx(EmptyState, {
				icon: receipt,
				title: web_receipt_missing_title(),
				text: load.text,
				link: isId(id) ? {
					href: appointmentHref(id),
					label: checkout_view_appointment(),
					primary: true
				} : {
					href: "/appointments/",
					label: nav_my_appointments(),
					primary: true
				},
				testid: "receipt-not-found"
			})]
		})]
	});
}
function ReceiptView() {
	return jsx(Protected, {
		roles: ["patient", "doctor"],
		children: () => jsx(Page, { id: (new URLSearchParams(window.location.search).get("id") ?? "").trim().toLowerCase() })
	});
}
// web/src/pages/receipts/view.astro
var view_exports = /* @__PURE__ */ __exportAll({
	default: () => $$View,
	file: () => $$file,
	url: () => $$url
});
var $$View = createComponent(($$result, $$props, $$slots) => {
	return renderTemplate`${renderComponent($$result, "Base", $$Base, {
		"title": receipt_heading(),
		"noindex": true
	}, { "default": ($$result) => renderTemplate`${renderComponent($$result, "Island", $$Island, {
		"name": "ReceiptView",
		"component": ReceiptView
	})}${renderScript($$result, "/work/wt-hindi/web/src/pages/receipts/view.astro?astro&type=script&index=0&lang.ts")}` })}`;
}, "/work/wt-hindi/web/src/pages/receipts/view.astro", void 0);
var $$file = "/work/wt-hindi/web/src/pages/receipts/view.astro";
var $$url = "/receipts/view";
// \0virtual:astro:page:src/pages/receipts/view@_@astro
var page = () => view_exports;
export { page };
