/**
 * /service-icons.svg: the icons a service can name (lib/icons/service.ts), as one SVG sprite rendered
 * at build time. The home page draws a service's icon from it (components/ServiceIcon.tsx), so the icons
 * an admin may choose at run time are an image the browser caches, not JavaScript every visitor loads.
 */

import type { Shape } from '../lib/icons/index.ts';
import { serviceIcons } from '../lib/icons/service.ts';

const attr = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
const element = ([tag, attrs]: Shape) =>
  `<${tag}${Object.entries(attrs)
    .map(([name, value]) => ` ${name}="${attr(String(value))}"`)
    .join('')}/>`;

export function GET() {
  const symbols = Object.entries(serviceIcons).map(
    ([name, shapes]) => `<symbol id="${name}" viewBox="0 0 24 24">${shapes.map(element).join('')}</symbol>`,
  );
  return new Response(`<svg xmlns="http://www.w3.org/2000/svg">${symbols.join('')}</svg>`, {
    headers: { 'content-type': 'image/svg+xml' },
  });
}
