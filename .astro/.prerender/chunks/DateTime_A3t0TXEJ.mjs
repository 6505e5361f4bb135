import { C as formatDateTime } from "./Base_BSFoRxR2.mjs";
import { a as formatDay, c as formatTimeRange, g as ymdIn, s as formatTime } from "./zoned_CWcmEh3i.mjs";
import { jsx } from "preact/jsx-runtime";
// web/src/components/DateTime.tsx
/**
* An instant as a `<time>`, in the viewer's own zone unless `zone` is given. Render it in islands
* only (after data arrives): at build time there is no viewer and so no zone.
*/
function formatInstant({ iso, zone, format = "datetime", end }) {
	const z = zone ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
	if (format === "date") return new Intl.DateTimeFormat("en-IN", {
		day: "numeric",
		month: "long",
		year: "numeric",
		timeZone: z
	}).format(new Date(iso));
	if (format === "day") return formatDay(ymdIn(iso, z), "long");
	if (format === "time") return formatTime(iso, z);
	if (format === "range" && end) return formatTimeRange(iso, end, z);
	return formatDateTime(iso, zone);
}
function DateTime({ testid, class: cls, ...props }) {
	return jsx("time", {
		dateTime: props.iso,
		class: cls,
		"data-testid": testid,
		children: formatInstant(props)
	});
}
export { formatInstant as n, DateTime as t };
