import { k as Icon } from "./Base_BSFoRxR2.mjs";
import { jsx, jsxs } from "preact/jsx-runtime";
// web/src/components/AuthAside.tsx
function AuthAside({ heading, text, points, class: cls }) {
	return jsxs("div", {
		class: cls,
		children: [
			jsx("h2", {
				class: "text-3xl leading-tight font-bold tracking-tight text-slate-900",
				children: heading
			}),
			jsx("p", {
				class: "mt-4 max-w-lg text-lg leading-8 text-slate-600",
				children: text
			}),
			jsx("ul", {
				class: "mt-8 grid max-w-lg gap-4",
				children: points.map((point) => jsxs("li", {
					class: "flex gap-3 rounded-xl border border-brand-100 bg-white/85 p-4",
					children: [jsx("span", {
						class: "grid size-10 shrink-0 place-items-center rounded-lg bg-brand-700 text-white",
						children: jsx(Icon, {
							shape: point.icon,
							class: "size-5"
						})
					}), jsxs("span", { children: [jsx("span", {
						class: "block font-semibold text-slate-900",
						children: point.title
					}), jsx("span", {
						class: "mt-0.5 block text-sm leading-5 text-slate-600",
						children: point.text
					})] })]
				}, point.title))
			})
		]
	});
}
export { AuthAside as t };
