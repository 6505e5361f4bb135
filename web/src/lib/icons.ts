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

const uiIcons = {
  search: I.search,
  'shield-check': I.shieldCheck,
  'badge-check': I.badgeCheck,
  lock: I.lock,
  receipt: I.receipt,
  mail: I.mail,
  star: I.star,
  menu: I.menu,
  x: I.x,
  'arrow-right': I.arrowRight,
  languages: I.languages,
  briefcase: I.briefcase,
  building: I.building,
  phone: I.phone,
  'alert-circle': I.alertCircle,
  'refresh-cw': I.refreshCw,
  inbox: I.inbox,
  quote: I.quote,
  'map-pin': I.mapPin,
  'user-search': I.userSearch,
  'credit-card': I.creditCard,
  clock: I.clock,
  check: I.check,
  circle: I.circle,
  'check-circle': I.checkCircle,
  'x-circle': I.xCircle,
  'alert-triangle': I.alertTriangle,
  hourglass: I.hourglass,
  'eye-off': I.eyeOff,
  'chevron-down': I.chevronDown,
  user: I.user,
  'log-in': I.logIn,
  'log-out': I.logOut,
  'layout-dashboard': I.layoutDashboard,
  pencil: I.pencil,
  'indian-rupee': I.indianRupee,
  'arrow-left': I.arrowLeft,
  download: I.download,
  copy: I.copy,
  printer: I.printer,
  trash: I.trash,
  plus: I.plus,
  mic: I.mic,
  'mic-off': I.micOff,
  'video-off': I.videoOff,
  'phone-off': I.phoneOff,
  send: I.send,
  'message-square': I.messageSquare,
  'check-check': I.checkCheck,
  'wifi-off': I.wifiOff,
} as const;

export const icons = { ...serviceIcons, ...uiIcons } as const;
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
