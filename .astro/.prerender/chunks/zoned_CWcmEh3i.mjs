// web/src/lib/zoned.ts
/**
* Calendar days and clock times in a given IANA zone: the viewer's own (the browser's) for patients,
* the doctor's for the availability page. Dates as YYYY-MM-DD strings are calendar days, never
* instants, so they are formatted at UTC noon where no zone can shift them to another day.
*/
/** Old names browsers still report (Chromium says "Asia/Calcutta"), with the names people use now. */
var CURRENT_NAMES = {
	"Asia/Calcutta": "Asia/Kolkata",
	"Asia/Katmandu": "Asia/Kathmandu",
	"Asia/Rangoon": "Asia/Yangon",
	"Asia/Saigon": "Asia/Ho_Chi_Minh",
	"Europe/Kiev": "Europe/Kyiv",
	"America/Buenos_Aires": "America/Argentina/Buenos_Aires"
};
/** The browser's IANA time zone, e.g. "Asia/Kolkata". */
function viewerZone() {
	try {
		const zone = Intl.DateTimeFormat().resolvedOptions().timeZone || "Asia/Kolkata";
		return CURRENT_NAMES[zone] ?? zone;
	} catch {
		return "Asia/Kolkata";
	}
}
/** True when two zone names are the same zone ("Asia/Kolkata" and "Asia/Calcutta" are). */
function sameZone(a, b) {
	if (a === b) return true;
	try {
		const canonical = (z) => new Intl.DateTimeFormat("en", { timeZone: z }).resolvedOptions().timeZone;
		return canonical(a) === canonical(b);
	} catch {
		return false;
	}
}
var ymdFormats = /* @__PURE__ */ new Map();
/** The calendar date (YYYY-MM-DD) of an instant in `zone`. */
function ymdIn(instant, zone) {
	let format = ymdFormats.get(zone);
	if (!format) {
		format = new Intl.DateTimeFormat("en-CA", {
			timeZone: zone,
			year: "numeric",
			month: "2-digit",
			day: "2-digit"
		});
		ymdFormats.set(zone, format);
	}
	const parts = format.formatToParts(typeof instant === "string" ? new Date(instant) : instant);
	const get = (type) => parts.find((p) => p.type === type)?.value ?? "";
	return `${get("year")}-${get("month")}-${get("day")}`;
}
var noonUtc = (ymd) => {
	const [y, m, d] = ymd.split("-").map(Number);
	return new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1, 12));
};
/** "2026-03-12" + 3 → "2026-03-15". */
function addDaysYmd(ymd, days) {
	const date = noonUtc(ymd);
	date.setUTCDate(date.getUTCDate() + days);
	return date.toISOString().slice(0, 10);
}
/** 0 = Sunday … 6 = Saturday, for a calendar date. */
var weekdayOf = (ymd) => noonUtc(ymd).getUTCDay();
/** A calendar date in words: "long" → "Thursday, 12 March"; "short" → "Thu, 12 Mar". */
function formatDay(ymd, style = "short") {
	return new Intl.DateTimeFormat("en-IN", {
		weekday: style,
		day: "numeric",
		month: style,
		timeZone: "UTC"
	}).format(noonUtc(ymd));
}
/** "Today", "Tomorrow" or the short weekday ("Thu") of `ymd`, seen from `today`. */
function relativeDayName(ymd, today) {
	if (ymd === today) return "Today";
	if (ymd === addDaysYmd(today, 1)) return "Tomorrow";
	return new Intl.DateTimeFormat("en-IN", {
		weekday: "short",
		timeZone: "UTC"
	}).format(noonUtc(ymd));
}
/** The clock time of an instant in `zone` (the viewer's by default), e.g. "10:30 am". */
function formatTime(iso, zone) {
	return new Intl.DateTimeFormat("en-IN", {
		hour: "numeric",
		minute: "2-digit",
		...zone ? { timeZone: zone } : {}
	}).format(new Date(iso));
}
/** The short name of a zone at an instant, e.g. "IST" or "GMT-4". */
function zoneAbbreviation(zone, at = /* @__PURE__ */ new Date()) {
	try {
		return new Intl.DateTimeFormat("en-IN", {
			timeZone: zone,
			timeZoneName: "short"
		}).formatToParts(typeof at === "string" ? new Date(at) : at).find((p) => p.type === "timeZoneName")?.value ?? zone;
	} catch {
		return zone;
	}
}
/** "10:30 am – 11:00 am IST": a slot or appointment's times in `zone` (the viewer's by default). */
function formatTimeRange(startIso, endIso, zone) {
	const z = zone ?? viewerZone();
	return `${formatTime(startIso, z)} – ${formatTime(endIso, z)} ${zoneAbbreviation(z, startIso)}`;
}
/** Whole minutes between two instants. */
var minutesBetween = (startIso, endIso) => Math.round((Date.parse(endIso) - Date.parse(startIso)) / 6e4);
/** Milliseconds → "14:05" (or "1:02:03" past an hour), never negative. */
function formatCountdown(ms) {
	const total = Math.max(0, Math.ceil(ms / 1e3));
	const h = Math.floor(total / 3600);
	const m = Math.floor(total % 3600 / 60);
	const s = total % 60;
	const mm = h ? String(m).padStart(2, "0") : String(m);
	return `${h ? `${h}:` : ""}${mm}:${String(s).padStart(2, "0")}`;
}
/** Milliseconds → "14 minutes" / "1 minute" / "less than a minute", for screen-reader announcements. */
function describeRemaining(ms) {
	const minutes = Math.floor(ms / 6e4);
	if (minutes < 1) return "less than a minute";
	return `${minutes} ${minutes === 1 ? "minute" : "minutes"}`;
}
/** "HH:mm" → minutes after midnight. */
var minutesOfDay = (hhmm) => {
	const [h, m] = hhmm.split(":").map(Number);
	return (h ?? 0) * 60 + (m ?? 0);
};
/** The wall-clock time "HH:mm" of an instant in `zone`. */
function hhmmIn(instant, zone) {
	const parts = new Intl.DateTimeFormat("en-GB", {
		timeZone: zone,
		hour: "2-digit",
		minute: "2-digit",
		hourCycle: "h23"
	}).formatToParts(instant);
	const get = (type) => parts.find((p) => p.type === type)?.value ?? "00";
	return `${get("hour")}:${get("minute")}`;
}
/** "Asia/Kolkata" → "India Standard Time (Asia/Kolkata)"; unknown zones are shown as given. */
function describeTimeZone(zone) {
	try {
		const name = new Intl.DateTimeFormat("en-IN", {
			timeZone: zone,
			timeZoneName: "long"
		}).formatToParts(/* @__PURE__ */ new Date()).find((p) => p.type === "timeZoneName")?.value;
		return name ? `${name} (${zone})` : zone;
	} catch {
		return zone;
	}
}
/** "Thursday, 12 March 2026" for an instant, in `zone`. */
var formatLongDate = (iso, zone) => new Intl.DateTimeFormat("en-IN", {
	weekday: "long",
	day: "numeric",
	month: "long",
	year: "numeric",
	timeZone: zone
}).format(new Date(iso));
export { zoneAbbreviation as _, formatDay as a, formatTimeRange as c, minutesOfDay as d, relativeDayName as f, ymdIn as g, weekdayOf as h, formatCountdown as i, hhmmIn as l, viewerZone as m, describeRemaining as n, formatLongDate as o, sameZone as p, describeTimeZone as r, formatTime as s, addDaysYmd as t, minutesBetween as u };
