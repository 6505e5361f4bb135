import { mt as createComponent, pt as createAstro } from "./skip_to_content_DtyEdUnf.mjs";
import { a as renderComponent, c as renderSlot, d as renderTemplate, f as maybeRenderHead, m as addAttribute } from "./server_DkXzZEFQ.mjs";
import { t as $$Base } from "./Base_BSFoRxR2.mjs";
// web/src/layouts/AuthLayout.astro
createAstro("https://astro.build");
var $$AuthLayout = createComponent(($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$AuthLayout;
	const { title, description, eyebrow, heading, testid } = Astro.props;
	const hasAside = Astro.slots.has("aside");
	return renderTemplate`${renderComponent($$result, "Base", $$Base, {
		"title": title,
		"description": description
	}, { "default": ($$result) => renderTemplate`${maybeRenderHead($$result)}<section class="hero border-b border-brand-100" aria-labelledby="auth-heading"><div${addAttribute(["container-page grid gap-10 py-8 sm:py-12 lg:py-16", hasAside ? "lg:grid-cols-[1fr_30rem] lg:items-start lg:gap-16" : "justify-items-center"], "class:list")}>${hasAside && renderTemplate`<div class="hidden pt-4 lg:block">${renderSlot($$result, $$slots["aside"])}</div>`}<div class="card w-full max-w-lg p-6 sm:p-8"${addAttribute(testid, "data-testid")}>${eyebrow && renderTemplate`<p class="eyebrow">${eyebrow}</p>`}<h1 id="auth-heading" class="mt-1 text-2xl font-bold tracking-tight text-slate-900 sm:text-3xl">${heading}</h1>${renderSlot($$result, $$slots["default"])}</div></div></section>` })}`;
}, "/work/wt-hindi/web/src/layouts/AuthLayout.astro", void 0);
export { $$AuthLayout as t };
