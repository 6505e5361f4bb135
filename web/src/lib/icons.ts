/**
 * The one source of the site's icons (24×24, stroked: Lucide's, ISC licence, from the `lucide` package).
 * Components/Icon.tsx draws them, on pages at build time and in islands. Each icon is a list of SVG child
 * elements; this module names them (kebab-case) for pages and for the services' `icon`.
 */
import * as I from './icons/index.ts';

/** fileText → file-text: the names pages and the API use. */
type Kebab<S extends string> = S extends `${infer H}${infer T}`
  ? `${H extends Lowercase<H> ? H : `-${Lowercase<H>}`}${Kebab<T>}`
  : '';

/** Every icon by its kebab-case name (a Service's `icon` is one of lib/icons/service.ts'). */
export const icons = Object.fromEntries(
  Object.entries(I).map(([name, shapes]) => [name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`), shapes]),
) as { readonly [K in keyof typeof I as Kebab<K>]: (typeof I)[K] };
export type IconName = keyof typeof icons;
