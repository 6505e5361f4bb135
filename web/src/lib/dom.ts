/**
 * A tiny DOM builder. Text always goes in through text nodes, so data from the API can never
 * become markup: there is deliberately no way to set innerHTML here.
 */
export type Child = Node | string | number | null | undefined | false;
export type Props = {
  class?: string;
  text?: string;
  dataset?: Record<string, string>;
} & Record<string, string | number | boolean | undefined | Record<string, string>>;

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Props | null = null,
  ...children: (Child | Child[])[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  if (props) {
    for (const [key, value] of Object.entries(props)) {
      if (value === undefined || value === false) continue;
      if (key === 'class') el.className = String(value);
      else if (key === 'text') el.textContent = String(value);
      else if (key === 'dataset' && typeof value === 'object') Object.assign(el.dataset, value);
      else if (typeof value !== 'object') {
        if (/^on/i.test(key)) throw new Error(`h(): use addEventListener, not the ${key} attribute`);
        el.setAttribute(key, value === true ? '' : String(value));
      }
    }
  }
  append(el, children);
  return el;
}

function append(parent: Node, children: (Child | Child[])[]) {
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(
      typeof child === 'string' || typeof child === 'number' ? document.createTextNode(String(child)) : child,
    );
  }
}

/** Replaces everything inside `parent` with `children`. */
export function replaceChildren(parent: Element, ...children: (Child | Child[])[]) {
  parent.replaceChildren();
  append(parent, children);
}
