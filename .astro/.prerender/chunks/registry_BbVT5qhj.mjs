// web/src/paraglide/registry.js
/**
* @typedef {"year" | "years" | "quarter" | "quarters" | "month" | "months" | "week" | "weeks" | "day" | "days" | "hour" | "hours" | "minute" | "minutes" | "second" | "seconds"} RelativeTimeFormatUnit
*/
/**
* @param {import("./runtime.js").Locale} locale
* @param {unknown} input
* @param {Intl.PluralRulesOptions} [options]
* @returns {string}
*/
function plural(locale, input, options) {
	return new Intl.PluralRules(locale, options).select(Number(input));
}
export { plural as t };
