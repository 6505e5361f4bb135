/**
 * Tabs the WAI-ARIA way: one tab in the Tab order (roving tabindex); arrow keys move between tabs and
 * select as they go; Home/End jump to the ends. The caller owns which tab is selected.
 */
import type { ComponentChildren, JSX } from 'preact';
import { useRef } from 'preact/hooks';

export interface TabSpec {
  id: string;
  label: ComponentChildren;
  /** Extra attributes for the tab (data-*, aria-label). */
  attrs?: JSX.HTMLAttributes<HTMLButtonElement> & Record<`data-${string}`, string>;
}

export interface TabsProps {
  tabs: readonly TabSpec[];
  selected: number;
  onSelect: (index: number) => void;
  label: string;
  /** Each tab's panel id (aria-controls). */
  panelId: (index: number) => string;
  class?: string;
  tabClass?: string;
  testid?: string;
}

export function Tabs({ tabs, selected, onSelect, label, panelId, class: cls, tabClass, testid }: TabsProps) {
  const list = useRef<HTMLDivElement>(null);
  const move = (index: number) => {
    onSelect(index);
    const tab = list.current?.querySelectorAll<HTMLElement>('[role="tab"]')[index];
    tab?.focus();
    tab?.scrollIntoView?.({ block: 'nearest', inline: 'nearest' });
  };
  const onKeyDown = (event: KeyboardEvent) => {
    const count = tabs.length;
    const next =
      event.key === 'ArrowRight' || event.key === 'ArrowDown'
        ? (selected + 1) % count
        : event.key === 'ArrowLeft' || event.key === 'ArrowUp'
          ? (selected - 1 + count) % count
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? count - 1
              : null;
    if (next === null || !count) return;
    event.preventDefault();
    move(next);
  };
  return (
    <div role="tablist" aria-label={label} class={cls} data-testid={testid} ref={list} onKeyDown={onKeyDown}>
      {tabs.map((tab, i) => (
        <button
          key={tab.id}
          {...tab.attrs}
          type="button"
          role="tab"
          id={tab.id}
          aria-controls={panelId(i)}
          aria-selected={i === selected}
          tabIndex={i === selected ? 0 : -1}
          class={tabClass}
          onClick={() => move(i)}
        >
          {tab.label}
        </button>
      ))}
    </div>
  );
}
