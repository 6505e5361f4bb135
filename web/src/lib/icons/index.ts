/**
 * The site's icons are Lucide's (the `lucide` package, ISC licence), under the names components use:
 * `import * as I from '…/lib/icons/index.ts'` and `<Icon shape={I.search} />`. Each comes from its own
 * module, not from Lucide's index of two thousand, so a bundle carries only the icons it draws and the
 * browser chunker (web/astro.config.mjs) sees which pages draw which. (lib/icons.ts names them in
 * kebab-case for the pages' build-time markup and the services' `icon`.)
 */
import type { IconNode } from 'lucide';

/** An icon is a list of SVG child elements (24×24, stroked), as plain data. */
export type IconShapes = IconNode;
export type Shape = IconNode[number];

export { default as apple } from 'lucide/dist/esm/icons/apple.mjs';
export { default as arrowLeft } from 'lucide/dist/esm/icons/arrow-left.mjs';
export { default as arrowRight } from 'lucide/dist/esm/icons/arrow-right.mjs';
export { default as baby } from 'lucide/dist/esm/icons/baby.mjs';
export { default as badgeCheck } from 'lucide/dist/esm/icons/badge-check.mjs';
export { default as bone } from 'lucide/dist/esm/icons/bone.mjs';
export { default as brain } from 'lucide/dist/esm/icons/brain.mjs';
export { default as briefcase } from 'lucide/dist/esm/icons/briefcase.mjs';
export { default as building } from 'lucide/dist/esm/icons/building.mjs';
export { default as calendar } from 'lucide/dist/esm/icons/calendar.mjs';
export { default as check } from 'lucide/dist/esm/icons/check.mjs';
export { default as checkCheck } from 'lucide/dist/esm/icons/check-check.mjs';
export { default as chevronDown } from 'lucide/dist/esm/icons/chevron-down.mjs';
export { default as circle } from 'lucide/dist/esm/icons/circle.mjs';
export { default as alertCircle } from 'lucide/dist/esm/icons/circle-alert.mjs';
export { default as checkCircle } from 'lucide/dist/esm/icons/circle-check-big.mjs';
export { default as xCircle } from 'lucide/dist/esm/icons/circle-x.mjs';
export { default as clock } from 'lucide/dist/esm/icons/clock.mjs';
export { default as copy } from 'lucide/dist/esm/icons/copy.mjs';
export { default as creditCard } from 'lucide/dist/esm/icons/credit-card.mjs';
export { default as download } from 'lucide/dist/esm/icons/download.mjs';
export { default as eye } from 'lucide/dist/esm/icons/eye.mjs';
export { default as eyeOff } from 'lucide/dist/esm/icons/eye-off.mjs';
export { default as fileText } from 'lucide/dist/esm/icons/file-text.mjs';
export { default as heart } from 'lucide/dist/esm/icons/heart.mjs';
export { default as hourglass } from 'lucide/dist/esm/icons/hourglass.mjs';
export { default as inbox } from 'lucide/dist/esm/icons/inbox.mjs';
export { default as indianRupee } from 'lucide/dist/esm/icons/indian-rupee.mjs';
export { default as languages } from 'lucide/dist/esm/icons/languages.mjs';
export { default as layoutDashboard } from 'lucide/dist/esm/icons/layout-dashboard.mjs';
export { default as lock } from 'lucide/dist/esm/icons/lock.mjs';
export { default as logIn } from 'lucide/dist/esm/icons/log-in.mjs';
export { default as logOut } from 'lucide/dist/esm/icons/log-out.mjs';
export { default as mail } from 'lucide/dist/esm/icons/mail.mjs';
export { default as mapPin } from 'lucide/dist/esm/icons/map-pin.mjs';
export { default as menu } from 'lucide/dist/esm/icons/menu.mjs';
export { default as messageSquare } from 'lucide/dist/esm/icons/message-square.mjs';
export { default as mic } from 'lucide/dist/esm/icons/mic.mjs';
export { default as micOff } from 'lucide/dist/esm/icons/mic-off.mjs';
export { default as pencil } from 'lucide/dist/esm/icons/pencil.mjs';
export { default as phone } from 'lucide/dist/esm/icons/phone.mjs';
export { default as phoneOff } from 'lucide/dist/esm/icons/phone-off.mjs';
export { default as pill } from 'lucide/dist/esm/icons/pill.mjs';
export { default as plus } from 'lucide/dist/esm/icons/plus.mjs';
export { default as printer } from 'lucide/dist/esm/icons/printer.mjs';
export { default as quote } from 'lucide/dist/esm/icons/quote.mjs';
export { default as receipt } from 'lucide/dist/esm/icons/receipt.mjs';
export { default as refreshCw } from 'lucide/dist/esm/icons/refresh-cw.mjs';
export { default as search } from 'lucide/dist/esm/icons/search.mjs';
export { default as send } from 'lucide/dist/esm/icons/send.mjs';
export { default as shield } from 'lucide/dist/esm/icons/shield.mjs';
export { default as shieldCheck } from 'lucide/dist/esm/icons/shield-check.mjs';
export { default as star } from 'lucide/dist/esm/icons/star.mjs';
export { default as stethoscope } from 'lucide/dist/esm/icons/stethoscope.mjs';
export { default as trash } from 'lucide/dist/esm/icons/trash.mjs';
export { default as alertTriangle } from 'lucide/dist/esm/icons/triangle-alert.mjs';
export { default as user } from 'lucide/dist/esm/icons/user.mjs';
export { default as userSearch } from 'lucide/dist/esm/icons/user-search.mjs';
export { default as video } from 'lucide/dist/esm/icons/video.mjs';
export { default as videoOff } from 'lucide/dist/esm/icons/video-off.mjs';
export { default as wifiOff } from 'lucide/dist/esm/icons/wifi-off.mjs';
export { default as x } from 'lucide/dist/esm/icons/x.mjs';
