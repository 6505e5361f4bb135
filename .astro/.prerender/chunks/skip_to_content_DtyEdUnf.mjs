import { $ as ASTRO_GENERATOR, J as UnavailableAstroGlobal, M as InvalidComponentArgs, X as AstroError, d as renderTemplate, f as maybeRenderHead, h as createRenderInstruction, m as addAttribute, x as unescapeHTML } from "./server_DkXzZEFQ.mjs";
import { jsx, jsxs } from "preact/jsx-runtime";
// \0rolldown/runtime.js
var __defProp = Object.defineProperty;
var __exportAll = (all, no_symbols) => {
	let target = {};
	for (var name in all) __defProp(target, name, {
		get: all[name],
		enumerable: true
	});
	if (!no_symbols) __defProp(target, Symbol.toStringTag, { value: "Module" });
	return target;
};
// node_modules/astro/dist/runtime/server/astro-component.js
function validateArgs(args) {
	if (args.length !== 3) return false;
	if (!args[0] || typeof args[0] !== "object") return false;
	return true;
}
function baseCreateComponent(cb, moduleId, propagation) {
	const name = moduleId?.split("/").pop()?.replace(".astro", "") ?? "";
	const fn = (...args) => {
		if (!validateArgs(args)) throw new AstroError({
			...InvalidComponentArgs,
			message: InvalidComponentArgs.message(name)
		});
		return cb(...args);
	};
	Object.defineProperty(fn, "name", {
		value: name,
		writable: false
	});
	fn.isAstroComponentFactory = true;
	fn.moduleId = moduleId;
	fn.propagation = propagation;
	return fn;
}
function createComponentWithOptions(opts) {
	return baseCreateComponent(opts.factory, opts.moduleId, opts.propagation);
}
function createComponent(arg1, moduleId, propagation) {
	if (typeof arg1 === "function") return baseCreateComponent(arg1, moduleId, propagation);
	else return createComponentWithOptions(arg1);
}
// node_modules/astro/dist/runtime/server/astro-global.js
function createError(name) {
	return new AstroError({
		...UnavailableAstroGlobal,
		message: UnavailableAstroGlobal.message(name)
	});
}
function createAstro(site) {
	return {
		get site() {
			console.warn(`Astro.site inside getStaticPaths is deprecated and will be removed in a future major version of Astro. Use import.meta.env.SITE instead`);
			return site ? new URL(site) : void 0;
		},
		get generator() {
			console.warn(`Astro.generator inside getStaticPaths is deprecated and will be removed in a future major version of Astro.`);
			return ASTRO_GENERATOR;
		},
		get callAction() {
			throw createError("callAction");
		},
		get clientAddress() {
			throw createError("clientAddress");
		},
		get cookies() {
			throw createError("cookies");
		},
		get csp() {
			throw createError("csp");
		},
		get currentLocale() {
			throw createError("currentLocale");
		},
		get getActionResult() {
			throw createError("getActionResult");
		},
		get isPrerendered() {
			throw createError("isPrerendered");
		},
		get locals() {
			throw createError("locals");
		},
		get originPathname() {
			throw createError("originPathname");
		},
		get params() {
			throw createError("params");
		},
		get preferredLocale() {
			throw createError("preferredLocale");
		},
		get preferredLocaleList() {
			throw createError("preferredLocaleList");
		},
		get props() {
			throw createError("props");
		},
		get redirect() {
			throw createError("redirect");
		},
		get request() {
			throw createError("request");
		},
		get response() {
			throw createError("response");
		},
		get rewrite() {
			throw createError("rewrite");
		},
		get routePattern() {
			throw createError("routePattern");
		},
		get self() {
			throw createError("self");
		},
		get slots() {
			throw createError("slots");
		},
		get url() {
			throw createError("url");
		},
		get session() {
			throw createError("session");
		},
		get cache() {
			throw createError("cache");
		},
		get logger() {
			throw createError("logger");
		}
	};
}
// node_modules/astro/dist/runtime/server/render/script.js
async function renderScript(result, id) {
	const inlined = result.inlinedScripts.get(id);
	let content = "";
	if (inlined != null) {
		if (inlined) content = `<script type="module">${inlined}<\/script>`;
	} else {
		const resolved = await result.resolve(id);
		content = `<script type="module" src="${result.userAssetsBase ? (result.base === "/" ? "" : result.base) + result.userAssetsBase : ""}${resolved}"><\/script>`;
	}
	return createRenderInstruction({
		type: "script",
		id,
		content
	});
}
// web/src/lib/icons/alert-circle.ts
var alertCircle = [
	["circle", {
		cx: "12",
		cy: "12",
		r: "10"
	}],
	["path", { d: "M12 8v4" }],
	["path", { d: "M12 16h.01" }]
];
// web/src/lib/icons/alert-triangle.ts
var alertTriangle = [
	["path", { d: "m21.73 18-8-14a2 2 0 0 0-3.48 0l-8 14A2 2 0 0 0 4 21h16a2 2 0 0 0 1.73-3" }],
	["path", { d: "M12 9v4" }],
	["path", { d: "M12 17h.01" }]
];
// web/src/lib/icons/apple.ts
var apple = [["path", { d: "M12 20.94c1.5 0 2.75 1.06 4 1.06 3 0 6-8 6-12.22A4.91 4.91 0 0 0 17 5c-2.22 0-4 1.44-5 2-1-.56-2.78-2-5-2a4.9 4.9 0 0 0-5 4.78C2 14 5 22 8 22c1.25 0 2.5-1.06 4-1.06Z" }], ["path", { d: "M10 2c1 .5 2 2 2 5" }]];
// web/src/lib/icons/arrow-left.ts
var arrowLeft = [["path", { d: "m12 19-7-7 7-7" }], ["path", { d: "M19 12H5" }]];
// web/src/lib/icons/arrow-right.ts
var arrowRight = [["path", { d: "M5 12h14" }], ["path", { d: "m12 5 7 7-7 7" }]];
// web/src/lib/icons/baby.ts
var baby = [
	["path", { d: "M9 12h.01" }],
	["path", { d: "M15 12h.01" }],
	["path", { d: "M10 16c.5.3 1.2.5 2 .5s1.5-.2 2-.5" }],
	["path", { d: "M19 6.3a9 9 0 0 1 1.8 3.9 2 2 0 0 1 0 3.6 9 9 0 0 1-17.6 0 2 2 0 0 1 0-3.6A9 9 0 0 1 12 3c2 0 3.5 1.1 3.5 2.5s-.9 2.5-2 2.5c-.8 0-1.5-.4-1.5-1" }]
];
// web/src/lib/icons/badge-check.ts
var badgeCheck = [["path", { d: "M3.85 8.62a4 4 0 0 1 4.78-4.77 4 4 0 0 1 6.74 0 4 4 0 0 1 4.78 4.78 4 4 0 0 1 0 6.74 4 4 0 0 1-4.77 4.78 4 4 0 0 1-6.75 0 4 4 0 0 1-4.78-4.77 4 4 0 0 1 0-6.76Z" }], ["path", { d: "m9 12 2 2 4-4" }]];
// web/src/lib/icons/bone.ts
var bone = [["path", { d: "M17 10c.7-.7 1.69 0 2.5 0a2.5 2.5 0 1 0 0-5 .5.5 0 0 1-.5-.5 2.5 2.5 0 1 0-5 0c0 .81.7 1.8 0 2.5l-7 7c-.7.7-1.69 0-2.5 0a2.5 2.5 0 0 0 0 5c.28 0 .5.22.5.5a2.5 2.5 0 1 0 5 0c0-.81-.7-1.8 0-2.5Z" }]];
// web/src/lib/icons/brain.ts
var brain = [
	["path", { d: "M12 5a3 3 0 1 0-5.997.125 4 4 0 0 0-2.526 5.77 4 4 0 0 0 .556 6.588A4 4 0 1 0 12 18Z" }],
	["path", { d: "M12 5a3 3 0 1 1 5.997.125 4 4 0 0 1 2.526 5.77 4 4 0 0 1-.556 6.588A4 4 0 1 1 12 18Z" }],
	["path", { d: "M15 13a4.5 4.5 0 0 1-3-4 4.5 4.5 0 0 1-3 4" }],
	["path", { d: "M17.599 6.5a3 3 0 0 0 .399-1.375" }],
	["path", { d: "M6.003 5.125A3 3 0 0 0 6.401 6.5" }],
	["path", { d: "M3.477 10.896a4 4 0 0 1 .585-.396" }],
	["path", { d: "M19.938 10.5a4 4 0 0 1 .585.396" }],
	["path", { d: "M6 18a4 4 0 0 1-1.967-.516" }],
	["path", { d: "M19.967 17.484A4 4 0 0 1 18 18" }]
];
// web/src/lib/icons/briefcase.ts
var briefcase = [["path", { d: "M16 20V4a2 2 0 0 0-2-2h-4a2 2 0 0 0-2 2v16" }], ["rect", {
	x: "2",
	y: "6",
	width: "20",
	height: "14",
	rx: "2"
}]];
// web/src/lib/icons/building.ts
var building = [
	["rect", {
		x: "4",
		y: "2",
		width: "16",
		height: "20",
		rx: "2"
	}],
	["path", { d: "M9 22v-4h6v4" }],
	["path", { d: "M8 6h.01" }],
	["path", { d: "M16 6h.01" }],
	["path", { d: "M12 6h.01" }],
	["path", { d: "M12 10h.01" }],
	["path", { d: "M12 14h.01" }],
	["path", { d: "M16 10h.01" }],
	["path", { d: "M16 14h.01" }],
	["path", { d: "M8 10h.01" }],
	["path", { d: "M8 14h.01" }]
];
// web/src/lib/icons/calendar.ts
var calendar = [
	["path", { d: "M8 2v4" }],
	["path", { d: "M16 2v4" }],
	["rect", {
		x: "3",
		y: "4",
		width: "18",
		height: "18",
		rx: "2"
	}],
	["path", { d: "M3 10h18" }]
];
// web/src/lib/icons/check.ts
var check = [["path", { d: "M20 6 9 17l-5-5" }]];
// web/src/lib/icons/check-check.ts
var checkCheck = [["path", { d: "M18 6 7 17l-5-5" }], ["path", { d: "m22 10-7.5 7.5L13 16" }]];
// web/src/lib/icons/check-circle.ts
var checkCircle = [["circle", {
	cx: "12",
	cy: "12",
	r: "10"
}], ["path", { d: "m9 12 2 2 4-4" }]];
// web/src/lib/icons/chevron-down.ts
var chevronDown = [["path", { d: "m6 9 6 6 6-6" }]];
// web/src/lib/icons/circle.ts
var circle = [["circle", {
	cx: "12",
	cy: "12",
	r: "9"
}]];
// web/src/lib/icons/clock.ts
var clock = [["circle", {
	cx: "12",
	cy: "12",
	r: "10"
}], ["path", { d: "M12 6v6l4 2" }]];
// web/src/lib/icons/copy.ts
var copy = [["rect", {
	x: "8",
	y: "8",
	width: "14",
	height: "14",
	rx: "2"
}], ["path", { d: "M4 16c-1.1 0-2-.9-2-2V4c0-1.1.9-2 2-2h10c1.1 0 2 .9 2 2" }]];
// web/src/lib/icons/credit-card.ts
var creditCard = [["rect", {
	x: "2",
	y: "5",
	width: "20",
	height: "14",
	rx: "2"
}], ["path", { d: "M2 10h20" }]];
// web/src/lib/icons/download.ts
var download = [
	["path", { d: "M21 15v4a2 2 0 0 1-2 2H5a2 2 0 0 1-2-2v-4" }],
	["path", { d: "m7 10 5 5 5-5" }],
	["path", { d: "M12 15V3" }]
];
// web/src/lib/icons/eye.ts
var eye = [["path", { d: "M2.062 12.348a1 1 0 0 1 0-.696 10.75 10.75 0 0 1 19.876 0 1 1 0 0 1 0 .696 10.75 10.75 0 0 1-19.876 0" }], ["circle", {
	cx: "12",
	cy: "12",
	r: "3"
}]];
// web/src/lib/icons/eye-off.ts
var eyeOff = [
	["path", { d: "M10.733 5.076a10.744 10.744 0 0 1 11.205 6.575 1 1 0 0 1 0 .696 10.747 10.747 0 0 1-1.444 2.49" }],
	["path", { d: "M14.084 14.158a3 3 0 0 1-4.242-4.242" }],
	["path", { d: "M17.479 17.499a10.75 10.75 0 0 1-15.417-5.151 1 1 0 0 1 0-.696 10.75 10.75 0 0 1 4.446-5.143" }],
	["path", { d: "m2 2 20 20" }]
];
// web/src/lib/icons/file-text.ts
var fileText = [
	["path", { d: "M15 2H6a2 2 0 0 0-2 2v16a2 2 0 0 0 2 2h12a2 2 0 0 0 2-2V7Z" }],
	["path", { d: "M14 2v4a2 2 0 0 0 2 2h4" }],
	["path", { d: "M10 9H8" }],
	["path", { d: "M16 13H8" }],
	["path", { d: "M16 17H8" }]
];
// web/src/lib/icons/heart.ts
var heart = [["path", { d: "M19 14c1.49-1.46 3-3.21 3-5.5A5.5 5.5 0 0 0 16.5 3c-1.76 0-3 .5-4.5 2-1.5-1.5-2.74-2-4.5-2A5.5 5.5 0 0 0 2 8.5c0 2.3 1.5 4.05 3 5.5l7 7Z" }]];
// web/src/lib/icons/hourglass.ts
var hourglass = [
	["path", { d: "M5 22h14" }],
	["path", { d: "M5 2h14" }],
	["path", { d: "M17 22v-4.172a2 2 0 0 0-.586-1.414L12 12l-4.414 4.414A2 2 0 0 0 7 17.828V22" }],
	["path", { d: "M7 2v4.172a2 2 0 0 0 .586 1.414L12 12l4.414-4.414A2 2 0 0 0 17 6.172V2" }]
];
// web/src/lib/icons/inbox.ts
var inbox = [["path", { d: "M22 12h-6l-2 3h-4l-2-3H2" }], ["path", { d: "M5.45 5.11 2 12v6a2 2 0 0 0 2 2h16a2 2 0 0 0 2-2v-6l-3.45-6.89A2 2 0 0 0 16.76 4H7.24a2 2 0 0 0-1.79 1.11z" }]];
// web/src/lib/icons/indian-rupee.ts
var indianRupee = [
	["path", { d: "M6 3h12" }],
	["path", { d: "M6 8h12" }],
	["path", { d: "m6 13 8.5 8" }],
	["path", { d: "M6 13h3" }],
	["path", { d: "M9 13c6.667 0 6.667-10 0-10" }]
];
// web/src/lib/icons/languages.ts
var languages = [
	["path", { d: "m5 8 6 6" }],
	["path", { d: "m4 14 6-6 2-3" }],
	["path", { d: "M2 5h12" }],
	["path", { d: "M7 2h1" }],
	["path", { d: "m22 22-5-10-5 10" }],
	["path", { d: "M14 18h6" }]
];
// web/src/lib/icons/layout-dashboard.ts
var layoutDashboard = [
	["rect", {
		x: "3",
		y: "3",
		width: "7",
		height: "9",
		rx: "1"
	}],
	["rect", {
		x: "14",
		y: "3",
		width: "7",
		height: "5",
		rx: "1"
	}],
	["rect", {
		x: "14",
		y: "12",
		width: "7",
		height: "9",
		rx: "1"
	}],
	["rect", {
		x: "3",
		y: "16",
		width: "7",
		height: "5",
		rx: "1"
	}]
];
// web/src/lib/icons/lock.ts
var lock = [["rect", {
	x: "3",
	y: "11",
	width: "18",
	height: "11",
	rx: "2"
}], ["path", { d: "M7 11V7a5 5 0 0 1 10 0v4" }]];
// web/src/lib/icons/log-in.ts
var logIn = [
	["path", { d: "M15 3h4a2 2 0 0 1 2 2v14a2 2 0 0 1-2 2h-4" }],
	["path", { d: "m10 17 5-5-5-5" }],
	["path", { d: "M15 12H3" }]
];
// web/src/lib/icons/log-out.ts
var logOut = [
	["path", { d: "m16 17 5-5-5-5" }],
	["path", { d: "M21 12H9" }],
	["path", { d: "M9 21H5a2 2 0 0 1-2-2V5a2 2 0 0 1 2-2h4" }]
];
// web/src/lib/icons/mail.ts
var mail = [["rect", {
	x: "2",
	y: "4",
	width: "20",
	height: "16",
	rx: "2"
}], ["path", { d: "m22 7-8.97 5.7a1.94 1.94 0 0 1-2.06 0L2 7" }]];
// web/src/lib/icons/map-pin.ts
var mapPin = [["path", { d: "M20 10c0 4.993-5.539 10.193-7.399 11.799a1 1 0 0 1-1.202 0C9.539 20.193 4 14.993 4 10a8 8 0 0 1 16 0" }], ["circle", {
	cx: "12",
	cy: "10",
	r: "3"
}]];
// web/src/lib/icons/menu.ts
var menu = [
	["path", { d: "M4 6h16" }],
	["path", { d: "M4 12h16" }],
	["path", { d: "M4 18h16" }]
];
// web/src/lib/icons/message-square.ts
var messageSquare = [["path", { d: "M21 15a2 2 0 0 1-2 2H7l-4 4V5a2 2 0 0 1 2-2h14a2 2 0 0 1 2 2z" }]];
// web/src/lib/icons/mic.ts
var mic = [
	["path", { d: "M12 2a3 3 0 0 0-3 3v7a3 3 0 0 0 6 0V5a3 3 0 0 0-3-3Z" }],
	["path", { d: "M19 10v2a7 7 0 0 1-14 0v-2" }],
	["path", { d: "M12 19v3" }]
];
// web/src/lib/icons/mic-off.ts
var micOff = [
	["path", { d: "m2 2 20 20" }],
	["path", { d: "M18.89 13.23A7.12 7.12 0 0 0 19 12v-2" }],
	["path", { d: "M5 10v2a7 7 0 0 0 12 5" }],
	["path", { d: "M15 9.34V5a3 3 0 0 0-5.68-1.33" }],
	["path", { d: "M9 9v3a3 3 0 0 0 5.12 2.12" }],
	["path", { d: "M12 19v3" }]
];
// web/src/lib/icons/pencil.ts
var pencil = [["path", { d: "M21.174 6.812a1 1 0 0 0-3.986-3.987L3.842 16.174a2 2 0 0 0-.5.83l-1.321 4.352a.5.5 0 0 0 .623.622l4.353-1.32a2 2 0 0 0 .83-.497z" }], ["path", { d: "m15 5 4 4" }]];
// web/src/lib/icons/phone.ts
var phone = [["path", { d: "M22 16.92v3a2 2 0 0 1-2.18 2 19.79 19.79 0 0 1-8.63-3.07 19.5 19.5 0 0 1-6-6 19.79 19.79 0 0 1-3.07-8.67A2 2 0 0 1 4.11 2h3a2 2 0 0 1 2 1.72 12.84 12.84 0 0 0 .7 2.81 2 2 0 0 1-.45 2.11L8.09 9.91a16 16 0 0 0 6 6l1.27-1.27a2 2 0 0 1 2.11-.45 12.84 12.84 0 0 0 2.81.7A2 2 0 0 1 22 16.92z" }]];
// web/src/lib/icons/phone-off.ts
var phoneOff = [["path", { d: "M10.68 13.31a16 16 0 0 0 3.41 2.6l1.27-1.27a2 2 0 0 1 2.11-.45 12.84 12.84 0 0 0 2.81.7 2 2 0 0 1 1.72 2v3a2 2 0 0 1-2.18 2 19.79 19.79 0 0 1-8.63-3.07 19.42 19.42 0 0 1-3.33-2.67m-2.67-3.34a19.79 19.79 0 0 1-3.07-8.63A2 2 0 0 1 4.11 2h3a2 2 0 0 1 2 1.72 12.84 12.84 0 0 0 .7 2.81 2 2 0 0 1-.45 2.11L8.09 9.91" }], ["path", { d: "M22 2 2 22" }]];
// web/src/lib/icons/pill.ts
var pill = [["path", { d: "m10.5 20.5 10-10a4.95 4.95 0 1 0-7-7l-10 10a4.95 4.95 0 1 0 7 7Z" }], ["path", { d: "m8.5 8.5 7 7" }]];
// web/src/lib/icons/plus.ts
var plus = [["path", { d: "M5 12h14" }], ["path", { d: "M12 5v14" }]];
// web/src/lib/icons/printer.ts
var printer = [
	["path", { d: "M6 18H4a2 2 0 0 1-2-2v-5a2 2 0 0 1 2-2h16a2 2 0 0 1 2 2v5a2 2 0 0 1-2 2h-2" }],
	["path", { d: "M6 9V3a1 1 0 0 1 1-1h10a1 1 0 0 1 1 1v6" }],
	["rect", {
		x: "6",
		y: "14",
		width: "12",
		height: "8",
		rx: "1"
	}]
];
// web/src/lib/icons/quote.ts
var quote = [["path", { d: "M16 3a2 2 0 0 0-2 2v6a2 2 0 0 0 2 2 1 1 0 0 1 1 1v1a2 2 0 0 1-2 2 1 1 0 0 0-1 1v2a1 1 0 0 0 1 1 6 6 0 0 0 6-6V5a2 2 0 0 0-2-2z" }], ["path", { d: "M5 3a2 2 0 0 0-2 2v6a2 2 0 0 0 2 2 1 1 0 0 1 1 1v1a2 2 0 0 1-2 2 1 1 0 0 0-1 1v2a1 1 0 0 0 1 1 6 6 0 0 0 6-6V5a2 2 0 0 0-2-2z" }]];
// web/src/lib/icons/receipt.ts
var receipt = [
	["path", { d: "M4 2v20l2-1 2 1 2-1 2 1 2-1 2 1 2-1 2 1V2l-2 1-2-1-2 1-2-1-2 1-2-1-2 1Z" }],
	["path", { d: "M16 8h-6a2 2 0 1 0 0 4h4a2 2 0 1 1 0 4H8" }],
	["path", { d: "M12 17.5v-11" }]
];
// web/src/lib/icons/refresh-cw.ts
var refreshCw = [
	["path", { d: "M3 12a9 9 0 0 1 9-9 9.75 9.75 0 0 1 6.74 2.74L21 8" }],
	["path", { d: "M21 3v5h-5" }],
	["path", { d: "M21 12a9 9 0 0 1-9 9 9.75 9.75 0 0 1-6.74-2.74L3 16" }],
	["path", { d: "M8 16H3v5" }]
];
// web/src/lib/icons/search.ts
var search = [["circle", {
	cx: "11",
	cy: "11",
	r: "8"
}], ["path", { d: "m21 21-4.3-4.3" }]];
// web/src/lib/icons/send.ts
var send = [["path", { d: "M14.536 21.686a.5.5 0 0 0 .937-.024l6.5-19a.496.496 0 0 0-.635-.635l-19 6.5a.5.5 0 0 0-.024.937l7.93 3.18a2 2 0 0 1 1.112 1.11z" }], ["path", { d: "m21.854 2.147-10.94 10.939" }]];
// web/src/lib/icons/shield.ts
var shield = [["path", { d: "M20 13c0 5-3.5 7.5-7.66 8.95a1 1 0 0 1-.67-.01C7.5 20.5 4 18 4 13V6a1 1 0 0 1 1-1c2 0 4.5-1.2 6.24-2.72a1.17 1.17 0 0 1 1.52 0C14.51 3.81 17 5 19 5a1 1 0 0 1 1 1z" }]];
// web/src/lib/icons/shield-check.ts
var shieldCheck = [["path", { d: "M20 13c0 5-3.5 7.5-7.66 8.95a1 1 0 0 1-.67-.01C7.5 20.5 4 18 4 13V6a1 1 0 0 1 1-1c2 0 4.5-1.2 6.24-2.72a1.17 1.17 0 0 1 1.52 0C14.51 3.81 17 5 19 5a1 1 0 0 1 1 1z" }], ["path", { d: "m9 12 2 2 4-4" }]];
// web/src/lib/icons/star.ts
var star = [["path", { d: "M11.525 2.295a.53.53 0 0 1 .95 0l2.31 4.679a2.123 2.123 0 0 0 1.595 1.16l5.166.756a.53.53 0 0 1 .294.904l-3.736 3.638a2.123 2.123 0 0 0-.611 1.878l.882 5.14a.53.53 0 0 1-.771.56l-4.618-2.428a2.122 2.122 0 0 0-1.973 0L6.396 21.01a.53.53 0 0 1-.77-.56l.881-5.139a2.122 2.122 0 0 0-.611-1.879L2.16 9.795a.53.53 0 0 1 .294-.906l5.165-.755a2.122 2.122 0 0 0 1.597-1.16z" }]];
// web/src/lib/icons/stethoscope.ts
var stethoscope = [
	["path", { d: "M11 2v2" }],
	["path", { d: "M5 2v2" }],
	["path", { d: "M5 3H4a2 2 0 0 0-2 2v4a6 6 0 0 0 12 0V5a2 2 0 0 0-2-2h-1" }],
	["path", { d: "M8 15a6 6 0 0 0 12 0v-3" }],
	["circle", {
		cx: "20",
		cy: "10",
		r: "2"
	}]
];
// web/src/lib/icons/trash.ts
var trash = [
	["path", { d: "M3 6h18" }],
	["path", { d: "M19 6v14c0 1-1 2-2 2H7c-1 0-2-1-2-2V6" }],
	["path", { d: "M8 6V4c0-1 1-2 2-2h4c1 0 2 1 2 2v2" }]
];
// web/src/lib/icons/user.ts
var user = [["path", { d: "M19 21v-2a4 4 0 0 0-4-4H9a4 4 0 0 0-4 4v2" }], ["circle", {
	cx: "12",
	cy: "7",
	r: "4"
}]];
// web/src/lib/icons/user-search.ts
var userSearch = [
	["circle", {
		cx: "10",
		cy: "7",
		r: "4"
	}],
	["path", { d: "M10.3 15H7a4 4 0 0 0-4 4v2" }],
	["circle", {
		cx: "17",
		cy: "17",
		r: "3"
	}],
	["path", { d: "m21 21-1.9-1.9" }]
];
// web/src/lib/icons/video.ts
var video = [["path", { d: "m16 13 5.223 3.482a.5.5 0 0 0 .777-.416V7.87a.5.5 0 0 0-.752-.432L16 10.5" }], ["rect", {
	x: "2",
	y: "6",
	width: "14",
	height: "12",
	rx: "2"
}]];
// web/src/lib/icons/video-off.ts
var videoOff = [
	["path", { d: "M10.66 6H14a2 2 0 0 1 2 2v2.5l5.248-3.062A.5.5 0 0 1 22 7.87v8.196" }],
	["path", { d: "M16 16a2 2 0 0 1-2 2H4a2 2 0 0 1-2-2V8a2 2 0 0 1 2-2h2" }],
	["path", { d: "m2 2 20 20" }]
];
// web/src/lib/icons/wifi-off.ts
var wifiOff = [
	["path", { d: "M12 20h.01" }],
	["path", { d: "M8.5 16.429a5 5 0 0 1 7 0" }],
	["path", { d: "M5 12.859a10 10 0 0 1 5.17-2.69" }],
	["path", { d: "M19 12.859a10 10 0 0 0-2.007-1.523" }],
	["path", { d: "M2 8.82a15 15 0 0 1 4.177-2.643" }],
	["path", { d: "M22 8.82a15 15 0 0 0-11.288-3.764" }],
	["path", { d: "m2 2 20 20" }]
];
// web/src/lib/icons/x.ts
var x = [["path", { d: "M18 6 6 18" }], ["path", { d: "m6 6 12 12" }]];
// web/src/lib/icons/x-circle.ts
var xCircle = [
	["circle", {
		cx: "12",
		cy: "12",
		r: "10"
	}],
	["path", { d: "m15 9-6 6" }],
	["path", { d: "m9 9 6 6" }]
];
// web/src/lib/icons/service.ts
/** The icons a Service can name (the `icon` field of /api/home services), by that name. */
var serviceIcons = {
	stethoscope,
	video,
	calendar,
	pill,
	heart,
	baby,
	brain,
	"file-text": fileText,
	shield,
	bone,
	eye,
	apple
};
/** A service's icon by the name the API gives; an unknown name (added in the admin first) is a stethoscope. */
var serviceIcon = (name) => Object.hasOwn(serviceIcons, name) ? serviceIcons[name] : stethoscope;
// web/src/lib/icons.ts
/**
* The one source of the site's icons (24×24, stroked, in the style of Lucide, ISC licence).
* Icon.astro renders them at build time; `iconSvg()` builds the same SVG in the browser for
* content that arrives from the API. Each icon is a list of SVG child elements.
*/
var uiIcons = {
	search,
	"shield-check": shieldCheck,
	"badge-check": badgeCheck,
	lock,
	receipt,
	mail,
	star,
	menu,
	x,
	"arrow-right": arrowRight,
	languages,
	briefcase,
	building,
	phone,
	"alert-circle": alertCircle,
	"refresh-cw": refreshCw,
	inbox,
	quote,
	"map-pin": mapPin,
	"user-search": userSearch,
	"credit-card": creditCard,
	clock,
	check,
	circle,
	"check-circle": checkCircle,
	"x-circle": xCircle,
	"alert-triangle": alertTriangle,
	hourglass,
	"eye-off": eyeOff,
	"chevron-down": chevronDown,
	user,
	"log-in": logIn,
	"log-out": logOut,
	"layout-dashboard": layoutDashboard,
	pencil,
	"indian-rupee": indianRupee,
	"arrow-left": arrowLeft,
	download,
	copy,
	printer,
	trash,
	plus,
	mic,
	"mic-off": micOff,
	"video-off": videoOff,
	"phone-off": phoneOff,
	send,
	"message-square": messageSquare,
	"check-check": checkCheck,
	"wifi-off": wifiOff
};
var icons = {
	...serviceIcons,
	...uiIcons
};
var isIconName = (name) => Object.hasOwn(icons, name);
/** Unknown names (new icons added in the admin before the site knows them) fall back to a stethoscope. */
var shapesFor = (name) => isIconName(name) ? icons[name] : stethoscope;
var SVG_ATTRS = {
	xmlns: "http://www.w3.org/2000/svg",
	viewBox: "0 0 24 24",
	fill: "none",
	stroke: "currentColor",
	"stroke-width": "1.75",
	"stroke-linecap": "round",
	"stroke-linejoin": "round",
	"aria-hidden": "true",
	focusable: "false"
};
var escapeAttr = (v) => v.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");
/** Build-time markup of an icon's children, for Icon.astro. The shapes are constants, never data. */
function iconInnerMarkup(name) {
	return shapesFor(name).map(([tag, attrs]) => {
		return `<${tag} ${Object.entries(attrs).map(([k, v]) => `${k}="${escapeAttr(v)}"`).join(" ")}/>`;
	}).join("");
}
var svgAttributes = SVG_ATTRS;
var $$Icon = createComponent(($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$Icon;
	const { name, class: className = "size-5", label } = Astro.props;
	const { xmlns, viewBox, fill, stroke, focusable } = svgAttributes;
	return renderTemplate`${maybeRenderHead($$result)}<svg${addAttribute(xmlns, "xmlns")}${addAttribute(viewBox, "viewBox")}${addAttribute(fill, "fill")}${addAttribute(stroke, "stroke")}${addAttribute(svgAttributes["stroke-width"], "stroke-width")}${addAttribute(svgAttributes["stroke-linecap"], "stroke-linecap")}${addAttribute(svgAttributes["stroke-linejoin"], "stroke-linejoin")}${addAttribute(focusable, "focusable")}${addAttribute(className, "class")}${addAttribute(label ? void 0 : "true", "aria-hidden")}${addAttribute(label ? "img" : void 0, "role")}${addAttribute(label, "aria-label")}>${unescapeHTML(iconInnerMarkup(name))}</svg>`;
}, "/work/wt-hindi/web/src/components/Icon.astro", void 0);
// web/src/components/Logo.tsx
/** The Chikitsa360 mark: a near-full circle (care all round) with a medical cross, plus the word mark. */
function Logo({ tone = "dark", class: cls = "" }) {
	const dark = tone === "dark";
	return jsxs("span", {
		class: `inline-flex items-center gap-2.5 ${cls}`.trim(),
		children: [jsxs("svg", {
			viewBox: "0 0 32 32",
			class: "size-9 shrink-0",
			"aria-hidden": "true",
			focusable: "false",
			children: [
				jsx("rect", {
					width: "32",
					height: "32",
					rx: "9",
					fill: dark ? "#0f6e66" : "#ffffff"
				}),
				jsx("path", {
					d: "M16 6.5a9.5 9.5 0 1 0 9.2 11.9",
					fill: "none",
					stroke: dark ? "#ffffff" : "#0f6e66",
					"stroke-width": "2.6",
					"stroke-linecap": "round"
				}),
				jsx("path", {
					d: "M25.6 12.9a9.6 9.6 0 0 0-1.5-2.9",
					fill: "none",
					stroke: "#f59e0b",
					"stroke-width": "2.6",
					"stroke-linecap": "round"
				}),
				jsx("path", {
					d: "M16 11.5v9M11.5 16h9",
					stroke: dark ? "#ffffff" : "#0f6e66",
					"stroke-width": "2.8",
					"stroke-linecap": "round"
				})
			]
		}), jsxs("span", {
			class: `text-xl font-bold tracking-tight ${dark ? "text-slate-900" : "text-white"}`,
			children: ["Chikitsa", jsx("span", {
				class: dark ? "text-brand-700" : "text-brand-200",
				children: "360"
			})]
		})]
	});
}
// web/src/paraglide/runtime.js
/**
* The project's locales that have been specified in the settings.
*
* @example
*   if (locales.includes(userSelectedLocale) === false) {
*     throw new Error('Locale is not available');
*   }
*/
var locales = ["en", "hi"];
/** @type {string} */
var cookieName = "PARAGLIDE_LOCALE";
/** @type {any} */
globalThis.__paraglide = globalThis.__paraglide ?? {};
/** @type {any} */
globalThis.__paraglide.ssr = globalThis.__paraglide.ssr ?? {};
/**
* Get the current locale.
*
* The locale is resolved using your configured strategies (URL, cookie, localStorage, etc.)
* in the order they are defined. In SSR contexts, the locale is retrieved from AsyncLocalStorage
* which is set by the `paraglideMiddleware()`.
*
* @see https://paraglidejs.com/strategy - Configure locale detection strategies
*
* @example
*   if (getLocale() === 'de') {
*     console.log('Germany 🇩🇪');
*   } else if (getLocale() === 'nl') {
*     console.log('Netherlands 🇳🇱');
*   }
*
* @returns {Locale} The current locale.
*/
var getLocale = () => {
	return "en";
};
var cookieNamePattern = cookieName.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
new RegExp(`(?:^|;\\s*)${cookieNamePattern}=([^;]*)`);
/**
* A locale that is available in the project.
*
* @example
*   setLocale(request.locale as Locale)
*
* @typedef {typeof locales[number]} Locale
*/
/**
* A branded type representing a localized string.
*
* Message functions return this type instead of \`string\`, enabling TypeScript
* to distinguish translated strings from regular strings at compile time.
* This allows you to enforce that only properly localized content is used
* in your UI components.
*
* Since \`LocalizedString\` is a branded subtype of \`string\`, it remains fully
* backward compatible—you can pass it anywhere a \`string\` is expected.
*
* @example
*   // Enforce localized strings in your components
*   function PageTitle(props: { title: LocalizedString }) {
*     return <h1>{props.title}</h1>
*   }
*
*   // ✅ Correct: using a message function
*   <PageTitle title={m.welcome_title()} />
*
*   // ❌ Type error: raw strings are not LocalizedString
*   <PageTitle title="Welcome" />
*
* @example
*   // LocalizedString is assignable to string (backward compatible)
*   const localized: LocalizedString = m.greeting()
*   const str: string = localized  // ✅ works fine
*
*   // But string is not assignable to LocalizedString
*   const raw: LocalizedString = "Hello"  // ❌ Type error
*
* @example
*   // Catches accidental string concatenation
*   function showMessage(msg: LocalizedString) { ... }
*
*   showMessage(m.hello())                    // ✅
*   showMessage("Hello " + userName)          // ❌ Type error
*   showMessage(m.hello_user({ name: userName }))  // ✅ use params instead
*
* @typedef {string & { readonly __brand: 'LocalizedString' }} LocalizedString
*/
/**
* A single markup option passed to a tag instance.
*
* @typedef {{
*   name: string;
*   value: unknown;
* }} MessageMarkupOption
*/
/**
* A single static markup attribute attached to a tag instance.
*
* @typedef {{
*   name: string;
*   value: string | true;
* }} MessageMarkupAttribute
*/
/**
* Record of markup options for a tag instance.
*
* @typedef {Record<string, unknown>} MessageMarkupOptions
*/
/**
* Record of markup attributes for a tag instance.
*
* @typedef {Record<string, string | true>} MessageMarkupAttributes
*/
/**
* Type-level schema for a single markup tag.
*
* @typedef {{
*   options: MessageMarkupOptions;
*   attributes: MessageMarkupAttributes;
*   children: boolean;
* }} MessageMarkupTag
*/
/**
* Type-level schema for all markup tags in a message.
*
* @typedef {Record<string, MessageMarkupTag>} MessageMarkupSchema
*/
/**
* Type-only metadata attached to compiled message functions.
*
* @template Inputs
* @template Options
* @template {MessageMarkupSchema} [Markup = MessageMarkupSchema]
* @typedef {{
*   readonly __paraglide?: {
*     inputs: Inputs;
*     options: Options;
*     markup: Markup;
*   };
* }} MessageMetadata
*/
/**
* A compiled, framework-neutral message part.
*
* @typedef {{
*   type: "text";
*   value: string;
* } | {
*   type: "markup-start";
*   name: string;
*   options: MessageMarkupOptions;
*   attributes: MessageMarkupAttributes;
* } | {
*   type: "markup-end";
*   name: string;
*   options: MessageMarkupOptions;
*   attributes: MessageMarkupAttributes;
* } | {
*   type: "markup-standalone";
*   name: string;
*   options: MessageMarkupOptions;
*   attributes: MessageMarkupAttributes;
* }} MessagePart
*/
/**
* A message function is a message for a specific locale.
*
* @example
*   m.hello({ name: 'world' })
*
* @typedef {(inputs?: Record<string, never>) => LocalizedString} MessageFunction
*/
/**
* A message bundle function that selects the message to be returned.
*
* Uses `getLocale()` under the hood to determine the locale with an option.
*
* @template {string} T
*
* @example
*   *   m.hello({ name: 'world' }, { locale: "en" })
*
* @typedef {(params: Record<string, never>, options: { locale: T }) => LocalizedString} MessageBundleFunction
*/
// web/src/lib/links.ts
/**
* Every internal link and navigation goes through pageHref, so a reader stays in their language: the
* English pages are at /…, every other language's at /<code>/… (the same pages, built per language:
* web/astro.config.mjs). Written without Preact: the room's script uses these too.
*/
/** The site path of a page in a language: ('/doctors/', 'hi') → '/hi/doctors/'. */
var pageHref = (path, locale = getLocale()) => locale === "en" ? path : `/${locale}${path}`;
/** The page's `<html lang>`: English pages are Indian English, the others their language's code. */
var htmlLang = (locale = getLocale()) => locale === "en" ? "en-IN" : locale;
/** A page's path without its language: '/hi/doctors/' → '/doctors/', '/hi' → '/'. */
function unlocalizedPath(pathname) {
	for (const locale of locales) {
		if (locale === "en") continue;
		if (pathname === `/${locale}`) return "/";
		if (pathname.startsWith(`/${locale}/`)) return pathname.slice(locale.length + 1);
	}
	return pathname;
}
/** The site's links to one appointment's pages. */
var appointmentHref = (id) => pageHref(`/appointments/view/?id=${encodeURIComponent(id)}`);
var payHref = (id) => pageHref(`/appointments/pay/?id=${encodeURIComponent(id)}`);
var roomHref = (id) => pageHref(`/room/?id=${encodeURIComponent(id)}`);
// web/src/paraglide/messages/header_dashboard.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Header_DashboardInputs */
var en_header_dashboard = () => {
	return `Dashboard`;
};
/**

* @param {Header_DashboardInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var header_dashboard = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_header_dashboard(inputs);
};
// web/src/paraglide/messages/site_home.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Site_HomeInputs */
var en_site_home = () => {
	return `Chikitsa360 home`;
};
/**

* @param {Site_HomeInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var site_home = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_site_home(inputs);
};
// web/src/paraglide/messages/skip_to_content.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Skip_To_ContentInputs */
var en_skip_to_content = () => {
	return `Skip to content`;
};
/**

* @param {Skip_To_ContentInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var skip_to_content = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_skip_to_content(inputs);
};
export { clock as $, printer as A, lock as B, stethoscope as C, refreshCw as D, search as E, messageSquare as F, hourglass as G, languages as H, menu as I, eyeOff as J, heart as K, mail as L, phone as M, pencil as N, receipt as O, mic as P, copy as Q, logOut as R, trash as S, shieldCheck as T, indianRupee as U, layoutDashboard as V, inbox as W, download as X, eye as Y, creditCard as Z, xCircle as _, htmlLang as a, building as at, userSearch as b, roomHref as c, arrowRight as ct, locales as d, alertCircle as dt, circle as et, Logo as f, renderScript as ft, serviceIcons as g, serviceIcon as h, __exportAll as ht, appointmentHref as i, calendar as it, plus as j, quote as k, unlocalizedPath as l, arrowLeft as lt, shapesFor as m, createComponent as mt, site_home as n, checkCircle as nt, pageHref as o, briefcase as ot, $$Icon as p, createAstro as pt, fileText as q, header_dashboard as r, check as rt, payHref as s, badgeCheck as st, skip_to_content as t, chevronDown as tt, getLocale as u, alertTriangle as ut, x as v, star as w, user as x, video as y, logIn as z };
