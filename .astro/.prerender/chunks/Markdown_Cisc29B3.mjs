import "./skip_to_content_DtyEdUnf.mjs";
import { jsx, jsxs } from "preact/jsx-runtime";
// web/src/paraglide/messages/opens_new_tab.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Opens_New_TabInputs */
var en_opens_new_tab = () => {
	return `(opens in a new tab)`;
};
/**

* @param {Opens_New_TabInputs} inputs
* @param {{ locale?: "en" | "hi" }} options
* @returns {LocalizedString}
*/
var opens_new_tab = (inputs = {}, options = {}) => {
	if (options.locale !== void 0 && options.locale !== "en") console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.");
	return en_opens_new_tab(inputs);
};
// web/src/lib/markdown.ts
/** Characters a backslash may escape, so `\*` is a literal star. */
var ESCAPABLE = new Set("\\`*_[]()#+-.!>".split(""));
/** Emphasis inside emphasis inside a link label is plenty; deeper nesting stays text. */
var MAX_DEPTH = 4;
/** Adds text to the run, merging with a preceding text node so the tree stays small. */
function pushText(out, text) {
	if (!text) return;
	const last = out[out.length - 1];
	if (last?.type === "text") last.text += text;
	else out.push({
		type: "text",
		text
	});
}
/** An absolute https:// URL (nothing else may become a link), normalised by the URL parser. */
function safeHref(raw) {
	const value = raw.trim();
	if (!/^https:\/\//i.test(value)) return null;
	try {
		const url = new URL(value);
		if (url.protocol !== "https:" || !url.hostname) return null;
		return url.href;
	} catch {
		return null;
	}
}
/**
* The closing `marker` for an opening at `from` (exclusive): the next one that follows a non-space
* character, or -1. For a single `*` the closing star must not be half of a `**`.
*/
function findClose(text, marker, from) {
	let i = from;
	while (i < text.length) {
		const at = text.indexOf(marker, i);
		if (at === -1) return -1;
		const before = text[at - 1];
		const escaped = before === "\\";
		const partOfDouble = marker === "*" && (text[at + 1] === "*" || text[at - 1] === "*");
		if (at > from && before !== void 0 && !/\s/.test(before) && !escaped && !partOfDouble) return at;
		i = at + marker.length;
	}
	return -1;
}
function parseInline(text, depth = 0) {
	const out = [];
	let plain = "";
	const flush = () => {
		pushText(out, plain);
		plain = "";
	};
	let i = 0;
	while (i < text.length) {
		const ch = text[i];
		const next = text[i + 1];
		if (ch === "\\" && next !== void 0 && ESCAPABLE.has(next)) {
			plain += next;
			i += 2;
			continue;
		}
		if (ch === "`") {
			const close = text.indexOf("`", i + 1);
			if (close > i + 1) {
				flush();
				out.push({
					type: "code",
					text: text.slice(i + 1, close)
				});
				i = close + 1;
				continue;
			}
		}
		if (depth < MAX_DEPTH && ch === "*" && next === "*" && text[i + 2] && !/\s/.test(text[i + 2])) {
			const close = findClose(text, "**", i + 2);
			if (close !== -1) {
				flush();
				out.push({
					type: "strong",
					children: parseInline(text.slice(i + 2, close), depth + 1)
				});
				i = close + 2;
				continue;
			}
		}
		if (depth < MAX_DEPTH && ch === "*" && next !== "*" && next !== void 0 && !/\s/.test(next)) {
			const close = findClose(text, "*", i + 1);
			if (close !== -1) {
				flush();
				out.push({
					type: "em",
					children: parseInline(text.slice(i + 1, close), depth + 1)
				});
				i = close + 1;
				continue;
			}
		}
		if (depth < MAX_DEPTH && ch === "[") {
			const labelEnd = text.indexOf("](", i + 1);
			const urlEnd = labelEnd === -1 ? -1 : text.indexOf(")", labelEnd + 2);
			if (labelEnd > i + 1 && urlEnd !== -1) {
				const label = text.slice(i + 1, labelEnd);
				const target = text.slice(labelEnd + 2, urlEnd);
				const href = !/\s/.test(target.trim()) && !label.includes("[") ? safeHref(target) : null;
				if (href) {
					flush();
					out.push({
						type: "link",
						href,
						children: parseInline(label, depth + 1)
					});
					i = urlEnd + 1;
					continue;
				}
				plain += text.slice(i, urlEnd + 1);
				i = urlEnd + 1;
				continue;
			}
		}
		plain += ch;
		i += 1;
	}
	flush();
	return out;
}
var HEADING = /^ {0,3}(#{2,3})[ \t]+(.*?)[ \t]*#*[ \t]*$/;
var BULLET = /^ {0,3}[-*][ \t]+(.*)$/;
var ORDERED = /^ {0,3}\d{1,9}[.)][ \t]+(.*)$/;
/** A line of only `-`, `*` or `_` (a thematic break in Markdown): dropped, it carries no text. */
var RULE = /^ {0,3}([-*_])([ \t]*\1){2,}[ \t]*$/;
function parseMarkdown(source) {
	const lines = source.replace(/\r\n?/g, "\n").split("\n");
	const blocks = [];
	let paragraph = [];
	let list = null;
	const endParagraph = () => {
		if (paragraph.length) blocks.push({
			type: "paragraph",
			children: parseInline(paragraph.join(" "))
		});
		paragraph = [];
	};
	const endList = () => {
		if (list) blocks.push({
			type: "list",
			ordered: list.ordered,
			items: list.items.map((t) => parseInline(t))
		});
		list = null;
	};
	for (const raw of lines) {
		const line = raw.replace(/\t/g, "    ");
		if (!line.trim()) {
			endParagraph();
			endList();
			continue;
		}
		if (RULE.test(line)) {
			endParagraph();
			endList();
			continue;
		}
		const heading = HEADING.exec(line);
		if (heading) {
			endParagraph();
			endList();
			const level = heading[1].length;
			blocks.push({
				type: "heading",
				level,
				children: parseInline(heading[2] ?? "")
			});
			continue;
		}
		const bullet = BULLET.exec(line);
		const ordered = bullet ? null : ORDERED.exec(line);
		const item = bullet ?? ordered;
		if (item) {
			endParagraph();
			const isOrdered = Boolean(ordered);
			if (list && list.ordered !== isOrdered) endList();
			list ??= {
				ordered: isOrdered,
				items: []
			};
			list.items.push((item[1] ?? "").trim());
			continue;
		}
		if (list && /^\s{2,}\S/.test(line) && !paragraph.length) {
			const items = list.items;
			items[items.length - 1] = `${items[items.length - 1] ?? ""} ${line.trim()}`.trim();
			continue;
		}
		endList();
		paragraph.push(line.trim());
	}
	endParagraph();
	endList();
	return blocks;
}
/** Tailwind classes for each element, so rendered tips match the site's type. */
var proseClasses = {
	h2: "mt-8 mb-3 text-xl font-bold tracking-tight text-slate-900 first:mt-0",
	h3: "mt-6 mb-2 text-lg font-semibold text-slate-900 first:mt-0",
	p: "my-4 leading-7 text-slate-700 first:mt-0 last:mb-0",
	ul: "my-4 list-disc space-y-1.5 pl-6 leading-7 text-slate-700 marker:text-brand-600",
	ol: "my-4 list-decimal space-y-1.5 pl-6 leading-7 text-slate-700 marker:font-semibold marker:text-brand-700",
	li: "pl-1",
	strong: "font-semibold text-slate-900",
	em: "italic",
	code: "rounded bg-slate-100 px-1.5 py-0.5 font-mono text-[0.9em] text-slate-800",
	a: "font-medium text-brand-700 underline underline-offset-2 hover:text-brand-800",
	span: "sr-only"
};
// web/src/components/Markdown.tsx
function Inline({ nodes }) {
	return nodes.map((node, i) => {
		switch (node.type) {
			case "text": return node.text;
			case "code": return jsx("code", {
				class: proseClasses.code,
				children: node.text
			}, i);
			case "strong": return jsx("strong", {
				class: proseClasses.strong,
				children: jsx(Inline, { nodes: node.children })
			}, i);
			case "em": return jsx("em", {
				class: proseClasses.em,
				children: jsx(Inline, { nodes: node.children })
			}, i);
			case "link": {
				const href = safeHref(node.href);
				if (!href) return jsx(Inline, { nodes: node.children }, i);
				return jsxs("a", {
					href,
					rel: "noopener noreferrer",
					target: "_blank",
					class: proseClasses.a,
					children: [jsx(Inline, { nodes: node.children }), jsxs("span", {
						class: proseClasses.span,
						children: [" ", opens_new_tab()]
					})]
				}, i);
			}
			default: return null;
		}
	});
}
function Block({ block }) {
	if (block.type === "heading") {
		const Tag = block.level === 2 ? "h2" : "h3";
		return jsx(Tag, {
			class: proseClasses[Tag],
			children: jsx(Inline, { nodes: block.children })
		});
	}
	if (block.type === "paragraph") return jsx("p", {
		class: proseClasses.p,
		children: jsx(Inline, { nodes: block.children })
	});
	const List = block.ordered ? "ol" : "ul";
	return jsx(List, {
		class: proseClasses[List],
		children: block.items.map((item, i) => jsx("li", {
			class: proseClasses.li,
			children: jsx(Inline, { nodes: item })
		}, i))
	});
}
function Markdown({ source, class: cls, testid }) {
	return jsx("div", {
		class: cls,
		"data-testid": testid,
		children: parseMarkdown(source).map((block, i) => jsx(Block, { block }, i))
	});
}
export { Markdown as t };
