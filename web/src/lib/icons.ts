/**
 * The one source of the site's icons (24×24, stroked, in the style of Lucide, ISC licence).
 * Icon.astro renders them at build time (components use Icon.tsx with lib/icons/). Each icon is a
 * list of SVG child elements.
 */
import * as I from './icons/index.ts';
import { serviceIcons } from './icons/service.ts';
import type { Shape } from './icons/shape.ts';

export type { IconShapes, Shape } from './icons/shape.ts';
export { serviceIcons };

/** fileText → file-text: the names pages and the API use. */
type Kebab<S extends string> = S extends `${infer H}${infer T}`
  ? `${H extends Lowercase<H> ? H : `-${Lowercase<H>}`}${Kebab<T>}`
  : '';

/** Every icon by its kebab-case name (a Service's `icon` is one of serviceIcons'). */
export const icons = Object.fromEntries(
  Object.entries(I).map(([name, shapes]) => [name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`), shapes]),
) as { readonly [K in keyof typeof I as Kebab<K>]: (typeof I)[K] };
export type IconName = keyof typeof icons;
export type { ServiceIconName } from './icons/service.ts';

export const isIconName = (name: string): name is IconName => Object.hasOwn(icons, name);

/** Unknown names (new icons added in the admin before the site knows them) fall back to a stethoscope. */
export const shapesFor = (name: string): readonly Shape[] => (isIconName(name) ? icons[name] : I.stethoscope);

const SVG_ATTRS: Record<string, string> = {
  xmlns: 'http://www.w3.org/2000/svg',
  viewBox: '0 0 24 24',
  fill: 'none',
  stroke: 'currentColor',
  'stroke-width': '1.75',
  'stroke-linecap': 'round',
  'stroke-linejoin': 'round',
  'aria-hidden': 'true',
  focusable: 'false',
};

const escapeAttr = (v: string) => v.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** Build-time markup of an icon's children, for Icon.astro. The shapes are constants, never data. */
export function iconInnerMarkup(name: string): string {
  return shapesFor(name)
    .map(([tag, attrs]) => {
      const a = Object.entries(attrs)
        .map(([k, v]) => `${k}="${escapeAttr(v)}"`)
        .join(' ');
      return `<${tag} ${a}/>`;
    })
    .join('');
}

export const svgAttributes = SVG_ATTRS;
