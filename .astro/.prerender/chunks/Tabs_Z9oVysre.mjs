import { jsx } from "preact/jsx-runtime";
import { useRef } from "preact/hooks";
// web/src/components/Tabs.tsx
function Tabs({ tabs, selected, onSelect, label, panelId, class: cls, tabClass, testid }) {
	const list = useRef(null);
	const move = (index) => {
		onSelect(index);
		const tab = list.current?.querySelectorAll("[role=\"tab\"]")[index];
		tab?.focus();
		tab?.scrollIntoView?.({
			block: "nearest",
			inline: "nearest"
		});
	};
	const onKeyDown = (event) => {
		const count = tabs.length;
		const next = event.key === "ArrowRight" || event.key === "ArrowDown" ? (selected + 1) % count : event.key === "ArrowLeft" || event.key === "ArrowUp" ? (selected - 1 + count) % count : event.key === "Home" ? 0 : event.key === "End" ? count - 1 : null;
		if (next === null || !count) return;
		event.preventDefault();
		move(next);
	};
	return jsx("div", {
		role: "tablist",
		"aria-label": label,
		class: cls,
		"data-testid": testid,
		ref: list,
		onKeyDown,
		children: tabs.map((tab, i) => jsx("button", {
			...tab.attrs,
			type: "button",
			role: "tab",
			id: tab.id,
			"aria-controls": panelId(i),
			"aria-selected": i === selected,
			tabIndex: i === selected ? 0 : -1,
			class: tabClass,
			onClick: () => move(i),
			children: tab.label
		}, tab.id))
	});
}
export { Tabs as t };
