/**
 * The icons, one module each, for components: `import * as I from '…/lib/icons/index.ts'` and
 * `<Icon shape={I.search} />`, so a bundle carries only the icons it uses. (lib/icons.ts names them for
 * the pages' build-time markup and the services' `icon`.)
 */

export { alertCircle } from './alert-circle.ts';
export { alertTriangle } from './alert-triangle.ts';
export { apple } from './apple.ts';
export { arrowLeft } from './arrow-left.ts';
export { arrowRight } from './arrow-right.ts';
export { baby } from './baby.ts';
export { badgeCheck } from './badge-check.ts';
export { bone } from './bone.ts';
export { brain } from './brain.ts';
export { briefcase } from './briefcase.ts';
export { building } from './building.ts';
export { calendar } from './calendar.ts';
export { check } from './check.ts';
export { checkCheck } from './check-check.ts';
export { checkCircle } from './check-circle.ts';
export { chevronDown } from './chevron-down.ts';
export { circle } from './circle.ts';
export { clock } from './clock.ts';
export { copy } from './copy.ts';
export { creditCard } from './credit-card.ts';
export { download } from './download.ts';
export { eye } from './eye.ts';
export { eyeOff } from './eye-off.ts';
export { fileText } from './file-text.ts';
export { heart } from './heart.ts';
export { hourglass } from './hourglass.ts';
export { inbox } from './inbox.ts';
export { indianRupee } from './indian-rupee.ts';
export { languages } from './languages.ts';
export { layoutDashboard } from './layout-dashboard.ts';
export { lock } from './lock.ts';
export { logIn } from './log-in.ts';
export { logOut } from './log-out.ts';
export { mail } from './mail.ts';
export { mapPin } from './map-pin.ts';
export { menu } from './menu.ts';
export { messageSquare } from './message-square.ts';
export { mic } from './mic.ts';
export { micOff } from './mic-off.ts';
export { pencil } from './pencil.ts';
export { phone } from './phone.ts';
export { phoneOff } from './phone-off.ts';
export { pill } from './pill.ts';
export { plus } from './plus.ts';
export { printer } from './printer.ts';
export { quote } from './quote.ts';
export { receipt } from './receipt.ts';
export { refreshCw } from './refresh-cw.ts';
export { search } from './search.ts';
export { send } from './send.ts';
export type { IconShapes, Shape } from './shape.ts';
export { shield } from './shield.ts';
export { shieldCheck } from './shield-check.ts';
export { star } from './star.ts';
export { stethoscope } from './stethoscope.ts';
export { trash } from './trash.ts';
export { user } from './user.ts';
export { userSearch } from './user-search.ts';
export { video } from './video.ts';
export { videoOff } from './video-off.ts';
export { wifiOff } from './wifi-off.ts';
export { x } from './x.ts';
export { xCircle } from './x-circle.ts';
