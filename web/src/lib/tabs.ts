/**
 * Tabs the WAI-ARIA way: one tab in the Tab order (roving tabindex), arrow keys move between tabs
 * and select as they go, Home/End jump to the ends. Each `[role="tab"]` names its panel with
 * aria-controls; the panels are shown and hidden here.
 */
export interface TabsOptions {
  /** Called after a tab is selected (by click or key), with its element. */
  onSelect?: (tab: HTMLElement, index: number) => void;
  /** "horizontal" (Left/Right) or "vertical" (Up/Down); both work either way. */
  orientation?: 'horizontal' | 'vertical';
}

export interface Tabs {
  select(index: number, options?: { focus?: boolean; notify?: boolean }): void;
  selectedIndex(): number;
}

export function wireTabs(tablist: HTMLElement, { onSelect }: TabsOptions = {}): Tabs {
  const tabs = () => [...tablist.querySelectorAll<HTMLElement>('[role="tab"]')].filter((t) => !t.hidden);
  let current = Math.max(
    0,
    tabs().findIndex((t) => t.getAttribute('aria-selected') === 'true'),
  );

  const select = (index: number, { focus = false, notify = true } = {}) => {
    const all = tabs();
    const target = all[index];
    if (!target) return;
    current = index;
    const panelOf = (tab: HTMLElement) => document.getElementById(tab.getAttribute('aria-controls') ?? '');
    for (const [i, tab] of all.entries()) {
      const on = i === index;
      tab.setAttribute('aria-selected', String(on));
      tab.tabIndex = on ? 0 : -1;
      const panel = panelOf(tab);
      if (panel && !on) panel.hidden = true;
    }
    // Several tabs may share one panel (its content changes with the tab): show it last.
    const panel = panelOf(target);
    if (panel) {
      panel.hidden = false;
      panel.setAttribute('aria-labelledby', target.id);
    }
    if (focus) target.focus();
    if (target.scrollIntoView && focus) target.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    if (notify) onSelect?.(target, index);
  };

  tablist.addEventListener('click', (event) => {
    const tab = event.target instanceof Element ? event.target.closest<HTMLElement>('[role="tab"]') : null;
    if (!tab) return;
    const index = tabs().indexOf(tab);
    if (index >= 0) select(index, { focus: true });
  });
  tablist.addEventListener('keydown', (event) => {
    const count = tabs().length;
    if (!count) return;
    let next: number | null = null;
    if (event.key === 'ArrowRight' || event.key === 'ArrowDown') next = (current + 1) % count;
    else if (event.key === 'ArrowLeft' || event.key === 'ArrowUp') next = (current - 1 + count) % count;
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = count - 1;
    if (next === null) return;
    event.preventDefault();
    select(next, { focus: true });
  });

  select(current, { notify: false });
  return { select, selectedIndex: () => current };
}
