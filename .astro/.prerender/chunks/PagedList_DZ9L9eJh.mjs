import { t as Button } from "./Button_CN07y6wQ.mjs";
import { r as Region } from "./States_D_beH2ie.mjs";
import { Fragment } from "preact";
import { Fragment as Fragment$1, jsx, jsxs } from "preact/jsx-runtime";
import { useEffect, useRef } from "preact/hooks";
// web/src/components/PagedList.tsx
/**
* A list that loads in pages: the Region states for the first page, the items, and a "Load more"
* button while the API has a next cursor. After loading more, focus stays on "Load more" while there
* is more (the keyboard user carries on where they were), else moves to the first new item.
*/
function PagedList({ items, itemKey, renderItem, listClass, listTestid, hasMore, loadingMore, onMore, moreLabel, moreBusyLabel, moreTestid = "load-more", focusSelector = "a, button", ...region }) {
	const list = useRef(null);
	const more = useRef(null);
	const focusFrom = useRef(null);
	useEffect(() => {
		const from = focusFrom.current;
		if (from === null || loadingMore || items.length <= from) return;
		focusFrom.current = null;
		if (hasMore) more.current?.focus();
		else list.current?.children[from]?.querySelector(focusSelector)?.focus();
	}, [
		items.length,
		loadingMore,
		focusSelector,
		hasMore
	]);
	return jsxs(Fragment$1, { children: [jsx(Region, {
		...region,
		children: jsx("ul", {
			class: listClass,
			"data-testid": listTestid,
			ref: list,
			children: items.map((item) => jsx(Fragment, { children: renderItem(item) }, itemKey(item)))
		})
	}), region.state === "ready" && hasMore && jsx("div", {
		class: "mt-8 flex justify-center",
		children: jsx(Button, {
			variant: "secondary",
			class: "px-6",
			busy: loadingMore,
			busyLabel: moreBusyLabel,
			testid: moreTestid,
			buttonRef: more,
			onClick: () => {
				focusFrom.current = items.length;
				onMore();
			},
			children: moreLabel
		})
	})] });
}
export { PagedList as t };
