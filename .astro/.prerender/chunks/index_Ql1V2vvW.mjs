import { a as htmlLang, f as Logo, ft as renderScript, ht as __exportAll, mt as createComponent, n as site_home, o as pageHref, p as $$Icon, pt as createAstro, r as header_dashboard, t as skip_to_content } from "./skip_to_content_DtyEdUnf.mjs";
import { a as renderComponent, c as renderSlot, d as renderTemplate, f as maybeRenderHead, m as addAttribute, p as renderHead } from "./server_DkXzZEFQ.mjs";
// web/src/components/ProtectedPage.astro
createAstro("https://astro.build");
var $$ProtectedPage = createComponent(($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$ProtectedPage;
	const { roles = [] } = Astro.props;
	const plural = {
		patient: "patients",
		doctor: "doctors",
		admin: "admins"
	};
	const audience = roles.map((r) => plural[r]).join(" and ");
	return renderTemplate`${maybeRenderHead($$result)}<div data-protected${addAttribute(roles.join(","), "data-roles")} data-state="loading" aria-busy="true"><div data-when="loading" class="container-page py-10"><p class="sr-only" role="status">Loading your account…</p><div aria-hidden="true"><div class="skeleton h-4 w-28"></div><div class="skeleton mt-3 h-8 w-72 max-w-full"></div><div class="mt-8 grid gap-5 lg:grid-cols-3"><div class="card p-6 lg:col-span-2"><div class="skeleton h-5 w-40"></div><div class="skeleton mt-5 h-4 w-full"></div><div class="skeleton mt-3 h-4 w-5/6"></div><div class="skeleton mt-3 h-4 w-2/3"></div></div><div class="card p-6"><div class="skeleton h-5 w-32"></div><div class="skeleton mt-5 h-10 w-full rounded-lg"></div><div class="skeleton mt-3 h-10 w-full rounded-lg"></div></div></div></div></div><div data-when="refused" hidden class="container-page py-16 sm:py-24"><div class="mx-auto flex max-w-lg flex-col items-center text-center" data-testid="role-refusal"><span class="grid size-14 place-items-center rounded-2xl bg-white text-brand-700 shadow-lift ring-1 ring-brand-100">${renderComponent($$result, "Icon", $$Icon, {
		"name": "lock",
		"class": "size-7"
	})}</span><h1 class="mt-6 text-2xl font-bold tracking-tight text-slate-900 sm:text-3xl">This page is for ${audience}</h1><p class="mt-3 text-slate-600" data-refusal-text>You are signed in with a different kind of account.</p><a href="/" class="btn-primary mt-8 px-6" data-refusal-link>Go to your dashboard</a></div></div><div data-when="error" hidden class="container-page py-16"><div class="mx-auto max-w-lg rounded-2xl border border-red-200 bg-red-50/70 px-6 py-10 text-center" role="alert" data-testid="page-error"><span class="mx-auto grid size-12 place-items-center rounded-full bg-red-100 text-red-700">${renderComponent($$result, "Icon", $$Icon, {
		"name": "alert-circle",
		"class": "size-6"
	})}</span><p class="mt-4 font-semibold text-slate-900">We could not load this page</p><p class="mx-auto mt-1 max-w-md text-sm text-slate-700" data-error-text></p><button type="button" class="btn-secondary mt-5" data-retry>${renderComponent($$result, "Icon", $$Icon, {
		"name": "refresh-cw",
		"class": "size-4"
	})} Try again</button></div></div><div data-when="ready" hidden>${renderSlot($$result, $$slots["default"])}</div></div>`;
}, "/work/wt-hindi/web/src/components/ProtectedPage.astro", void 0);
// web/src/layouts/Room.astro
createAstro("https://astro.build");
var $$Room = createComponent(($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$Room;
	const { title } = Astro.props;
	const fullTitle = `${title} · Chikitsa360`;
	return renderTemplate`<html${addAttribute(htmlLang(), "lang")}><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover"><title>${fullTitle}</title><meta name="robots" content="noindex"><meta name="theme-color" content="#0f6e66"><link rel="icon" href="/favicon.svg" type="image/svg+xml">${renderHead($$result)}</head><body class="flex min-h-dvh flex-col bg-canvas"><a href="#main-content" class="sr-only z-50 rounded-lg bg-brand-800 px-4 py-3 font-semibold text-white focus:not-sr-only focus:fixed focus:top-3 focus:left-3">${skip_to_content()}</a><header class="sticky top-0 z-40 border-b border-slate-200/80 bg-white"><div class="mx-auto flex h-14 w-full items-center gap-3 px-3 sm:px-5"><a${addAttribute(pageHref("/"), "href")} class="-m-1 shrink-0 rounded-lg p-1 max-sm:[&amp;&gt;span&gt;span]:hidden"${addAttribute(site_home(), "aria-label")}>${renderComponent($$result, "Logo", Logo, {})}</a><div class="min-w-0 flex-1 border-l border-slate-200 pl-3" data-room-heading hidden><p class="truncate text-sm font-semibold text-slate-900" data-room-title data-testid="room-title"></p><p class="truncate text-xs text-slate-600" data-room-subtitle></p></div><a${addAttribute(pageHref("/"), "href")} class="btn-ghost ml-auto min-h-10 shrink-0 px-2.5 text-slate-700 sm:px-3" data-room-back data-testid="room-back">${renderComponent($$result, "Icon", $$Icon, {
		"name": "arrow-left",
		"class": "size-4"
	})}<span class="hidden sm:inline" data-room-back-label>${header_dashboard()}</span><span class="sr-only sm:hidden">Back</span></a></div></header><main id="main-content" tabindex="-1" class="flex flex-1 flex-col focus:outline-none">${renderSlot($$result, $$slots["default"])}</main></body></html>`;
}, "/work/wt-hindi/web/src/layouts/Room.astro", void 0);
// web/src/pages/room/index.astro
var room_exports = /* @__PURE__ */ __exportAll({
	default: () => $$Index,
	file: () => $$file,
	url: () => $$url
});
var $$Index = createComponent(($$result, $$props, $$slots) => {
	const controlButton = "grid size-12 place-items-center rounded-full bg-white/15 text-white ring-1 ring-white/20 backdrop-blur transition-colors hover:bg-white/25 aria-pressed:bg-white aria-pressed:text-slate-900 sm:size-13";
	return renderTemplate`${renderComponent($$result, "Room", $$Room, { "title": "Video consultation" }, { "default": ($$result) => renderTemplate`${renderComponent($$result, "ProtectedPage", $$ProtectedPage, { "roles": ["patient", "doctor"] }, { "default": ($$result) => renderTemplate`${maybeRenderHead($$result)}<div data-room data-testid="room" data-view="joining" class="flex min-h-[calc(100dvh-3.5rem)] flex-col"><!-- Asking the server to open the room. --><section data-part="joining" class="grid flex-1 place-items-center px-4 py-16" aria-busy="true"><p class="flex items-center gap-3 text-slate-700" role="status"><span class="spinner size-5 text-brand-700" aria-hidden="true"></span>Opening the consultation room…</p></section><!-- The room cannot be entered now. --><section data-part="unavailable" hidden class="hero flex-1 px-4 py-16 sm:py-24"><div class="mx-auto flex max-w-lg flex-col items-center text-center" data-testid="room-unavailable" data-unavailable><span class="grid size-14 place-items-center rounded-2xl bg-white text-brand-700 shadow-lift ring-1 ring-brand-100">${renderComponent($$result, "Icon", $$Icon, {
		"name": "clock",
		"class": "size-7"
	})}</span><h1 class="mt-6 text-2xl font-bold tracking-tight text-slate-900 sm:text-3xl" data-unavailable-title tabindex="-1">The room is not open</h1><p class="mt-3 text-slate-700" data-unavailable-text></p><div class="mt-8 flex flex-col gap-3 sm:flex-row"><a href="/" class="btn-primary px-6" data-appointment-link data-testid="unavailable-appointment-link">View appointment</a><button type="button" class="btn-secondary px-6" data-unavailable-retry data-testid="unavailable-retry">${renderComponent($$result, "Icon", $$Icon, {
		"name": "refresh-cw",
		"class": "size-4"
	})} Check again</button></div></div></section><!-- Device check before joining. --><section data-part="prejoin" hidden class="hero flex-1" data-testid="prejoin"><!-- Phones: preview, then joining, then device choice. From lg: preview and devices left, joining right. --><div class="mx-auto grid w-full max-w-6xl gap-5 px-4 py-6 sm:gap-6 sm:px-6 sm:py-10 lg:grid-cols-[minmax(0,1.45fr)_minmax(0,1fr)] lg:grid-rows-[auto_1fr] lg:items-start lg:gap-x-10 lg:px-8"><div class="card overflow-hidden p-3 sm:p-4 lg:col-start-1 lg:row-start-1"><div class="relative aspect-video overflow-hidden rounded-xl bg-slate-900"><video class="size-full -scale-x-100 object-cover" data-preview data-testid="camera-preview" autoplay muted playsinline aria-label="Your camera preview"></video><div class="absolute inset-0 grid place-items-center bg-slate-900 text-center text-slate-200" data-preview-overlay><p class="flex items-center gap-2 text-sm" data-preview-overlay-text><span class="spinner size-4" aria-hidden="true"></span> Starting your camera…</p></div><p class="absolute bottom-3 left-3 rounded-full bg-slate-950/60 px-3 py-1 text-xs font-medium text-white backdrop-blur" data-preview-name></p></div><div class="px-1 pt-4 pb-1 sm:px-2" data-mic-level><div class="flex items-center justify-between gap-3"><p class="field-label flex items-center gap-2" id="mic-level-label">${renderComponent($$result, "Icon", $$Icon, {
		"name": "mic",
		"class": "size-4 text-slate-500"
	})} Microphone level</p><p class="text-xs text-slate-600">Say something to test it</p></div><div class="mt-2 h-2.5 overflow-hidden rounded-full bg-slate-200" role="meter" aria-labelledby="mic-level-label" aria-valuemin="0" aria-valuemax="100" aria-valuenow="0" data-mic-meter data-testid="mic-meter" data-level="0"><div class="h-full w-full origin-left scale-x-0 rounded-full bg-brand-500 transition-transform duration-75" data-mic-meter-bar></div></div></div><div class="mt-3 rounded-xl border border-red-200 bg-red-50 p-4 text-sm leading-6 text-red-950" role="alert" hidden data-media-error data-testid="media-error"><p class="flex items-center gap-2 font-semibold" data-media-error-title>${renderComponent($$result, "Icon", $$Icon, {
		"name": "alert-triangle",
		"class": "size-5 shrink-0 text-red-700"
	})}<span data-media-error-heading></span></p><p class="mt-1" data-media-error-text></p><ol class="mt-2 list-decimal space-y-1 pl-5" data-media-error-steps></ol><button type="button" class="btn-secondary mt-3 border-red-200 text-red-900 hover:bg-red-100" data-media-retry data-testid="media-retry">${renderComponent($$result, "Icon", $$Icon, {
		"name": "refresh-cw",
		"class": "size-4"
	})} Try again</button></div></div><div class="card p-6 sm:p-8 lg:col-start-2 lg:row-span-2 lg:row-start-1"><p class="eyebrow">Video consultation</p><h1 class="mt-1 text-2xl font-bold tracking-tight text-slate-900 sm:text-3xl" data-prejoin-title>Ready to join?</h1><p class="mt-2 text-slate-700" data-prejoin-when></p><button type="button" class="btn-primary mt-6 h-12 w-full text-base" data-join disabled data-testid="join-button"><span class="spinner" aria-hidden="true" hidden data-join-spinner></span>${renderComponent($$result, "Icon", $$Icon, {
		"name": "video",
		"class": "size-5"
	})}<span data-join-label>Join consultation</span></button><p class="mt-3 text-center text-xs text-slate-600" data-join-hint>Checking your camera and microphone…</p><div class="mt-6 flex gap-3 rounded-xl border border-brand-100 bg-brand-50/70 p-4 text-sm leading-6 text-brand-950" data-prejoin-recording>${renderComponent($$result, "Icon", $$Icon, {
		"name": "file-text",
		"class": "mt-0.5 size-5 shrink-0 text-brand-700"
	})}<p data-prejoin-recording-text>This consultation is recorded to produce a written transcript; the doctor can turn recording off.</p></div><ul class="mt-6 grid gap-3 text-sm text-slate-700"><li class="flex gap-3">${renderComponent($$result, "Icon", $$Icon, {
		"name": "check-circle",
		"class": "size-5 shrink-0 text-brand-600"
	})} Sit somewhere quiet and well lit, facing the light.</li><li class="flex gap-3">${renderComponent($$result, "Icon", $$Icon, {
		"name": "check-circle",
		"class": "size-5 shrink-0 text-brand-600"
	})} Earphones stop echo and keep the conversation private.</li><li class="flex gap-3">${renderComponent($$result, "Icon", $$Icon, {
		"name": "check-circle",
		"class": "size-5 shrink-0 text-brand-600"
	})} Keep your prescriptions and reports nearby.</li></ul><p class="mt-6 flex gap-2 rounded-lg bg-accent-50 p-3 text-xs leading-5 text-accent-900">${renderComponent($$result, "Icon", $$Icon, {
		"name": "phone",
		"class": "size-4 shrink-0 text-accent-700"
	})}<span>Not for emergencies. For chest pain, breathlessness or heavy bleeding call 112.</span></p></div><section class="card p-5 sm:p-6 lg:col-start-1 lg:row-start-2" aria-labelledby="devices-heading" data-device-controls><h2 id="devices-heading" class="text-base font-semibold text-slate-900">Camera and microphone</h2><div class="mt-3 grid gap-4 sm:grid-cols-2"><div><label for="camera-select" class="field-label flex items-center gap-2">${renderComponent($$result, "Icon", $$Icon, {
		"name": "video",
		"class": "size-4 text-slate-500"
	})} Camera</label><select id="camera-select" class="field-input" data-camera-select data-testid="camera-select" disabled><option>Default camera</option></select></div><div><label for="mic-select" class="field-label flex items-center gap-2">${renderComponent($$result, "Icon", $$Icon, {
		"name": "mic",
		"class": "size-4 text-slate-500"
	})} Microphone</label><select id="mic-select" class="field-input" data-mic-select data-testid="mic-select" disabled><option>Default microphone</option></select></div></div></section></div></section><!-- The call. Phones: video over chat; from lg: video beside chat. --><section data-part="call" hidden data-testid="call" class="flex h-[calc(100dvh-3.5rem)] flex-col bg-slate-950 lg:grid lg:grid-cols-[minmax(0,1fr)_24rem]"><div class="relative min-h-0 flex-[5] overflow-hidden lg:h-full" data-stage><video class="absolute inset-0 size-full object-contain max-sm:h-[calc(100%-9rem)]" data-remote-video data-testid="remote-video" autoplay playsinline aria-label="The other person's video"></video><div class="absolute inset-0 grid place-items-center p-6 text-center max-sm:bottom-36" data-remote-placeholder><div class="flex flex-col items-center"><span class="grid size-20 place-items-center rounded-full bg-brand-700 text-2xl font-semibold text-white ring-4 ring-white/10 sm:size-24 sm:text-3xl" data-peer-initials aria-hidden="true"></span><p class="mt-4 max-w-xs text-base font-medium text-white" data-placeholder-text></p><p class="mt-1 max-w-xs text-sm text-slate-300" data-placeholder-sub></p></div></div><div class="pointer-events-none absolute inset-x-0 top-0 flex flex-nowrap items-start gap-2 bg-linear-to-b from-slate-950/70 to-transparent p-3 sm:p-4"><p class="pointer-events-auto inline-flex min-w-0 items-center gap-2 truncate rounded-full bg-slate-900/70 px-3 py-1.5 text-xs font-medium text-white ring-1 ring-white/15 backdrop-blur" role="status" data-call-status data-testid="call-status" data-state="waiting"></p><p class="inline-flex shrink-0 items-center gap-2 rounded-full bg-slate-900/70 px-3 py-1.5 text-xs font-medium text-white ring-1 ring-white/15 backdrop-blur" data-recording-indicator data-testid="recording-indicator" data-state="off" hidden></p><p class="ml-auto inline-flex shrink-0 items-center gap-1.5 rounded-full bg-slate-900/70 px-3 py-1.5 font-mono text-xs font-semibold text-white tabular-nums ring-1 ring-white/15 backdrop-blur" hidden data-call-timer data-testid="call-timer" role="timer" aria-label="Call duration"></p></div><div class="absolute inset-x-3 top-14 z-10 mx-auto max-w-md max-sm:top-[3.75rem] rounded-2xl bg-white/95 p-4 text-sm leading-6 text-slate-800 shadow-lift ring-1 ring-slate-200 backdrop-blur sm:top-16" role="note" hidden data-consent data-testid="consent-notice"><div class="flex gap-3">${renderComponent($$result, "Icon", $$Icon, {
		"name": "file-text",
		"class": "mt-0.5 size-5 shrink-0 text-brand-700"
	})}<div class="min-w-0"><p class="font-semibold text-slate-900" data-consent-title>This consultation is recorded</p><p class="mt-0.5" data-consent-text></p><button type="button" class="btn-secondary mt-3 min-h-9 px-3" data-consent-dismiss data-testid="consent-dismiss">Got it</button></div></div></div><!-- Phones: your own tile sits in a strip between the other person's video and the controls, never over them. --><div class="absolute right-3 bottom-[4.75rem] w-12 overflow-hidden rounded-lg bg-slate-800 shadow-lg ring-2 ring-white/25 sm:right-4 sm:bottom-24 sm:w-44 sm:rounded-xl lg:w-52" data-self-view><video class="aspect-3/4 w-full -scale-x-100 object-cover sm:aspect-video" data-local-video data-testid="local-video" autoplay muted playsinline aria-label="Your own video"></video><div class="absolute inset-0 grid place-items-center bg-slate-800 text-slate-300" hidden data-self-off>${renderComponent($$result, "Icon", $$Icon, {
		"name": "video-off",
		"class": "size-6"
	})}<span class="sr-only">Your camera is off</span></div><span class="absolute bottom-1.5 left-1.5 hidden rounded bg-slate-950/60 px-1.5 py-0.5 text-[0.6875rem] font-medium text-white sm:inline">You</span><span class="absolute right-1.5 bottom-1.5 grid size-6 place-items-center rounded-full bg-red-600 text-white" hidden data-self-muted>${renderComponent($$result, "Icon", $$Icon, {
		"name": "mic-off",
		"class": "size-3.5"
	})}<span class="sr-only">You are muted</span></span></div><button type="button" class="absolute top-1/2 left-1/2 -translate-1/2 btn bg-white text-slate-900 shadow-lift hover:bg-slate-100" hidden data-unmute data-testid="unmute-remote">${renderComponent($$result, "Icon", $$Icon, {
		"name": "mic",
		"class": "size-5"
	})} Turn on sound</button><div class="absolute inset-x-0 bottom-0 flex items-center justify-center gap-3 bg-linear-to-t from-slate-950/80 to-transparent px-3 pt-10 pb-4 sm:gap-4 sm:pb-5" data-controls><button type="button"${addAttribute(controlButton, "class")} aria-pressed="false" data-toggle-mic data-testid="toggle-mic"><span data-icon-on>${renderComponent($$result, "Icon", $$Icon, {
		"name": "mic",
		"class": "size-5"
	})}</span><span data-icon-off hidden>${renderComponent($$result, "Icon", $$Icon, {
		"name": "mic-off",
		"class": "size-5"
	})}</span><span class="sr-only" data-label>Mute microphone</span></button><button type="button"${addAttribute(controlButton, "class")} aria-pressed="false" data-toggle-camera data-testid="toggle-camera"><span data-icon-on>${renderComponent($$result, "Icon", $$Icon, {
		"name": "video",
		"class": "size-5"
	})}</span><span data-icon-off hidden>${renderComponent($$result, "Icon", $$Icon, {
		"name": "video-off",
		"class": "size-5"
	})}</span><span class="sr-only" data-label>Turn camera off</span></button><button type="button" class="group inline-flex h-12 items-center gap-2 rounded-full bg-white/15 px-4 text-sm font-semibold text-white ring-1 ring-white/20 backdrop-blur hover:bg-white/25 disabled:opacity-60 sm:h-13" aria-pressed="false" hidden data-recording-toggle data-testid="recording-toggle"><span class="size-2.5 rounded-full bg-white/70 ring-2 ring-white/20 group-aria-pressed:animate-pulse group-aria-pressed:bg-red-500 group-aria-pressed:ring-red-500/30" aria-hidden="true"></span><span data-label>Record</span></button><button type="button" class="inline-flex h-12 items-center gap-2 rounded-full bg-red-600 px-5 text-sm font-semibold text-white shadow-lg ring-1 ring-red-400/60 hover:bg-red-700 sm:h-13" data-end-call data-testid="end-call">${renderComponent($$result, "Icon", $$Icon, {
		"name": "phone-off",
		"class": "size-5"
	})}<span class="max-sm:sr-only">End call</span></button></div></div><section class="flex min-h-0 flex-[4] flex-col border-slate-200 bg-white lg:h-full lg:border-l" data-chat data-testid="chat" aria-labelledby="chat-heading"><header class="flex items-center justify-between gap-3 border-b border-slate-200 px-4 py-3"><h2 id="chat-heading" class="flex items-center gap-2 font-semibold text-slate-900">${renderComponent($$result, "Icon", $$Icon, {
		"name": "message-square",
		"class": "size-5 text-brand-700"
	})} Chat<span class="rounded-full bg-slate-100 px-2 py-0.5 text-xs font-semibold text-slate-600 empty:hidden" data-chat-count></span></h2><p class="flex items-center gap-1.5 text-xs text-slate-600" data-chat-connection data-testid="chat-connection"></p></header><p class="border-b border-red-200 bg-red-50 px-4 py-2 text-xs text-red-900" role="alert" hidden data-chat-notice></p><div class="relative min-h-0 flex-1 overflow-hidden"><!-- Positioned, so screen-reader-only labels inside stay within the scrolling area. --><div class="relative h-full overflow-y-auto overscroll-contain px-4 py-4" data-chat-scroll role="log" aria-label="Messages"><button type="button" class="btn-ghost mx-auto mb-3 flex min-h-9 text-xs" hidden data-chat-earlier data-testid="chat-load-earlier">Load earlier messages</button><div class="grid h-full place-items-center text-center" data-chat-empty><p class="max-w-56 text-sm text-slate-500">No messages yet. Share a symptom, a question or a report name here.</p></div><ol class="space-y-3" data-chat-list data-testid="chat-list"></ol></div><button type="button" class="absolute bottom-3 left-1/2 -translate-x-1/2 rounded-full bg-brand-700 px-3.5 py-1.5 text-xs font-semibold text-white shadow-lift" hidden data-chat-new data-testid="chat-new-pill">New messages ↓</button></div><form class="border-t border-slate-200 p-3" data-chat-form data-testid="chat-form"><div class="flex items-end gap-2"><label for="chat-input" class="sr-only">Message</label><textarea id="chat-input" rows="1" class="field-input mt-0 field-sizing-content max-h-32 min-h-11 flex-1 resize-none py-2.5 leading-6" placeholder="Type a message" autocomplete="off" data-chat-input data-testid="chat-input"></textarea><button type="submit" class="btn-primary size-11 shrink-0 rounded-full p-0" data-chat-send data-testid="chat-send">${renderComponent($$result, "Icon", $$Icon, {
		"name": "send",
		"class": "size-5"
	})}<span class="sr-only">Send message</span></button></div></form></section></section><!-- After the call. --><section data-part="ended" hidden class="hero flex-1 px-4 py-12 sm:py-20"><div class="card mx-auto max-w-lg p-6 text-center sm:p-10" data-testid="call-ended" data-ended><span class="mx-auto grid size-14 place-items-center rounded-full bg-brand-50 text-brand-700 ring-1 ring-brand-100">${renderComponent($$result, "Icon", $$Icon, {
		"name": "check-circle",
		"class": "size-7"
	})}</span><h1 class="mt-5 text-2xl font-bold tracking-tight text-slate-900" data-ended-title tabindex="-1">Consultation ended</h1><p class="mt-2 text-slate-700" data-ended-text></p><div class="mt-6 flex items-start gap-3 rounded-xl border border-slate-200 bg-slate-50 p-4 text-left text-sm leading-6 text-slate-800" hidden data-ended-recording data-testid="ended-recording" data-state=""><span data-ended-recording-icon></span><p data-ended-recording-text></p></div><div class="mt-8 grid gap-3 sm:grid-cols-2"><a href="/" class="btn-primary" data-appointment-link data-testid="ended-appointment-link">View appointment</a><a href="/" class="btn-secondary" data-dashboard-link data-testid="ended-dashboard-link">Go to dashboard</a></div><button type="button" class="btn-ghost mt-3 w-full text-brand-800" hidden data-rejoin data-testid="rejoin">${renderComponent($$result, "Icon", $$Icon, {
		"name": "refresh-cw",
		"class": "size-4"
	})} Rejoin the consultation</button></div></section></div>` })}${renderScript($$result, "/work/wt-hindi/web/src/pages/room/index.astro?astro&type=script&index=0&lang.ts")}` })}`;
}, "/work/wt-hindi/web/src/pages/room/index.astro", void 0);
var $$file = "/work/wt-hindi/web/src/pages/room/index.astro";
var $$url = "/room";
// \0virtual:astro:page:src/pages/room/index@_@astro
var page = () => room_exports;
export { page };
