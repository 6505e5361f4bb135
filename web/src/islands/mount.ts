/**
 * Our island runtime. Astro's client:* directives add inline scripts, which the production CSP
 * (script-src 'self') forbids, so pages hydrate their islands from their own bundled module script:
 *
 *   <Island name="SearchResults" component={SearchResults} props={{…}} />   (components/Island.astro)
 *   <script>import { hydrateIslands } from '../islands/mount.ts'; hydrateIslands({ SearchResults });</script>
 *
 * Island.astro renders the component at build time inside <c360-island data-island data-props>;
 * this hydrates every such element whose component the page's script registers. A page's script
 * imports only its own islands, so each page ships only the code it uses.
 */
import { type ComponentType, h, hydrate } from 'preact';
import { viewerZone } from '../lib/format.ts';

// biome-ignore lint/suspicious/noExplicitAny: props come from JSON written by Island.astro
export function hydrateIslands(components: Record<string, ComponentType<any>>) {
  for (const el of document.querySelectorAll<HTMLElement>('c360-island[data-island]')) {
    const component = components[el.dataset.island ?? ''];
    if (!component || el.hasAttribute('data-hydrated')) continue;
    el.setAttribute('data-hydrated', '');
    hydrate(h(component, JSON.parse(el.dataset.props ?? '{}')), el);
  }
  // ICU loads its data with the first Intl formatter a page builds: about 13 ms here, four times that on
  // a phone, measured as Lighthouse's largest blocking piece of the doctor's page. Islands format what
  // they fetch, so build that first one (the viewer's zone, through the formatter cache) in a task of
  // its own while the page waits for the API, instead of inside the render of the answer.
  setTimeout(viewerZone, 0);
}
