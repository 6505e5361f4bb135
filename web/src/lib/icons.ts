/**
 * The one source of the site's icons (24×24, stroked, in the style of Lucide, ISC licence).
 * Icon.astro renders them at build time; `iconSvg()` builds the same SVG in the browser for
 * content that arrives from the API. Each icon is a list of SVG child elements.
 */
type Shape = readonly [
  tag: 'path' | 'circle' | 'rect' | 'line' | 'polyline',
  attrs: Readonly<Record<string, string>>,
];

const p = (d: string): Shape => ['path', { d }];
const c = (cx: number, cy: number, r: number): Shape => ['circle', { cx: `${cx}`, cy: `${cy}`, r: `${r}` }];
const r = (x: number, y: number, width: number, height: number, rx: number): Shape => [
  'rect',
  { x: `${x}`, y: `${y}`, width: `${width}`, height: `${height}`, rx: `${rx}` },
];

/** The icons a Service can name (the `icon` field of /api/home services). */
export const serviceIcons = {
  stethoscope: [
    p('M11 2v2'),
    p('M5 2v2'),
    p('M5 3H4a2 2 0 0 0-2 2v4a6 6 0 0 0 12 0V5a2 2 0 0 0-2-2h-1'),
    p('M8 15a6 6 0 0 0 12 0v-3'),
    c(20, 10, 2),
  ],
  video: [p('m16 13 5.223 3.482a.5.5 0 0 0 .777-.416V7.87a.5.5 0 0 0-.752-.432L16 10.5'), r(2, 6, 14, 12, 2)],
  calendar: [p('M8 2v4'), p('M16 2v4'), r(3, 4, 18, 18, 2), p('M3 10h18')],
  pill: [p('m10.5 20.5 10-10a4.95 4.95 0 1 0-7-7l-10 10a4.95 4.95 0 1 0 7 7Z'), p('m8.5 8.5 7 7')],
  heart: [
    p(
      'M19 14c1.49-1.46 3-3.21 3-5.5A5.5 5.5 0 0 0 16.5 3c-1.76 0-3 .5-4.5 2-1.5-1.5-2.74-2-4.5-2A5.5 5.5 0 0 0 2 8.5c0 2.3 1.5 4.05 3 5.5l7 7Z',
    ),
  ],
  baby: [
    p('M9 12h.01'),
    p('M15 12h.01'),
    p('M10 16c.5.3 1.2.5 2 .5s1.5-.2 2-.5'),
    p(
      'M19 6.3a9 9 0 0 1 1.8 3.9 2 2 0 0 1 0 3.6 9 9 0 0 1-17.6 0 2 2 0 0 1 0-3.6A9 9 0 0 1 12 3c2 0 3.5 1.1 3.5 2.5s-.9 2.5-2 2.5c-.8 0-1.5-.4-1.5-1',
    ),
  ],
  brain: [
    p('M12 5a3 3 0 1 0-5.997.125 4 4 0 0 0-2.526 5.77 4 4 0 0 0 .556 6.588A4 4 0 1 0 12 18Z'),
    p('M12 5a3 3 0 1 1 5.997.125 4 4 0 0 1 2.526 5.77 4 4 0 0 1-.556 6.588A4 4 0 1 1 12 18Z'),
    p('M15 13a4.5 4.5 0 0 1-3-4 4.5 4.5 0 0 1-3 4'),
    p('M17.599 6.5a3 3 0 0 0 .399-1.375'),
    p('M6.003 5.125A3 3 0 0 0 6.401 6.5'),
    p('M3.477 10.896a4 4 0 0 1 .585-.396'),
    p('M19.938 10.5a4 4 0 0 1 .585.396'),
    p('M6 18a4 4 0 0 1-1.967-.516'),
    p('M19.967 17.484A4 4 0 0 1 18 18'),
  ],
  'file-text': [
    p('M15 2H6a2 2 0 0 0-2 2v16a2 2 0 0 0 2 2h12a2 2 0 0 0 2-2V7Z'),
    p('M14 2v4a2 2 0 0 0 2 2h4'),
    p('M10 9H8'),
    p('M16 13H8'),
    p('M16 17H8'),
  ],
  shield: [
    p(
      'M20 13c0 5-3.5 7.5-7.66 8.95a1 1 0 0 1-.67-.01C7.5 20.5 4 18 4 13V6a1 1 0 0 1 1-1c2 0 4.5-1.2 6.24-2.72a1.17 1.17 0 0 1 1.52 0C14.51 3.81 17 5 19 5a1 1 0 0 1 1 1z',
    ),
  ],
  bone: [
    p(
      'M17 10c.7-.7 1.69 0 2.5 0a2.5 2.5 0 1 0 0-5 .5.5 0 0 1-.5-.5 2.5 2.5 0 1 0-5 0c0 .81.7 1.8 0 2.5l-7 7c-.7.7-1.69 0-2.5 0a2.5 2.5 0 0 0 0 5c.28 0 .5.22.5.5a2.5 2.5 0 1 0 5 0c0-.81-.7-1.8 0-2.5Z',
    ),
  ],
  eye: [
    p(
      'M2.062 12.348a1 1 0 0 1 0-.696 10.75 10.75 0 0 1 19.876 0 1 1 0 0 1 0 .696 10.75 10.75 0 0 1-19.876 0',
    ),
    c(12, 12, 3),
  ],
  apple: [
    p(
      'M12 20.94c1.5 0 2.75 1.06 4 1.06 3 0 6-8 6-12.22A4.91 4.91 0 0 0 17 5c-2.22 0-4 1.44-5 2-1-.56-2.78-2-5-2a4.9 4.9 0 0 0-5 4.78C2 14 5 22 8 22c1.25 0 2.5-1.06 4-1.06Z',
    ),
    p('M10 2c1 .5 2 2 2 5'),
  ],
} as const satisfies Record<string, readonly Shape[]>;

/** Icons the interface itself uses. */
const uiIcons = {
  search: [c(11, 11, 8), p('m21 21-4.3-4.3')],
  'shield-check': [
    p(
      'M20 13c0 5-3.5 7.5-7.66 8.95a1 1 0 0 1-.67-.01C7.5 20.5 4 18 4 13V6a1 1 0 0 1 1-1c2 0 4.5-1.2 6.24-2.72a1.17 1.17 0 0 1 1.52 0C14.51 3.81 17 5 19 5a1 1 0 0 1 1 1z',
    ),
    p('m9 12 2 2 4-4'),
  ],
  'badge-check': [
    p(
      'M3.85 8.62a4 4 0 0 1 4.78-4.77 4 4 0 0 1 6.74 0 4 4 0 0 1 4.78 4.78 4 4 0 0 1 0 6.74 4 4 0 0 1-4.77 4.78 4 4 0 0 1-6.75 0 4 4 0 0 1-4.78-4.77 4 4 0 0 1 0-6.76Z',
    ),
    p('m9 12 2 2 4-4'),
  ],
  lock: [r(3, 11, 18, 11, 2), p('M7 11V7a5 5 0 0 1 10 0v4')],
  receipt: [
    p('M4 2v20l2-1 2 1 2-1 2 1 2-1 2 1 2-1 2 1V2l-2 1-2-1-2 1-2-1-2 1-2-1-2 1Z'),
    p('M16 8h-6a2 2 0 1 0 0 4h4a2 2 0 1 1 0 4H8'),
    p('M12 17.5v-11'),
  ],
  mail: [r(2, 4, 20, 16, 2), p('m22 7-8.97 5.7a1.94 1.94 0 0 1-2.06 0L2 7')],
  star: [
    p(
      'M11.525 2.295a.53.53 0 0 1 .95 0l2.31 4.679a2.123 2.123 0 0 0 1.595 1.16l5.166.756a.53.53 0 0 1 .294.904l-3.736 3.638a2.123 2.123 0 0 0-.611 1.878l.882 5.14a.53.53 0 0 1-.771.56l-4.618-2.428a2.122 2.122 0 0 0-1.973 0L6.396 21.01a.53.53 0 0 1-.77-.56l.881-5.139a2.122 2.122 0 0 0-.611-1.879L2.16 9.795a.53.53 0 0 1 .294-.906l5.165-.755a2.122 2.122 0 0 0 1.597-1.16z',
    ),
  ],
  menu: [p('M4 6h16'), p('M4 12h16'), p('M4 18h16')],
  x: [p('M18 6 6 18'), p('m6 6 12 12')],
  'arrow-right': [p('M5 12h14'), p('m12 5 7 7-7 7')],
  languages: [
    p('m5 8 6 6'),
    p('m4 14 6-6 2-3'),
    p('M2 5h12'),
    p('M7 2h1'),
    p('m22 22-5-10-5 10'),
    p('M14 18h6'),
  ],
  briefcase: [p('M16 20V4a2 2 0 0 0-2-2h-4a2 2 0 0 0-2 2v16'), r(2, 6, 20, 14, 2)],
  building: [
    r(4, 2, 16, 20, 2),
    p('M9 22v-4h6v4'),
    p('M8 6h.01'),
    p('M16 6h.01'),
    p('M12 6h.01'),
    p('M12 10h.01'),
    p('M12 14h.01'),
    p('M16 10h.01'),
    p('M16 14h.01'),
    p('M8 10h.01'),
    p('M8 14h.01'),
  ],
  phone: [
    p(
      'M22 16.92v3a2 2 0 0 1-2.18 2 19.79 19.79 0 0 1-8.63-3.07 19.5 19.5 0 0 1-6-6 19.79 19.79 0 0 1-3.07-8.67A2 2 0 0 1 4.11 2h3a2 2 0 0 1 2 1.72 12.84 12.84 0 0 0 .7 2.81 2 2 0 0 1-.45 2.11L8.09 9.91a16 16 0 0 0 6 6l1.27-1.27a2 2 0 0 1 2.11-.45 12.84 12.84 0 0 0 2.81.7A2 2 0 0 1 22 16.92z',
    ),
  ],
  'alert-circle': [c(12, 12, 10), p('M12 8v4'), p('M12 16h.01')],
  'refresh-cw': [
    p('M3 12a9 9 0 0 1 9-9 9.75 9.75 0 0 1 6.74 2.74L21 8'),
    p('M21 3v5h-5'),
    p('M21 12a9 9 0 0 1-9 9 9.75 9.75 0 0 1-6.74-2.74L3 16'),
    p('M8 16H3v5'),
  ],
  inbox: [
    p('M22 12h-6l-2 3h-4l-2-3H2'),
    p(
      'M5.45 5.11 2 12v6a2 2 0 0 0 2 2h16a2 2 0 0 0 2-2v-6l-3.45-6.89A2 2 0 0 0 16.76 4H7.24a2 2 0 0 0-1.79 1.11z',
    ),
  ],
  quote: [
    p(
      'M16 3a2 2 0 0 0-2 2v6a2 2 0 0 0 2 2 1 1 0 0 1 1 1v1a2 2 0 0 1-2 2 1 1 0 0 0-1 1v2a1 1 0 0 0 1 1 6 6 0 0 0 6-6V5a2 2 0 0 0-2-2z',
    ),
    p(
      'M5 3a2 2 0 0 0-2 2v6a2 2 0 0 0 2 2 1 1 0 0 1 1 1v1a2 2 0 0 1-2 2 1 1 0 0 0-1 1v2a1 1 0 0 0 1 1 6 6 0 0 0 6-6V5a2 2 0 0 0-2-2z',
    ),
  ],
  'map-pin': [
    p('M20 10c0 4.993-5.539 10.193-7.399 11.799a1 1 0 0 1-1.202 0C9.539 20.193 4 14.993 4 10a8 8 0 0 1 16 0'),
    c(12, 10, 3),
  ],
  'user-search': [c(10, 7, 4), p('M10.3 15H7a4 4 0 0 0-4 4v2'), c(17, 17, 3), p('m21 21-1.9-1.9')],
  'credit-card': [r(2, 5, 20, 14, 2), p('M2 10h20')],
  clock: [c(12, 12, 10), p('M12 6v6l4 2')],
  check: [p('M20 6 9 17l-5-5')],
  circle: [c(12, 12, 9)],
  'check-circle': [c(12, 12, 10), p('m9 12 2 2 4-4')],
  'x-circle': [c(12, 12, 10), p('m15 9-6 6'), p('m9 9 6 6')],
  'alert-triangle': [
    p('m21.73 18-8-14a2 2 0 0 0-3.48 0l-8 14A2 2 0 0 0 4 21h16a2 2 0 0 0 1.73-3'),
    p('M12 9v4'),
    p('M12 17h.01'),
  ],
  hourglass: [
    p('M5 22h14'),
    p('M5 2h14'),
    p('M17 22v-4.172a2 2 0 0 0-.586-1.414L12 12l-4.414 4.414A2 2 0 0 0 7 17.828V22'),
    p('M7 2v4.172a2 2 0 0 0 .586 1.414L12 12l4.414-4.414A2 2 0 0 0 17 6.172V2'),
  ],
  'eye-off': [
    p('M10.733 5.076a10.744 10.744 0 0 1 11.205 6.575 1 1 0 0 1 0 .696 10.747 10.747 0 0 1-1.444 2.49'),
    p('M14.084 14.158a3 3 0 0 1-4.242-4.242'),
    p('M17.479 17.499a10.75 10.75 0 0 1-15.417-5.151 1 1 0 0 1 0-.696 10.75 10.75 0 0 1 4.446-5.143'),
    p('m2 2 20 20'),
  ],
  'chevron-down': [p('m6 9 6 6 6-6')],
  user: [p('M19 21v-2a4 4 0 0 0-4-4H9a4 4 0 0 0-4 4v2'), c(12, 7, 4)],
  'log-in': [p('M15 3h4a2 2 0 0 1 2 2v14a2 2 0 0 1-2 2h-4'), p('m10 17 5-5-5-5'), p('M15 12H3')],
  'log-out': [p('m16 17 5-5-5-5'), p('M21 12H9'), p('M9 21H5a2 2 0 0 1-2-2V5a2 2 0 0 1 2-2h4')],
  'layout-dashboard': [r(3, 3, 7, 9, 1), r(14, 3, 7, 5, 1), r(14, 12, 7, 9, 1), r(3, 16, 7, 5, 1)],
  pencil: [
    p(
      'M21.174 6.812a1 1 0 0 0-3.986-3.987L3.842 16.174a2 2 0 0 0-.5.83l-1.321 4.352a.5.5 0 0 0 .623.622l4.353-1.32a2 2 0 0 0 .83-.497z',
    ),
    p('m15 5 4 4'),
  ],
  'indian-rupee': [
    p('M6 3h12'),
    p('M6 8h12'),
    p('m6 13 8.5 8'),
    p('M6 13h3'),
    p('M9 13c6.667 0 6.667-10 0-10'),
  ],
  'arrow-left': [p('m12 19-7-7 7-7'), p('M19 12H5')],
  // Booking, receipts and availability.
  download: [p('M21 15v4a2 2 0 0 1-2 2H5a2 2 0 0 1-2-2v-4'), p('m7 10 5 5 5-5'), p('M12 15V3')],
  copy: [r(8, 8, 14, 14, 2), p('M4 16c-1.1 0-2-.9-2-2V4c0-1.1.9-2 2-2h10c1.1 0 2 .9 2 2')],
  printer: [
    p('M6 18H4a2 2 0 0 1-2-2v-5a2 2 0 0 1 2-2h16a2 2 0 0 1 2 2v5a2 2 0 0 1-2 2h-2'),
    p('M6 9V3a1 1 0 0 1 1-1h10a1 1 0 0 1 1 1v6'),
    r(6, 14, 12, 8, 1),
  ],
  trash: [p('M3 6h18'), p('M19 6v14c0 1-1 2-2 2H7c-1 0-2-1-2-2V6'), p('M8 6V4c0-1 1-2 2-2h4c1 0 2 1 2 2v2')],
  plus: [p('M5 12h14'), p('M12 5v14')],
  // The consultation room's controls and chat.
  mic: [
    p('M12 2a3 3 0 0 0-3 3v7a3 3 0 0 0 6 0V5a3 3 0 0 0-3-3Z'),
    p('M19 10v2a7 7 0 0 1-14 0v-2'),
    p('M12 19v3'),
  ],
  'mic-off': [
    p('m2 2 20 20'),
    p('M18.89 13.23A7.12 7.12 0 0 0 19 12v-2'),
    p('M5 10v2a7 7 0 0 0 12 5'),
    p('M15 9.34V5a3 3 0 0 0-5.68-1.33'),
    p('M9 9v3a3 3 0 0 0 5.12 2.12'),
    p('M12 19v3'),
  ],
  'video-off': [
    p('M10.66 6H14a2 2 0 0 1 2 2v2.5l5.248-3.062A.5.5 0 0 1 22 7.87v8.196'),
    p('M16 16a2 2 0 0 1-2 2H4a2 2 0 0 1-2-2V8a2 2 0 0 1 2-2h2'),
    p('m2 2 20 20'),
  ],
  'phone-off': [
    p(
      'M10.68 13.31a16 16 0 0 0 3.41 2.6l1.27-1.27a2 2 0 0 1 2.11-.45 12.84 12.84 0 0 0 2.81.7 2 2 0 0 1 1.72 2v3a2 2 0 0 1-2.18 2 19.79 19.79 0 0 1-8.63-3.07 19.42 19.42 0 0 1-3.33-2.67m-2.67-3.34a19.79 19.79 0 0 1-3.07-8.63A2 2 0 0 1 4.11 2h3a2 2 0 0 1 2 1.72 12.84 12.84 0 0 0 .7 2.81 2 2 0 0 1-.45 2.11L8.09 9.91',
    ),
    p('M22 2 2 22'),
  ],
  send: [
    p(
      'M14.536 21.686a.5.5 0 0 0 .937-.024l6.5-19a.496.496 0 0 0-.635-.635l-19 6.5a.5.5 0 0 0-.024.937l7.93 3.18a2 2 0 0 1 1.112 1.11z',
    ),
    p('m21.854 2.147-10.94 10.939'),
  ],
  'message-square': [p('M21 15a2 2 0 0 1-2 2H7l-4 4V5a2 2 0 0 1 2-2h14a2 2 0 0 1 2 2z')],
  'check-check': [p('M18 6 7 17l-5-5'), p('m22 10-7.5 7.5L13 16')],
  'wifi-off': [
    p('M12 20h.01'),
    p('M8.5 16.429a5 5 0 0 1 7 0'),
    p('M5 12.859a10 10 0 0 1 5.17-2.69'),
    p('M19 12.859a10 10 0 0 0-2.007-1.523'),
    p('M2 8.82a15 15 0 0 1 4.177-2.643'),
    p('M22 8.82a15 15 0 0 0-11.288-3.764'),
    p('m2 2 20 20'),
  ],
} as const satisfies Record<string, readonly Shape[]>;

export const icons = { ...serviceIcons, ...uiIcons } as const;
export type IconName = keyof typeof icons;
export type ServiceIconName = keyof typeof serviceIcons;

export const isIconName = (name: string): name is IconName => Object.hasOwn(icons, name);

/** Unknown names (new icons added in the admin before the site knows them) fall back to a stethoscope. */
export const shapesFor = (name: string): readonly Shape[] =>
  isIconName(name) ? icons[name] : icons.stethoscope;

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

const SVG_NS = 'http://www.w3.org/2000/svg';

/** Browser-side: a decorative SVG element for `name`. */
export function iconSvg(name: string, className = 'size-5'): SVGSVGElement {
  const svg = document.createElementNS(SVG_NS, 'svg');
  for (const [k, v] of Object.entries(SVG_ATTRS)) if (k !== 'xmlns') svg.setAttribute(k, v);
  svg.setAttribute('class', className);
  for (const [tag, attrs] of shapesFor(name)) {
    const el = document.createElementNS(SVG_NS, tag);
    for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
    svg.appendChild(el);
  }
  return svg;
}
